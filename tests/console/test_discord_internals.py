"""Canary: the discord.py internals bot/console/transport.py relies on still exist (fails loudly on upgrade)."""

from __future__ import annotations

import inspect

import discord
from discord.http import HTTPClient, Route
from discord.state import ConnectionState
from discord.webhook import async_ as webhook_async


def test_discord_minor_version_is_the_pinned_one() -> None:
    assert discord.version_info[:2] == (2, 7)


def test_interaction_create_entry_point_exists() -> None:
    assert callable(ConnectionState.parse_interaction_create)
    assert callable(getattr(discord.Client, "_async_setup_hook", None))


def test_webhook_adapter_seam_exists() -> None:
    assert isinstance(webhook_async.async_context.get(), webhook_async.AsyncWebhookAdapter)
    params = inspect.signature(webhook_async.AsyncWebhookAdapter.request).parameters
    for name in ("route", "session", "payload", "multipart", "files"):
        assert name in params


def test_rest_seam_exists() -> None:
    params = inspect.signature(HTTPClient.request).parameters
    assert {"route", "files", "form"} <= set(params)
    route = Route("GET", "/channels/{channel_id}/messages/{message_id}", channel_id=1, message_id=2)
    assert route.path == "/channels/{channel_id}/messages/{message_id}" and route.url.endswith("/channels/1/messages/2")


def test_callback_response_parses_what_the_fake_returns() -> None:
    # InteractionCallbackResponse._update reads these keys from the local transport's answer.
    source = inspect.getsource(discord.InteractionCallbackResponse._update)
    for key in ("'interaction'", "'id'", "response_message_id", "'resource'"):
        assert key in source


def test_state_and_cache_internals_used_by_the_local_transport() -> None:
    assert callable(getattr(ConnectionState, "_add_guild", None))
    assert callable(getattr(discord.Guild, "_add_member", None))
    assert callable(getattr(discord.Guild, "_add_channel", None))
    assert callable(getattr(discord.Member, "_from_client_user", None))
    client = discord.Client(intents=discord.Intents.none())
    assert hasattr(client, "_connection") and hasattr(client, "_ready")
    assert callable(client._connection.parsers["MESSAGE_UPDATE"])  # how edits are reported back


def test_gateway_override_used_with_a_test_api_base() -> None:
    from discord.gateway import DiscordWebSocket

    assert hasattr(DiscordWebSocket, "DEFAULT_GATEWAY")
    assert callable(HTTPClient.get_bot_gateway)

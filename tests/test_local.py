"""The local transport itself: commands, components, defer/followup, validation, no-response."""

from __future__ import annotations

import discord
import pytest
from discord import app_commands

from bot.errors import ErrorRoutedView
from bot.local import LocalDiscord, LocalViolation, NoResponse, validate_message


def _add(local: LocalDiscord, *commands: app_commands.Command) -> None:
    for command in commands:
        local.bot.tree.add_command(command)


async def test_slash_reply_button_round_trip(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="hello", description="Say hello")
    async def hello(interaction: discord.Interaction, name: str, times: int = 1) -> None:
        view = ErrorRoutedView()
        button = discord.ui.Button(label="Again", custom_id="hello:again")

        async def again(inner: discord.Interaction) -> None:
            await inner.response.send_message(f"again, {inner.user.display_name}", ephemeral=True)

        button.callback = again
        view.add_item(button)
        await interaction.response.send_message(f"hi {name} x{times}", view=view)

    _add(bare_local, hello)
    alice, bob = bare_local.user("alice"), bare_local.user("bob")
    reply = await bare_local.slash("hello", user=alice, name="Zed", times=2)
    assert reply.content == "hi Zed x2" and not reply.ephemeral
    assert reply.buttons == [("Again", "hello:again")]
    assert reply.response_time is not None and reply.response_time < 3
    clicked = await bare_local.click(reply, "Again", user=bob)
    assert clicked.content == "again, bob" and clicked.ephemeral
    assert [s.kind for s in bare_local.sent] == ["message", "message"]


async def test_defer_then_followups(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="slow", description="Defers")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.followup.send("done", ephemeral=True)
        await interaction.followup.send("more", ephemeral=True)

    _add(bare_local, slow)
    reply = await bare_local.slash("slow")
    assert reply.response_type == 5
    assert reply.content == "done" and reply.ephemeral
    assert [f.content for f in reply.followups] == ["more"]


async def test_oversized_content_is_a_violation(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="long", description="Too long")
    async def long(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("x" * 2001)

    _add(bare_local, long)
    with pytest.raises(LocalViolation, match="2001"):
        await bare_local.slash("long")


async def test_silence_is_no_response(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="mute", description="Never answers")
    async def mute(interaction: discord.Interaction) -> None:
        return None

    _add(bare_local, mute)
    with pytest.raises(NoResponse):
        await bare_local.slash("mute")


def test_validator_catches_what_discord_rejects() -> None:
    ok = {"content": "hi", "allowed_mentions": {"parse": []}}
    assert validate_message(ok, creating=True) == []
    bad = {"content": "hi", "embeds": [{"title": "t" * 257, "fields": [{"name": "", "value": "v"}]}],
           "components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "l" * 81,
                                                      "custom_id": "c" * 101}]}] * 6}
    problems = " | ".join(validate_message(bad, creating=True))
    for expected in ("title is 257", "empty name", "6 action rows", "label is 81", "custom_id", "allowed_mentions"):
        assert expected in problems

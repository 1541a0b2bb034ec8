"""The one error handler: every error type gets its own polite, ephemeral reply; no tracebacks."""

from __future__ import annotations

import logging
import re
import sqlite3

import discord
import pytest
from discord import app_commands

from bot.console.transport import LocalDiscord, LocalViolation
from bot.ui.errors import (
    STORAGE_TROUBLE,
    STORE_BUILDING,
    STORE_FAILED,
    ErrorRoutedView,
    UserFacingError,
    describe_error,
    permission_names,
    routes_errors,
)


def _add(local: LocalDiscord, command: app_commands.Command) -> None:
    local.bot.tree.add_command(command)


class _Forbidden(discord.Forbidden):
    def __init__(self) -> None:
        class _Response:
            status = 403
            reason = "Forbidden"

        super().__init__(_Response(), {"code": 50013, "message": "Missing Permissions"})  # type: ignore[arg-type]


class YearTransformer(app_commands.Transformer):
    async def transform(self, interaction: discord.Interaction, value: str) -> int:
        if not value.isdigit():
            raise app_commands.TransformerError(value, self.type, self)
        return int(value)


async def test_wrong_input_names_the_option(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="year", description="Parse a year")
    async def year(interaction: discord.Interaction, when: app_commands.Transform[int, YearTransformer]) -> None:
        await interaction.response.send_message(str(when))

    _add(bare_local, year)
    reply = await bare_local.slash("year", when="soon")
    assert reply.ephemeral
    assert "'soon'" in reply.content and "**when**" in reply.content


async def test_user_missing_permission_is_named(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="admin", description="Admins only")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def admin(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("ok")

    _add(bare_local, admin)
    denied = await bare_local.slash("admin", user=bare_local.user("pleb"))
    assert denied.ephemeral and "You need the **Manage Server** permission" in denied.content
    allowed = await bare_local.slash("admin", user=bare_local.user("ada", admin=True))
    assert allowed.content == "ok"


async def test_bot_missing_permission_is_named(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="embed", description="Needs embeds")
    @app_commands.checks.bot_has_permissions(embed_links=True)
    async def embed(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("ok")

    _add(bare_local, embed)
    bare_local.bot_permissions = discord.Permissions(view_channel=True, send_messages=True)
    reply = await bare_local.slash("embed")
    assert reply.ephemeral and "I need the **Embed Links** permission" in reply.content


async def test_forbidden_from_discord_names_channel_permissions(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="post", description="Posts")
    async def post(interaction: discord.Interaction) -> None:
        raise _Forbidden()

    _add(bare_local, post)
    bare_local.bot_permissions = discord.Permissions(view_channel=True, send_messages=True)
    reply = await bare_local.slash("post")
    assert reply.ephemeral and "Embed Links" in reply.content and "Read Message History" in reply.content


async def test_cooldown_gives_a_relative_time(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="once", description="Once a minute")
    @app_commands.checks.cooldown(1, 60)
    async def once(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("done")

    _add(bare_local, once)
    assert (await bare_local.slash("once")).content == "done"
    again = await bare_local.slash("once")
    assert again.ephemeral and re.search(r"<t:\d+:R>", again.content)


def _in_a_server(interaction: discord.Interaction) -> bool:
    if interaction.guild is None:
        raise app_commands.NoPrivateMessage()
    return True


async def test_server_only_check_in_dm(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="server", description="Server only")
    @app_commands.check(_in_a_server)
    async def server(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("here")

    _add(bare_local, server)
    alice = bare_local.user("alice")
    reply = await bare_local.slash("server", user=alice, channel=bare_local.dm(alice))
    assert reply.ephemeral and "works only in a server" in reply.content
    assert (await bare_local.slash("server", user=alice)).content == "here"


async def test_guild_only_commands_are_not_offered_in_dm(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="guildy", description="Guild only")
    @app_commands.guild_only()
    async def guildy(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("here")

    _add(bare_local, guildy)
    alice = bare_local.user("alice")
    with pytest.raises(LocalViolation, match="direct messages"):
        await bare_local.slash("guildy", user=alice, channel=bare_local.dm(alice))


async def test_store_not_ready(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="read", description="Reads the store")
    async def read(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(str(interaction.client.content))  # type: ignore[attr-defined]

    _add(bare_local, read)
    reply = await bare_local.slash("read")
    assert reply.ephemeral and reply.content == STORE_BUILDING


async def test_user_facing_error_after_defer_goes_to_followup(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="topic", description="Unknown topic")
    async def topic(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True)
        raise UserFacingError("There is no topic called “Mars”.")

    _add(bare_local, topic)
    reply = await bare_local.slash("topic")
    assert reply.response_type == 5
    assert reply.ephemeral and reply.content == "There is no topic called “Mars”."


async def test_unexpected_error_is_logged_with_a_reference(bare_local: LocalDiscord,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    @app_commands.command(name="boom", description="Fails")
    async def boom(interaction: discord.Interaction) -> None:
        raise RuntimeError("secret internals")

    _add(bare_local, boom)
    with caplog.at_level(logging.ERROR, logger="bot.ui.errors"):
        reply = await bare_local.slash("boom")
    match = re.fullmatch(r"Sorry, something went wrong \(reference ([0-9a-f]{8})\)\. It has been logged\.",
                         reply.content)
    assert match and reply.ephemeral
    assert "secret internals" not in reply.content and "Traceback" not in reply.content
    logged = [r for r in caplog.records if match.group(1) in r.getMessage()]
    assert logged and logged[0].exc_info and "secret internals" in str(logged[0].exc_info[1])


async def test_view_button_errors_are_routed(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="panel", description="A panel")
    async def panel(interaction: discord.Interaction) -> None:
        view = ErrorRoutedView()
        button = discord.ui.Button(label="Go", custom_id="panel:go")

        async def go(inner: discord.Interaction) -> None:
            raise UserFacingError("That game has ended.")

        button.callback = go
        view.add_item(button)
        await interaction.response.send_message("panel", view=view)

    _add(bare_local, panel)
    reply = await bare_local.slash("panel")
    clicked = await bare_local.click(reply, "Go")
    assert clicked.ephemeral and clicked.content == "That game has ended."


class Boom(discord.ui.DynamicItem[discord.ui.Button], template=r"boom:(?P<n>\d+)"):
    def __init__(self, n: int) -> None:
        super().__init__(discord.ui.Button(label=f"Boom {n}", custom_id=f"boom:{n}"))
        self.n = n

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: re.Match[str]) -> Boom:
        return cls(int(match["n"]))

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        raise ValueError(f"dynamic {self.n}")


async def test_dynamic_item_errors_are_routed(bare_local: LocalDiscord) -> None:
    bare_local.bot.add_dynamic_items(Boom)

    @app_commands.command(name="dyn", description="A dynamic button")
    async def dyn(interaction: discord.Interaction) -> None:
        view = discord.ui.View(timeout=None)
        view.add_item(Boom(7))
        await interaction.response.send_message("dyn", view=view)

    _add(bare_local, dyn)
    reply = await bare_local.slash("dyn")
    clicked = await bare_local.click(reply, "Boom 7")
    assert clicked.ephemeral and clicked.content.startswith("Sorry, something went wrong (reference ")


def test_permission_names_read_like_discord() -> None:
    assert permission_names(["manage_guild"]) == "Manage Server"
    assert permission_names(["embed_links", "send_messages", "manage_messages"]) == \
        "Embed Links, Send Messages and Manage Messages"


def test_signature_mismatch_asks_to_retry() -> None:
    class _Interaction:  # the mismatch branch reads nothing from the interaction
        pass

    command = app_commands.Command(name="x", description="x", callback=_noop)
    text, reference = describe_error(_Interaction(), app_commands.CommandSignatureMismatch(command))  # type: ignore[arg-type]
    assert reference is None and "changed" in text


async def _noop(interaction: discord.Interaction) -> None:
    return None


async def test_failed_store_says_so_instead_of_still_building(tmp_path) -> None:
    @app_commands.command(name="read", description="Reads the store")
    async def read(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(str(interaction.client.content))  # type: ignore[attr-defined]

    async with LocalDiscord.open(extensions=[], content_path=tmp_path / "missing.sqlite3") as local:
        assert local.bot.content_failed
        local.bot.tree.add_command(read)
        reply = await local.slash("read")
    assert reply.ephemeral and reply.content == STORE_FAILED


async def test_storage_trouble_says_nothing_was_saved_and_is_logged(
        bare_local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    @app_commands.command(name="save", description="Writes to the state database")
    async def save(interaction: discord.Interaction) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    _add(bare_local, save)
    with caplog.at_level(logging.ERROR, logger="bot.ui.errors"):
        reply = await bare_local.slash("save")
    assert reply.ephemeral and reply.content.startswith(STORAGE_TROUBLE)
    reference = re.search(r"reference ([0-9a-f]{8})", reply.content)
    assert reference and any(reference.group(1) in r.getMessage() for r in caplog.records)


# The option types the bot's commands take (/quiz stats member, /settings daily set channel);
# discord.py hands a bare Object to a User or Role option instead of failing.
@pytest.mark.parametrize(("kind", "annotation"), [(6, discord.Member), (7, discord.TextChannel)])
async def test_an_option_without_resolved_data_is_named_not_shown_as_a_repr(
        bare_local: LocalDiscord, kind: int, annotation: type) -> None:
    """A client may send a member or channel option with no resolved data: discord.py then has only
    a bare ``Object``, whose repr must never reach the member."""

    async def callback(interaction: discord.Interaction, target: discord.Object) -> None:
        await interaction.response.send_message("resolved")

    callback.__annotations__.update(interaction=discord.Interaction, target=annotation, **{"return": None})
    bare_local.bot.tree.add_command(app_commands.Command(name="pick", description="Pick", callback=callback))
    for value in ("0", "123456789012345678"):
        data = {"id": "1", "name": "pick", "type": 1, "options": [{"name": "target", "type": kind, "value": value}]}
        payload = bare_local._base_payload(2, bare_local.user("ann"), bare_local.channel("general"), data)
        reply = await bare_local._dispatch(payload, timeout=5, expect_response=True)
        assert reply.ephemeral
        assert "Object" not in reply.content and "<" not in reply.content, reply.content
        assert "**target**" in reply.content and "pick it from the list" in reply.content, reply.content

"""The local transport itself: commands, components, defer/followup, validation, no-response."""

from __future__ import annotations

import asyncio
import contextlib
import re

import discord
import pytest
from discord import app_commands

from bot.console.transport import LocalDiscord, LocalViolation, NoResponse, validate_message
from bot.ui import reply
from bot.ui.errors import ErrorRoutedView


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


async def test_autocomplete_and_select(bare_local: LocalDiscord) -> None:
    topics = ["Soviet Union", "Sino-Soviet split", "Shanghai", "Russia"]

    async def suggest(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=t, value=t) for t in topics if current.lower() in t.lower()]

    @app_commands.command(name="pick", description="Pick a topic")
    @app_commands.autocomplete(topic=suggest)
    async def pick(interaction: discord.Interaction, topic: str) -> None:
        select = discord.ui.Select(custom_id="pick:topic", options=[discord.SelectOption(label=t) for t in topics])

        async def chosen(inner: discord.Interaction) -> None:
            await inner.response.edit_message(content=f"chosen: {select.values[0]}", view=None)

        select.callback = chosen
        view = discord.ui.View()
        view.add_item(select)
        await interaction.response.send_message(f"topic {topic}", view=view)

    bare_local.bot.tree.add_command(pick)
    choices = await bare_local.autocomplete("pick", "topic", "sov")
    assert [c["name"] for c in choices] == ["Soviet Union", "Sino-Soviet split"]
    menu = await bare_local.slash("pick", topic="Russia")
    with pytest.raises(LocalViolation, match="not options"):
        await bare_local.select(menu.message_id, "pick:topic", ["Mars"])
    chosen = await bare_local.select(menu, "pick:topic", ["Shanghai"])
    assert chosen.response_type == 7
    assert bare_local.message(menu.message_id)["content"] == "chosen: Shanghai"
    assert bare_local.message(menu.message_id)["components"] == []


async def test_background_messages_and_wait_for_message(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="later", description="Posts later")
    async def later(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("starting", ephemeral=True)
        channel = interaction.channel

        async def post() -> None:
            await asyncio.sleep(0.01)
            message = await channel.send("Round 1 @everyone <@123>")  # type: ignore[union-attr]
            await message.edit(content="Round 1 (closed)")

        asyncio.get_running_loop().create_task(post())

    bare_local.bot.tree.add_command(later)
    reply = await bare_local.slash("later")
    assert reply.ephemeral
    posted = await bare_local.wait_for_message(lambda s: s.content.startswith("Round 1 @"), timeout=5)
    assert posted.route.startswith("POST /channels/") and not posted.ephemeral
    assert posted.data["allowed_mentions"]["parse"] == []  # the bot-wide default: nobody is pinged
    edited = await bare_local.wait_for_message(lambda s: s.kind == "edit", timeout=5)
    assert edited.message_id == posted.message_id and edited.content == "Round 1 (closed)"


async def test_dm_interactions_have_no_guild(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="where", description="Where am I")
    async def where(interaction: discord.Interaction) -> None:
        await reply.send(interaction, "a DM" if interaction.guild is None else f"in {interaction.guild.name}")

    bare_local.bot.tree.add_command(where)
    alice = bare_local.user("alice")
    assert (await bare_local.slash("where", user=alice, channel=bare_local.dm(alice))).content == "a DM"
    assert (await bare_local.slash("where", user=alice)).content == "in Local Server"


async def test_reply_helper_in_every_interaction_state(bare_local: LocalDiscord,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    @app_commands.command(name="states", description="Reply helper")
    async def states(interaction: discord.Interaction) -> None:
        first = await reply.send(interaction, "x" * 2500)  # cut to 2000, sent as the response
        assert first is not None and len(first.content) <= 2000
        second = await reply.send(interaction, embed=discord.Embed(title="t" * 400), ephemeral=True)
        assert second is not None  # a followup now that the response is done

    bare_local.bot.tree.add_command(states)
    result = await bare_local.slash("states")
    assert len(result.content) <= 2000 and result.content.endswith("…")
    assert result.followups[0].ephemeral and len(result.followups[0].embeds[0]["title"]) <= 256

    @app_commands.command(name="expired", description="Expired token")
    async def expired(interaction: discord.Interaction) -> None:
        monkeypatch.setattr(discord.Interaction, "is_expired", lambda self: True)
        assert await reply.send(interaction, "only you", ephemeral=True) is None  # nowhere to put it
        await reply.send(interaction, "everyone")  # public: falls back to a channel message
        monkeypatch.undo()
        await interaction.response.send_message("done")

    bare_local.bot.tree.add_command(expired)
    result = await bare_local.slash("expired")
    routes = [s.route.split()[0] + " " + s.content for s in bare_local.sent[-2:]]
    assert routes[0].startswith("POST") and "everyone" in routes[0]
    assert bare_local.sent[-2].route.startswith("POST /channels/")


async def test_second_response_is_refused(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="twice", description="Answers twice")
    async def twice(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("one")
        await interaction.response.send_message("two")

    bare_local.bot.tree.add_command(twice)
    # discord.py itself refuses the second response before it reaches Discord.
    result = await bare_local.slash("twice")
    assert result.content == "one"
    assert any("reference" in s.content for s in result.followups)


class Vote(discord.ui.DynamicItem[discord.ui.Button], template=r"vote:(?P<choice>[ab])"):
    def __init__(self, choice: str) -> None:
        super().__init__(discord.ui.Button(label=choice.upper(), custom_id=f"vote:{choice}"))
        self.choice = choice

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: re.Match[str]) -> Vote:
        return cls(match["choice"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"voted {self.choice}", ephemeral=True)


def _vote_command() -> app_commands.Command:
    @app_commands.command(name="poll", description="A poll")
    async def poll(interaction: discord.Interaction) -> None:
        view = discord.ui.View(timeout=None)
        view.add_item(Vote("a"))
        view.add_item(Vote("b"))
        await interaction.response.send_message("Vote!", view=view)

    return poll


async def test_a_restarted_bot_keeps_the_world_and_answers_old_buttons() -> None:
    async with LocalDiscord.open(extensions=[]) as before:
        before.bot.add_dynamic_items(Vote)
        before.bot.tree.add_command(_vote_command())
        alice = before.user("alice")
        poll = await before.slash("poll", user=alice, channel=before.channel("quiz"))
    async with LocalDiscord.open(extensions=[], world=before) as after:
        after.bot.add_dynamic_items(Vote)  # as an extension's setup() would on start-up
        assert after.users["alice"] == alice and after.channels["quiz"] == before.channels["quiz"]
        assert after.bot.get_channel(after.channels["quiz"]) is not None
        clicked = await after.click(poll.message_id, "B", user=after.user("alice"))
        assert clicked.content == "voted b" and clicked.ephemeral


async def test_stale_client_may_send_a_guild_only_command_in_a_dm(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="guildy", description="Guild only")
    @app_commands.guild_only()
    async def guildy(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("in a DM" if interaction.guild is None else "in a server")

    bare_local.bot.tree.add_command(guildy)
    alice = bare_local.user("alice")
    reply_ = await bare_local.slash("guildy", user=alice, channel=bare_local.dm(alice), stale_client=True)
    assert reply_.content == "in a DM"


async def test_fetching_users_members_and_messages(bare_local: LocalDiscord) -> None:
    bot = bare_local.bot
    alice = bare_local.user("alice")
    assert (await bot.fetch_user(alice.id)).name == "alice"
    member = await bare_local.guild.fetch_member(alice.id)
    assert member.id == alice.id
    with pytest.raises(discord.NotFound):
        await bot.fetch_user(1)
    channel = bot.get_channel(bare_local.channel("quiz"))
    sent = await channel.send("hello")  # type: ignore[union-attr]
    fetched = await channel.fetch_message(sent.id)  # type: ignore[union-attr]
    assert fetched.content == "hello"
    await fetched.delete()
    with pytest.raises(discord.NotFound):
        await channel.fetch_message(sent.id)  # type: ignore[union-attr]


async def test_a_late_violation_fails_at_the_end_of_the_session() -> None:
    posted = asyncio.Event()

    @app_commands.command(name="late", description="Posts too much later")
    async def late(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("ok")
        channel = interaction.channel

        async def post() -> None:
            try:
                with contextlib.suppress(LocalViolation):  # the bot sees Discord's 400
                    await channel.send("y" * 2500)  # type: ignore[union-attr]
            finally:
                posted.set()

        asyncio.get_running_loop().create_task(post())

    with pytest.raises(LocalViolation, match="2500"):
        async with LocalDiscord.open(extensions=[]) as local:
            local.bot.tree.add_command(late)
            assert (await local.slash("late")).content == "ok"
            await asyncio.wait_for(posted.wait(), 30)  # the background post has been refused


async def test_reply_edit_updates_the_message_a_button_sits_on(bare_local: LocalDiscord) -> None:
    @app_commands.command(name="flip", description="A card")
    async def flip(interaction: discord.Interaction) -> None:
        view = discord.ui.View()
        now = discord.ui.Button(label="Now", custom_id="flip:now")
        slow = discord.ui.Button(label="Slow", custom_id="flip:slow")

        async def at_once(inner: discord.Interaction) -> None:
            await reply.edit(inner, content="x" * 3000, view=None)  # an update (type 7), cut to 2000

        async def after_defer(inner: discord.Interaction) -> None:
            await inner.response.defer()
            await reply.edit(inner, embed=discord.Embed(description="d" * 5000))  # edits the original

        now.callback, slow.callback = at_once, after_defer
        view.add_item(now)
        view.add_item(slow)
        await interaction.response.send_message("card", view=view)

    bare_local.bot.tree.add_command(flip)
    card = await bare_local.slash("flip")
    deferred = await bare_local.click(card, "Slow")
    assert deferred.response_type == 6
    assert len(bare_local.message(card.message_id)["embeds"][0]["description"]) <= 4096
    updated = await bare_local.click(card, "Now")
    assert updated.response_type == 7
    message = bare_local.message(card.message_id)
    assert len(message["content"]) <= 2000 and message["components"] == []


def _counter(name: str, *, private: bool = False, view_cls: type[discord.ui.View] = ErrorRoutedView,
             ) -> app_commands.Command:
    """``/name`` replies "1" with an "Up" button that edits the reply in place (an UPDATE_MESSAGE)."""

    async def callback(interaction: discord.Interaction) -> None:
        view = view_cls(timeout=None)
        button = discord.ui.Button(label="Up", custom_id=f"{name}:up")

        async def up(inner: discord.Interaction) -> None:
            await inner.response.edit_message(content="2", view=view)

        button.callback = up
        view.add_item(button)
        await interaction.response.send_message("1", view=view, ephemeral=private)

    return app_commands.Command(name=name, description="A counter", callback=callback)


async def test_edits_reach_the_bot_as_message_update_as_on_discord(bare_local: LocalDiscord) -> None:
    # Discord tells the bot about every edit of a message others can see (an interaction reply
    # updated by a click, a channel message edited over REST), never about an ephemeral one.
    @app_commands.command(name="post", description="Posts and edits a channel message")
    async def post(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("posting", ephemeral=True)
        message = await interaction.channel.send("draft")  # type: ignore[union-attr]
        await message.edit(content="final")

    _add(bare_local, _counter("public"), _counter("private", private=True), post)
    seen: list[tuple[int, str]] = []

    async def on_raw_message_edit(event: discord.RawMessageUpdateEvent) -> None:
        seen.append((event.message_id, str(event.data.get("content"))))

    bare_local.bot.add_listener(on_raw_message_edit)

    def edit_seen(content: str) -> asyncio.Future[discord.RawMessageUpdateEvent]:
        return asyncio.ensure_future(bare_local.bot.wait_for(
            "raw_message_edit", check=lambda e: e.data.get("content") == content, timeout=5))

    hidden = await bare_local.slash("private")
    await bare_local.click(hidden, "Up")
    shown = await bare_local.slash("public")
    waiting = edit_seen("2")
    await bare_local.click(shown, "Up")
    assert (await waiting).message_id == shown.message_id
    waiting = edit_seen("final")
    await bare_local.slash("post")
    edited = (await waiting).message_id
    assert edited == next(s.message_id for s in bare_local.sent if s.content == "draft")
    # Events arrive in order: the private edit came first and would be listed before these.
    assert seen == [(shown.message_id, "2"), (edited, "final")]


class _ShadowsRefresh(ErrorRoutedView):
    """The Paginator's old mistake: discord.py calls View._refresh(components) on MESSAGE_UPDATE."""

    def _refresh(self) -> None:  # type: ignore[override]  # the incompatible override under test
        pass


async def test_a_gateway_event_the_bot_cannot_parse_is_a_violation(bare_local: LocalDiscord) -> None:
    # On Discord such an error escapes the gateway parser and ends the bot's connection.
    _add(bare_local, _counter("broken", view_cls=_ShadowsRefresh))
    reply = await bare_local.slash("broken")
    with pytest.raises(LocalViolation, match=r"MESSAGE_UPDATE.*TypeError"):
        await bare_local.click(reply, "Up")

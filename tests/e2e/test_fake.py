"""The fake Discord itself, proven against a tiny in-process discord.py client (not the bot).

If these fail, the e2e harness is wrong, not the bot: they pin down that discord.py 2.7's real
gateway and HTTP code accepts the fake's payloads, and that the fake refuses what Discord refuses.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import discord
import pytest
import pytest_asyncio
import yarl
from discord import app_commands

from bench.fake.commandrules import validate_commands
from bench.fake.fakediscord import INTERACTION_DEADLINE, FakeDiscord, NoReply
from bench.fake.limits import mention_violation, message_errors
from bench.fake.records import InteractionRecord


class Tiny(discord.Client):
    """A minimal slash-command client: /ping, /echo text, /slow, /twice and a counter button."""

    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.default(), allowed_mentions=discord.AllowedMentions.none(),
                         guild_ready_timeout=0.1)
        self.tree = app_commands.CommandTree(self)
        self.clicks = 0
        self.late_gate = asyncio.Event()  # /late answers once the test has let its deadline pass

        @self.tree.command(description="Answer pong")
        async def ping(interaction: discord.Interaction) -> None:
            view = discord.ui.View(timeout=None)
            button: discord.ui.Button = discord.ui.Button(label="Count", custom_id="tiny:count")

            async def pressed(inter: discord.Interaction) -> None:
                self.clicks += 1
                await inter.response.edit_message(content=f"clicked {self.clicks}")

            button.callback = pressed  # type: ignore[method-assign]
            view.add_item(button)
            self.add_view(view)
            await interaction.response.send_message("pong", view=view)

        @self.tree.command(description="Repeat the text, ephemerally")
        @app_commands.describe(text="what to repeat", times="how often")
        async def echo(interaction: discord.Interaction, text: str, times: int = 1) -> None:
            await interaction.response.send_message(" ".join([text] * times), ephemeral=True)

        @echo.autocomplete("text")
        async def echo_text(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f"{current}-{i}", value=f"{current}-{i}") for i in range(3)]

        @self.tree.command(description="Defer, then answer")
        async def slow(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await asyncio.sleep(0.05)
            await interaction.followup.send("done slowly")

        @self.tree.command(description="Answer too late")
        async def late(interaction: discord.Interaction) -> None:
            await self.late_gate.wait()
            await interaction.response.send_message("too late")

        @self.tree.command(description="Respond twice")
        async def twice(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("first")
            try:
                await interaction.response.send_message("second")
            except discord.InteractionResponded:
                # discord.py refuses locally; go around it to prove the fake refuses too.
                adapter = discord.webhook.async_.async_context.get()
                params = discord.webhook.async_.interaction_message_response_params(type=4, content="again")
                try:
                    await adapter.create_interaction_response(
                        interaction.id, interaction.token, session=interaction._session, params=params)
                except discord.HTTPException as exc:
                    await interaction.followup.send(f"refused {exc.status} {exc.code}")

        @self.tree.command(description="Ping everyone, which the fake must record")
        async def loud(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("@everyone hi",
                                                    allowed_mentions=discord.AllowedMentions.all())

    async def setup_hook(self) -> None:
        await self.tree.sync()


@pytest_asyncio.fixture
async def tiny(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[FakeDiscord, Tiny]]:
    fake = await FakeDiscord().start()
    # The same two seams the bot uses: REST base, and the gateway URL from GET /gateway/bot.
    monkeypatch.setattr(discord.http.Route, "BASE", fake.api_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(fake.gateway_url))
    client = Tiny()
    runner = asyncio.create_task(client.start(fake.token))
    try:
        await fake.wait_identified(1, timeout=10)
        await asyncio.wait_for(client.wait_until_ready(), 10)
        yield fake, client
    finally:
        await asyncio.wait_for(client.close(), 10)
        runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)
        await fake.stop()


async def test_sync_payload_is_validated_and_stored(tiny: tuple[FakeDiscord, Tiny]) -> None:
    fake, _ = tiny
    assert len(fake.command_puts) == 1
    names = {c["name"] for c in fake.commands[None]}
    assert names == {"ping", "echo", "slow", "late", "twice", "loud"}
    echo = fake.command("echo")
    assert [o["name"] for o in echo["options"]] == ["text", "times"]
    assert fake.sync_errors == []


async def test_slash_reply_then_click_carries_the_sent_components(tiny: tuple[FakeDiscord, Tiny]) -> None:
    fake, client = tiny
    reply = await fake.slash("ping")
    assert reply.type == 4 and reply.data["content"] == "pong"
    assert reply.in_time
    assert reply.custom_ids() == ["tiny:count"]
    clicked = await fake.click(reply.message, "tiny:count", user=fake.bob)
    assert clicked.type == 7
    assert client.clicks == 1
    # The update replaced the content of the original message, as Discord does.
    assert fake.current(reply.message)["content"] == "clicked 1"
    assert fake.problems() == []


async def test_typed_options_autocomplete_and_ephemeral(tiny: tuple[FakeDiscord, Tiny]) -> None:
    fake, _ = tiny
    reply = await fake.slash("echo", {"text": "hey", "times": 3})
    assert reply.text() == "hey hey hey"
    assert reply.ephemeral
    suggestions = await fake.autocomplete("echo", {"text": "ab"}, focused="text")
    assert suggestions.type == 8
    assert [c["value"] for c in suggestions.choices] == ["ab-0", "ab-1", "ab-2"]
    with pytest.raises(AssertionError, match="not in the registered schema"):
        await fake.slash("echo", {"txt": "typo"})


async def test_deferred_reply_is_filled_by_the_followup(tiny: tuple[FakeDiscord, Tiny]) -> None:
    fake, _ = tiny
    reply = await fake.slash("slow")
    assert reply.type == 5
    assert reply.text() == "done slowly"
    assert reply.followups == []  # the first followup after a defer edits the loading message


async def test_second_response_is_refused_with_40060(tiny: tuple[FakeDiscord, Tiny]) -> None:
    fake, _ = tiny
    reply = await fake.slash("twice")
    await fake.wait_until(lambda: reply.followups, 5, "the followup")
    assert reply.followups[0]["content"] == "refused 400 40060"
    assert reply.record.rejected == ["second response type 4"]


async def test_late_response_is_refused_with_10062(tiny: tuple[FakeDiscord, Tiny]) -> None:
    fake, client = tiny
    known = set(fake.interactions)
    answer = asyncio.ensure_future(fake.slash("late", timeout=30))

    async def dispatched() -> InteractionRecord:
        while not (new := [r for i, r in fake.interactions.items() if i not in known]):
            await asyncio.sleep(0)  # the driver records the interaction before it sends it
        return new[0]

    record = await asyncio.wait_for(dispatched(), 10)
    record.dispatched_at -= INTERACTION_DEADLINE + 0.3  # simulated time: Discord made it 3.3 s ago
    client.late_gate.set()
    with pytest.raises(NoReply, match="after the 3 s deadline"):
        await answer


async def test_mentions_are_recorded(tiny: tuple[FakeDiscord, Tiny]) -> None:
    fake, _ = tiny
    await fake.slash("loud")
    assert any("parse" in v for v in fake.mention_violations)


async def test_dropped_connection_is_resumed_with_replay(tiny: tuple[FakeDiscord, Tiny]) -> None:
    fake, _ = tiny
    for code in (4000, None):  # a resumable close code, then an aborted socket
        resumes = fake.resume_count
        await fake.drop_gateway(code=code)
        # Sent while the bot is disconnected: it must arrive through the RESUME replay.
        reply = await fake.slash("echo", {"text": "still here"})
        assert reply.text() == "still here"
        await fake.wait_resumed(resumes + 1, timeout=10)
    assert fake.identify_count == 1


async def test_unknown_routes_are_recorded(tiny: tuple[FakeDiscord, Tiny]) -> None:
    fake, client = tiny
    with pytest.raises(discord.NotFound):
        await client.http.request(discord.http.Route("GET", "/guilds/{g}/bans", g=fake.guild.id))
    assert fake.unknown_routes == [f"GET /api/v10/guilds/{fake.guild.id}/bans"]


def test_command_rules_catch_what_discord_refuses() -> None:
    good = {"name": "quiz", "type": 1, "description": "Play",
            "options": [{"name": "rounds", "type": 4, "description": "How many", "required": True}]}
    assert validate_commands([good]) == []
    bad = [
        {"name": "Quiz", "type": 1, "description": "x"},
        {"name": "long", "type": 1, "description": "d" * 101},
        {"name": "opts", "type": 1, "description": "many",
         "options": [{"name": f"o{i}", "type": 3, "description": "o"} for i in range(26)]},
        {"name": "order", "type": 1, "description": "order",
         "options": [{"name": "a", "type": 3, "description": "a"},
                     {"name": "b", "type": 3, "description": "b", "required": True}]},
        {"name": "choices", "type": 1, "description": "c",
         "options": [{"name": "c", "type": 3, "description": "c", "autocomplete": True,
                      "choices": [{"name": str(i), "value": str(i)} for i in range(26)]}]},
    ]
    errors = validate_commands(bad)
    for needle in ("lowercase", "1-100", "26 options", "required options", "26 choices", "autocomplete"):
        assert any(needle in e for e in errors), (needle, errors)


def test_message_limits_and_mentions() -> None:
    assert message_errors({"content": "ok", "allowed_mentions": {"parse": []}}, creating=True) == []
    assert message_errors({"content": ""}, creating=True) == ["cannot send an empty message"]
    too_long = message_errors({"content": "x" * 2001, "embeds": [{"title": "t" * 257}]}, creating=True)
    assert len(too_long) == 2
    rows = [{"type": 1, "components": [{"type": 2, "style": 1, "label": "a", "custom_id": "same"},
                                       {"type": 2, "style": 1, "label": "b", "custom_id": "same"}]}]
    assert any("unique" in e for e in message_errors({"components": rows}, creating=True))
    assert mention_violation({"content": "hi", "allowed_mentions": {"parse": ["users"]}})
    assert mention_violation({"content": "hi"})
    assert mention_violation({"content": "hi", "allowed_mentions": {"parse": [], "replied_user": False}}) is None

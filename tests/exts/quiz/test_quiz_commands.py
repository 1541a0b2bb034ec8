"""/quiz and /settings through the real command tree and buttons (bot.console.transport.LocalDiscord), on simulated time."""

from __future__ import annotations

import asyncio
import copy
import random
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.console.transport import LocalDiscord, LocalViolation, Sent
from bot.quiz import scoring
from bot.quiz.selection import snapshot
from bot.store.game_records import GameStatus
from bot.store.state import StateDB
from tests.quiz.helpers import T0, AutoClock, FakeClock, FakeContent, local_quiz_bot, make_question

EXTENSIONS = ["bot.exts.quiz", "bot.exts.settings"]


def questions(n: int, **kw) -> list:
    return [make_question(i, **kw) for i in range(1, n + 1)]


def use_clock(local: LocalDiscord, clock: FakeClock) -> None:
    cog = local.bot.get_cog("Quiz")
    assert cog.daily_loop.is_running() and cog.daily_loop.minutes == 1  # the real loop checks every minute
    cog.clock, cog.sleep = clock, clock.sleep
    cog.daily_loop.cancel()  # tests call daily_tick() on their own clock
    local.bot.get_cog("ServerSettings").clock = clock


@asynccontextmanager
async def quiz_local(tmp_path: Path, content: FakeContent, clock: FakeClock,
                     state_path: Path | None = None) -> AsyncIterator[LocalDiscord]:
    state = await StateDB.open(state_path or tmp_path / "state.sqlite3")
    async with LocalDiscord.open(bot=local_quiz_bot(tmp_path, state, content, EXTENSIONS)) as local:
        use_clock(local, clock)
        yield local


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def local(tmp_path, clock) -> AsyncIterator[LocalDiscord]:
    async with quiz_local(tmp_path, FakeContent(questions(12)), clock) as harness:
        yield harness


def channel_posts(local: LocalDiscord, pattern: str) -> list[Sent]:
    """Messages the bot posted in channels itself (never through an interaction token)."""
    return [s for s in local.sent if s.kind == "message" and s.interaction_id is None
            and re.search(pattern, s.text)]


async def round_message(local: LocalDiscord, title: str) -> Sent:
    return await local.wait_for_message(lambda s: s.kind == "message" and title in s.text, timeout=30)


def right_button(local: LocalDiscord, message_id: int) -> int:
    """1-based position of the correct option (FakeContent's answers read "answer N")."""
    labels = [c["label"] for row in local.message(message_id)["components"] for c in row["components"]]
    return next(i for i, label in enumerate(labels, 1) if "answer" in label)


def wrong_button(local: LocalDiscord, message_id: int) -> int:
    return 1 if right_button(local, message_id) != 1 else 2


async def test_a_whole_game_with_several_members(local, clock):
    ann, bob, cy = local.user("ann"), local.user("bob"), local.user("cy")
    channel = local.channel("quiz")
    start = await local.slash("quiz start", user=ann, channel=channel, rounds=3, seconds=20)
    assert "A quiz is starting" in start.text and not start.ephemeral

    q1 = await round_message(local, "Question 1/3")
    assert "Closes <t:" in q1.text and ":R>" in q1.text  # a live countdown
    assert len(q1.buttons) == 4 and all(re.fullmatch(r"quiz:\d+:1:[0-3]", cid) for _, cid in q1.buttons)
    await clock.advance(5)  # 15 s left: +38 speed
    locked = await local.click(q1.message_id, right_button(local, q1.message_id), user=ann)
    assert locked.ephemeral and "Locked in: **" in locked.content
    again = await local.click(q1.message_id, wrong_button(local, q1.message_id), user=ann)
    assert again.ephemeral and "already answered" in again.content
    await local.click(q1.message_id, wrong_button(local, q1.message_id), user=bob)
    await local.click(q1.message_id, right_button(local, q1.message_id), user=cy)
    # Nobody sees choices before the reveal: the question message never changed.
    assert local.message(q1.message_id)["components"] == q1.components
    await clock.advance(15)

    reveal = await round_message(local, "Question 1/3: the answer is")
    assert "Right (2 of 3)" in reveal.text and "ann (+138)" in reveal.text and "cy (+138)" in reveal.text
    assert "bob" not in reveal.text.split("From the source")[0].split("Right")[1]
    assert re.search(r"— 2$", reveal.text, re.M) and re.search(r"— 1$", reveal.text, re.M)
    assert "According to Global Times (opinion)" in reveal.text and "The source sentence for question" in reveal.text
    assert "*China Russia strategic ties* — Global Times, Jul 2017 (opinion)" in reveal.text
    closed = local.message(q1.message_id)
    buttons = [c for row in closed["components"] for c in row["components"]]
    assert all(b["disabled"] for b in buttons)
    assert [b["style"] for b in buttons].count(3) == 1  # the right one is green

    await clock.advance(3)
    q2 = await round_message(local, "Question 2/3")
    for user in (ann, bob):
        await local.click(q2.message_id, right_button(local, q2.message_id), user=user)
    assert not channel_posts(local, "Question 2/3: the answer")  # cy has not answered yet
    await local.click(q2.message_id, wrong_button(local, q2.message_id), user=cy)
    reveal2 = await round_message(local, "Question 2/3: the answer is")  # everyone answered: early
    assert "ann (+160)" in reveal2.text  # 100 + 50 speed (no time passed) + 10 streak

    await clock.advance(3)
    await round_message(local, "Question 3/3")
    await clock.advance(20)
    standings = await round_message(local, "Final standings")
    assert "Winner: ann with 298 points" in standings.text
    assert re.search(r"\*\*2\.\*\* bob — 150 points · 1/2 correct", standings.text)
    assert re.search(r"\*\*3\.\*\* cy — 138 points · 1/2 correct", standings.text)
    # Every round and the standings went out as channel messages, never on an interaction token.
    assert all(s.route.startswith("POST /channels/") for s in channel_posts(local, "Question|standings"))

    board = await local.slash("quiz leaderboard", user=bob, channel=channel)
    assert "#1** ann — 298 points · 2/2 correct (100%)" in board.text
    stats = await local.slash("quiz stats", user=cy, channel=channel, member=bob)
    assert "150" in stats.text and "1/2 correct" in stats.text and "#2 of 3" in stats.text


async def test_stop_is_for_the_starter_and_message_managers(local, clock):
    ann, bob, mod = local.user("ann"), local.user("bob"), local.user("mo", manage_messages=True)
    channel = local.channel("quiz")
    await local.slash("quiz start", user=ann, channel=channel, rounds=5)
    q1 = await round_message(local, "Question 1/5")
    await local.click(q1.message_id, right_button(local, q1.message_id), user=bob)

    refused = await local.slash("quiz stop", user=bob, channel=channel)
    assert refused.ephemeral and "Only the member who started this quiz" in refused.content
    stopped = await local.slash("quiz stop", user=ann, channel=channel)
    assert "Quiz stopped by ann" in stopped.content
    standings = await round_message(local, "Quiz stopped: final standings")
    assert "Winner: bob" in standings.text and "1 of 5 rounds played" in standings.text
    assert channel_posts(local, "Question 1/5: the answer is")  # the open round was revealed
    nothing = await local.slash("quiz stop", user=ann, channel=channel)
    assert nothing.ephemeral and "No quiz is running" in nothing.content

    clock.now += 60  # past the start cooldown
    await local.slash("quiz start", user=ann, channel=channel, rounds=2)
    await round_message(local, "Question 1/2")
    by_mod = await local.slash("quiz stop", user=mod, channel=channel)
    assert "Quiz stopped by mo" in by_mod.content
    await local.wait_for_message(lambda s: "Quiz stopped: final standings" in s.text and s.seq > standings.seq, timeout=30)


async def test_no_repeats_within_a_game_and_across_games(tmp_path, clock):
    content = FakeContent(questions(6))
    async with quiz_local(tmp_path, content, AutoClock()) as local:
        channel = local.channel("quiz")
        cog = local.bot.get_cog("Quiz")

        async def play(rounds: int) -> list[str]:
            before = len(local.sent)
            reply = await local.slash("quiz start", user=local.user("ann"), channel=channel, rounds=rounds)
            assert "A quiz is starting" in reply.text
            await cog.wait_idle()
            cog.clock.now += 60
            return [re.search(r"Question number \d+\?", s.text).group(0)
                    for s in local.sent[before:] if s.kind == "message" and re.match(r"Question \d+/\d+\n", s.text)]

        first = await play(4)
        assert len(first) == len(set(first)) == 4
        second = await play(4)
        assert len(second) == len(set(second)) == 4
        unseen = {f"Question number {i}?" for i in range(1, 7)} - set(first)
        assert set(second[:2]) == unseen  # the two never-asked questions come first


async def test_bad_input_gets_clear_private_answers(tmp_path, clock):
    content = FakeContent(questions(3, topic="SCO") + questions(0))
    async with quiz_local(tmp_path, content, clock) as local:
        ann = local.user("ann")
        channel = local.channel("quiz")
        for options, expected in (({"rounds": 0}, "`rounds` must be between 1 and 30"),
                                  ({"rounds": 31}, "`rounds` must be between 1 and 30"),
                                  ({"seconds": 5}, "`seconds` must be between 10 and 120"),
                                  ({"seconds": 500}, "`seconds` must be between 10 and 120"),
                                  ({"topic": "astrology"}, "No topic or document matches “astrology”"),
                                  ({"difficulty": "hard"}, "There are no questions at hard difficulty")):
            reply = await local.slash("quiz start", user=ann, channel=channel, **options)
            assert reply.ephemeral and expected in reply.content, (options, reply.content)
        unknown = await local.slash("quiz start", user=ann, channel=channel, topic="astrology")
        assert "Try one of these: **SCO**" in unknown.content

        few = await local.slash("quiz start", user=ann, channel=channel, rounds=10, topic="sco")
        assert "Only 3 questions match, so this game has 3 rounds instead of 10." in few.text
        await round_message(local, "Question 1/3")
        second = await local.slash("quiz start", user=local.user("bob"), channel=channel)
        assert second.ephemeral and "already running in this channel" in second.content
        assert re.search(r"https://discord.com/channels/\d+/\d+/\d+", second.content)
        other = await local.slash("quiz start", user=ann, channel=local.channel("general"), topic="SCO")
        assert "A quiz is starting" in other.text  # another channel is free
        await local.slash("quiz stop", user=ann, channel=local.channel("general"))
        await round_message(local, "Quiz stopped: final standings")
        again = await local.slash("quiz start", user=ann, channel=local.channel("general"))
        assert again.ephemeral and "moments ago" in again.content  # the per-channel cooldown

        choices = await local.autocomplete("quiz start", "topic", "sc", user=ann, channel=channel)
        assert {"name": "SCO (3 questions)", "value": "SCO"} in choices
        docs = await local.autocomplete("quiz start", "topic", "strategic", user=ann, channel=channel)
        assert docs == [{"name": "📄 China Russia strategic ties", "value": "doc:doc-a.txt"}]


async def test_stopping_a_game_whose_runner_died_frees_the_channel(local, clock):
    ann = local.user("ann")
    channel = local.channel("quiz")
    store = local.bot.get_cog("Quiz").store
    other = await store.create_game(guild_id=local.guild.id, channel_id=local.channel("general"), starter_id=1,
                                    mode="game", rounds=2, seconds=20, topic=None, difficulty=None, now=clock())
    orphan = await store.create_game(guild_id=local.guild.id, channel_id=channel, starter_id=ann.id, mode="game",
                                     rounds=2, seconds=20, topic=None, difficulty=None, now=clock())
    await store.open_round(orphan, 1, snapshot(make_question(1), random.Random(1)), clock(),
                           clock() + 20)
    reply = await local.slash("quiz stop", user=ann, channel=channel)
    assert "Quiz stopped by ann" in reply.content
    await round_message(local, "Quiz ended early: final standings")
    assert (await store.game(orphan.game_id)).status is GameStatus.INTERRUPTED
    assert (await store.game(other.game_id)).status is GameStatus.RUNNING  # only this channel's game


async def test_guild_only_commands_refuse_in_direct_messages(local):
    ann = local.user("ann")
    dm = local.dm(ann)
    for name in ("quiz start", "quiz leaderboard", "settings show"):
        with pytest.raises(LocalViolation, match="guild-only"):
            await local.slash(name, user=ann, channel=dm)  # Discord does not even offer them there
        # A stale client may still send one: the bot refuses politely.
        payload = local._base_payload(2, ann, dm, local._command_data(name, {}))
        reply = await local._dispatch(payload, timeout=5, expect_response=True)
        assert reply.ephemeral and "only in a server" in reply.content


async def test_a_thirty_round_two_minute_game_outlives_the_interaction_token(tmp_path):
    clock = AutoClock()
    async with quiz_local(tmp_path, FakeContent(questions(40)), clock) as local:
        start = await local.slash("quiz start", user=local.user("ann"), channel=local.channel("quiz"),
                                  rounds=30, seconds=120)
        await local.bot.get_cog("Quiz").wait_idle()
        assert clock() - T0 > 30 * 120 > 15 * 60  # far past the token's 15 minutes
        posted = [int(re.match(r"Question (\d+)/30\n", s.text).group(1))
                  for s in channel_posts(local, r"^Question \d+/30\n")]
        assert posted == list(range(1, 31))
        assert len(channel_posts(local, r"^Question \d+/30: the answer is")) == 30
        assert len(channel_posts(local, "Final standings")) == 1
        assert all(s.interaction_id != start.interaction_id for s in local.sent[1:])


async def test_single_question_and_empty_boards(local, clock):
    ann = local.user("ann")
    channel = local.channel("quiz")
    empty = await local.slash("quiz leaderboard", user=ann, channel=channel, period="week")
    assert empty.ephemeral and "this week" in empty.content
    nobody = await local.slash("quiz stats", user=ann, channel=channel)
    assert nobody.ephemeral and "You have not answered" in nobody.content
    one = await local.slash("quiz question", user=ann, channel=channel)
    assert "One question on any topic" in one.content
    msg = await round_message(local, "Quiz question")
    await local.click(msg.message_id, right_button(local, msg.message_id), user=ann)
    await clock.advance(20)
    reveal = await round_message(local, "Quiz question: the answer is")
    assert "ann (+150)" in reveal.text
    assert not channel_posts(local, "standings")  # a single question has no standings
    board = await local.slash("quiz leaderboard", user=ann, channel=channel, period="month")
    assert "ann — 150 points" in board.text


def at(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


async def test_daily_question_settings_and_posts(local, clock):
    admin, ann = local.user("ada", admin=True), local.user("ann")
    daily = local.channel("daily")
    cog = local.bot.get_cog("Quiz")
    clock.now = at("2026-03-10T08:00:00")

    refused = await local.slash("settings daily set", user=ann, channel=daily, options={"channel": daily},
                                time="09:00")
    assert refused.ephemeral and "Manage Server" in refused.content
    bad = await local.slash("settings daily set", user=admin, channel=daily, options={"channel": daily},
                            time="9 o'clock")
    assert bad.ephemeral and "HH:MM in UTC" in bad.content
    ok = await local.slash("settings daily set", user=admin, channel=daily, options={"channel": daily},
                           time="9:00")
    assert "every day at **09:00 UTC**" in ok.content
    shown = await local.slash("settings show", user=admin, channel=daily)
    assert "Every day at **09:00 UTC**" in shown.text

    assert await cog.daily_tick() == []  # 08:00: not yet
    clock.now = at("2026-03-10T09:00:30")
    posted = await cog.daily_tick()
    assert len(posted) == 1 and await cog.daily_tick() == []  # never twice a day
    question = await round_message(local, "Daily question · 10 Mar 2026")
    assert question.channel_id == daily
    await local.click(question.message_id, right_button(local, question.message_id), user=ann)
    await clock.advance(600)
    reveal = await round_message(local, "Daily question · 10 Mar 2026: the answer is")
    assert "ann (+" in reveal.text
    clock.now = at("2026-03-10T22:00:00")
    assert await cog.daily_tick() == []

    clock.now = at("2026-03-11T09:00:00")
    assert len(await cog.daily_tick()) == 1
    await clock.advance(600)
    off = await local.slash("settings daily off", user=admin, channel=daily)
    assert "Daily question off" in off.content
    clock.now = at("2026-03-12T09:00:00")
    assert await cog.daily_tick() == []
    assert (await local.slash("settings show", user=admin, channel=daily)).text.count("Off.") == 1
    board = await local.slash("quiz stats", user=ann, channel=daily)
    assert "1/1 correct" in board.text  # the daily question scored like any round


async def test_a_daily_post_missed_during_downtime_is_caught_up_within_the_hour(tmp_path, clock):
    path = tmp_path / "state.sqlite3"
    clock.now = at("2026-03-10T08:00:00")
    async with quiz_local(tmp_path, FakeContent(questions(5)), clock, state_path=path) as local:
        admin = local.user("ada", admin=True)
        await local.slash("settings daily set", user=admin, channel=local.channel("quiz"),
                          options={"channel": local.channel("quiz")}, time="09:00")
    clock.now = at("2026-03-10T09:40:00")  # the bot was down at 09:00
    async with quiz_local(tmp_path, FakeContent(questions(5)), clock, state_path=path) as local:
        assert len(await local.bot.get_cog("Quiz").daily_tick()) == 1
    clock.now = at("2026-03-11T10:30:00")  # down for more than an hour after the slot: skipped
    async with quiz_local(tmp_path, FakeContent(questions(5)), clock, state_path=path) as local:
        assert await local.bot.get_cog("Quiz").daily_tick() == []


async def restarted(before: LocalDiscord, tmp_path: Path, path: Path, content: FakeContent) -> LocalDiscord:
    """A new bot on the same state file, in the same (simulated) Discord world: channels and old messages."""
    state = await StateDB.open(path)
    after = LocalDiscord(local_quiz_bot(tmp_path, state, content, EXTENSIONS))
    after._channels = dict(before._channels)
    after._users = dict(before._users)
    after.messages = {k: dict(v) for k, v in before.messages.items()}
    await after._start()
    return after


async def test_restart_ends_the_running_game_and_old_buttons_say_the_round_is_over(tmp_path, clock):
    path = tmp_path / "state.sqlite3"
    content = FakeContent(questions(8))
    async with quiz_local(tmp_path, content, clock, state_path=path) as before:
        ann, bob = before.user("ann"), before.user("bob")
        channel = before.channel("quiz")
        await before.slash("quiz start", user=ann, channel=channel, rounds=5)
        q1 = await round_message(before, "Question 1/5")
        await before.click(q1.message_id, right_button(before, q1.message_id), user=ann)
        await clock.advance(20)
        await clock.advance(3)
        q2 = await round_message(before, "Question 2/5")
        await before.click(q2.message_id, right_button(before, q2.message_id), user=bob)
        live_buttons = before.message(q2.message_id)["components"]

        # The process dies here (no shutdown): a second bot starts on the same database.
        after = await restarted(before, tmp_path, path, content)
        try:
            use_clock(after, clock)
            standings = await after.wait_for_message(lambda s: "Quiz ended early: final standings" in s.text, timeout=30)
            assert standings.channel_id == channel
            assert "ann" in standings.text and "bob" in standings.text and "2 of 5 rounds played" in standings.text
            # No dead buttons: the cut-off round was revealed and its buttons disabled.
            assert all(c["disabled"] for row in after.message(q2.message_id)["components"] for c in row["components"])
            assert await after.wait_for_message(lambda s: "Question 2/5: the answer is" in s.text, timeout=30)
            # A client still showing the old, live buttons clicks one: the database says it is over.
            after.messages[q2.message_id]["components"] = live_buttons
            late = await after.click(q2.message_id, 2, user=ann)
            assert late.ephemeral and "This round is over" in late.content
            after.messages[q1.message_id]["components"] = q1.components
            old = await after.click(q1.message_id, 1, user=bob)
            assert old.ephemeral and "This round is over" in old.content
            game = (await after.bot.get_cog("Quiz").store.running_games())
            assert game == []
            fresh = await after.slash("quiz start", user=bob, channel=channel, rounds=1)
            assert "A quiz is starting" in fresh.text  # the channel is free again
        finally:
            await after._stop()


async def test_shutdown_ends_running_games_with_standings(tmp_path, clock):
    async with quiz_local(tmp_path, FakeContent(questions(5)), clock) as local:
        ann = local.user("ann")
        await local.slash("quiz start", user=ann, channel=local.channel("quiz"), rounds=5)
        q1 = await round_message(local, "Question 1/5")
        await local.click(q1.message_id, right_button(local, q1.message_id), user=ann)
        cog = local.bot.get_cog("Quiz")
        game_id = next(iter(cog.runners))
        store = cog.store
        await local.bot.close()  # what SIGTERM (or Ctrl-C in the console) does: extensions unload first
        ended = channel_posts(local, "Quiz ended early: final standings")
        assert len(ended) == 1 and "the bot was shut down" in ended[0].text, ended[0].text
        assert "restarted" not in ended[0].text and "lost the channel" not in ended[0].text
        assert channel_posts(local, "Question 1/5: the answer is")
    state = await StateDB.open(tmp_path / "state.sqlite3")
    try:
        from bot.store.games import GameStore

        store = GameStore(state, scoring)
        assert (await store.game(game_id)).status is GameStatus.INTERRUPTED
        assert (await store.standings(game_id))[0].points == 150
    finally:
        await state.close()


async def test_member_names_and_document_text_never_ping_or_format(tmp_path, clock):
    hostile = make_question(1, prompt="Who said @everyone <@123> **loud**?")
    async with quiz_local(tmp_path, FakeContent([hostile]), clock) as local:
        evil = local.user("@everyone *star*")
        channel = local.channel("quiz")
        await local.slash("quiz start", user=evil, channel=channel, rounds=1)
        question = await round_message(local, "Question 1/1")
        assert "@everyone" not in question.text and "<@123>" not in question.text
        assert "\\*\\*loud\\*\\*" in question.text
        await local.click(question.message_id, right_button(local, question.message_id), user=evil)
        await clock.advance(20)
        standings = await round_message(local, "Final standings")
        reveal = channel_posts(local, "the answer is")[0]
        for text in (reveal.text, standings.text):
            assert "@\u200beveryone \\*star\\*" in text and "@everyone" not in text


async def test_a_channel_the_bot_cannot_post_in_is_refused_up_front(local):
    import discord

    local.bot_permissions = discord.Permissions(view_channel=True, send_messages=True)
    reply = await local.slash("quiz start", user=local.user("ann"), channel=local.channel("quiz"))
    assert reply.ephemeral and "Embed Links" in reply.content
    assert await local.bot.get_cog("Quiz").store.running_games() == []


async def test_a_permission_revoked_mid_game_is_explained_to_the_starter(local, clock, caplog):
    import logging

    import discord

    ann = local.user("ann")
    start = await local.slash("quiz start", user=ann, channel=local.channel("quiz"), rounds=3)
    await round_message(local, "Question 1/3")
    real_rest = local.bot.http.request

    async def forbidden(route, **kwargs):
        if route.method == "POST" and route.path == "/channels/{channel_id}/messages":
            class Response:
                status, reason = 403, "Forbidden"
            raise discord.Forbidden(Response(), {"code": 50013, "message": "Missing Permissions"})
        return await real_rest(route, **kwargs)

    local.bot.http.request = forbidden
    caplog.set_level(logging.INFO)
    await clock.advance(20)
    await local.bot.get_cog("Quiz").wait_idle()
    told = [s for s in local.sent if s.interaction_id == start.interaction_id and s.ephemeral]
    assert told and "**Send Messages**" in told[0].text and "still counts" in told[0].text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert await local.bot.get_cog("Quiz").store.running_games() == []


async def _forged_click(local: LocalDiscord, message_id: int, custom_id: str, *, guild_id: int | None = None):
    """A component interaction as a modified client could send it: any custom_id (on the message as
    the interaction carries it, since discord.py drops a custom_id the message does not have), any
    server id."""
    msg = copy.deepcopy(local.message(message_id))
    msg["components"][0]["components"][0]["custom_id"] = custom_id
    payload = local._base_payload(3, local.user("mallory"), int(msg["channel_id"]),
                                  {"custom_id": custom_id, "component_type": 2})
    payload["message"] = {k: v for k, v in msg.items() if k != "deleted"}
    if guild_id is not None:
        payload["guild_id"] = str(guild_id)
        payload["authorizing_integration_owners"] = {"0": str(guild_id)}
    return await local._dispatch(payload, timeout=5, expect_response=True)


async def test_a_click_from_another_server_is_not_an_answer_here(local, clock):
    channel = local.channel("quiz")
    await local.slash("quiz start", user=local.user("ann"), channel=channel, rounds=2)
    question = await round_message(local, "Question 1/2")
    custom_id = local.message(question.message_id)["components"][0]["components"][0]["custom_id"]
    store = local.bot.get_cog("Quiz").store
    for other_server in (local.guild.id + 1, 123456789012345678):
        reply = await _forged_click(local, question.message_id, custom_id, guild_id=other_server)
        assert reply.ephemeral and "round is over" in reply.content.lower(), reply.content
    assert (await store.state.fetchone("SELECT COUNT(*) FROM answers"))[0] == 0
    honest = await local.click(question.message_id, custom_id, user=local.user("bob"))
    assert "Locked in" in honest.content


@pytest.mark.parametrize("game_id", ["9999999999999999999", "9223372036854775808", "0"])
async def test_a_forged_game_id_says_the_round_is_over(local, clock, game_id: str):
    channel = local.channel("quiz")
    await local.slash("quiz start", user=local.user("ann"), channel=channel, rounds=2)
    question = await round_message(local, "Question 1/2")
    reply = await _forged_click(local, question.message_id, f"quiz:{game_id}:1:0")
    assert reply.ephemeral and "round is over" in reply.content.lower(), reply.content
    assert "went wrong" not in reply.content


async def test_the_leaderboard_pages_through_every_member(local, clock):
    """A board of 137 members has 14 pages and its last one ends with the last member."""
    store = local.bot.get_cog("Quiz").store
    game = await store.create_game(guild_id=local.guild.id, channel_id=local.channel("archive"), starter_id=1,
                                   mode="game", rounds=1, seconds=20, topic=None, difficulty=None, now=clock())
    snap = snapshot(make_question(1), random.Random(1))
    await store.open_round(game, 1, snap, clock(), clock() + 20)
    for user_id in range(1, 138):  # odd ids right, even ids wrong
        choice = snap.answer_index if user_id % 2 else (snap.answer_index + 1) % 4
        await store.record_answer(guild_id=local.guild.id, game_id=game.game_id, round_no=1, user_id=user_id,
                                  display_name=f"member{user_id}", choice=choice, now=clock())
    await store.end_game(game.game_id, GameStatus.FINISHED, clock())
    ann = local.user("ann")
    board = await local.slash("quiz leaderboard", user=ann, channel=local.channel("quiz"))
    assert "Page 1/14" in board.text
    last = await local.click(board.first, "Last", user=ann)
    assert "Page 14/14" in last.text
    assert "member136" in last.text, last.text  # the last-ranked member (an even id, no points)


async def test_sigterm_while_a_start_is_under_way_ends_that_game_and_the_next_start_is_quiet(tmp_path, clock):
    """SIGTERM lands after /quiz start created its game but before the game was launched: the game
    must not stay 'running' in the database, and the next start must not post 'ended early' for a
    game that never asked a question."""
    path = tmp_path / "state.sqlite3"
    content = FakeContent(questions(5))
    reached, release = asyncio.Event(), asyncio.Event()
    async with quiz_local(tmp_path, content, clock, state_path=path) as before:
        cog = before.bot.get_cog("Quiz")
        linked = cog._linked

        async def slow_link(game, announced):  # Discord is slow to confirm the announcement
            reached.set()
            await release.wait()
            return await linked(game, announced)

        cog._linked = slow_link
        starting = asyncio.create_task(before.slash("quiz start", user=before.user("ann"),
                                                    channel=before.channel("quiz"), rounds=3))
        await reached.wait()
        await before.bot.close()  # SIGTERM: extensions unload first, then the databases close
        release.set()
        await asyncio.gather(starting, return_exceptions=True)
        assert not channel_posts(before, "^Question 1/3")  # nothing was launched after shutdown
    state = await StateDB.open(path)
    try:
        from bot.store.games import GameStore

        games = await state.fetchall("SELECT status FROM games")
        assert [g[0] for g in games] == [str(GameStatus.INTERRUPTED)]
        assert await GameStore(state, scoring).running_games() == []
    finally:
        await state.close()


async def test_a_game_a_restart_cut_off_frees_its_channel_before_ready(tmp_path, clock):
    """discord.py dispatches on_ready ~2 s after the last guild arrives; commands arrive meanwhile.
    A game killed with the old process must already be over then, and one that never asked a
    question is ended without an 'ended early' post."""
    path = tmp_path / "state.sqlite3"
    content = FakeContent(questions(8))
    async with quiz_local(tmp_path, content, clock, state_path=path) as before:
        channel, quiet = before.channel("quiz"), before.channel("quiet")
        await before.slash("quiz start", user=before.user("ann"), channel=channel, rounds=5)
        await round_message(before, "Question 1/5")
        store = before.bot.get_cog("Quiz").store
        # A start cut off before its first question: the game exists, no round was ever posted.
        await store.create_game(guild_id=before.guild.id, channel_id=quiet, starter_id=1, mode="game", rounds=3,
                                seconds=20, topic=None, difficulty=None, now=clock())
        # The process dies here (no shutdown).
        state = await StateDB.open(path)
        after = LocalDiscord(local_quiz_bot(tmp_path, state, content, EXTENSIONS))
        after.adopt_world(before)
        ready = asyncio.Event()
        after.bot.wait_until_ready = ready.wait  # on_ready has not come yet
        await after._start()
        try:
            use_clock(after, clock)
            cog = after.bot.get_cog("Quiz")
            assert await cog.store.running_games() == []
            fresh = await after.slash("quiz start", user=after.user("bob"), channel=channel, rounds=1)
            assert "A quiz is starting" in fresh.text, fresh.text
            ready.set()
            await cog._startup
            ended_early = [s for s in after.sent if "Quiz ended early" in s.text]
            assert [s.channel_id for s in ended_early] == [channel], "only the game that asked questions"
        finally:
            await after._stop()

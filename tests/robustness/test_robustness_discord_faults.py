"""Discord faults, in-process: rate limits and 5xx on a quiz round (handled by discord.py's own
HTTP code on a scripted response), an expired interaction token (10062), and a channel the bot
may not post in (403 / 50013) while a quiz runs.

How the faults get in without touching product code: ``DiscordHTTP`` routes one request through
discord.py's real ``HTTPClient.request`` with a scripted session (tests/robustness/support.py);
``RestFaults`` wraps the bot instance's ``http.request``; the interaction callback seam is the
local transport's webhook adapter, wrapped on the instance (``local.adapter.request``).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import discord
import pytest
from discord.webhook import async_ as webhook_async

from bot.console.transport import LocalDiscord, Sent

from .support import (
    DiscordHTTP,
    RestFaults,
    ScriptedResponse,
    StepClock,
    fail_times,
    http_error,
    instant_games,
    problems_in,
    rate_limited,
    server_error,
)

CHANNEL_POST = r"^POST /channels/\{channel_id\}/messages$"


def errors_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


def posts(local: LocalDiscord, text: str) -> list[Sent]:
    """Channel messages (not interaction replies) containing ``text``."""
    return [s for s in local.sent if s.kind == "message" and s.interaction_id is None and text in s.text]


def questions(local: LocalDiscord, title: str) -> list[Sent]:
    """The question messages titled ``title`` (not the reveals, which start with the same words)."""
    return [s for s in posts(local, title) if s.buttons and "the answer is" not in s.text]


async def play_to_the_end(local: LocalDiscord) -> None:
    cog = local.bot.get_cog("Quiz")
    await asyncio.wait_for(cog.wait_idle(), 15)


async def test_a_429_on_a_round_post_is_waited_out_and_the_round_posts_once(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    instant_games(local)
    http = DiscordHTTP(local)
    http.script(CHANNEL_POST, [rate_limited(0.25)])
    channel = local.channel("quiz")
    start = await local.slash("quiz start", user=local.user("ann"), channel=channel, rounds=2)
    assert "A quiz is starting" in start.text
    await play_to_the_end(local)
    tries = [a for a in http.attempts if a[0].startswith("POST /channels/")]
    assert [status for _, status, _ in tries] == [429, 200]
    assert tries[1][2] - tries[0][2] >= 0.25  # discord.py waited retry_after before trying again
    assert len(questions(local, "Question 1/2")) == 1 and len(questions(local, "Question 2/2")) == 1
    assert posts(local, "Final standings")
    assert any("rate limited" in r.getMessage() for r in caplog.records)  # discord.py said so (WARNING)
    assert not errors_logged(caplog)
    assert problems_in(local, local.sent) == []


@pytest.mark.parametrize("failure", [
    lambda: server_error(500),
    lambda: ScriptedResponse(502, "<html><body>502 Bad Gateway</body></html>", {"content-type": "text/html"}),
    lambda: rate_limited(0.1, is_global=True),
], ids=["500", "502-html-from-the-proxy", "429-global"])
async def test_a_server_error_or_global_limit_then_success_posts_the_round_once(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture, failure: Any) -> None:
    caplog.set_level(logging.INFO)
    instant_games(local)
    http = DiscordHTTP(local)
    first = failure()
    http.script(CHANNEL_POST, [first])
    await local.slash("quiz start", user=local.user("ann"), channel=local.channel("quiz"), rounds=1)
    await play_to_the_end(local)
    tries = [a for a in http.attempts if a[0].startswith("POST /channels/")]
    assert [status for _, status, _ in tries] == [first.status, 200]
    assert len(questions(local, "Question 1/1")) == 1 and posts(local, "Final standings")
    assert not errors_logged(caplog)


# -- an expired interaction token (10062 Unknown interaction) -------------------------------------
class ExpiredTokens:
    """Make the next ``n`` interaction callbacks fail as Discord does once a token has expired."""

    def __init__(self, local: LocalDiscord, n: int = 1) -> None:
        self.left = n
        self.refused: list[str] = []
        inner = local.adapter.request

        async def request(route: Any, session: Any = None, **kwargs: Any) -> Any:
            if self.left > 0 and route.path.endswith("/callback"):
                self.left -= 1
                self.refused.append(route.path)
                raise http_error(404, 10062, "Unknown interaction")
            return await inner(route, session, **kwargs)

        local.adapter.request = request  # type: ignore[method-assign]


async def test_an_expired_token_on_a_public_reply_falls_back_to_the_channel(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    expired = ExpiredTokens(local)
    channel = local.channel("general")
    before = len(local.sent)
    await local.slash("quote", search="Russia", channel=channel, expect_response=False)
    assert expired.refused
    fallback = [s for s in local.sent[before:] if s.kind == "message"]
    # The quote still reaches the channel, as a plain message (it was meant to be public).
    assert len(fallback) == 1 and fallback[0].route.startswith("POST /channels/")
    assert fallback[0].channel_id == channel and fallback[0].embeds
    assert any("expired" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    # The bot carries on: the next commands answer normally.
    again = await local.slash("quote", search="Russia", channel=channel)
    assert again.embeds and again.response_type == 4
    assert (await local.slash("help")).text
    assert not errors_logged(caplog)


async def test_an_expired_token_on_a_private_reply_is_dropped_quietly(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    expired = ExpiredTokens(local)
    before = len(local.sent)
    # A polite error (no match) is ephemeral: it must not be posted publicly instead.
    await local.slash("search", query="zzqxv", expect_response=False)
    assert expired.refused and not [s for s in local.sent[before:] if s.kind == "message"]
    reply = await local.slash("search", query="zzqxv")
    assert reply.ephemeral and "Nothing in the documents matches" in reply.text
    assert not errors_logged(caplog)


async def test_an_expired_token_on_an_answer_click_still_records_the_answer(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    channel = local.channel("quiz")
    ann, bob = local.user("ann"), local.user("bob")
    await local.slash("quiz start", user=ann, channel=channel, rounds=1, seconds=60)
    question = await local.wait_for_message(lambda s: "Question 1/1" in s.text and bool(s.buttons), timeout=30)
    ExpiredTokens(local)
    await local.click(question.message_id, 1, user=ann, expect_response=False)  # "Locked in" is lost
    second = await local.click(question.message_id, 2, user=ann)
    # The first click counted even though its confirmation never arrived: the second one is refused.
    assert second.ephemeral and "already answered" in second.content and "**A**" in second.content
    await local.click(question.message_id, 2, user=bob)
    cog = local.bot.get_cog("Quiz")
    game = await cog.store.running_game(channel)
    assert game is not None
    rows = await local.bot.state.fetchall("SELECT user_id, choice FROM answers WHERE game_id = ?", (game.game_id,))
    assert sorted((r[0], r[1]) for r in rows) == sorted([(ann.id, 0), (bob.id, 1)])
    await local.slash("quiz stop", user=ann, channel=channel)
    await play_to_the_end(local)
    assert not errors_logged(caplog)


# -- missing permissions in the channel (403 / 50013) ---------------------------------------------
def missing_access() -> discord.HTTPException:
    return http_error(403, 50013, "Missing Permissions")


async def test_a_quiz_in_a_channel_the_bot_cannot_post_in_ends_cleanly(local: LocalDiscord) -> None:
    # The slash reply goes through the interaction (allowed without channel permissions); the
    # round is a channel message, which Discord refuses with 50013.
    instant_games(local)
    faults = RestFaults(local)
    faults.add(CHANNEL_POST, fail_times(100, missing_access))
    channel = local.channel("quiz")
    ann = local.user("ann")
    await local.slash("quiz start", user=ann, channel=channel, rounds=3)
    await play_to_the_end(local)
    cog = local.bot.get_cog("Quiz")
    assert await cog.store.running_game(channel) is None  # the channel is free again
    rows = await local.bot.state.fetchall("SELECT status FROM games WHERE channel_id = ?", (channel,))
    assert [r[0] for r in rows] == ["interrupted"]
    still_open = await local.bot.state.fetchall("SELECT round_no FROM rounds WHERE revealed_at IS NULL")
    assert still_open == []  # no round left taking answers
    # Once the permission is back, quizzes work in that channel again.
    faults.remove_all()
    cog.clock.now += 3600  # past the start cooldown
    again = await local.slash("quiz start", user=ann, channel=channel, rounds=1)
    assert "A quiz is starting" in again.text
    await play_to_the_end(local)
    assert questions(local, "Question 1/1")


async def test_a_quiz_where_the_bot_lacks_channel_permissions_is_refused_up_front(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    # Discord tells the bot its permissions with every interaction (app_permissions): no game starts.
    caplog.set_level(logging.INFO)
    local.bot_permissions = discord.Permissions(view_channel=True, read_message_history=True)
    channel = local.channel("quiz")
    reply = await local.slash("quiz start", user=local.user("ann"), channel=channel, rounds=3)
    assert reply.ephemeral and "Send Messages" in reply.text and "Embed Links" in reply.text
    assert await local.bot.state.fetchall("SELECT game_id FROM games") == []
    assert not posts(local, "Question")
    assert not errors_logged(caplog)


async def test_a_permission_revoked_mid_game_is_explained_to_the_starter(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    # app_permissions said yes at the start; the overwrite changed before the round was posted.
    caplog.set_level(logging.INFO)
    instant_games(local)
    faults = RestFaults(local)
    faults.add(CHANNEL_POST, fail_times(100, missing_access))
    channel = local.channel("quiz")
    start = await local.slash("quiz start", user=local.user("ann"), channel=channel, rounds=3)
    await play_to_the_end(local)
    await local.wait_for_message(
        lambda s: s.interaction_id == start.interaction_id and "Send Messages" in s.text, timeout=30)
    told = [s for s in local.sent if s.interaction_id == start.interaction_id and "Send Messages" in s.text]
    assert told and all(s.ephemeral for s in told), [s.text for s in local.sent]
    assert await local.bot.get_cog("Quiz").store.running_game(channel) is None
    assert not errors_logged(caplog)


def after(n: int, error: Any) -> Any:
    """A rule that lets ``n`` matching requests through, then fails every later one with ``error()``."""
    seen = [0]

    def action(_route: Any, _kwargs: dict[str, Any]) -> None:
        seen[0] += 1
        if seen[0] > n:
            raise error()

    return action


@pytest.mark.parametrize(("error", "told"), [
    (missing_access, "Send Messages"),
    (lambda: http_error(404, 10003, "Unknown Channel"), "is gone"),
], ids=["403-missing-permissions", "404-channel-deleted"])
async def test_losing_the_channel_after_round_one_ends_the_game_cleanly(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture, error: Any, told: str) -> None:
    # Round 1 is posted and answered; then every channel post fails (the reveal, round 2, standings).
    caplog.set_level(logging.INFO)
    clock = StepClock()
    cog = local.bot.get_cog("Quiz")
    cog.clock, cog.sleep = clock, clock.sleep
    faults = RestFaults(local)
    faults.add(CHANNEL_POST, after(1, error))
    channel = local.channel("quiz")
    ann, bob = local.user("ann"), local.user("bob")
    start = await local.slash("quiz start", user=ann, channel=channel, rounds=3)
    await clock.parked()
    question = questions(local, "Question 1/3")[0]
    await local.click(question.message_id, 1, user=ann)
    await local.click(question.message_id, 2, user=bob)
    await clock.step()  # time up: the reveal post fails
    await asyncio.wait_for(cog.wait_idle(), 5)
    game = (await local.bot.state.fetchall("SELECT game_id, status FROM games WHERE channel_id = ?", (channel,)))[0]
    assert game["status"] == "interrupted"
    open_rounds = await local.bot.state.fetchall(
        "SELECT round_no FROM rounds WHERE game_id = ? AND revealed_at IS NULL", (game["game_id"],))
    assert open_rounds == []
    kept = await local.bot.state.fetchall("SELECT user_id FROM answers WHERE game_id = ?", (game["game_id"],))
    assert {r[0] for r in kept} == {ann.id, bob.id}  # the answers given still count
    explained = [s for s in local.sent if s.interaction_id == start.interaction_id and told in s.text]
    assert explained and all(s.ephemeral for s in explained)
    assert not errors_logged(caplog)


async def test_a_daily_question_in_a_channel_the_bot_lost_ends_quietly_and_comes_back_tomorrow(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    # Nobody started it, so nobody can be told: a WARNING for the operator, no hanging game, no ERROR.
    from datetime import UTC, datetime

    def at(text: str) -> float:
        return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()

    caplog.set_level(logging.INFO)
    clock = StepClock(at("2026-03-10T08:00:00"))
    cog = local.bot.get_cog("Quiz")
    cog.clock, cog.sleep = clock, clock.sleep
    cog.daily_loop.cancel()  # driven by hand below
    local.bot.get_cog("ServerSettings").clock = clock
    daily = local.channel("daily")
    admin = local.user("ada", admin=True)
    ok = await local.slash("settings daily set", user=admin, channel=daily, options={"channel": daily}, time="09:00")
    assert "09:00 UTC" in ok.content
    faults = RestFaults(local)
    faults.add(CHANNEL_POST, fail_times(1, missing_access))
    clock.now = at("2026-03-10T09:00:30")
    assert len(await cog.daily_tick()) == 1
    await asyncio.wait_for(cog.wait_idle(), 5)
    rows = await local.bot.state.fetchall("SELECT status FROM games WHERE mode = 'daily'")
    assert [r[0] for r in rows] == ["interrupted"]
    assert any(r.levelno == logging.WARNING and "ended early" in r.getMessage() for r in caplog.records)
    assert not errors_logged(caplog)
    # The permission is back the next day: the daily question posts as usual.
    clock.now = at("2026-03-11T09:00:10")
    assert len(await cog.daily_tick()) == 1
    await clock.parked()
    assert [s for s in posts(local, "Daily question") if s.channel_id == daily and s.buttons]
    assert not await cog.daily_tick()  # never twice a day


# -- 5xx on the interaction callback: the 3-second deadline -------------------------------------
class SimulatedTime:
    """Time that passes only when something waits on it, and then at once. discord.py's webhook
    retry pauses and the reply's 3-second deadline (``bot.ui.reply.deadline_timer``) both run on
    it, so the tests below see the same schedule as in real time without waiting it out."""

    def __init__(self) -> None:
        self.now = 0.0
        self._deadlines: list[tuple[float, asyncio.Task[Any]]] = []
        self._fired: set[asyncio.Task[Any]] = set()

    async def sleep(self, seconds: float, result: Any = None) -> Any:
        target = self.now + seconds
        while due := [d for d in self._deadlines if d[0] <= target]:
            first = min(due, key=lambda d: d[0])
            self._deadlines.remove(first)
            self.now = first[0]
            self._fired.add(first[1])
            first[1].cancel()  # the deadline passes during this pause
            await asyncio.sleep(0)  # a sleeper inside the cancelled answer stops here
        self.now = target
        await asyncio.sleep(0)
        return result

    async def wait_for(self, answer: Any, seconds: float, /) -> Any:
        task = asyncio.ensure_future(answer)
        entry = (self.now + seconds, task)
        self._deadlines.append(entry)
        try:
            return await task
        except asyncio.CancelledError:
            if task in self._fired:
                raise TimeoutError from None
            raise
        finally:
            if entry in self._deadlines:
                self._deadlines.remove(entry)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import types

        from bot.ui import reply

        monkeypatch.setattr(reply, "deadline_timer", self.wait_for)
        simulated = types.SimpleNamespace(**vars(asyncio))
        simulated.sleep = self.sleep
        monkeypatch.setattr(webhook_async, "asyncio", simulated)  # the adapter's retry pauses


class CallbackServerErrors:
    """Route interaction callbacks through discord.py's *real* webhook adapter (its retry loop
    sleeps 1, 3, 5, 7 s after a 5xx) with a session whose first ``n`` answers are 500s; the
    rest reach the local transport as Discord's 200. ``attempts``: the simulated time of each try."""

    def __init__(self, local: LocalDiscord, n: int, clock: SimulatedTime) -> None:
        from multidict import CIMultiDict

        self.left = n
        self.attempts: list[float] = []
        inner = local.adapter.request
        outer = self

        class Response:
            def __init__(self, status: int, body: Any) -> None:
                self.status = status
                self.reason = "OK" if status == 200 else "Internal Server Error"
                self.headers = CIMultiDict({"Content-Type": "application/json"})
                self._body = json.dumps(body)

            async def text(self, encoding: str = "utf-8") -> str:
                return self._body

            async def __aenter__(self) -> Response:
                return self

            async def __aexit__(self, *exc: object) -> None:
                return None

        async def request(route: Any, session: Any = None, **kwargs: Any) -> Any:
            if not route.path.endswith("/callback"):
                return await inner(route, session, **kwargs)

            class Attempt:
                async def __aenter__(self) -> Response:
                    outer.attempts.append(clock.now)
                    if outer.left > 0:
                        outer.left -= 1
                        return Response(500, {"message": "Internal Server Error", "code": 0})
                    result = await inner(route, session, **kwargs)
                    return Response(200, result if result is not None else {})

                async def __aexit__(self, *exc: object) -> None:
                    return None

            class Session:
                def request(self, *args: Any, **_: Any) -> Attempt:
                    return Attempt()

            return await webhook_async.AsyncWebhookAdapter.request(local.adapter, route, Session(), **kwargs)

        local.adapter.request = request  # type: ignore[method-assign]


@pytest.mark.parametrize(("command", "options", "public"), [
    ("quote", {"search": "Russia"}, True),
    ("search", {"query": "zzqxv"}, False),  # a polite, private "no match"
    ("timeline", {"from_year": 1985, "to_year": 1995}, True),  # pages with buttons
])
async def test_repeated_5xx_on_a_reply_never_answers_after_the_deadline(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, command: str,
        options: dict[str, Any], public: bool) -> None:
    """Discord answers the reply's callback with 500 again and again: discord.py would retry for
    25 s, long after the interaction died. The bot stops trying at the 3-second deadline; a public
    reply goes to the channel instead, a private one is dropped."""
    caplog.set_level(logging.INFO)
    channel = local.channel("general")
    clock = SimulatedTime()
    clock.install(monkeypatch)
    failing = CallbackServerErrors(local, 5, clock)
    before = len(local.sent)
    await local.slash(command, channel=channel, expect_response=False, timeout=30, **options)
    assert failing.attempts and all(at < 3.0 for at in failing.attempts), failing.attempts
    assert clock.now < 3.0, f"the bot gave up at {clock.now:.2f} s, after the deadline"
    channel_posts = [s for s in local.sent[before:] if s.kind == "message" and s.route.startswith("POST /channels/")]
    assert len(channel_posts) == (1 if public else 0)
    assert any("3-second" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    assert not errors_logged(caplog)
    failing.left = 0  # Discord recovers: the next reply is an ordinary one
    assert (await local.slash("help", channel=channel)).text


async def test_repeated_5xx_on_a_page_turn_never_answers_after_the_deadline(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same bound for a component's answer: turning a page while Discord fails every callback."""
    caplog.set_level(logging.INFO)
    pages = await local.slash("timeline", from_year=1985, to_year=2005)  # two pages of events
    clock = SimulatedTime()
    clock.install(monkeypatch)
    failing = CallbackServerErrors(local, 5, clock)
    await local.click(pages.first, "Next", expect_response=False, timeout=30)
    assert failing.attempts and all(at < 3.0 for at in failing.attempts), failing.attempts
    assert clock.now < 3.0, f"the bot gave up at {clock.now:.2f} s, after the deadline"
    assert any("3-second" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    assert not errors_logged(caplog)
    failing.left = 0
    turned = await local.click(pages.first, "Next")
    assert "Page 2/2" in turned.text

"""The bot as a real ``python -m bot`` process against the fake Discord (tests/e2e): the gateway
dropping in the middle of a game (resumed, then refused and re-identified), the process killed
(SIGKILL) in the middle of a game, and Discord answering a round's post with 429 then 500.

These are the slow ones of the robustness suite (one bot start for the module, two restarts):
the faults cannot be had in-process, since they are about the socket and the process itself.
"""

from __future__ import annotations

import asyncio
import json
import re
import signal
import sqlite3
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from aiohttp import web

from bench.fake.botprocess import BotProcess
from bench.fake.fakediscord import FakeDiscord, message_text
from bench.fake.payloads import FakeUser

pytestmark = pytest.mark.asyncio(loop_scope="module")

CONTENT_TIMEOUT = 45.0


class FaultyDiscord(FakeDiscord):
    """The e2e fake, plus scripted failures on channel message sends (how rounds are posted):
    ``fail_next_sends([429, 500])`` answers the next sends with those statuses, then normally."""

    def __init__(self) -> None:
        super().__init__()
        self.scripted: list[int] = []
        self.send_attempts: list[tuple[int, float]] = []  # (status, monotonic time)

    def fail_next_sends(self, statuses: list[int]) -> None:
        self.scripted = list(statuses)

    async def _create_message(self, request: web.Request) -> web.Response:
        if self.scripted:
            status = self.scripted.pop(0)
            self.send_attempts.append((status, time.monotonic()))
            self._record(request, status)
            if status == 429:
                # Discord's own 429 (with Via; without it discord.py takes it for a Cloudflare ban).
                body = {"message": "You are being rate limited.", "retry_after": RETRY_AFTER, "global": False}
                return json_response(body, 429, {"Via": "1.1 google", "Retry-After": str(RETRY_AFTER)})
            return json_response({"message": "Internal Server Error", "code": 0}, status)
        response = await super()._create_message(request)
        self.send_attempts.append((response.status, time.monotonic()))
        return response


RETRY_AFTER = 0.3


def json_response(body: dict[str, Any], status: int, headers: dict[str, str] | None = None) -> web.Response:
    # Exactly "application/json" (no charset), or discord.py reads the body as text.
    return web.Response(body=json.dumps(body).encode(), status=status, content_type="application/json",
                        headers=headers)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def fake() -> AsyncIterator[FaultyDiscord]:
    async with FaultyDiscord() as server:
        yield server


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotProcess]:
    root = tmp_path_factory.mktemp("robust-bot")
    process = BotProcess(fake, root / "data", root / "work", name="robust")
    await process.start()
    try:
        await until_quizzes_work(fake)
        yield process
    finally:
        await process.stop()


async def until_quizzes_work(fake: FakeDiscord, timeout: float = CONTENT_TIMEOUT) -> None:
    """The first start builds the content store in the background; wait until it is open."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while "still being built" in (await fake.slash("sources", user=fake.carol)).text():
        if loop.time() > deadline:
            raise AssertionError(f"the content store was not ready after {timeout}s")
        await asyncio.sleep(0.2)


@pytest.fixture(autouse=True)
def clean(fake: FakeDiscord, bot: BotProcess) -> Any:
    """Whatever a test does, the bot must not do anything Discord refuses or log an error."""
    problems, errors = len(fake.problems()), len(bot.error_lines())
    yield
    assert fake.problems()[problems:] == []
    assert bot.error_lines()[errors:] == [], bot.tail(60)


def state_db(bot: BotProcess) -> sqlite3.Connection:
    # A second connection to the bot's WAL database (the bot may be running): reads see committed rows.
    return sqlite3.connect(str(bot.data_dir / "state.sqlite3"), timeout=10)


async def question_message(fake: FakeDiscord, title: str, after: int = 0) -> dict[str, Any]:
    def find() -> dict[str, Any] | None:
        for message in fake.channel_messages():
            if int(message["id"]) > after and re.search(rf"^{re.escape(title)}$", message_text(message), re.M) \
                    and message.get("components"):
                return message
        return None

    return await fake.wait_until(find, 15, f"the message {title!r}")


def options(message: dict[str, Any]) -> int:
    return sum(1 for row in message["components"] for _ in row["components"])


def answer_id(message: dict[str, Any], choice: int) -> str:
    """The custom_id of option ``choice`` (taken modulo the options: some questions have two)."""
    ids = [c["custom_id"] for row in message["components"] for c in row["components"]]
    return next(i for i in ids if i.endswith(f":{choice % len(ids)}"))


async def answer(fake: FakeDiscord, message: dict[str, Any], choice: int, user: FakeUser) -> str:
    reply = await fake.click(message, answer_id(message, choice), user=user)
    return reply.text()


async def test_a_killed_process_loses_no_acknowledged_answer_and_the_game_is_ended_at_restart(
        fake: FakeDiscord, bot: BotProcess) -> None:
    start = await fake.slash("quiz start", {"rounds": 3, "seconds": 60}, user=fake.bob)
    assert "A quiz is starting" in start.text(), start.text()
    question = await question_message(fake, "Question 1/3")
    game_id = int(answer_id(question, 0).split(":")[1])
    acknowledged = {}
    for user, choice in ((fake.alice, 0), (fake.bob, 3), (fake.carol, 1)):
        assert "Locked in" in await answer(fake, question, choice, user)
        acknowledged[user.id] = choice % options(question)

    assert bot.proc is not None
    bot.proc.send_signal(signal.SIGKILL)  # no shutdown code runs at all
    await asyncio.wait_for(bot.proc.wait(), 10)

    with state_db(bot) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.execute("SELECT user_id, choice, correct, points FROM answers WHERE game_id = ?",
                          (game_id,)).fetchall()
        right = db.execute("SELECT answer_index FROM rounds WHERE game_id = ? AND round_no = 1",
                           (game_id,)).fetchone()[0]
        status = db.execute("SELECT status FROM games WHERE game_id = ?", (game_id,)).fetchone()[0]
    assert {r[0]: r[1] for r in rows} == acknowledged  # every acknowledged answer, nothing else
    for _user, choice, correct, points in rows:  # whole scores: fixed at click time, consistent
        assert correct == int(choice == right) and (points > 0) == bool(correct)
    assert status == "running"  # killed: nothing got to end it

    before = max(int(m["id"]) for m in fake.channel_messages())
    await bot.start()
    await until_quizzes_work(fake)
    # At start-up the cut-off game is ended: its round revealed, its standings posted, nothing hanging.
    await fake.wait_until(lambda: any("final standings" in message_text(m).lower() for m in fake.channel_messages()
                                      if int(m["id"]) > before), 20, "the interrupted game's standings")
    with state_db(bot) as db:
        status = db.execute("SELECT status FROM games WHERE game_id = ?", (game_id,)).fetchone()[0]
        open_rounds = db.execute("SELECT COUNT(*) FROM rounds WHERE game_id = ? AND revealed_at IS NULL",
                                 (game_id,)).fetchone()[0]
        kept = db.execute("SELECT COUNT(*) FROM answers WHERE game_id = ?", (game_id,)).fetchone()[0]
    assert status == "interrupted" and open_rounds == 0 and kept == len(acknowledged)
    # A click on the old question (a client that never refreshed) is answered politely, not counted.
    late = await answer_late(fake, question, fake.bob)
    assert "already answered" in late, late
    late = await answer_late(fake, question, fake.admin)
    assert "over" in late, late
    # (The next test starts a new game in this same channel: the stale game does not block it.)


async def test_answers_across_a_resumed_and_a_reidentified_gateway_are_all_recorded(
        fake: FakeDiscord, bot: BotProcess) -> None:
    start = await fake.slash("quiz start", {"rounds": 1, "seconds": 60}, user=fake.alice)
    assert "A quiz is starting" in start.text()
    question = await question_message(fake, "Question 1/1")
    game_id = int(answer_id(question, 0).split(":")[1])
    assert "Locked in" in await answer(fake, question, 0, fake.alice)

    resumes = fake.resume_count
    await fake.drop_gateway(code=None)  # the socket dies without a close frame
    # Clicked while the bot is disconnected: Discord holds the event and replays it on RESUME.
    assert "Locked in" in await answer(fake, question, 1, fake.bob)
    await fake.wait_resumed(resumes + 1, timeout=20)
    assert "Locked in" in await answer(fake, question, 2, fake.carol)

    # Harsher: the session cannot be resumed (op 9, invalid session), so the bot identifies anew and
    # discord.py clears its caches. The game, played over REST, goes on; the next click still counts.
    identified = fake.ready_count
    await fake.drop_gateway(code=4000)
    fake.session = None  # the fake now refuses the RESUME with op 9
    await fake.wait_identified(identified + 1, timeout=20)
    assert "Locked in" in await answer(fake, question, 3, fake.admin)

    with state_db(bot) as db:
        rows = db.execute("SELECT user_id, choice FROM answers WHERE game_id = ?", (game_id,)).fetchall()
    n = options(question)
    assert sorted(rows) == sorted([(fake.alice.id, 0), (fake.bob.id, 1 % n), (fake.carol.id, 2 % n),
                                   (fake.admin.id, 3 % n)])
    stopped = await fake.slash("quiz stop", user=fake.alice)
    assert "Quiz stopped" in stopped.text()
    await fake.wait_until(lambda: any("final standings" in message_text(m).lower() for m in fake.channel_messages()
                                      if int(m["id"]) > int(question["id"])), 15, "the standings")


async def answer_late(fake: FakeDiscord, message: dict[str, Any], user: FakeUser) -> str:
    """Click an answer on a question message as it was first posted (a client that never refreshed)."""
    stored = fake.current(message)
    custom_id = answer_id(message, 2)
    reply = await fake.click(stored, custom_id, user=user, allow_disabled=True)
    return reply.text()



async def test_a_429_and_a_500_from_discord_are_retried_and_the_round_posts_once(
        fake: FaultyDiscord, bot: BotProcess) -> None:
    # Over real HTTP this time: discord.py's rate-limit and 5xx handling against the fake's answers.
    # A fresh process: the previous test's game start put this (only) channel on its start cooldown.
    await bot.restart()
    await until_quizzes_work(fake)
    fake.send_attempts.clear()
    before = max((int(m["id"]) for m in fake.channel_messages()), default=0)
    fake.fail_next_sends([429, 500])
    start = await fake.slash("quiz start", {"rounds": 1, "seconds": 10}, user=fake.carol)
    assert "A quiz is starting" in start.text(), start.text()
    question = await question_message(fake, "Question 1/1", after=before)
    statuses = [status for status, _ in fake.send_attempts]
    assert statuses[:3] == [429, 500, 200], statuses
    assert fake.send_attempts[1][1] - fake.send_attempts[0][1] >= RETRY_AFTER  # it waited as told
    posted = [m for m in fake.channel_messages() if int(m["id"]) > before
              and "Question 1/1" in message_text(m) and m.get("components")]
    assert [int(m["id"]) for m in posted] == [int(question["id"])]  # once, not once per try
    await fake.slash("quiz stop", user=fake.carol)

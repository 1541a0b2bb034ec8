"""The state database under pressure: concurrent clicks and reads, a second process holding the
write lock (busy_timeout), and a full disk (a failing write, and SQLite's own SQLITE_FULL).

Every test ends with ``PRAGMA integrity_check`` and checks that scores are whole: one answer row
per acknowledged "Locked in", none for a click that failed.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import sys
from typing import Any

import pytest

from bot.console.transport import LocalDiscord, LocalUser, Sent

from .support import StepClock, problems_in

UNEXPECTED = "something went wrong"


def errors_logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


async def open_round(local: LocalDiscord, channel: int, starter: LocalUser) -> tuple[int, Sent]:
    """A one-round game whose round stays open (120 s of real time) while the test clicks."""
    await local.slash("quiz start", user=starter, channel=channel, rounds=1, seconds=120)
    question = await local.wait_for_message(
        lambda s: s.channel_id == channel and "Question 1/1" in s.text and bool(s.buttons), timeout=30)
    game = await local.bot.get_cog("Quiz").store.running_game(channel)
    assert game is not None
    return game.game_id, question


async def finish(local: LocalDiscord, channel: int, starter: LocalUser) -> None:
    await local.slash("quiz stop", user=starter, channel=channel)
    await asyncio.wait_for(local.bot.get_cog("Quiz").wait_idle(), 10)


async def integrity(local: LocalDiscord) -> str:
    rows = await local.bot.state.fetchall("PRAGMA integrity_check")
    return "; ".join(str(r[0]) for r in rows)


async def answers(local: LocalDiscord, game_id: int) -> dict[int, tuple[int, int, int]]:
    rows = await local.bot.state.fetchall(
        "SELECT user_id, choice, correct, points FROM answers WHERE game_id = ?", (game_id,))
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


async def whole_scores(local: LocalDiscord, game_id: int) -> list[str]:
    """Rows that are not a complete, consistent score: every answer matches its round's snapshot."""
    rows = await local.bot.state.fetchall(
        "SELECT a.user_id, a.choice, a.correct, a.points, r.answer_index, r.options FROM answers a "
        "LEFT JOIN rounds r ON r.game_id = a.game_id AND r.round_no = a.round_no WHERE a.game_id = ?",
        (game_id,))
    bad = []
    for user_id, choice, correct, points, answer_index, options in rows:
        if answer_index is None or options is None:
            bad.append(f"{user_id}: answer without its round")
        elif correct != int(choice == answer_index) or (points > 0) != bool(correct):
            bad.append(f"{user_id}: choice {choice} correct {correct} points {points} (right: {answer_index})")
    return bad


async def test_many_clicks_and_board_reads_at_once(local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    channel = local.channel("quiz")
    starter = local.user("starter")
    game_id, question = await open_round(local, channel, starter)
    members = [local.user(f"m{i:02d}") for i in range(50)]
    # Each member clicks twice at once (a double click), while others read the boards.
    clicks = [local.click(question.message_id, 1 + (i + k) % len(question.buttons), user=m)
              for i, m in enumerate(members) for k in range(2)]
    reads = [local.slash("quiz leaderboard", user=m, channel=channel) for m in members[:10]]
    reads += [local.slash("quiz stats", user=m, channel=channel) for m in members[10:15]]
    results = await asyncio.wait_for(asyncio.gather(*clicks, *reads), 60)
    click_replies, read_replies = results[:len(clicks)], results[len(clicks):]
    assert all(r.ephemeral for r in click_replies)
    locked = [r for r in click_replies if "Locked in" in r.content]
    again = [r for r in click_replies if "already answered" in r.content]
    assert len(locked) == 50 and len(again) == 50, [r.content for r in click_replies][:6]
    for reply in read_replies:
        assert UNEXPECTED not in reply.text.lower()
    recorded = await answers(local, game_id)
    assert set(recorded) == {m.id for m in members}  # one row each: none lost, none doubled
    assert await whole_scores(local, game_id) == []
    await finish(local, channel, starter)
    board = await local.slash("quiz leaderboard", user=starter, channel=channel)
    assert "**#1**" in board.text and UNEXPECTED not in board.text.lower()
    assert await local.bot.get_cog("Quiz").store.leaderboard_size(local.guild.id) == 50
    assert await integrity(local) == "ok"
    assert not errors_logged(caplog)
    assert problems_in(local, local.sent) == []


HOLDER = r"""
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
con.execute("PRAGMA busy_timeout=10000")
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO meta(key, value) VALUES ('robustness-other-process', 'was here')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
print("committed", flush=True)
"""


async def test_a_second_process_holding_the_write_lock_only_delays_answers(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    channel = local.channel("quiz")
    starter = local.user("starter")
    game_id, question = await open_round(local, channel, starter)
    path = str(local.bot.state.path)
    hold = 0.8  # well inside busy_timeout (5 s) and Discord's 3 s
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", HOLDER, path, str(hold),
                                                stdout=asyncio.subprocess.PIPE)
    try:
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), 10)
        assert line.strip() == b"locked"
        members = [local.user(f"w{i}") for i in range(8)]
        replies = await asyncio.wait_for(
            asyncio.gather(*(local.click(question.message_id, 1 + i % len(question.buttons), user=m) for i, m in enumerate(members))),
            20)
        rest = await asyncio.wait_for(proc.stdout.read(), 10)
        assert b"committed" in rest
    finally:
        if proc.returncode is None:
            proc.kill()
        await proc.wait()
    assert proc.returncode == 0
    assert all("Locked in" in r.content for r in replies), [r.content for r in replies]
    recorded = await answers(local, game_id)
    assert set(recorded) == {m.id for m in members}
    # Both writers' data are there: neither overwrote nor lost the other's.
    assert await local.bot.state.get_meta("robustness-other-process") == "was here"
    await finish(local, channel, starter)
    assert await integrity(local) == "ok"
    assert not errors_logged(caplog)


# -- a full disk ----------------------------------------------------------------------------------
class FullDisk:
    """Stands in for the quiz store's connection: the answer INSERT fails like a full disk would
    (``sqlite3.OperationalError: database or disk is full``); everything else goes through."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.full = True
        self.refused = 0

    def execute(self, sql: str, *args: Any) -> Any:
        if self.full and sql.lstrip().upper().startswith("INSERT INTO ANSWERS"):
            self.refused += 1
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


async def read_only_commands_answer(local: LocalDiscord, channel: int) -> None:
    for name, options in (("timeline", {}), ("quote", {"search": "Russia"}), ("search", {"query": "Russia"}),
                          ("sources", {}), ("quiz leaderboard", {})):
        reply = await local.slash(name, channel=channel, options=options)
        assert reply.text and UNEXPECTED not in reply.text.lower(), (name, reply.text[:200])


async def test_a_failing_answer_write_leaves_no_partial_score(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    channel = local.channel("quiz")
    starter, ann, bob = local.user("starter"), local.user("ann"), local.user("bob")
    game_id, question = await open_round(local, channel, starter)
    await local.click(question.message_id, 1, user=bob)  # recorded before the disk filled up
    # An answer is recorded in one call on the state connection's own thread (StateDB.run), so the
    # full disk goes under aiosqlite, on the sqlite3 connection that thread uses.
    conn = local.bot.state.conn
    disk = FullDisk(conn._connection)
    conn._connection = disk
    failed = await local.click(question.message_id, 2, user=ann)
    assert disk.refused == 1
    # Polite, private, and not a false "Locked in"; the operator gets the reference in the log.
    assert failed.ephemeral and failed.content and "Locked in" not in failed.content
    assert "reference" in failed.content and any("reference" in e for e in errors_logged(caplog))
    assert set(await answers(local, game_id)) == {bob.id}  # nothing half-written for ann
    await read_only_commands_answer(local, channel)
    # Space again: ann's click now counts, once, as if the failed one never happened.
    disk.full = False
    retried = await local.click(question.message_id, 2, user=ann)
    assert "Locked in" in retried.content
    assert set(await answers(local, game_id)) == {ann.id, bob.id}
    assert await whole_scores(local, game_id) == []
    conn._connection = disk._conn
    await finish(local, channel, starter)
    assert await integrity(local) == "ok"


async def test_sqlite_full_from_max_page_count_loses_no_acknowledged_answer(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    # SQLite itself refuses to grow the file (SQLITE_FULL) once max_page_count is reached.
    caplog.set_level(logging.INFO)
    channel = local.channel("quiz")
    starter = local.user("starter")
    game_id, question = await open_round(local, channel, starter)
    conn = local.bot.state.conn
    pages = (await local.bot.state.fetchone("PRAGMA page_count"))[0]
    await conn.execute(f"PRAGMA max_page_count = {pages}")
    acknowledged: set[int] = set()
    refused: list[LocalUser] = []
    try:
        for i in range(400):
            member = local.user(f"f{i:03d}")
            reply = await local.click(question.message_id, 1 + i % len(question.buttons), user=member)
            assert reply.ephemeral and reply.content
            if "Locked in" in reply.content:
                acknowledged.add(member.id)
            else:
                refused.append(member)
                if len(refused) >= 3:
                    break
        assert refused, "the database never filled up: the test did not test anything"
        assert set(await answers(local, game_id)) == acknowledged  # exactly the acknowledged ones
        await read_only_commands_answer(local, channel)
    finally:
        await conn.execute("PRAGMA max_page_count = 1073741823")
    retried = await local.click(question.message_id, 1, user=refused[0])
    assert "Locked in" in retried.content
    assert set(await answers(local, game_id)) == acknowledged | {refused[0].id}
    assert await whole_scores(local, game_id) == []
    await finish(local, channel, starter)
    assert await integrity(local) == "ok"


class FailingStatements(FullDisk):
    """Like ``FullDisk`` but for any statement starting with one of ``prefixes``, after ``skip``
    successful ones (so a game can get going before the disk fills up)."""

    def __init__(self, conn: Any, prefixes: tuple[str, ...], skip: int = 0) -> None:
        super().__init__(conn)
        self.prefixes = tuple(p.upper() for p in prefixes)
        self.skip = skip

    def execute(self, sql: str, *args: Any) -> Any:
        if self.full and sql.lstrip().upper().startswith(self.prefixes):
            if self.skip > 0:
                self.skip -= 1
            else:
                self.refused += 1
                raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)


async def test_a_full_disk_when_a_game_is_created_starts_nothing(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    store = local.bot.get_cog("Quiz").store
    store.conn = FailingStatements(store.conn, ("INSERT INTO games",))
    channel = local.channel("quiz")
    reply = await local.slash("quiz start", user=local.user("ann"), channel=channel, rounds=3)
    assert reply.ephemeral and "reference" in reply.content  # polite, private, traceable in the log
    assert "A quiz is starting" not in reply.text
    assert await local.bot.state.fetchall("SELECT game_id FROM games") == []
    await read_only_commands_answer(local, channel)
    store.conn = store.conn._conn
    assert "A quiz is starting" in (await local.slash("quiz start", user=local.user("ann"), channel=channel,
                                                      rounds=1, seconds=10)).text
    await finish(local, channel, local.user("ann"))


@pytest.mark.parametrize("failing", [
    "INSERT INTO rounds",
    "INSERT INTO asked",
])
async def test_a_full_disk_when_round_two_opens_ends_the_game_cleanly(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture, failing: str) -> None:
    caplog.set_level(logging.INFO)
    clock = StepClock()
    cog = local.bot.get_cog("Quiz")
    cog.clock, cog.sleep = clock, clock.sleep
    store = cog.store
    channel = local.channel("quiz")
    ann = local.user("ann")
    await local.slash("quiz start", user=ann, channel=channel, rounds=3)
    await clock.parked()
    question = await local.wait_for_message(lambda s: "Question 1/3" in s.text and bool(s.buttons), timeout=30)
    await local.click(question.message_id, 1, user=ann)
    game = await store.running_game(channel)
    assert game is not None
    store.conn = FailingStatements(store.conn, (failing,), skip=0)
    await clock.step()  # reveal round 1
    await clock.step()  # the pause: round 2 fails to open
    await asyncio.wait_for(cog.wait_idle(), 5)
    store.conn = store.conn._conn
    status = await local.bot.state.fetchone("SELECT status FROM games WHERE game_id = ?", (game.game_id,))
    assert status[0] == "interrupted"
    assert set(await answers(local, game.game_id)) == {ann.id}  # round 1's score is whole and kept
    assert await whole_scores(local, game.game_id) == []
    still_open = await local.bot.state.fetchall(
        "SELECT round_no FROM rounds WHERE game_id = ? AND revealed_at IS NULL", (game.game_id,))
    assert [r[0] for r in still_open] == []  # an ended game takes no more answers
    assert await store.running_game(channel) is None  # the channel is free
    assert await integrity(local) == "ok"
    # The players are told: the standings of what was played, marked as cut short.
    ended = [s for s in local.sent if s.kind == "message" and s.channel_id == channel and "final standings" in s.text.lower()]
    assert len(ended) == 1 and "ended early" in ended[0].text and "1 of 3 rounds played" in ended[0].text


async def test_two_starts_at_once_in_one_channel_make_one_game(local: LocalDiscord) -> None:
    channel = local.channel("quiz")
    ann, bob = local.user("ann"), local.user("bob")
    replies = await asyncio.wait_for(asyncio.gather(
        local.slash("quiz start", user=ann, channel=channel, rounds=1, seconds=120),
        local.slash("quiz start", user=bob, channel=channel, rounds=1, seconds=120)), 20)
    started = [r for r in replies if "A quiz is starting" in r.text]
    refused = [r for r in replies if r not in started]
    assert len(started) == 1 and len(refused) == 1
    assert refused[0].ephemeral and ("already running" in refused[0].text or "moments ago" in refused[0].text)
    rows = await local.bot.state.fetchall("SELECT game_id FROM games WHERE channel_id = ?", (channel,))
    assert len(rows) == 1
    await finish(local, channel, ann if started[0] is replies[0] else bob)


async def test_a_click_on_a_game_the_database_no_longer_has_is_answered_politely(
        local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    # A shutdown past its grace period cancels the game silently (its buttons stay live), then an
    # older backup of the state database is restored: the question message outlives its rows.
    caplog.set_level(logging.INFO)
    channel = local.channel("quiz")
    ann = local.user("ann")
    game_id, question = await open_round(local, channel, ann)
    task = local.bot.get_cog("Quiz").tasks[game_id]
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    conn = local.bot.state.conn
    for table in ("answers", "rounds", "games"):
        await conn.execute(f"DELETE FROM {table} WHERE game_id = ?", (game_id,))
    assert not any(b.get("disabled") for row in local.message(question.message_id)["components"]
                   for b in row["components"])
    reply = await local.click(question.message_id, 1, user=local.user("bob"))
    assert reply.ephemeral and "no longer in play" in reply.content
    assert await answers(local, game_id) == {}
    assert not errors_logged(caplog)

"""The SQL for quizzes: games, snapshotted rounds, answers, standings, the daily question's settings.

Correctness lives in the schema (migrations/0002_quiz.sql): one answer per (game, round, member) is
the primary key and answers go in with ``INSERT … ON CONFLICT DO NOTHING``, each committed on its
own (the connection is in autocommit mode), so a double click or fifty simultaneous clicks record
exactly one row each and a crash loses none. The insert itself re-checks that the round is still
open, so a click racing the reveal is either in the round's results or told the round is over.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Protocol

import aiosqlite

from bot.store.game_records import (
    AnswerOutcome,
    AnswerStatus,
    BoardRow,
    DailySettings,
    Game,
    GameMode,
    GameStatus,
    MemberStats,
    Round,
    RoundResult,
    RoundSnapshot,
    Scored,
    Standing,
)
from bot.store.state import StateDB

MIN_TOPIC_ANSWERS = 2
# SQLite's INTEGER range: a larger id (a forged 19-digit custom_id) cannot name any row.
_ROW_ID_RANGE = range(-(2**63), 2**63)  # a "weakest topic" needs at least this many answers in it

_GAME_COLUMNS = ("game_id, guild_id, channel_id, starter_id, mode, rounds_planned, seconds, topic, "
                 "difficulty, status, message_id, started_at, ended_at")
_ROUND_COLUMNS = ("game_id, round_no, question_key, kind, topic, difficulty, prompt, options, answer_index, "
                  "explanation, doc_key, passage_key, source_title, source_author, source_date, source_kind, "
                  "opened_at, closes_at, revealed_at, message_id")


def _game(row: aiosqlite.Row) -> Game:
    return Game(
        game_id=row["game_id"], guild_id=row["guild_id"], channel_id=row["channel_id"],
        starter_id=row["starter_id"], mode=row["mode"], rounds_planned=row["rounds_planned"],
        seconds=row["seconds"], topic=row["topic"], difficulty=row["difficulty"],
        status=GameStatus(row["status"]), message_id=row["message_id"], started_at=row["started_at"],
        ended_at=row["ended_at"],
    )


def _round(row: aiosqlite.Row) -> Round:
    snapshot = RoundSnapshot(
        question_key=row["question_key"], kind=row["kind"], topic=row["topic"], difficulty=row["difficulty"],
        prompt=row["prompt"], options=list(json.loads(row["options"])), answer_index=row["answer_index"],
        explanation=row["explanation"], doc_key=row["doc_key"], passage_key=row["passage_key"],
        source_title=row["source_title"], source_author=row["source_author"],
        source_date=row["source_date"], source_kind=row["source_kind"],
    )
    return Round(game_id=row["game_id"], round_no=row["round_no"], snapshot=snapshot,
                 opened_at=row["opened_at"], closes_at=row["closes_at"], revealed_at=row["revealed_at"],
                 message_id=row["message_id"])


class Scoring(Protocol):
    """The game's scoring rules (``bot.quiz.scoring``), handed in so that the SQL layer stays below the game."""

    def answer_points(self, correct: bool, time_left: float, seconds: float,
                      previous_streak: int) -> tuple[int, int]: ...

    def rank(self, rows: Sequence[tuple[int, str, int, int, int]]) -> list[Standing]: ...


class GameStore:
    """Quiz state in the shared state database; every method is one short statement or transaction."""

    def __init__(self, state: StateDB, scoring: Scoring) -> None:
        self.state = state
        self.conn = state.conn
        self.scoring = scoring

    # --- games -------------------------------------------------------------------------------

    async def create_game(self, *, guild_id: int, channel_id: int, starter_id: int | None, mode: GameMode,
                          rounds: int, seconds: int, topic: str | None, difficulty: str | None,
                          now: float) -> Game | None:
        """A new running game, or None when the channel already has one (the unique index decides)."""
        try:
            cur = await self.conn.execute(
                "INSERT INTO games(guild_id, channel_id, starter_id, mode, rounds_planned, seconds, topic, "
                "difficulty, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (guild_id, channel_id, starter_id, mode, rounds, seconds, topic, difficulty, now),
            )
        except sqlite3.IntegrityError:
            return None
        assert cur.lastrowid is not None  # set by every successful INSERT
        game = await self.game(cur.lastrowid)
        assert game is not None
        return game

    async def game(self, game_id: int) -> Game | None:
        if game_id not in _ROW_ID_RANGE:
            return None
        row = await self.state.fetchone(f"SELECT {_GAME_COLUMNS} FROM games WHERE game_id = ?", (game_id,))
        return None if row is None else _game(row)

    async def running_game(self, channel_id: int) -> Game | None:
        """The game (not the daily question) running in this channel."""
        row = await self.state.fetchone(
            f"SELECT {_GAME_COLUMNS} FROM games WHERE channel_id = ? AND status = 'running' AND mode != 'daily'",
            (channel_id,),
        )
        return None if row is None else _game(row)

    async def running_games(self) -> list[Game]:
        rows = await self.state.fetchall(
            f"SELECT {_GAME_COLUMNS} FROM games WHERE status = 'running' ORDER BY game_id")
        return [_game(r) for r in rows]

    async def set_game_message(self, game_id: int, message_id: int) -> None:
        await self.conn.execute("UPDATE games SET message_id = ? WHERE game_id = ?", (message_id, game_id))

    async def end_game(self, game_id: int, status: GameStatus, now: float) -> bool:
        """Mark a running game ended; False if it had already ended (ending is idempotent).

        Every round of the game still taking answers is closed too, whatever path ended the game
        (a round whose opening failed half-way is not the runner's current round): an ended game
        takes no more answers.
        """
        await self.conn.execute(
            "UPDATE rounds SET revealed_at = ? WHERE game_id = ? AND revealed_at IS NULL", (now, game_id))
        cur = await self.conn.execute(
            "UPDATE games SET status = ?, ended_at = ? WHERE game_id = ? AND status = 'running'",
            (str(status), now, game_id),
        )
        return cur.rowcount == 1

    # --- rounds ------------------------------------------------------------------------------

    async def open_round(self, game: Game, round_no: int, snapshot: RoundSnapshot, opened_at: float,
                         closes_at: float) -> Round:
        """Store the round as shown and remember, for this server, that the question was asked.

        Two autocommit statements, deliberately not one transaction: the connection is shared, so a
        click on another game landing between BEGIN and a ROLLBACK would be rolled back with it.
        Dying between the two only loses a line of "asked" bookkeeping.
        """
        await self.conn.execute(
            f"INSERT INTO rounds({_ROUND_COLUMNS}) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
            (game.game_id, round_no, snapshot.question_key, snapshot.kind, snapshot.topic,
             snapshot.difficulty, snapshot.prompt, json.dumps(snapshot.options, ensure_ascii=False),
             snapshot.answer_index, snapshot.explanation, snapshot.doc_key, snapshot.passage_key,
             snapshot.source_title, snapshot.source_author, snapshot.source_date, snapshot.source_kind,
             opened_at, closes_at),
        )
        await self.conn.execute(
            "INSERT INTO asked(guild_id, question_key, last_asked) VALUES (?, ?, ?) "
            "ON CONFLICT(guild_id, question_key) DO UPDATE SET last_asked = excluded.last_asked, "
            "times = times + 1",
            (game.guild_id, snapshot.question_key, opened_at),
        )
        return Round(game.game_id, round_no, snapshot, opened_at, closes_at)

    async def set_round_message(self, game_id: int, round_no: int, message_id: int) -> None:
        await self.conn.execute("UPDATE rounds SET message_id = ? WHERE game_id = ? AND round_no = ?",
                                (message_id, game_id, round_no))

    async def round(self, game_id: int, round_no: int) -> Round | None:
        if game_id not in _ROW_ID_RANGE or round_no not in _ROW_ID_RANGE:
            return None
        row = await self.state.fetchone(
            f"SELECT {_ROUND_COLUMNS} FROM rounds WHERE game_id = ? AND round_no = ?", (game_id, round_no))
        return None if row is None else _round(row)

    async def rounds(self, game_id: int) -> list[Round]:
        rows = await self.state.fetchall(
            f"SELECT {_ROUND_COLUMNS} FROM rounds WHERE game_id = ? ORDER BY round_no", (game_id,))
        return [_round(r) for r in rows]

    async def question_keys(self, game_id: int) -> set[str]:
        rows = await self.state.fetchall("SELECT question_key FROM rounds WHERE game_id = ?", (game_id,))
        return {r[0] for r in rows}

    async def close_round(self, game_id: int, round_no: int, now: float) -> RoundResult:
        """Stop taking answers (idempotent) and return the round's results."""
        await self.conn.execute(
            "UPDATE rounds SET revealed_at = ? WHERE game_id = ? AND round_no = ? AND revealed_at IS NULL",
            (now, game_id, round_no),
        )
        result = await self.round_result(game_id, round_no)
        assert result is not None
        return result

    async def round_result(self, game_id: int, round_no: int) -> RoundResult | None:
        rnd = await self.round(game_id, round_no)
        if rnd is None:
            return None
        rows = await self.state.fetchall(
            "SELECT user_id, display_name, choice, correct, points, streak FROM answers "
            "WHERE game_id = ? AND round_no = ? ORDER BY answered_at, user_id",
            (game_id, round_no),
        )
        counts = [0] * len(rnd.snapshot.options)
        scored = []
        for r in rows:
            if 0 <= r["choice"] < len(counts):
                counts[r["choice"]] += 1
            scored.append(Scored(r["user_id"], r["display_name"], r["choice"], bool(r["correct"]),
                                 r["points"], r["streak"]))
        return RoundResult(rnd, counts, scored)

    # --- answers -----------------------------------------------------------------------------

    async def record_answer(self, *, guild_id: int | None, game_id: int, round_no: int, user_id: int,
                            display_name: str, choice: int, now: float) -> AnswerOutcome:
        """Record a click exactly once; the outcome says what happened (and what stands).

        ``guild_id`` is the server the click came from: a game of another server has no such round.
        One call to the database thread for the whole decision: read the round, the game's server,
        any earlier answer and the streak so far, then the guarded insert (see the module doc).
        """
        return await self.state.run(self._record_answer, guild_id, game_id, round_no, user_id, display_name,
                                    choice, now)

    def _record_answer(self, con: sqlite3.Connection, guild_id: int | None, game_id: int, round_no: int,
                       user_id: int, display_name: str, choice: int, now: float) -> AnswerOutcome:
        if game_id not in _ROW_ID_RANGE or round_no not in _ROW_ID_RANGE or user_id not in _ROW_ID_RANGE:
            return AnswerOutcome(AnswerStatus.NO_SUCH_ROUND)  # a forged custom_id: no such row can exist
        # One primary-key lookup each: the round, its game's server, this member's answer to it if
        # any, and their answer to the round before. That one holds their streak so far: each answer
        # stores the consecutive correct answers up to and including itself (0 when wrong), and a
        # skipped round has no row, so a skip breaks the streak as a wrong answer does. Earlier
        # rounds are revealed before the next one opens, so it is final; no read grows with rounds.
        row = con.execute(
            "SELECT g.guild_id, r.answer_index, json_array_length(r.options), r.closes_at - r.opened_at, "
            "r.closes_at, r.revealed_at, a.choice, a.correct, a.points, p.streak "
            "FROM rounds r JOIN games g ON g.game_id = r.game_id "
            "LEFT JOIN answers a ON a.game_id = r.game_id AND a.round_no = r.round_no AND a.user_id = ?1 "
            "LEFT JOIN answers p ON p.game_id = r.game_id AND p.round_no = r.round_no - 1 AND p.user_id = ?1 "
            "WHERE r.game_id = ?2 AND r.round_no = ?3", (user_id, game_id, round_no)).fetchone()
        if row is None or row[0] != guild_id:
            return AnswerOutcome(AnswerStatus.NO_SUCH_ROUND)
        (round_guild, answer_index, options, seconds, closes_at, revealed_at,
         earlier, earlier_correct, earlier_points, prior) = row
        if earlier is not None:
            return AnswerOutcome(AnswerStatus.ALREADY_ANSWERED, earlier, bool(earlier_correct), earlier_points)
        if revealed_at is not None or now >= closes_at:
            return AnswerOutcome(AnswerStatus.ROUND_OVER)
        if not 0 <= choice < options:
            return AnswerOutcome(AnswerStatus.BAD_CHOICE)

        correct = choice == answer_index
        points, streak = self.scoring.answer_points(correct, closes_at - now, seconds, prior or 0)
        cur = con.execute(
            "INSERT INTO answers(game_id, round_no, user_id, guild_id, display_name, choice, correct, points, "
            "streak, answered_at) "
            "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM rounds WHERE game_id = ? "
            "AND round_no = ? AND revealed_at IS NULL AND closes_at > ?) "
            "ON CONFLICT(game_id, round_no, user_id) DO NOTHING",
            (game_id, round_no, user_id, round_guild, display_name, choice, int(correct), points, streak, now,
             game_id, round_no, now),
        )
        if cur.rowcount == 1:
            return AnswerOutcome(AnswerStatus.RECORDED, choice, correct, points)
        # Lost a race: either our own double click got in first, or the reveal did.
        existing = con.execute(
            "SELECT choice, correct, points FROM answers WHERE game_id = ? AND round_no = ? AND user_id = ?",
            (game_id, round_no, user_id)).fetchone()
        if existing is None:
            return AnswerOutcome(AnswerStatus.ROUND_OVER)
        return AnswerOutcome(AnswerStatus.ALREADY_ANSWERED, existing["choice"], bool(existing["correct"]),
                             existing["points"])

    # --- standings, leaderboards, stats ------------------------------------------------------

    async def standings(self, game_id: int) -> list[Standing]:
        rows = await self.state.fetchall(
            "SELECT user_id, display_name, MAX(answered_at), SUM(points), SUM(correct), COUNT(*) "
            "FROM answers WHERE game_id = ? GROUP BY user_id",
            (game_id,),
        )
        return self.scoring.rank([(r[0], r[1], r[3], r[4], r[5]) for r in rows])

    async def asked(self, guild_id: int) -> dict[str, float]:
        """question_key → when this server was last asked it."""
        rows = await self.state.fetchall(
            "SELECT question_key, last_asked FROM asked WHERE guild_id = ?", (guild_id,))
        return {r[0]: r[1] for r in rows}

    async def leaderboard(self, guild_id: int, since: float | None = None, limit: int | None = 10,
                          offset: int = 0) -> list[BoardRow]:
        """A server's members by points (then correct answers) since ``since``; ties share a rank.
        ``limit=None``: every member.

        The display name is the one from the member's latest answer (SQLite takes bare columns from
        the MAX() row), so the board reads well even for members who have left.
        """
        rows = await self.state.fetchall(
            "SELECT user_id, display_name, points, correct, answered, "
            "RANK() OVER (ORDER BY points DESC, correct DESC) AS place FROM ("
            "  SELECT user_id, display_name, MAX(answered_at), SUM(points) AS points, SUM(correct) AS correct, "
            "  COUNT(*) AS answered FROM answers WHERE guild_id = ? AND answered_at >= ? GROUP BY user_id"
            ") ORDER BY place, user_id LIMIT ? OFFSET ?",
            (guild_id, since if since is not None else float("-inf"), -1 if limit is None else limit, offset),
        )
        return [BoardRow(r["place"], r["user_id"], r["display_name"], r["points"], r["correct"], r["answered"])
                for r in rows]

    async def leaderboard_size(self, guild_id: int, since: float | None = None) -> int:
        row = await self.state.fetchone(
            "SELECT COUNT(DISTINCT user_id) FROM answers WHERE guild_id = ? AND answered_at >= ?",
            (guild_id, since if since is not None else float("-inf")),
        )
        return int(row[0]) if row else 0

    async def member_stats(self, guild_id: int, user_id: int) -> MemberStats:
        """All-time figures for one member in one server, with rank and weakest topic."""
        row = await self.state.fetchone(
            "SELECT user_id, display_name, points, answered, correct, best, place, members FROM ("
            "  SELECT user_id, display_name, points, answered, correct, best, "
            "  RANK() OVER (ORDER BY points DESC, correct DESC) AS place, COUNT(*) OVER () AS members FROM ("
            "    SELECT user_id, display_name, MAX(answered_at), SUM(points) AS points, COUNT(*) AS answered, "
            "    SUM(correct) AS correct, MAX(streak) AS best FROM answers WHERE guild_id = ? GROUP BY user_id"
            "  )"
            ") WHERE user_id = ?",
            (guild_id, user_id),
        )
        if row is None:
            size = await self.leaderboard_size(guild_id)
            return MemberStats(user_id, None, 0, 0, 0, 0, None, size, None, None)
        weak = await self.state.fetchone(
            "SELECT r.topic, AVG(a.correct) AS accuracy, COUNT(*) AS n FROM answers a "
            "JOIN rounds r ON r.game_id = a.game_id AND r.round_no = a.round_no "
            "WHERE a.guild_id = ? AND a.user_id = ? GROUP BY r.topic HAVING COUNT(*) >= ? "
            "ORDER BY accuracy, n DESC, r.topic LIMIT 1",
            (guild_id, user_id, MIN_TOPIC_ANSWERS),
        )
        return MemberStats(
            user_id=user_id, display_name=row["display_name"], points=row["points"], answered=row["answered"],
            correct=row["correct"], best_streak=row["best"], rank=row["place"], ranked_members=row["members"],
            weakest_topic=weak["topic"] if weak else None, weakest_accuracy=weak["accuracy"] if weak else None,
        )

    # --- the daily question ------------------------------------------------------------------

    async def daily_settings(self, guild_id: int) -> DailySettings:
        row = await self.state.fetchone(
            "SELECT daily_channel_id, daily_time, daily_last_posted FROM guild_settings WHERE guild_id = ?",
            (guild_id,),
        )
        if row is None:
            return DailySettings(guild_id, None, None, None)
        return DailySettings(guild_id, row[0], row[1], row[2])

    async def set_daily(self, guild_id: int, channel_id: int, hhmm: str) -> None:
        """Turn the daily question on (or move it); the last-posted date is kept: never twice a day."""
        await self.conn.execute(
            "INSERT INTO guild_settings(guild_id, daily_channel_id, daily_time) VALUES (?, ?, ?) "
            "ON CONFLICT(guild_id) DO UPDATE SET daily_channel_id = excluded.daily_channel_id, "
            "daily_time = excluded.daily_time, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            (guild_id, channel_id, hhmm),
        )

    async def daily_off(self, guild_id: int) -> bool:
        """Turn it off; False when it was not on."""
        cur = await self.conn.execute(
            "UPDATE guild_settings SET daily_channel_id = NULL, daily_time = NULL, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
            "WHERE guild_id = ? AND daily_channel_id IS NOT NULL",
            (guild_id,),
        )
        return cur.rowcount == 1

    async def daily_enabled(self) -> list[DailySettings]:
        rows = await self.state.fetchall(
            "SELECT guild_id, daily_channel_id, daily_time, daily_last_posted FROM guild_settings "
            "WHERE daily_channel_id IS NOT NULL AND daily_time IS NOT NULL ORDER BY guild_id")
        return [DailySettings(r[0], r[1], r[2], r[3]) for r in rows]

    async def claim_daily(self, guild_id: int, slot: str) -> bool:
        """Atomically mark ``slot`` (an ISO date) as posted; only one caller ever gets True per day."""
        cur = await self.conn.execute(
            "UPDATE guild_settings SET daily_last_posted = ? WHERE guild_id = ? AND daily_channel_id IS NOT NULL "
            "AND (daily_last_posted IS NULL OR daily_last_posted <> ?)",
            (slot, guild_id, slot),
        )
        return cur.rowcount == 1


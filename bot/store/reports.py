"""The SQL for question reports: who reported which question and why, what a server hid by hand.

Correctness lives in the schema (migrations/0003_question_reports.sql): one report per (server,
question, member) is the primary key, and a report goes in with ``INSERT … ON CONFLICT DO NOTHING``
before anything else is decided, so a double click or two racing clicks store exactly one row. A
second report by the same member updates that row (new reason, re-opened if it had been handled).

Each server's copy of a question (its prompt and answer when first flagged) is kept beside the
reports, so a question a rebuild removed still lists with its text. Whether a question is withheld
is a rule of the game (``bot.quiz.feedback``); this module only counts.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from bot.store.state import StateDB

Reason = Literal["wrong_answer", "unclear", "several_answers", "other"]
REASONS: tuple[Reason, ...] = get_args(Reason)
NOTE_MAX = 300  # characters of an "other" note (the schema enforces it too)


@dataclass(frozen=True)
class ShownQuestion:
    """A question as a server was shown it: what a report is about."""

    question_key: str
    prompt: str
    answer: str


@dataclass(frozen=True)
class Report:
    user_id: int
    reason: Reason
    note: str | None
    reported_at: float
    handled: bool


class ReportStatus(enum.Enum):
    NEW = "new"  # the member's first report of this question (or the first since it was handled)
    UPDATED = "updated"  # the member's open report now has this reason


@dataclass(frozen=True)
class ReportOutcome:
    status: ReportStatus
    previous: Report | None  # the member's report before this one, if any
    open_reports: int  # open reports of this question in this server, this one included
    hidden: bool  # hidden by hand in this server


@dataclass(frozen=True)
class Flagged:
    """A question a server has reported or hidden, with its open reports."""

    question: ShownQuestion
    hidden: bool
    hidden_by: int | None
    changed_at: float
    reports: list[Report] = field(default_factory=list)  # open ones, newest first

    @property
    def open_reports(self) -> int:
        return len(self.reports)


@dataclass(frozen=True)
class RestoreOutcome:
    was_hidden: bool
    handled_reports: int  # open reports now marked handled

    @property
    def changed(self) -> bool:
        return self.was_hidden or self.handled_reports > 0


_REPORT_COLUMNS = "user_id, reason, note, reported_at, handled"


def _report(row: Sequence[Any]) -> Report:
    return Report(int(row[0]), row[1], row[2], float(row[3]), bool(row[4]))


class ReportStore:
    """Reports and hidden questions in the shared state database; every write is one autocommit statement."""

    def __init__(self, state: StateDB) -> None:
        self.state = state
        self.conn = state.conn

    # --- what a server was shown --------------------------------------------------------------

    async def shown_question(self, guild_id: int, question_key: str) -> ShownQuestion | None:
        """The question as this server last saw it revealed (or as it was when this server flagged it);
        None for a question this server never saw answered."""
        row = await self.state.fetchone(
            "SELECT r.prompt, r.options, r.answer_index FROM rounds r JOIN games g ON g.game_id = r.game_id "
            "WHERE r.question_key = ? AND g.guild_id = ? AND r.revealed_at IS NOT NULL "
            "ORDER BY r.revealed_at DESC LIMIT 1",
            (question_key, guild_id),
        )
        if row is not None:
            return ShownQuestion(question_key, row[0], _answer(row[1], row[2]))
        row = await self.state.fetchone(
            "SELECT prompt, answer FROM flagged_questions WHERE guild_id = ? AND question_key = ?",
            (guild_id, question_key))
        return None if row is None else ShownQuestion(question_key, row[0], row[1])

    async def recently_shown(self, guild_id: int, text: str = "", limit: int = 25) -> list[ShownQuestion]:
        """Questions revealed in this server, latest first, whose prompt contains ``text`` (any case)."""
        rows = await self.state.fetchall(
            "SELECT r.question_key, r.prompt, r.options, r.answer_index, MAX(r.revealed_at) AS shown "
            "FROM rounds r JOIN games g ON g.game_id = r.game_id "
            "WHERE g.guild_id = ? AND r.revealed_at IS NOT NULL AND instr(lower(r.prompt), lower(?)) > 0 "
            "GROUP BY r.question_key ORDER BY shown DESC LIMIT ?",
            (guild_id, text, limit),
        )
        return [ShownQuestion(r[0], r[1], _answer(r[2], r[3])) for r in rows]

    # --- reports -----------------------------------------------------------------------------

    async def report(self, guild_id: int, question: ShownQuestion, user_id: int, reason: Reason,
                     note: str | None, now: float) -> ReportOutcome:
        """Record one member's report of a question; a second one by the same member updates theirs."""
        if reason not in REASONS:
            raise ValueError(f"unknown report reason {reason!r}")
        note = (note or "").strip()[:NOTE_MAX] or None
        await self._remember(guild_id, question, now)
        cur = await self.conn.execute(
            f"INSERT INTO question_reports(guild_id, question_key, {_REPORT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 0) "
            "ON CONFLICT(guild_id, question_key, user_id) DO NOTHING",
            (guild_id, question.question_key, user_id, reason, note, now),
        )
        if cur.rowcount == 1:
            status, previous = ReportStatus.NEW, None
        else:
            previous = await self.member_report(guild_id, question.question_key, user_id)
            await self.conn.execute(
                "UPDATE question_reports SET reason = ?, note = ?, reported_at = ?, handled = 0 "
                "WHERE guild_id = ? AND question_key = ? AND user_id = ?",
                (reason, note, now, guild_id, question.question_key, user_id),
            )
            reopened = previous is None or previous.handled
            status = ReportStatus.NEW if reopened else ReportStatus.UPDATED
        hidden, open_reports = await self.review_state(guild_id, question.question_key)
        return ReportOutcome(status, previous, open_reports, hidden)

    async def member_report(self, guild_id: int, question_key: str, user_id: int) -> Report | None:
        row = await self.state.fetchone(
            f"SELECT {_REPORT_COLUMNS} FROM question_reports WHERE guild_id = ? AND question_key = ? AND user_id = ?",
            (guild_id, question_key, user_id),
        )
        return None if row is None else _report(tuple(row))

    async def review_state(self, guild_id: int, question_key: str) -> tuple[bool, int]:
        """(hidden by hand, open reports) of one question in this server."""
        row = await self.state.fetchone(
            "SELECT (SELECT hidden FROM flagged_questions WHERE guild_id = :g AND question_key = :k), "
            "(SELECT COUNT(*) FROM question_reports WHERE guild_id = :g AND question_key = :k AND handled = 0)",
            {"g": guild_id, "k": question_key},
        )
        assert row is not None
        return bool(row[0]), int(row[1])

    # --- moderation --------------------------------------------------------------------------

    async def hide(self, guild_id: int, question: ShownQuestion, by: int, now: float) -> bool:
        """Hide a question in this server; False when it already was hidden."""
        cur = await self.conn.execute(
            "INSERT INTO flagged_questions(guild_id, question_key, prompt, answer, hidden, hidden_by, changed_at) "
            "VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT(guild_id, question_key) DO UPDATE SET hidden = 1, "
            "hidden_by = excluded.hidden_by, changed_at = excluded.changed_at WHERE hidden = 0",
            (guild_id, question.question_key, question.prompt, question.answer, by, now),
        )
        return cur.rowcount == 1

    async def restore(self, guild_id: int, question_key: str, now: float) -> RestoreOutcome:
        """Put a question back in play here: unhide it and mark its open reports handled (kept, not deleted)."""
        handled = await self.conn.execute(
            "UPDATE question_reports SET handled = 1 WHERE guild_id = ? AND question_key = ? AND handled = 0",
            (guild_id, question_key),
        )
        unhidden = await self.conn.execute(
            "UPDATE flagged_questions SET hidden = 0, hidden_by = NULL WHERE guild_id = ? AND question_key = ? "
            "AND hidden = 1",
            (guild_id, question_key),
        )
        if handled.rowcount or unhidden.rowcount:
            await self.conn.execute(
                "UPDATE flagged_questions SET changed_at = ? WHERE guild_id = ? AND question_key = ?",
                (now, guild_id, question_key))
        return RestoreOutcome(unhidden.rowcount == 1, handled.rowcount)

    async def flagged(self, guild_id: int, *, question_key: str | None = None, text: str = "",
                      limit: int | None = None) -> list[Flagged]:
        """Questions of this server that are hidden or have open reports, most recently changed first:
        all of them, or only ``question_key``, or those whose prompt contains ``text`` (any case),
        at most ``limit`` questions."""
        rows = await self.state.fetchall(
            "WITH picked AS (SELECT * FROM (SELECT f.question_key, f.prompt, f.answer, f.hidden, f.hidden_by, "
            "f.changed_at, (SELECT COUNT(*) FROM question_reports r WHERE r.guild_id = f.guild_id "
            "AND r.question_key = f.question_key AND r.handled = 0) AS open FROM flagged_questions f "
            "WHERE f.guild_id = :g AND (:k IS NULL OR f.question_key = :k) AND instr(lower(f.prompt), lower(:t)) > 0) "
            "WHERE hidden = 1 OR open > 0 ORDER BY changed_at DESC, question_key LIMIT :n) "
            "SELECT p.question_key, p.prompt, p.answer, p.hidden, p.hidden_by, p.changed_at, "
            f"r.{_REPORT_COLUMNS.replace(', ', ', r.')} FROM picked p LEFT JOIN question_reports r "
            "ON r.guild_id = :g AND r.question_key = p.question_key AND r.handled = 0 "
            "ORDER BY p.changed_at DESC, p.question_key, r.reported_at DESC, r.user_id",
            {"g": guild_id, "k": question_key, "t": text, "n": -1 if limit is None else limit},
        )
        found: dict[str, Flagged] = {}
        for r in rows:
            item = found.get(r[0])
            if item is None:
                item = found[r[0]] = Flagged(ShownQuestion(r[0], r[1], r[2]), bool(r[3]), r[4], r[5])
            if r[6] is not None:
                item.reports.append(_report(tuple(r)[6:]))
        return list(found.values())

    async def review_counts(self, guild_id: int, at_least: int = 0) -> dict[str, tuple[bool, int]]:
        """question_key → (hidden by hand, open reports) for this server's questions that are hidden or
        have at least ``at_least`` (and at least one) open reports."""
        rows = await self.state.fetchall(
            "SELECT f.question_key, 1, (SELECT COUNT(*) FROM question_reports r WHERE r.guild_id = f.guild_id "
            "AND r.question_key = f.question_key AND r.handled = 0) FROM flagged_questions f "
            "WHERE f.guild_id = :g AND f.hidden = 1 "
            "UNION ALL "
            "SELECT r.question_key, 0, COUNT(*) FROM question_reports r WHERE r.guild_id = :g AND r.handled = 0 "
            "AND r.question_key NOT IN (SELECT question_key FROM flagged_questions WHERE guild_id = :g AND hidden = 1) "
            "GROUP BY r.question_key HAVING COUNT(*) >= max(:n, 1)",
            {"g": guild_id, "n": at_least},
        )
        return {r[0]: (bool(r[1]), int(r[2])) for r in rows}

    # --- the server's setting ----------------------------------------------------------------

    async def threshold(self, guild_id: int) -> int | None:
        """The server's report threshold, or None for the default."""
        row = await self.state.fetchone("SELECT report_threshold FROM guild_settings WHERE guild_id = ?",
                                        (guild_id,))
        return None if row is None or row[0] is None else int(row[0])

    async def set_threshold(self, guild_id: int, value: int) -> None:
        await self.conn.execute(
            "INSERT INTO guild_settings(guild_id, report_threshold) VALUES (?, ?) "
            "ON CONFLICT(guild_id) DO UPDATE SET report_threshold = excluded.report_threshold, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            (guild_id, value),
        )

    async def _remember(self, guild_id: int, question: ShownQuestion, now: float) -> None:
        """Keep this server's copy of the question (the first one stays: what was reported)."""
        await self.conn.execute(
            "INSERT INTO flagged_questions(guild_id, question_key, prompt, answer, changed_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(guild_id, question_key) DO UPDATE SET changed_at = excluded.changed_at",
            (guild_id, question.question_key, question.prompt, question.answer, now),
        )


def _answer(options_json: str, answer_index: int) -> str:
    options = json.loads(options_json)
    return str(options[answer_index]) if 0 <= answer_index < len(options) else ""

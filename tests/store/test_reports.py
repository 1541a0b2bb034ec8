"""The SQL of question reports: one report per member by constraint, updates, hide/restore, snapshots,
the threshold setting, and the migration from a database that already holds games."""

from __future__ import annotations

import asyncio
import random
import sqlite3

import pytest

from bot.quiz import scoring
from bot.quiz.selection import snapshot
from bot.store.game_records import GameStatus
from bot.store.games import GameStore
from bot.store.reports import REASONS, ReportStatus, ReportStore, ShownQuestion
from bot.store.state import StateDB, migrations
from tests.quiz.helpers import T0, make_question

GUILD, OTHER_GUILD = 10, 11


@pytest.fixture
def store(db):
    return ReportStore(db)


def shown(n: int, prompt: str | None = None) -> ShownQuestion:
    return ShownQuestion(f"q{n:04d}", prompt or f"Question number {n}?", f"answer {n}")


async def reveal(db: StateDB, n: int, *, guild: int = GUILD, channel: int = 20, at: float = T0,
                 close: bool = True) -> None:
    """Play question ``n`` as a single-question game in ``guild`` (revealed unless ``close`` is False)."""
    games = GameStore(db, scoring)
    game = await games.create_game(guild_id=guild, channel_id=channel, starter_id=1, mode="single", rounds=1,
                                   seconds=20, topic=None, difficulty=None, now=at)
    assert game is not None
    await games.open_round(game, 1, snapshot(make_question(n), random.Random(n)), at, at + 20)
    if close:
        await games.close_round(game.game_id, 1, at + 20)
        await games.end_game(game.game_id, GameStatus.FINISHED, at + 20)


async def test_one_report_per_member_even_when_the_clicks_race(store):
    outcomes = await asyncio.gather(*(store.report(GUILD, shown(1), 7, "unclear", None, T0 + i) for i in range(20)))
    assert sum(o.status is ReportStatus.NEW for o in outcomes) == 1
    assert all(o.status is ReportStatus.UPDATED for o in outcomes if o.status is not ReportStatus.NEW)
    assert (await store.review_state(GUILD, "q0001")) == (False, 1)
    rows = await store.state.fetchall("SELECT COUNT(*) FROM question_reports")
    assert rows[0][0] == 1


async def test_a_second_report_updates_the_members_own(store):
    first = await store.report(GUILD, shown(1), 7, "wrong_answer", None, T0)
    assert first.status is ReportStatus.NEW and first.previous is None and first.open_reports == 1
    second = await store.report(GUILD, shown(1), 7, "other", "  the year is off  ", T0 + 5)
    assert second.status is ReportStatus.UPDATED and second.open_reports == 1
    assert second.previous is not None and second.previous.reason == "wrong_answer"
    mine = await store.member_report(GUILD, "q0001", 7)
    assert mine is not None and (mine.reason, mine.note, mine.reported_at) == ("other", "the year is off", T0 + 5)
    third = await store.report(GUILD, shown(1), 8, "several_answers", "", T0 + 6)
    assert third.status is ReportStatus.NEW and third.open_reports == 2
    assert (await store.member_report(GUILD, "q0001", 8)).note is None  # an empty note is no note


async def test_reports_are_per_server_and_per_question(store):
    for user in (1, 2, 3):
        await store.report(GUILD, shown(1), user, "unclear", None, T0)
    await store.report(GUILD, shown(2), 1, "unclear", None, T0)
    await store.report(OTHER_GUILD, shown(1), 1, "unclear", None, T0)
    assert await store.review_counts(GUILD) == {"q0001": (False, 3), "q0002": (False, 1)}
    assert await store.review_counts(OTHER_GUILD) == {"q0001": (False, 1)}


async def test_bad_reasons_and_long_notes_never_reach_the_table(store, db):
    with pytest.raises(ValueError):
        await store.report(GUILD, shown(1), 7, "spam", None, T0)  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):  # the schema refuses them too, whoever writes
        await db.conn.execute("INSERT INTO flagged_questions(guild_id, question_key, prompt, answer, changed_at) "
                              "VALUES (1, 'q', 'p', 'a', 0)")
        await db.conn.execute("INSERT INTO question_reports(guild_id, question_key, user_id, reason, reported_at) "
                              "VALUES (1, 'q', 1, 'spam', 0)")
    await store.report(GUILD, shown(1), 7, "other", "x" * 1000, T0)
    assert len((await store.member_report(GUILD, "q0001", 7)).note) == 300
    assert set(REASONS) == {"wrong_answer", "unclear", "several_answers", "other"}


async def test_the_first_snapshot_is_kept_for_the_list(store):
    await store.report(GUILD, shown(1, "Who signed the treaty in 2001?"), 7, "unclear", None, T0)
    await store.report(GUILD, shown(1, "Who signed the treaty (reworded)?"), 8, "unclear", None, T0 + 1)
    [item] = await store.flagged(GUILD)
    assert item.question.prompt == "Who signed the treaty in 2001?" and item.question.answer == "answer 1"
    assert [r.user_id for r in item.reports] == [8, 7]  # newest first


async def test_hide_and_restore(store):
    await store.report(GUILD, shown(1), 7, "unclear", None, T0)
    await store.report(GUILD, shown(1), 8, "wrong_answer", None, T0)
    assert await store.hide(GUILD, shown(1), 99, T0 + 1) is True
    assert await store.hide(GUILD, shown(1), 99, T0 + 2) is False  # already hidden
    assert await store.hide(GUILD, shown(3), 99, T0 + 3) is True  # never reported: hidden all the same
    assert await store.review_counts(GUILD) == {"q0001": (True, 2), "q0003": (True, 0)}
    assert [f.question.question_key for f in await store.flagged(GUILD)] == ["q0003", "q0001"]

    restored = await store.restore(GUILD, "q0001", T0 + 4)
    assert restored.was_hidden and restored.handled_reports == 2 and restored.changed
    assert await store.review_state(GUILD, "q0001") == (False, 0)
    again = await store.restore(GUILD, "q0001", T0 + 5)
    assert not again.changed
    assert [f.question.question_key for f in await store.flagged(GUILD)] == ["q0003"]
    # Handled reports are kept on record; the member's next report re-opens their row.
    assert (await store.member_report(GUILD, "q0001", 7)).handled
    anew = await store.report(GUILD, shown(1), 7, "unclear", None, T0 + 6)
    assert anew.status is ReportStatus.NEW and anew.previous is not None and anew.previous.handled
    assert anew.open_reports == 1


async def test_a_report_needs_a_question_this_server_saw_answered(store, db):
    await reveal(db, 1)
    await reveal(db, 2, close=False)  # still open: its answer is not out
    await reveal(db, 3, guild=OTHER_GUILD, channel=30)
    found = await store.shown_question(GUILD, "q0001")
    assert found == ShownQuestion("q0001", "Question number 1?", "answer 1")
    assert await store.shown_question(GUILD, "q0002") is None
    assert await store.shown_question(GUILD, "q0003") is None  # another server's question
    assert await store.shown_question(GUILD, "q9999") is None
    # Once flagged here, its stored copy answers even if the rounds were never seen (hidden by key).
    await store.hide(GUILD, shown(4), 99, T0)
    assert (await store.shown_question(GUILD, "q0004")).prompt == "Question number 4?"


async def test_recently_shown_latest_first_and_filtered(store, db):
    for n, at in ((1, T0), (2, T0 + 100), (1, T0 + 200)):
        await reveal(db, n, at=at, channel=20 + n + int(at))
    assert [q.question_key for q in await store.recently_shown(GUILD)] == ["q0001", "q0002"]
    assert [q.question_key for q in await store.recently_shown(GUILD, "NUMBER 2")] == ["q0002"]
    assert await store.recently_shown(OTHER_GUILD) == []


async def test_the_threshold_setting(store, db):
    assert await store.threshold(GUILD) is None
    await GameStore(db, scoring).set_daily(GUILD, 5, "09:00")
    await store.set_threshold(GUILD, 5)
    assert await store.threshold(GUILD) == 5
    assert (await GameStore(db, scoring).daily_settings(GUILD)).time == "09:00"  # other settings kept
    await store.set_threshold(OTHER_GUILD, 1)
    assert await store.threshold(OTHER_GUILD) == 1
    with pytest.raises(sqlite3.IntegrityError):
        await store.set_threshold(GUILD, 0)


async def test_migration_keeps_an_existing_database(tmp_path):
    """A database at version 2 (games, settings) gains the report tables with its rows intact."""
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for version, _name, sql in migrations():
        if version <= 2:
            conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;")
    conn.execute("INSERT INTO guild_settings(guild_id, daily_channel_id, daily_time) VALUES (10, 5, '09:00')")
    conn.commit()
    conn.close()
    state = await StateDB.open(path)
    try:
        assert await state.version() == len(migrations()) >= 3
        store = ReportStore(state)
        assert await store.threshold(10) is None
        await store.set_threshold(10, 4)
        row = await state.fetchone("SELECT daily_time, report_threshold FROM guild_settings WHERE guild_id = 10")
        assert tuple(row) == ("09:00", 4)
    finally:
        await state.close()


async def test_flagged_by_text_and_limit_and_counts_from_a_floor(store):
    prompts = {1: "When did the USSR dissolve?", 2: "Who visited Beijing in 1989?", 3: "When was the SCO founded?"}
    for n, prompt in prompts.items():
        for user in range(n):
            await store.report(GUILD, shown(n, prompt), user, "unclear", None, T0 + n)
    await store.hide(GUILD, shown(4, "Which city hosted BRICS in 2017?"), 99, T0 + 4)
    assert [f.question.question_key for f in await store.flagged(GUILD, text="when")] == ["q0003", "q0001"]
    assert [f.question.question_key for f in await store.flagged(GUILD, limit=2)] == ["q0004", "q0003"]
    assert [f.open_reports for f in await store.flagged(GUILD, question_key="q0002")] == [2]
    assert await store.flagged(GUILD, text="astrology") == []
    assert await store.review_counts(GUILD, at_least=2) == {"q0002": (False, 2), "q0003": (False, 3),
                                                            "q0004": (True, 0)}
    assert set(await store.review_counts(GUILD)) == {"q0001", "q0002", "q0003", "q0004"}

"""The SQL layer: exactly-once answers, points at click time, standings, boards, stats, daily settings."""

from __future__ import annotations

import asyncio
import random

import pytest

from bot.quiz import scoring
from bot.quiz.selection import snapshot
from bot.store.game_records import AnswerStatus, GameStatus
from bot.store.games import GameStore
from bot.store.state import StateDB
from tests.quiz.helpers import T0, make_question


@pytest.fixture
def store(db):
    return GameStore(db, scoring)


async def new_game(store: GameStore, *, channel: int = 20, rounds: int = 5, seconds: int = 20, guild: int = 10,
                   starter: int | None = 7, mode: str = "game"):
    game = await store.create_game(guild_id=guild, channel_id=channel, starter_id=starter, mode=mode,
                                   rounds=rounds, seconds=seconds, topic=None, difficulty=None, now=T0)
    assert game is not None
    return game


async def open_round(store, game, round_no, *, at=T0, question=None, topic="trade"):
    snap = snapshot(question or make_question(round_no, topic=topic), random.Random(round_no))
    return await store.open_round(game, round_no, snap, at, at + game.seconds)


async def test_one_running_game_per_channel_by_constraint(store):
    game = await new_game(store)
    assert await store.create_game(guild_id=10, channel_id=20, starter_id=8, mode="game", rounds=3, seconds=20,
                                   topic=None, difficulty=None, now=T0) is None
    # The daily question may run beside a game; another channel is free.
    assert await new_game(store, mode="daily", starter=None) is not None
    assert await new_game(store, channel=21) is not None
    assert (await store.running_game(20)).game_id == game.game_id
    assert await store.end_game(game.game_id, GameStatus.FINISHED, T0 + 1)
    assert not await store.end_game(game.game_id, GameStatus.STOPPED, T0 + 2)  # idempotent
    assert (await store.game(game.game_id)).status is GameStatus.FINISHED
    assert await new_game(store) is not None


async def test_fifty_simultaneous_clicks_and_a_double_click_record_exactly_once(store, db):
    game = await new_game(store)
    rnd = await open_round(store, game, 1)
    right = rnd.snapshot.answer_index
    clicks = [store.record_answer(guild_id=10, game_id=game.game_id, round_no=1, user_id=1000 + i, display_name=f"m{i}",
                                  choice=right if i % 2 else (right + 1) % 4, now=T0 + 5) for i in range(50)]
    # Member 1000 also double-clicks, changing their mind: the first click must stand.
    clicks += [store.record_answer(guild_id=10, game_id=game.game_id, round_no=1, user_id=1000, display_name="m0",
                                   choice=right, now=T0 + 5) for _ in range(3)]
    outcomes = await asyncio.gather(*clicks)
    statuses = [o.status for o in outcomes]
    assert statuses.count(AnswerStatus.RECORDED) == 50
    assert statuses.count(AnswerStatus.ALREADY_ANSWERED) == 3
    row = await db.fetchone("SELECT COUNT(*), COUNT(DISTINCT user_id) FROM answers WHERE game_id = ?",
                            (game.game_id,))
    assert tuple(row) == (50, 50)
    first = await db.fetchone("SELECT choice FROM answers WHERE user_id = 1000")
    assert first[0] == (right + 1) % 4
    result = await store.close_round(game.game_id, 1, T0 + 20)
    assert sum(result.counts) == 50
    assert result.counts[right] == 25


async def test_answers_survive_reopening_the_database(tmp_path):
    path = tmp_path / "state.sqlite3"
    state = await StateDB.open(path)
    store = GameStore(state, scoring)
    game = await new_game(store)
    rnd = await open_round(store, game, 1)
    await store.record_answer(guild_id=10, game_id=game.game_id, round_no=1, user_id=1, display_name="ann",
                              choice=rnd.snapshot.answer_index, now=T0 + 2)
    await state.close()  # as if the process died right after the click

    state = await StateDB.open(path)
    try:
        store = GameStore(state, scoring)
        again = await store.record_answer(guild_id=10, game_id=game.game_id, round_no=1, user_id=1, display_name="ann",
                                          choice=0, now=T0 + 3)
        assert again.status is AnswerStatus.ALREADY_ANSWERED
        assert again.choice == rnd.snapshot.answer_index
        assert again.points == 100 + 45
        assert (await store.round(game.game_id, 1)).snapshot == rnd.snapshot
    finally:
        await state.close()


async def test_points_speed_and_streak_are_fixed_at_click_time(store):
    game = await new_game(store, rounds=4, seconds=20)
    uid = 1
    expected = []
    at = T0
    for round_no, (correct, delay) in enumerate([(True, 0), (True, 10), (True, 20 - 5), (False, 1)], 1):
        rnd = await open_round(store, game, round_no, at=at)
        right = rnd.snapshot.answer_index
        outcome = await store.record_answer(guild_id=10, game_id=game.game_id, round_no=round_no, user_id=uid,
                                            display_name="ann", choice=right if correct else (right + 1) % 4,
                                            now=at + delay)
        expected.append(outcome.points)
        await store.close_round(game.game_id, round_no, at + 20)
        at += 30
    # 100+50 (streak 1) | 100+25+10 (streak 2) | 100+round(12.5)+20 (streak 3) | wrong: 0
    assert expected[0] == 150
    assert expected[1] == 135
    assert expected[2] == 100 + round(50 * 5 / 20) + 20
    assert expected[3] == 0
    standings = await store.standings(game.game_id)
    assert standings[0].points == sum(expected)
    assert (standings[0].correct, standings[0].answered) == (3, 4)


async def test_a_skipped_round_breaks_the_streak(store):
    game = await new_game(store, rounds=3)
    points = []
    for round_no in (1, 2, 3):
        rnd = await open_round(store, game, round_no, at=T0 + 100 * round_no)
        if round_no != 2:
            outcome = await store.record_answer(guild_id=10, game_id=game.game_id, round_no=round_no, user_id=1,
                                                display_name="a", choice=rnd.snapshot.answer_index,
                                                now=rnd.closes_at - 0.01)
            points.append(outcome.points)
        await store.close_round(game.game_id, round_no, rnd.closes_at)
    assert points == [100, 100]  # no speed bonus at the buzzer, and no streak across the skipped round


async def test_streaks_over_a_thirty_round_game_count_back_through_each_members_rounds(store):
    """Each answer's streak is read from the member's answer to the round before (one lookup, however
    long the game): it must equal counting back through their whole history, skips breaking it."""
    game = await new_game(store, rounds=30, seconds=20)
    rng = random.Random(14)
    # Per member, per round: True right, False wrong, None skipped.
    plans = {
        1: [True] * 30,  # the cap: +50 from the sixth answer on
        2: [round_no % 7 != 0 for round_no in range(1, 31)],  # a miss every seventh round
        3: [None if round_no % 5 == 0 else True for round_no in range(1, 31)],  # a skip every fifth
        4: [rng.choice([True, True, False, None]) for _ in range(30)],
    }
    stored: dict[int, list[int]] = {uid: [] for uid in plans}
    at = T0
    for round_no in range(1, 31):
        rnd = await open_round(store, game, round_no, at=at)
        right = rnd.snapshot.answer_index
        for uid, plan in plans.items():
            if plan[round_no - 1] is None:
                continue
            outcome = await store.record_answer(
                guild_id=10, game_id=game.game_id, round_no=round_no, user_id=uid, display_name=f"m{uid}",
                choice=right if plan[round_no - 1] else (right + 1) % 4, now=rnd.closes_at - 0.01)
            assert outcome.status is AnswerStatus.RECORDED
        result = await store.close_round(game.game_id, round_no, rnd.closes_at)
        for answer in result.answers:
            stored[answer.user_id].append(answer.streak)
            run = 0
            for outcome in reversed(plans[answer.user_id][:round_no]):
                if outcome is not True:
                    break
                run += 1
            assert answer.streak == run, (answer.user_id, round_no)
            assert answer.points == (100 + scoring.streak_bonus(run) if answer.correct else 0)
        at += 30
    assert stored[1][-1] == 30 and max(stored[2]) == 6 and max(stored[3]) == 4


async def test_a_click_is_one_database_call_of_key_lookups_however_long_the_game(store, db, monkeypatch):
    """Late in a long, crowded game a click still costs one call to the database thread, and every
    statement it runs finds its rows by key: nothing it reads grows with rounds or players."""
    game = await new_game(store, rounds=30)
    at = T0
    for round_no in range(1, 30):
        await answer_round(store, game, round_no, {uid: uid % 3 != 0 for uid in range(1, 41)}, at=at)
        at += 30
    rnd = await open_round(store, game, 30, at=at)
    statements: list[str] = []
    calls = 0
    run = db.run

    async def counted(fn, *args):
        nonlocal calls
        calls += 1
        return await run(fn, *args)

    monkeypatch.setattr(db, "run", counted)
    await db.conn._execute(db.conn._conn.set_trace_callback, statements.append)
    outcomes = [await store.record_answer(guild_id=10, game_id=game.game_id, round_no=30, user_id=uid,
                                          display_name="m", choice=rnd.snapshot.answer_index, now=at)
                for uid in (1, 1, 41)]  # a player, their double click, a newcomer
    await db.conn._execute(db.conn._conn.set_trace_callback, None)
    assert [o.status for o in outcomes] == [AnswerStatus.RECORDED, AnswerStatus.ALREADY_ANSWERED,
                                            AnswerStatus.RECORDED]
    assert outcomes[0].points == 100 + 50 + 50 and outcomes[2].points == 100 + 50  # streak 29, capped; none
    assert calls == 3
    plans = [row[3] for sql in statements for row in await db.fetchall(f"EXPLAIN QUERY PLAN {sql}")]
    # The guarded INSERT selects its one row of constants: the only scan allowed. A range on a key
    # ("round_no<?": every earlier round) would grow with the game as a scan does.
    growing = [p for p in plans if (p.startswith("SCAN") and p != "SCAN CONSTANT ROW") or "TEMP B-TREE" in p
               or "<" in p or ">" in p]
    assert plans and not growing, plans


async def test_late_and_post_reveal_clicks_are_refused(store):
    game = await new_game(store)
    rnd = await open_round(store, game, 1)
    late = await store.record_answer(guild_id=10, game_id=game.game_id, round_no=1, user_id=1, display_name="a",
                                     choice=0, now=rnd.closes_at + 0.01)
    assert late.status is AnswerStatus.ROUND_OVER
    await store.close_round(game.game_id, 1, T0 + 5)
    early_reveal = await store.record_answer(guild_id=10, game_id=game.game_id, round_no=1, user_id=2, display_name="b",
                                             choice=0, now=T0 + 6)
    assert early_reveal.status is AnswerStatus.ROUND_OVER
    missing = await store.record_answer(guild_id=10, game_id=game.game_id, round_no=9, user_id=2, display_name="b",
                                        choice=0, now=T0 + 6)
    assert missing.status is AnswerStatus.NO_SUCH_ROUND
    two = await new_game(store, channel=99)
    await store.open_round(two, 1, snapshot(make_question(1, two=True), random.Random(0)), T0, T0 + 20)
    bad = await store.record_answer(guild_id=10, game_id=two.game_id, round_no=1, user_id=3, display_name="c", choice=3,
                                    now=T0 + 1)
    assert bad.status is AnswerStatus.BAD_CHOICE
    assert (await store.round_result(game.game_id, 1)).answers == []


async def test_asked_questions_are_remembered_per_server(store):
    game = await new_game(store)
    await open_round(store, game, 1, question=make_question(42), at=T0 + 5)
    other = await new_game(store, guild=11, channel=77)
    await open_round(store, other, 1, question=make_question(43), at=T0 + 6)
    assert await store.asked(10) == {"q0042": T0 + 5}
    assert await store.asked(11) == {"q0043": T0 + 6}
    assert await store.question_keys(game.game_id) == {"q0042"}


async def answer_round(store, game, round_no, choices: dict[int, bool], at: float, topic="trade"):
    rnd = await open_round(store, game, round_no, at=at, topic=topic)
    right = rnd.snapshot.answer_index
    for uid, correct in choices.items():
        await store.record_answer(guild_id=10, game_id=game.game_id, round_no=round_no, user_id=uid, display_name=f"user{uid}",
                                  choice=right if correct else (right + 1) % 4, now=rnd.closes_at - 0.01)
    await store.close_round(game.game_id, round_no, rnd.closes_at)


async def test_leaderboard_periods_ranks_and_member_stats(store):
    week_ago = T0 - 8 * 86400
    old = await new_game(store, channel=1)
    await answer_round(store, old, 1, {1: True, 2: True}, at=week_ago)
    await store.end_game(old.game_id, GameStatus.FINISHED, week_ago)
    game = await new_game(store, channel=2, rounds=4)
    await answer_round(store, game, 1, {2: True, 3: False}, at=T0, topic="trade")
    await answer_round(store, game, 2, {2: False, 3: True}, at=T0 + 30, topic="SCO")
    await answer_round(store, game, 3, {2: False, 3: False}, at=T0 + 60, topic="SCO")
    await answer_round(store, game, 4, {1: False}, at=T0 + 90, topic="trade")

    board = await store.leaderboard(10)
    assert [(r.user_id, r.points, r.correct, r.answered) for r in board] == [
        (2, 200, 2, 4), (1, 100, 1, 2), (3, 100, 1, 3)]
    assert [r.rank for r in board] == [1, 2, 2]  # level on points and correct answers: a shared rank
    recent = await store.leaderboard(10, since=T0 - 3600)
    assert [(r.user_id, r.points) for r in recent] == [(2, 100), (3, 100), (1, 0)]
    assert [r.rank for r in recent] == [1, 1, 3]
    assert await store.leaderboard_size(10) == 3
    assert await store.leaderboard(99) == []

    stats = await store.member_stats(10, 2)
    assert (stats.points, stats.answered, stats.correct, stats.best_streak) == (200, 4, 2, 1)
    assert (stats.rank, stats.ranked_members) == (1, 3)
    assert stats.weakest_topic == "SCO" and stats.weakest_accuracy == 0.0
    nobody = await store.member_stats(10, 555)
    assert nobody.rank is None and nobody.answered == 0 and nobody.ranked_members == 3


async def test_daily_settings_persist_and_claim_once_per_day(store):
    assert not (await store.daily_settings(10)).enabled
    await store.set_daily(10, 555, "09:00")
    settings = await store.daily_settings(10)
    assert (settings.channel_id, settings.time, settings.enabled) == (555, "09:00", True)
    assert [s.guild_id for s in await store.daily_enabled()] == [10]
    claims = await asyncio.gather(*(store.claim_daily(10, "2026-03-10") for _ in range(5)))
    assert claims.count(True) == 1
    await store.set_daily(10, 556, "10:00")  # moving it keeps today's claim
    assert not await store.claim_daily(10, "2026-03-10")
    assert await store.claim_daily(10, "2026-03-11")
    assert await store.daily_off(10)
    assert not await store.daily_off(10)
    assert not (await store.daily_settings(10)).enabled
    assert await store.daily_enabled() == []
    assert not await store.claim_daily(10, "2026-03-12")


async def test_an_answer_counts_only_in_the_server_of_its_game(store, db):
    """A click carries its server: one from another server (a forged or copied button) is no answer
    to this server's game, whatever game id it names."""
    game = await new_game(store, guild=10)
    rnd = await open_round(store, game, 1)
    for other in (11, 0):
        outcome = await store.record_answer(game_id=game.game_id, round_no=1, user_id=5, display_name="eve",
                                            choice=rnd.snapshot.answer_index, now=T0 + 1, guild_id=other)
        assert outcome.status is AnswerStatus.NO_SUCH_ROUND
    assert (await db.fetchone("SELECT COUNT(*) FROM answers"))[0] == 0
    same = await store.record_answer(game_id=game.game_id, round_no=1, user_id=5, display_name="eve",
                                     choice=rnd.snapshot.answer_index, now=T0 + 1, guild_id=10)
    assert same.status is AnswerStatus.RECORDED


@pytest.mark.parametrize("game_id", [9_999_999_999_999_999_999, 2**63, -(2**63) - 1])
async def test_a_game_id_beyond_sqlite_integers_is_no_such_round(store, game_id):
    """A forged custom_id may carry 19 digits, more than SQLite's 64-bit integers hold."""
    assert await store.game(game_id) is None
    assert await store.round(game_id, 1) is None
    outcome = await store.record_answer(game_id=game_id, round_no=1, user_id=5, display_name="eve", choice=0,
                                        now=T0, guild_id=10)
    assert outcome.status is AnswerStatus.NO_SUCH_ROUND


async def test_leaderboard_without_a_limit_has_every_member(store):
    game = await new_game(store, channel=3, rounds=1)
    await answer_round(store, game, 1, {user: user % 3 == 0 for user in range(1, 251)}, at=T0)
    board = await store.leaderboard(10, limit=None)
    assert len(board) == 250 == await store.leaderboard_size(10)
    assert [r.rank for r in board][:3] == [1, 1, 1] and board[-1].rank == 84

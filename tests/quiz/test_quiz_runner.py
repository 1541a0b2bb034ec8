"""The game loop on a simulated clock: rounds, early reveal, stop, long games, restarts, IO failures."""

from __future__ import annotations

import asyncio
import random

import pytest

from bot.quiz import scoring
from bot.quiz.runner import GameRunner, end_stale_games
from bot.quiz.selection import snapshot
from bot.store.game_records import AnswerStatus, Game, GameStatus, Round, RoundResult, Standing
from bot.store.games import GameStore
from bot.store.state import StateDB
from tests.quiz.helpers import T0, AutoClock, FakeClock, make_question


class RecordingIO:
    def __init__(self, fail_on_round: int | None = None) -> None:
        self.rounds: list[Round] = []
        self.reveals: list[RoundResult] = []
        self.standings: list[tuple[list[Standing], GameStatus, int]] = []
        self.fail_on_round = fail_on_round
        self.failures: list[Exception] = []
        self.round_posted = asyncio.Event()

    async def post_round(self, game: Game, rnd: Round) -> int | None:
        if rnd.round_no == self.fail_on_round:
            raise PermissionError("missing access")
        self.rounds.append(rnd)
        self.round_posted.set()
        return 9000 + rnd.round_no

    async def post_reveal(self, game: Game, result: RoundResult) -> None:
        self.reveals.append(result)

    async def post_standings(self, game, standings, status, rounds_played) -> None:
        self.standings.append((standings, status, rounds_played))

    async def report_failure(self, game, error) -> bool:
        self.failures.append(error)
        return isinstance(error, PermissionError)


@pytest.fixture
async def store(tmp_path):
    state = await StateDB.open(tmp_path / "state.sqlite3")
    try:
        yield GameStore(state, scoring)
    finally:
        await state.close()


async def start(store, clock, io, rounds=3, seconds=20, mode="game"):
    game = await store.create_game(guild_id=1, channel_id=2, starter_id=3, mode=mode, rounds=rounds,
                                   seconds=seconds, topic=None, difficulty=None, now=clock())
    snaps = [snapshot(make_question(i), random.Random(i)) for i in range(1, rounds + 1)]
    runner = GameRunner(store, io, game, snaps, clock=clock, sleep=clock.sleep, pause=3)
    return runner, asyncio.create_task(runner.run())


async def next_round(io: RecordingIO, count: int, clock: FakeClock) -> Round:
    """The ``count``-th question once posted and the runner is parked on its timer: time advanced
    from here counts for the round (the runner records the message in the database before it
    sleeps, and those calls queue behind the test's own)."""
    async with asyncio.timeout(2):
        while len(io.rounds) < count:
            io.round_posted.clear()
            await io.round_posted.wait()
    await clock.settle()
    return io.rounds[count - 1]


async def revealed(io: RecordingIO, count: int) -> None:
    """Wait (bounded, real time) until ``count`` rounds are revealed: the runner then sleeps its pause."""
    async with asyncio.timeout(2):
        while len(io.reveals) < count:
            await asyncio.sleep(0.001)


async def click(store, runner, rnd: Round, user: int, correct: bool, clock) -> AnswerStatus:
    right = rnd.snapshot.answer_index
    outcome = await store.record_answer(guild_id=1, game_id=rnd.game_id, round_no=rnd.round_no, user_id=user,
                                        display_name=f"user{user}", choice=right if correct else (right + 1) % 4,
                                        now=clock())
    if outcome.status is AnswerStatus.RECORDED:  # as the cog does: only a recorded answer nudges
        runner.nudge(rnd.round_no, user)
    return outcome.status


async def test_a_game_plays_every_round_reveals_and_posts_standings(store):
    clock, io = FakeClock(), RecordingIO()
    runner, task = await start(store, clock, io)
    rnd = await next_round(io, 1, clock)
    await clock.advance(4)
    assert await click(store, runner, rnd, 1, True, clock) is AnswerStatus.RECORDED  # 16 s left → +40
    assert await click(store, runner, rnd, 2, False, clock) is AnswerStatus.RECORDED
    await clock.advance(16)  # time up
    await clock.advance(3)  # the pause before the next question
    rnd = await next_round(io, 2, clock)
    assert len(io.reveals) == 1 and io.reveals[0].counts.count(1) == 2
    await clock.advance(10)
    await click(store, runner, rnd, 1, True, clock)  # 10 s left → +25, streak 2 → +10
    await clock.advance(10 + 3)
    rnd = await next_round(io, 3, clock)
    await clock.advance(20)
    status = await asyncio.wait_for(task, 2)
    assert status is GameStatus.FINISHED
    assert [r.round.round_no for r in io.reveals] == [1, 2, 3]
    standings, final, played = io.standings[0]
    assert (final, played) == (GameStatus.FINISHED, 3)
    assert [(s.user_id, s.points, s.place) for s in standings] == [(1, 140 + 135, 1), (2, 0, 2)]
    game = await store.game(runner.game_id)
    assert game.status is GameStatus.FINISHED and game.message_id == 9001
    assert (await store.round(runner.game_id, 2)).message_id == 9002


async def test_a_round_ends_early_once_every_player_has_answered(store):
    clock, io = FakeClock(), RecordingIO()
    runner, task = await start(store, clock, io, rounds=2)
    rnd = await next_round(io, 1, clock)
    await click(store, runner, rnd, 1, True, clock)
    await click(store, runner, rnd, 2, True, clock)
    await clock.advance(1)
    assert io.reveals == []  # round 1 always runs its full time
    await clock.advance(19)
    await clock.advance(3)
    rnd = await next_round(io, 2, clock)
    opened = clock()
    assert await click(store, runner, rnd, 1, True, clock) is AnswerStatus.RECORDED
    # Player 2 has not answered yet, so the round stays open: their answer still counts.
    assert await click(store, runner, rnd, 2, False, clock) is AnswerStatus.RECORDED
    assert await asyncio.wait_for(task, 30) is GameStatus.FINISHED
    assert io.reveals[1].round.round_no == 2 and clock() == opened  # no simulated time passed
    assert sum(io.reveals[1].counts) == 2 and len(io.reveals[1].answers) == 2, "revealed after both answered"


async def test_everyone_means_every_earlier_player_whoever_joins_later(store):
    clock, io = FakeClock(), RecordingIO()
    runner, task = await start(store, clock, io, rounds=3)
    rnd = await next_round(io, 1, clock)
    for user in (1, 2):
        await click(store, runner, rnd, user, True, clock)
    await clock.advance(20 + 3)
    rnd = await next_round(io, 2, clock)
    # A newcomer and one of the two earlier players: player 2 is still awaited.
    await click(store, runner, rnd, 3, True, clock)
    await click(store, runner, rnd, 1, False, clock)
    assert await click(store, runner, rnd, 1, True, clock) is AnswerStatus.ALREADY_ANSWERED  # no second nudge
    await clock.advance(1)
    assert len(io.reveals) == 1
    await click(store, runner, rnd, 2, False, clock)
    await revealed(io, 2)
    assert len(io.reveals[1].answers) == 3 and clock() == T0 + 24, "round 2 revealed once players 1 and 2 answered"
    await clock.advance(3)
    rnd = await next_round(io, 3, clock)
    # Round 3 also waits for the newcomer of round 2; a nudge for a closed round changes nothing.
    runner.nudge(2, 3)
    for user in (1, 2):
        await click(store, runner, rnd, user, True, clock)
    await clock.advance(1)
    assert len(io.reveals) == 2
    await click(store, runner, rnd, 3, True, clock)
    assert await asyncio.wait_for(task, 2) is GameStatus.FINISHED
    assert clock() == T0 + 25 + 3, "round 3 revealed once players 1, 2 and 3 answered"


async def test_a_lone_player_game_moves_on_as_soon_as_they_answer(store):
    clock, io = FakeClock(), RecordingIO()
    runner, task = await start(store, clock, io, rounds=4)
    rnd = await next_round(io, 1, clock)
    await click(store, runner, rnd, 7, True, clock)
    await clock.advance(20 + 3)
    for number in (2, 3, 4):
        rnd = await next_round(io, number, clock)
        await click(store, runner, rnd, 7, number % 2 == 0, clock)
        if number < 4:
            await revealed(io, number)
            await clock.advance(3)
    assert await asyncio.wait_for(task, 2) is GameStatus.FINISHED
    assert clock() == T0 + 20 + 3 * 3, "rounds 2 to 4 each ended on the one answer"
    assert [len(r.answers) for r in io.reveals] == [1, 1, 1, 1]


async def test_stop_reveals_the_current_round_keeps_its_answers_and_posts_standings(store):
    clock, io = FakeClock(), RecordingIO()
    runner, task = await start(store, clock, io, rounds=5)
    rnd = await next_round(io, 1, clock)
    await click(store, runner, rnd, 1, True, clock)
    runner.stop()
    assert await asyncio.wait_for(task, 2) is GameStatus.STOPPED
    assert len(io.rounds) == 1 and len(io.reveals) == 1
    standings, status, played = io.standings[0]
    assert status is GameStatus.STOPPED and played == 1
    assert standings[0].points == 150
    late = await store.record_answer(guild_id=1, game_id=rnd.game_id, round_no=1, user_id=2, display_name="x", choice=0,
                                     now=clock())
    assert late.status is AnswerStatus.ROUND_OVER


async def test_a_thirty_round_two_minute_game_runs_on_simulated_time(store):
    clock, io = AutoClock(), RecordingIO()
    _runner, task = await start(store, clock, io, rounds=30, seconds=120)
    assert await asyncio.wait_for(task, 5) is GameStatus.FINISHED
    assert [r.round_no for r in io.rounds] == list(range(1, 31))
    assert len(io.reveals) == 30 and len(io.standings) == 1
    assert clock() - T0 >= 30 * 120 > 15 * 60  # well past an interaction token's 15 minutes


async def test_single_and_daily_rounds_post_no_standings(store):
    clock, io = AutoClock(), RecordingIO()
    _runner, task = await start(store, clock, io, rounds=1, mode="single")
    assert await asyncio.wait_for(task, 2) is GameStatus.FINISHED
    assert len(io.reveals) == 1 and io.standings == []


async def test_a_failing_channel_ends_the_game_as_interrupted(store):
    clock, io = AutoClock(), RecordingIO(fail_on_round=2)
    runner, task = await start(store, clock, io, rounds=4)
    assert await asyncio.wait_for(task, 2) is GameStatus.INTERRUPTED
    assert (await store.game(runner.game_id)).status is GameStatus.INTERRUPTED
    assert await store.running_game(2) is None
    assert [type(e) for e in io.failures] == [PermissionError]  # told once, so someone can be informed


async def test_cancelling_leaves_the_database_consistent(store):
    clock, io = FakeClock(), RecordingIO()
    runner, task = await start(store, clock, io, rounds=3)
    await next_round(io, 1, clock)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert (await store.game(runner.game_id)).status is GameStatus.INTERRUPTED
    assert (await store.round(runner.game_id, 1)).revealed_at is not None


async def test_games_cut_off_by_a_restart_are_ended_with_standings(store):
    clock, io = FakeClock(), RecordingIO()
    runner, task = await start(store, clock, io, rounds=3)
    rnd = await next_round(io, 1, clock)
    await click(store, runner, rnd, 1, True, clock)
    # Simulate a crash: the task vanishes without any cleanup.
    task.cancel()
    runner._abandon = _noop  # type: ignore[method-assign]
    with pytest.raises(asyncio.CancelledError):
        await task
    assert (await store.game(runner.game_id)).status is GameStatus.RUNNING

    after = RecordingIO()
    ended = await end_stale_games(store, after, clock)
    assert [g.game_id for g in ended] == [runner.game_id]
    assert len(after.reveals) == 1 and after.reveals[0].counts[rnd.snapshot.answer_index] == 1
    standings, status, _ = after.standings[0]
    assert status is GameStatus.INTERRUPTED and standings[0].user_id == 1
    assert await end_stale_games(store, RecordingIO(), clock) == []


async def _noop() -> None:
    return None

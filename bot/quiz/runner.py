"""The game loop: open a round, wait for time-up (or everyone), reveal, pause, repeat, post standings.

Plain asyncio with an injected ``clock`` (UNIX seconds) and ``sleep``, so tests play a 30-round,
120-second game in milliseconds. Everything said to players goes through a ``GameIO`` (the Discord
glue implements it with channel messages, never interaction followups: interaction tokens expire
after 15 minutes and a long game must outlive them). Answers never pass through the runner: they
are recorded by the SQL layer as they arrive, and the runner is only nudged with who answered, to
reveal early once everyone has.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.quiz.rules import REVEAL_PAUSE
from bot.store.game_records import Game, GameStatus, Round, RoundResult, RoundSnapshot, Standing
from bot.store.games import GameStore

log = logging.getLogger(__name__)

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class GameIO(Protocol):
    """What the runner says to the channel; implementations must not raise for ordinary failures
    they can report, but any exception they do raise ends the game cleanly (status interrupted)."""

    async def post_round(self, game: Game, rnd: Round) -> int | None:
        """Post the question with its answer buttons; return the message id."""

    async def post_reveal(self, game: Game, result: RoundResult) -> None:
        """Disable the round's buttons, mark the right one, post counts, winners and the source."""

    async def post_standings(self, game: Game, standings: list[Standing], status: GameStatus,
                             rounds_played: int) -> None:
        """Post the final standings (not called for single questions and the daily question)."""

    async def report_failure(self, game: Game, error: Exception) -> bool:
        """The game cannot go on because of ``error``: tell someone if possible. Return True when the
        error is an expected one (a permission revoked, the channel deleted), not a bug."""


class GameRunner:
    """Plays one game to its end. ``run()`` is the task; ``stop()`` and ``nudge()`` steer it."""

    def __init__(self, store: GameStore, io: GameIO, game: Game, rounds: Sequence[RoundSnapshot], *,
                 clock: Clock, sleep: Sleep, pause: float = REVEAL_PAUSE) -> None:
        self.store = store
        self.io = io
        self.game = game
        self.snapshots = list(rounds)
        self.clock = clock
        self.sleep = sleep
        self.pause = pause
        self.current: Round | None = None
        self.rounds_played = 0
        self.stop_status: GameStatus | None = None
        self._stop = asyncio.Event()
        self._everyone = asyncio.Event()
        # Who answered an earlier round (from the revealed results) and who answered the open one
        # (from the nudges): "everyone answered" without a query on every click.
        self._players: set[int] = set()
        self._answered: set[int] = set()
        # Set once the first question is out (or the game ended without one).
        self.started = asyncio.Event()

    @property
    def game_id(self) -> int:
        return self.game.game_id

    def stop(self, status: GameStatus = GameStatus.STOPPED) -> None:
        """End after revealing the current round (answers already given keep counting)."""
        if self.stop_status is None:
            self.stop_status = status
        self._stop.set()

    def nudge(self, round_no: int, user_id: int) -> None:
        """Called after each recorded answer: reveal early once everybody who answered an earlier
        round has answered this one. The first round never ends early: nobody can be waited for.

        A nudge that never comes (its reply failed) only means the round runs its full time."""
        current = self.current
        if current is None or current.round_no != round_no:
            return
        self._answered.add(user_id)
        if self._players and self._players <= self._answered:
            self._everyone.set()

    async def run(self) -> GameStatus:
        status = GameStatus.FINISHED
        try:
            for round_no, snapshot in enumerate(self.snapshots, start=1):
                if self._stop.is_set():
                    break
                await self._play_round(round_no, snapshot)
                if round_no < len(self.snapshots) and not self._stop.is_set():
                    await self._wait(self.pause)
            if self.stop_status is not None:
                status = self.stop_status
        except asyncio.CancelledError:
            await self._abandon()
            raise
        except Exception as error:
            status = GameStatus.INTERRUPTED
            expected = False
            with contextlib.suppress(Exception):
                expected = await self.io.report_failure(self.game, error)
            if expected:
                log.warning("quiz game %s ended early: %s", self.game_id, error)
            else:
                log.exception("quiz game %s failed; ending it", self.game_id)
            await self._close_current()
        finally:
            self.started.set()
        await self.store.end_game(self.game_id, status, self.clock())
        if self.game.mode == "game":
            with contextlib.suppress(Exception):
                await self.io.post_standings(self.game, await self.store.standings(self.game_id), status,
                                             self.rounds_played)
        return status

    async def _play_round(self, round_no: int, snapshot: RoundSnapshot) -> None:
        opened = self.clock()
        self._everyone.clear()
        self._answered.clear()
        rnd = await self.store.open_round(self.game, round_no, snapshot, opened, opened + self.game.seconds)
        self.current = rnd
        self.rounds_played = round_no
        message_id = await self.io.post_round(self.game, rnd)
        self.started.set()
        if message_id is not None:
            await self.store.set_round_message(self.game_id, round_no, message_id)
            if self.game.message_id is None:
                await self.store.set_game_message(self.game_id, message_id)
                self.game = await self.store.game(self.game_id) or self.game
        await self._wait(rnd.closes_at - self.clock(), self._everyone, self._stop)
        result = await self.store.close_round(self.game_id, round_no, self.clock())
        self.current = None
        self._players.update(answer.user_id for answer in result.answers)
        await self.io.post_reveal(self.game, result)

    async def _close_current(self) -> None:
        """Close the open round (if any) so no late click lands after the game ended."""
        current, self.current = self.current, None
        if current is not None:
            with contextlib.suppress(Exception):
                await self.store.close_round(self.game_id, current.round_no, self.clock())

    async def _abandon(self) -> None:
        """Cancelled (shutdown past its grace period): leave the database consistent, say nothing."""
        with contextlib.suppress(Exception):
            await self._close_current()
            await self.store.end_game(self.game_id, self.stop_status or GameStatus.INTERRUPTED, self.clock())

    async def _wait(self, delay: float, *events: asyncio.Event) -> None:
        """Sleep ``delay`` on the injected clock, or less if one of ``events`` fires (or stop)."""
        if any(e.is_set() for e in events):
            return
        sleeper = asyncio.ensure_future(self.sleep(max(0.0, delay)))
        waiters = [asyncio.ensure_future(e.wait()) for e in {*events, self._stop}]
        try:
            await asyncio.wait([sleeper, *waiters], return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, *waiters):
                task.cancel()


@dataclass(frozen=True)
class CutOff:
    """A game ended because no runner plays it: what is left to say in its channel."""

    game: Game
    results: list[RoundResult]  # its rounds that were still open, now closed
    rounds_played: int


async def close_stale_games(store: GameStore, clock: Clock, games: Sequence[Game] | None = None) -> list[CutOff]:
    """End, in the database only, the games no runner is playing (all games marked running, or the
    ones given): their open rounds are closed and they are marked interrupted. Nothing is posted,
    so this can run before the bot is connected and free their channels at once."""
    cut = []
    for game in await store.running_games() if games is None else games:
        rounds = await store.rounds(game.game_id)
        now = clock()
        results = [await store.close_round(game.game_id, r.round_no, now) for r in rounds if r.revealed_at is None]
        if await store.end_game(game.game_id, GameStatus.INTERRUPTED, now):
            cut.append(CutOff(game, results, len(rounds)))
    return cut


async def announce_cut_off(store: GameStore, io: GameIO, cut: Sequence[CutOff]) -> None:
    """Reveal the closed rounds (their buttons go grey, their answers are shown) and post the
    standings of each game that asked at least one question; a game cut off before its first
    question has nothing to report."""
    for item in cut:
        game = item.game
        try:
            for result in item.results:
                await io.post_reveal(game, result)
            if game.mode == "game" and item.rounds_played:
                await io.post_standings(game, await store.standings(game.game_id), GameStatus.INTERRUPTED,
                                        item.rounds_played)
        except Exception:
            log.warning("could not post the end of interrupted game %s in channel %s", game.game_id,
                        game.channel_id, exc_info=True)


async def end_stale_games(store: GameStore, io: GameIO, clock: Clock,
                          games: Sequence[Game] | None = None) -> list[Game]:
    """End games no runner is playing and say so in their channels: nothing is left hanging."""
    cut = await close_stale_games(store, clock, games)
    await announce_cut_off(store, io, cut)
    return [item.game for item in cut]

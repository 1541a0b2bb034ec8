"""The bot as Discord sees it: ``python -m bot run`` in its own process, driven through a real
gateway websocket and REST API on 127.0.0.1 (bench/fake), every figure from the fake's clock
(INTERACTION_CREATE sent → first response received over HTTP).

The floor is ``/bench-noop`` (bench/fake/probe.py), a command that answers "ok" and nothing else,
in the same process, through the same transport, interleaved with the commands it is compared
to. The same probe reports the event loop's largest stall and the process's memory.

One :func:`measure` per corpus size: start-up and the first call, then ``rounds`` interleaved
rounds of every command and button (after ``warmup`` rounds that are not counted), the largest
stall during them, bursts of 500 answer clicks over 10 games against 500 simultaneous no-op
commands (after one that is not counted), and the resident memory over ``interactions`` more
interactions.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.fake.botprocess import BotProcess
from bench.fake.fakediscord import FakeDiscord
from bench.fake.payloads import FakeUser, snowflake
from bench.fake.probe import NOOP
from bench.fake.records import Reply, iter_components

SEARCHES = ["China Russia", "Putin", "trade", "Sino-Soviet", "border", "strategic partnership"]
EVENT_SEARCHES = ["Putin", "Russia", "treaty", "Soviet Union", "trade", "Beijing"]
MEMBERS = 50
GAMES = 10
WAIT = 30.0  # bound on every wait for the bot


class BenchFailure(Exception):
    """A correctness check failed: no response, a refusal where an answer was due, a lost click."""


@dataclass
class Burst:
    clicks: int
    answered: int = 0
    recorded: int = 0  # replies that said "Locked in"
    rows: int = 0  # answer rows in the state database for these games
    distinct: int = 0  # distinct (game, round, member) among them
    wall: float = 0.0  # first click sent → last click answered
    floor_wall: float = 0.0  # the same for as many simultaneous /bench-noop
    cpu: float = 0.0  # the bot process's CPU time (user + system) over the clicks
    floor_cpu: float = 0.0  # the same over the no-op commands
    times: list[float] = field(default_factory=list)
    floor_times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    load: float = 0.0  # the machine's 1-minute load average as the burst began

    @property
    def ok(self) -> bool:
        return self.answered == self.recorded == self.rows == self.distinct == self.clicks and not self.errors


@dataclass
class SizeResult:
    label: str
    times: dict[str, list[float]] = field(default_factory=dict)
    first_calls: dict[str, float] = field(default_factory=dict)
    ready_s: float = 0.0  # process start → identified on the gateway (store open and warm)
    stall_ms: float = 0.0  # the largest event-loop stall during the measured rounds (wall clock)
    own_stall_ms: float = 0.0  # the same, counting only the loop thread's own CPU time
    slow_steps: list[tuple[float, float, str]] = field(default_factory=list)  # (wall ms, CPU ms, what ran)
    gc_ms: float = 0.0  # the longest garbage collection during the measured rounds
    gc_generation: int = -1  # its generation
    gc_slow: int = 0  # collections of 5 ms or more
    gc_counts: list[int] = field(default_factory=list)  # collections of generation 0, 1, 2 in the measured rounds
    burst_gc_ms: float = 0.0  # the longest garbage collection during the bursts
    burst_gc_generation: int = -1
    burst_gc_counts: list[int] = field(default_factory=list)
    bursts: list[Burst] = field(default_factory=list)
    rss_start_kib: int = 0
    rss_warm_kib: int = 0
    rss_end_kib: int = 0
    interactions: int = 0
    errors: list[str] = field(default_factory=list)


def _answered(reply: Reply, what: str) -> float:
    if reply.record.callback is None:
        raise BenchFailure(f"{what}: no response")
    return reply.elapsed


def _custom_id(reply: Reply, prefix: str, part: str = "") -> str | None:
    return next((c for c in reply.custom_ids() if c.startswith(prefix) and part in c), None)


class Session:
    """One bot process on one store, and the bench's members and channels in the fake guild."""

    def __init__(self, fake: FakeDiscord, bot: BotProcess) -> None:
        self.fake, self.bot = fake, bot
        self.user = fake.alice
        self.admin = fake.admin
        self.members = [FakeUser(snowflake(), f"member{i}") for i in range(MEMBERS)]
        fake.guild.members.extend(self.members)
        self.turn = 0

    async def probe(self) -> dict[str, Any]:
        reply = await self.fake.slash(NOOP, {"report": True}, user=self.user)
        report: dict[str, Any] = json.loads(reply.data.get("content") or reply.text())
        return report

    def free_channel(self) -> int:
        """A new channel of the fake guild: a channel takes one game start every 30 seconds."""
        channel = snowflake()
        self.fake.guild.other_channel_ids.append(channel)
        return channel

    async def round(self, times: dict[str, list[float]], quiz: bool = True) -> int:
        """Every command and button once; returns how many interactions it sent."""
        fake, user, turn = self.fake, self.user, self.turn
        self.turn += 1
        sent = 0

        def add(name: str, value: float) -> None:
            times.setdefault(name, []).append(value)

        async def slash(name: str, options: dict[str, Any] | None = None, label: str | None = None,
                        who: FakeUser | None = None, channel: int | None = None) -> Reply:
            nonlocal sent
            reply = await fake.slash(name, options, user=who or user, channel=channel, timeout=WAIT)
            add(label or f"/{name}", _answered(reply, f"/{name}"))
            sent += 1
            return reply

        async def click(reply: Reply, prefix: str, label: str, values: list[str] | None = None,
                        action: str = "") -> None:
            nonlocal sent
            message = reply.message
            custom_id = _custom_id(reply, prefix, action)
            if message is None or custom_id is None:
                said = [(m.get("content"), [e.get("description") for e in m.get("embeds") or []])
                        for m in reply.messages()]
                raise BenchFailure(f"{label}: the reply has no {prefix!r} component: {reply.custom_ids()}; "
                                   f"it said {str(said)[:300]}")
            # At once, as soon as the message exists: a click may reach the bot before the HTTP reply
            # that sent the message, and must still be answered (tests/e2e/test_paginator_race.py).
            if values is None:
                clicked = await fake.click(message, custom_id, user=user, timeout=WAIT)
            else:
                clicked = await fake.select(message, custom_id, values, user=user, timeout=WAIT)
            add(label, _answered(clicked, label))
            sent += 1

        await slash(NOOP, label="floor")
        await slash("help")
        await slash("sources")
        quote = await slash("quote")
        await click(quote, "ref:next:", "button: Another quote")
        await click(quote, "ref:ctx:", "button: More context")
        matched = await slash("quote", {"search": SEARCHES[turn % len(SEARCHES)]}, "/quote search")
        await click(matched, "ref:next:", "button: Next match")
        found = await slash("search", {"query": SEARCHES[turn % len(SEARCHES)]})
        select = next((c for m in found.messages() for c in iter_components(m)
                       if c.get("custom_id") == "ref:open"), None)
        if select is None or not select.get("options"):
            raise BenchFailure("/search: no result select")
        await click(found, "ref:open", "select: open a result", [select["options"][0]["value"]])
        await slash(NOOP, label="floor")  # twice a round, at two places: drift hits it as it hits the rest
        timeline = await slash("timeline")
        await click(timeline, "pg:", "button: next page", action=":next:")
        await slash("timeline", {"from_year": 1990, "to_year": 2000}, "/timeline from_year to_year")
        await slash("timeline", {"search": EVENT_SEARCHES[turn % len(EVENT_SEARCHES)]}, "/timeline search")
        fact = await slash("fact")
        await click(fact, "ref:passage:", "button: Show passage")
        await slash("fact", {"search": EVENT_SEARCHES[turn % len(EVENT_SEARCHES)]}, "/fact search")
        await slash("onthisday")
        await slash("quiz leaderboard")
        await slash("quiz stats")
        await slash("settings show", who=self.admin)
        if quiz:
            sent += await self.quiz_round(add)
        return sent

    async def quiz_round(self, add: Callable[[str, float], None]) -> int:
        fake, channel = self.fake, self.free_channel()
        since = max(fake.messages, default=0)
        asked = await fake.slash("quiz question", user=self.user, channel=channel, timeout=WAIT)
        add("/quiz question", _answered(asked, "/quiz question"))
        if asked.ephemeral:
            raise BenchFailure(f"/quiz question refused: {asked.text()[:200]}")
        question = await self.question_in(channel, since)
        buttons = [c["custom_id"] for c in iter_components(question) if c.get("custom_id", "").startswith("quiz:")]
        answer = await fake.click(question, buttons[self.turn % len(buttons)], user=self.user, timeout=WAIT)
        add("button: answer", _answered(answer, "answer click"))
        if "Locked in" not in answer.text():
            raise BenchFailure(f"the answer was not recorded: {answer.text()[:200]}")
        stop = await fake.slash("quiz stop", user=self.user, channel=channel, timeout=WAIT)
        add("/quiz stop", _answered(stop, "/quiz stop"))
        return 3

    async def question_in(self, channel: int, since: int) -> dict[str, Any]:
        found: dict[str, Any] = await self.fake.wait_until(lambda: _question(self.fake, channel, since), WAIT,
                                                           "a question message")
        return found

    async def burst(self, run: int) -> Burst:
        """500 no-op commands at once (the floor), then 500 answer clicks over 10 games at once."""
        fake = self.fake
        result = Burst(clicks=GAMES * MEMBERS, load=os.getloadavg()[0])
        began, cpu = time.perf_counter(), self.cpu_seconds()
        floors = await asyncio.gather(*(fake.slash(NOOP, user=self.members[i % MEMBERS], timeout=60)
                                        for i in range(result.clicks)), return_exceptions=True)
        result.floor_wall, result.floor_cpu = time.perf_counter() - began, self.cpu_seconds() - cpu
        result.floor_times = [r.elapsed for r in floors if isinstance(r, Reply) and r.record.callback]
        questions: list[tuple[int, dict[str, Any]]] = []
        for _ in range(GAMES):
            channel = self.free_channel()
            since = max(fake.messages, default=0)
            start = await fake.slash("quiz start", {"rounds": 1, "seconds": 120}, user=self.user, channel=channel,
                                     timeout=WAIT)
            if start.ephemeral:
                raise BenchFailure(f"/quiz start refused: {start.text()[:200]}")
            questions.append((channel, await self.question_in(channel, since)))
        pairs = [(g, m) for g in range(GAMES) for m in range(MEMBERS)]
        random.Random(run).shuffle(pairs)  # games interleave, as real clicks would

        async def click(g: int, m: int) -> Reply:
            message = questions[g][1]
            buttons = [c["custom_id"] for c in iter_components(message)
                       if c.get("custom_id", "").startswith("quiz:")]
            return await fake.click(message, buttons[(g + m) % len(buttons)], user=self.members[m], timeout=60)

        began, cpu = time.perf_counter(), self.cpu_seconds()
        replies = await asyncio.gather(*(click(g, m) for g, m in pairs), return_exceptions=True)
        result.wall, result.cpu = time.perf_counter() - began, self.cpu_seconds() - cpu
        for item in replies:
            if isinstance(item, BaseException):
                result.errors.append(f"{item.__class__.__name__}: {item}")
                continue
            if item.record.callback is not None:
                result.answered += 1
                result.times.append(item.elapsed)
            if "Locked in" in item.text():
                result.recorded += 1
        games = [_game(message) for _, message in questions]
        for channel, _ in questions:
            await fake.slash("quiz stop", user=self.user, channel=channel, timeout=WAIT)
        marks = ",".join("?" * len(games))
        rows = self.state_rows(f"SELECT game_id, round_no, user_id FROM answers WHERE game_id IN ({marks})",
                               tuple(games))
        result.rows = len(rows)
        result.distinct = len(set(rows))
        return result

    def cpu_seconds(self) -> float:
        """The bot process's CPU time so far (user + system, all threads), from /proc (0 elsewhere)."""
        pid = self.bot.proc.pid if self.bot.proc is not None else None
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime

    def state_rows(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        path = self.bot.data_dir / "state.sqlite3"
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            return [tuple(r) for r in con.execute(sql, params)]
        finally:
            con.close()


def _question(fake: FakeDiscord, channel: int, since: int) -> dict[str, Any] | None:
    for message in fake.channel_messages(channel):
        if int(message["id"]) > since and any(c.get("custom_id", "").startswith("quiz:")
                                              and not c.get("disabled") for c in iter_components(message)):
            return message
    return None


def _game(message: dict[str, Any]) -> int:
    for component in iter_components(message):
        if component.get("custom_id", "").startswith("quiz:"):
            return int(component["custom_id"].split(":")[1])
    raise BenchFailure("a question message without answer buttons")


async def measure(label: str, store: Path, documents: Path, questions: Path, work: Path, *, rounds: int,
                  warmup: int, bursts: int, interactions: int,
                  progress: Callable[[str], None] = lambda _m: None) -> SizeResult:
    """Everything above for one store; ``store`` was built from ``documents`` and ``questions``,
    so the bot opens it as it is (a stale store would be rebuilt and the figures would lie)."""
    result = SizeResult(label)
    data = work / label / "data"
    data.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(store, data / "content.sqlite3")
    async with FakeDiscord() as fake:
        bot = BotProcess(fake, data, work / label / "run", name=label, DOCQUIZ_BENCH_PROBE="1",
                         BOT_DOCUMENTS_DIR=str(documents), BOT_QUESTIONS_DIR=str(questions), BOT_LOG_LEVEL="WARNING")
        began = time.perf_counter()
        await bot.start(timeout=120)
        result.ready_s = time.perf_counter() - began
        try:
            session = Session(fake, bot)
            await _run(session, result, rounds=rounds, warmup=warmup, bursts=bursts, interactions=interactions,
                       progress=progress)
            if "Traceback" in bot.output():
                result.errors.append("the bot logged a traceback:\n" + bot.tail(30))
        finally:
            await bot.stop()
    shutil.rmtree(work / label, ignore_errors=True)
    return result


async def _run(session: Session, result: SizeResult, *, rounds: int, warmup: int, bursts: int, interactions: int,
               progress: Callable[[str], None]) -> None:
    fake = session.fake
    # The first call of each kind after start-up (nothing has run yet but the probe's own start).
    for name, options, label in (("timeline", {"search": "Russia"}, "/timeline search"),
                                 ("fact", {"search": "Putin"}, "/fact search"), ("quote", None, "/quote"),
                                 ("sources", None, "/sources"), ("help", None, "/help")):
        reply = await fake.slash(name, options, user=session.user, timeout=WAIT)
        result.first_calls[label] = _answered(reply, label)
    result.rss_start_kib = (await session.probe())["rss_kib"]
    scratch: dict[str, list[float]] = {}
    for _ in range(warmup):
        await session.round(scratch)
    await session.probe()  # resets the stall watch: the measured rounds start clean
    for number in range(rounds):
        if number % 50 == 0:
            progress(f"{result.label}: round {number + 1}/{rounds}")
        await session.round(result.times)
    watch = await session.probe()
    result.stall_ms, result.own_stall_ms = watch["max_stall_ms"], watch["max_own_stall_ms"]
    result.slow_steps = [(float(w), float(c), str(what)) for w, c, what in watch.get("slow_steps", [])]
    result.gc_ms, result.gc_generation = watch.get("max_gc_ms", 0.0), watch.get("max_gc_generation", -1)
    result.gc_slow, result.gc_counts = watch.get("gc_over_5ms", 0), watch.get("gc_counts", [])
    if bursts:
        # Not counted: in the process's first burst the no-op side costs a third to two thirds more
        # CPU than in later ones (1.4-2.0 ms a no-op against 0.8-1.4 ms, at every corpus size), which
        # made the first run's ratio look better than the others. Its clicks must still be answered once.
        progress(f"{result.label}: warm-up burst")
        warm = await session.burst(bursts)
        if not warm.ok:
            result.errors.append(f"the warm-up burst: answered {warm.answered}/{warm.clicks}, rows {warm.rows}, "
                                 f"distinct {warm.distinct}" + (f": {warm.errors[0][:120]}" if warm.errors else ""))
        await session.probe()  # the garbage collector's figures below cover the counted bursts only
    for run in range(bursts):
        progress(f"{result.label}: burst {run + 1}/{bursts}")
        result.bursts.append(await session.burst(run))
    if bursts:
        watch = await session.probe()
        result.burst_gc_ms, result.burst_gc_generation = watch.get("max_gc_ms", 0.0), watch.get("max_gc_generation", -1)
        result.burst_gc_counts = watch.get("gc_counts", [])
    if interactions:
        progress(f"{result.label}: {interactions:,} more interactions for memory")
        done, warm_at = 0, interactions // 10
        ignore: dict[str, list[float]] = {}
        while done < interactions:
            done += await session.round(ignore, quiz=False)
            if not result.rss_warm_kib and done >= warm_at:
                result.rss_warm_kib = (await session.probe())["rss_kib"]
            ignore.clear()
        result.rss_end_kib = (await session.probe())["rss_kib"]
        result.interactions = done


def run_sizes(sizes: list[tuple[str, Path, Path, Path]], work: Path, *, rounds: int, warmup: int, bursts: int,
              interactions: int, progress: Callable[[str], None]) -> list[SizeResult]:
    """:func:`measure` for each (label, store, documents, questions), one after the other."""
    async def main() -> list[SizeResult]:
        out = []
        for label, store, documents, questions in sizes:
            progress(f"{label}: starting the bot")
            out.append(await measure(label, store, documents, questions, work, rounds=rounds, warmup=warmup,
                                     bursts=bursts, interactions=interactions if label == sizes[-1][0] else 0,
                                     progress=progress))
        return out

    return asyncio.run(main())


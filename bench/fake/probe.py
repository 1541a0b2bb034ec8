"""What the benchmark adds to the bot process it starts (``DOCQUIZ_BENCH_PROBE=1``; see shim/).

* ``/bench-noop``: answers "ok" ephemerally and does nothing else. The floor: what discord.py, the
  gateway, JSON and HTTP cost a command, measured in the same run through the same transport.
  With ``report: True`` it answers instead with one JSON line about the process: the largest
  event-loop stall since the last report (then resets it), resident memory now and at its peak.
* a watchdog task that wakes every ``TICK`` seconds and records how late it woke: the longest
  time the event loop did not run it, i.e. the largest stall any interaction saw. On a machine
  with more runnable processes than cores, that includes time the process was not scheduled at
  all, so it also records the loop thread's own CPU time over the same late wake-up (busy, not
  waiting): the smaller of the two is the stall the bot's own work caused.
* a timer around every callback the event loop runs (``asyncio.Handle._run``, as asyncio's debug
  mode does, without its tracebacks): the report names the slowest steps since the last one, each
  with its wall and thread CPU time and what ran (a task shows where it is suspended next).
* a timer around the cyclic garbage collector (``gc.callbacks``): the longest collection since the
  last report and its generation (a collection runs inside whatever step allocated last), and
  how many collections of each generation ran.

Never part of the shipped bot: only the benchmark's bot processes load it.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import time
from pathlib import Path
from typing import Any

NOOP = "bench-noop"
TICK = 0.002
SLOW_STEP = 0.005  # a loop callback this long (wall clock) is kept for the report
SLOWEST = 6  # how many the report lists (it must fit in one 2,000-character message)
_TASKS: list[asyncio.Task[None]] = []  # the watchdog, referenced so that it is never collected


class LoopWatch:
    def __init__(self) -> None:
        self.worst = 0.0  # wall clock
        self.worst_own = 0.0  # min(wall, the loop thread's CPU time) over the same wake-up
        self.ticks = 0

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            due, cpu = loop.time() + TICK, time.thread_time()
            await asyncio.sleep(TICK)
            late = loop.time() - due
            self.worst = max(self.worst, late)
            self.worst_own = max(self.worst_own, min(late, time.thread_time() - cpu))
            self.ticks += 1

    def report(self) -> dict[str, Any]:
        out = {"max_stall_ms": round(self.worst * 1000, 3), "max_own_stall_ms": round(self.worst_own * 1000, 3),
               "ticks": self.ticks, "rss_kib": _status("VmRSS"), "peak_kib": _status("VmHWM"), "at": time.time(),
               "slow_steps": [[round(w * 1000, 2), round(c * 1000, 2), what] for w, c, what in _slow],
               "max_gc_ms": round(_gc["worst"] * 1000, 2), "max_gc_generation": _gc["generation"],
               "gc_over_5ms": _gc["slow"], "gc_counts": list(_gc["counts"])}
        self.worst, self.worst_own, self.ticks = 0.0, 0.0, 0
        _slow.clear()
        _gc.update(worst=0.0, generation=-1, slow=0, counts=[0, 0, 0])
        return out


_gc: dict[str, Any] = {"began": 0.0, "worst": 0.0, "generation": -1, "slow": 0, "counts": [0, 0, 0]}


def _time_collections(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _gc["began"] = time.perf_counter()
        return
    took = time.perf_counter() - _gc["began"]
    _gc["slow"] += took >= SLOW_STEP
    _gc["counts"][info.get("generation", 0)] += 1
    if took > _gc["worst"]:
        _gc.update(worst=took, generation=info.get("generation", -1))


_slow: list[tuple[float, float, str]] = []  # (wall, thread CPU, what ran), slowest first


def _where(task: asyncio.Task[Any]) -> str:
    """A task's name, and the innermost of the bot's own coroutines it now waits in (file:line):
    after a slow step, that is the command or button that ran it."""
    coro: Any = task.get_coro()
    place = getattr(getattr(coro, "cr_code", None), "co_qualname", "")
    while coro is not None and getattr(coro, "cr_frame", None) is not None:
        frame = coro.cr_frame
        if f"{os.sep}bot{os.sep}" in frame.f_code.co_filename:
            place = f"{frame.f_code.co_qualname} ({Path(frame.f_code.co_filename).name}:{frame.f_lineno})"
        coro = getattr(coro, "cr_await", None)
    return f"{task.get_name()[:50]}: {place}"


def _timed_handles() -> None:
    """Time every loop callback; keep the SLOWEST slower than SLOW_STEP."""
    run = asyncio.Handle._run

    def timed(handle: asyncio.Handle) -> None:
        began, cpu = time.perf_counter(), time.thread_time()
        run(handle)
        wall = time.perf_counter() - began
        if wall >= SLOW_STEP and (len(_slow) < SLOWEST or wall > _slow[-1][0]):
            callback = getattr(handle, "_callback", None)
            owner = getattr(callback, "__self__", None)
            what = _where(owner) if isinstance(owner, asyncio.Task) else repr(handle)
            _slow.append((wall, time.thread_time() - cpu, what[:200]))
            _slow.sort(key=lambda s: -s[0])
            del _slow[SLOWEST:]

    asyncio.Handle._run = timed  # type: ignore[method-assign,assignment]  # typeshed types _run oddly; bench only


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def install() -> None:
    import discord
    from discord import app_commands

    from bot.app import QuizBot

    watch = LoopWatch()
    _timed_handles()
    gc.callbacks.append(_time_collections)
    original = QuizBot.setup_hook

    async def noop(interaction: discord.Interaction, report: bool = False) -> None:
        text = json.dumps(watch.report()) if report else "ok"
        await interaction.response.send_message(text, ephemeral=True)

    async def setup_hook(self: QuizBot) -> None:
        self.tree.add_command(app_commands.Command(name=NOOP, description="Benchmark floor: does nothing.",
                                                   callback=noop))
        _TASKS.append(asyncio.get_running_loop().create_task(watch.run(), name="bench-loop-watch"))
        await original(self)

    QuizBot.setup_hook = setup_hook  # type: ignore[method-assign]  # the bench's process only: adds the no-op probe

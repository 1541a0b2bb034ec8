"""``python -m bot bench [--smoke]``: latency, burst, build, search and memory, as one Markdown table.

Every figure is a median over several runs (machines here are noisy), and where a ratio means
something it is given too: command latency against a do-nothing command measured in the same
run (the floor discord.py costs), search against an aiosqlite round trip on the same file, the
burst against a quiet click, memory against start-up. Each row says PASS or MISS against its
target; a missed speed target is reported, not a failure. The exit code is 1 only when something
crashed or a correctness check failed (an unanswered click, a lost or doubled answer).

Nothing is written into the repository: stores, generated corpora and state databases live in a
temporary folder that is removed at the end. The slow parts run in child processes
(``bench.store`` builds, ``bench.bot_driver`` memory) so that their peak memory is their own.
"""

from __future__ import annotations

import asyncio
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Settings

if TYPE_CHECKING:
    from bench.bot_driver import Driver

EXIT_OK = 0
EXIT_FAILURE = 1

LATENCY_P95_MS = 10.0
LATENCY_FLOOR_RATIO = 2.0
BURST_P95_MS = 3000.0  # Discord's deadline for the first response to an interaction
BUNDLED_BUILD_S = 1.0
BIG_BUILD_S = 60.0
BIG_BUILD_MIB = 500.0
SEARCH_P95_MS = 5.0
MEMORY_GROWTH = 0.10
GUILDS_MIB = 150.0


@dataclass(frozen=True)
class Plan:
    """How much of everything to do: the full run (< 5 minutes on 2 cores) or the CI smoke run."""

    smoke: bool
    latency_runs: int
    latency_n: int
    burst_runs: int
    bundled_builds: int
    big_mb: int
    big_builds: int
    search_passages: int
    search_runs: int
    search_repeats: int
    memory_interactions: int
    guilds: int
    scale_runs: int  # latency on the generated corpus: slow commands there, so fewer rounds
    scale_n: int

    @classmethod
    def make(cls, smoke: bool) -> Plan:
        if smoke:
            return cls(True, latency_runs=3, latency_n=30, burst_runs=1, bundled_builds=3, big_mb=2, big_builds=1,
                       search_passages=5_000, search_runs=3, search_repeats=3, memory_interactions=500,
                       guilds=1_000, scale_runs=2, scale_n=5)
        return cls(False, latency_runs=5, latency_n=200, burst_runs=3, bundled_builds=5, big_mb=50, big_builds=1,
                   search_passages=100_000, search_runs=3, search_repeats=4, memory_interactions=10_000,
                   guilds=1_000, scale_runs=3, scale_n=10)


@dataclass
class Row:
    name: str
    runs: str
    figure: str
    ratio: str
    target: str
    status: str  # PASS, MISS, FAIL (a correctness check), ERROR (crashed) or "" (informational)


# --- small statistics ------------------------------------------------------------------------------

def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no values")
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def mib(kib: float) -> str:
    return f"{kib / 1024:.1f} MiB"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


# --- the machine ------------------------------------------------------------------------------------

def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def header() -> str:
    import discord

    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    try:
        load = " · load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        load = ""
    return (f"{now} · {cpu_model()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
            f"SQLite {sqlite3.sqlite_version} · discord.py {discord.__version__}{load}")


HEADS = ["Benchmark", "Runs", "Figure", "Ratio", "Target", "Result"]


def table(rows: list[Row], heads: list[str] = HEADS) -> str:
    """A Markdown table with aligned columns (the first ``len(heads)`` fields of each row)."""
    fields = [[r.name, r.runs, r.figure, r.ratio, r.target, r.status or "—"][:len(heads)] for r in rows]
    # A "|" inside a cell (a quoted query) would split it in Markdown.
    cells = [[c.replace("|", "\\|") for c in row] for row in fields]
    widths = [max(len(h), *(len(c[i]) for c in cells)) if cells else len(h) for i, h in enumerate(heads)]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    out = [line(heads), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out.extend(line(c) for c in cells)
    return "\n".join(out)


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


# --- sections -----------------------------------------------------------------------------------------

def bundled_dirs(settings: Settings) -> tuple[Path, Path]:
    """The corpus shipped with the repository (data/documents + data/questions), else the configured one."""
    root = Path(__file__).resolve().parents[1] / "data"
    if (root / "documents").is_dir():
        return root / "documents", root / "questions"
    return settings.documents_dir, settings.questions_dir


def store_rows(plan: Plan, settings: Settings, work: Path) -> tuple[list[Row], Path, Path]:
    """Build figures (child processes); returns the rows, the bundled store and the generated one."""
    from bench.store import measure_build
    from bench.synthetic import generate_corpus

    documents, questions = bundled_dirs(settings)
    rows = []
    bundled = [measure_build(documents, questions, work / f"bundled-{i}.sqlite3", timeout=120)
               for i in range(plan.bundled_builds)]
    seconds = median([b.seconds for b in bundled])
    rows.append(Row(
        f"Store build, bundled corpus ({bundled[0].megabytes:.2f} MB, {bundled[0].passages} passages)",
        str(len(bundled)),
        f"{seconds:.2f} s · {median([b.mb_per_s for b in bundled]):.2f} MB/s · peak "
        f"{median([b.peak_mib for b in bundled]):.0f} MiB",
        f"{seconds / BUNDLED_BUILD_S:.2f}× budget", f"< {BUNDLED_BUILD_S:.0f} s", verdict(seconds < BUNDLED_BUILD_S)))

    corpus = work / "generated"
    say(f"generating a {plan.big_mb} MB corpus")
    generate_corpus(corpus, plan.big_mb, seed=20260)
    empty_questions = work / "no-questions"
    empty_questions.mkdir()
    big_store = work / "generated.sqlite3"
    say(f"building the {plan.big_mb} MB corpus ({plan.big_builds} run(s); the slow part)")
    big = [measure_build(corpus, empty_questions, big_store, timeout=900) for _ in range(plan.big_builds)]
    seconds = median([b.seconds for b in big])
    peak = median([b.peak_mib for b in big])
    rows.append(Row(
        f"Store build, generated corpus ({big[0].megabytes:.1f} MB, {big[0].passages} passages)",
        str(len(big)),
        f"{seconds:.1f} s · {median([b.mb_per_s for b in big]):.2f} MB/s · peak {peak:.0f} MiB",
        f"{seconds / BIG_BUILD_S:.2f}× time budget · {peak / BIG_BUILD_MIB:.2f}× memory budget",
        f"< {BIG_BUILD_S:.0f} s and < {BIG_BUILD_MIB:.0f} MiB" + ("" if not plan.smoke else " (at 50 MB)"),
        verdict(seconds < BIG_BUILD_S and peak < BIG_BUILD_MIB)))
    builds = bundled + big
    broken = [b for b in builds if b.uncommitted or b.quick_check != "ok"]
    problem = ""
    if broken:
        b = broken[0]
        problem = (" · the build closed its database inside a transaction, which close() rolls back (with "
                   "journal_mode=OFF that corrupts the store); the bench committed it to carry on" if b.uncommitted
                   else f" · quick_check: {b.quick_check[:120]}")
    rows.append(Row("Store build leaves a valid store (committed, PRAGMA quick_check)", str(len(builds)),
                    f"{len(builds) - len(broken)}/{len(builds)} builds valid{problem}", "—",
                    "every build committed and intact", "FAIL" if broken else "PASS"))
    return rows, work / "bundled-0.sqlite3", big_store


def search_rows(plan: Plan, big_store: Path, work: Path, notes: list[str]) -> list[Row]:
    from bench.store import SEARCH_QUERIES, search_runs, searchable_passages, top_up

    say(f"preparing a store with {plan.search_passages:,} passages for search")
    store, caveat = big_store, ""
    if searchable_passages(big_store) < plan.search_passages:
        try:
            store = top_up(big_store, plan.search_passages, work / "search", seed=4242)
        except sqlite3.Error as exc:  # the store's schema moved on: measure what the build made
            caveat = f" (top-up to {plan.search_passages:,} failed: {exc})"
            say(f"search top-up failed ({exc}); searching the generated store as built")
    count = searchable_passages(store)
    runs = asyncio.run(search_runs(store, plan.search_runs, plan.search_repeats))
    p50 = median([percentile(r.times, 50) for r in runs])
    p95 = median([percentile(r.times, 95) for r in runs])
    floor95 = median([percentile(r.floor, 95) for r in runs])
    ratio = median([percentile(r.times, 95) / percentile(r.floor, 95) for r in runs])
    slowest = max(SEARCH_QUERIES, key=lambda q: median([percentile(r.by_query[q], 95) for r in runs]))
    slow95 = median([percentile(r.by_query[slowest], 95) for r in runs])
    shown = slowest if len(slowest) < 30 else slowest[:20] + f"… ({len(slowest)} chars)"
    per_run = len(runs[0].times)
    by_query = []
    for query in SEARCH_QUERIES:
        label = query if len(query) < 30 else query[:20] + f"… ({len(query)} chars)"
        by_query.append(Row(repr(label), str(runs[0].hits[query]),
                            ms(median([percentile(r.by_query[query], 50) for r in runs])),
                            ms(median([percentile(r.by_query[query], 95) for r in runs])), "", ""))
    notes.append(f"Search by query ({count:,} passages; hits = results returned, at most 5):\n\n"
                 + table(by_query, ["Query", "Hits", "p50", "p95"]))
    return [
        Row(f"Search, {count:,} passages, {len(SEARCH_QUERIES)} queries (ContentStore.search){caveat}",
            f"{len(runs)}×{per_run}", f"p50 {ms(p50)} · p95 {ms(p95)}",
            f"p95 {ratio:.1f}× an aiosqlite round trip ({ms(floor95)})", f"p95 < {SEARCH_P95_MS:.0f} ms",
            verdict(p95 * 1000 < SEARCH_P95_MS)),
        Row(f"Search, slowest query: {shown!r}", f"{len(runs)}×{plan.search_repeats}", f"p95 {ms(slow95)}",
            f"{slow95 / p95:.1f}× overall p95" if p95 else "—", "(information)", ""),
    ]


async def latency_rows(driver: Driver, runs_wanted: int, n: int, where: str = "") -> tuple[list[Row], float]:
    """Latency rows (floor first) from ``runs_wanted`` interleaved runs; also the click's p95."""
    from bench.bot_driver import COMMANDS, latency_run

    await latency_run(driver, 2 if where else 5)  # warm-up: first calls compile, cache and open things
    runs = []
    for number in range(runs_wanted):
        say(f"latency run {number + 1}/{runs_wanted}{where} ({n} of each command)")
        runs.append(await latency_run(driver, n))
    floor50 = median([percentile(r["floor"], 50) for r in runs])
    floor95 = median([percentile(r["floor"], 95) for r in runs])
    runs_label = f"{len(runs)}×{n}"
    rows = [Row(f"Latency floor: /bench-noop (does nothing){where}", runs_label,
                f"p50 {ms(floor50)} · p95 {ms(floor95)}", "1×", "(the floor)", "")]
    click95 = 0.0
    for name in COMMANDS[1:]:
        p50 = median([percentile(r[name], 50) for r in runs])
        p95 = median([percentile(r[name], 95) for r in runs])
        r50 = median([percentile(r[name], 50) / percentile(r["floor"], 50) for r in runs])
        r95 = median([percentile(r[name], 95) / percentile(r["floor"], 95) for r in runs])
        if name == "answer click":
            click95 = p95
        rows.append(Row(f"Latency {name}{where}", runs_label, f"p50 {ms(p50)} · p95 {ms(p95)}",
                        f"p50 {r50:.1f}× · p95 {r95:.1f}× floor",
                        f"p95 < {LATENCY_P95_MS:.0f} ms and < {LATENCY_FLOOR_RATIO:.0f}× floor",
                        verdict(p95 * 1000 < LATENCY_P95_MS and r95 < LATENCY_FLOOR_RATIO)))
    return rows, click95


async def scale_rows(plan: Plan, store: Path) -> list[Row]:
    """The same commands on the generated corpus: what a large document folder costs per command."""
    from bench.bot_driver import Driver
    from bench.store import read_only_uri
    from bot.console.transport import LocalDiscord

    con = sqlite3.connect(read_only_uri(store), uri=True)
    try:
        passages, events, questions = (con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                                       for t in ("passages", "events", "questions"))
    finally:
        con.close()
    where = f" · {plan.big_mb} MB corpus"
    async with LocalDiscord.open(content_path=store) as local:
        rows, _ = await latency_rows(Driver(local), plan.scale_runs, plan.scale_n, where)
    rows[0].name += f" ({passages:,} passages, {events:,} events, {questions:,} questions)"
    return rows


def timeline_memory_rows(plan: Plan, store: Path, work: Path) -> list[Row]:
    """A /timeline paginator keeps its pages for its timeout: what that costs on a large corpus."""
    from bench.store import run_child

    count = plan.scale_n
    data = run_child(["bench.bot_driver", "timelines", str(store), "--count", str(count)], timeout=600, cwd=work)
    each = (data["after_kib"] - data["before_kib"]) / max(count, 1)
    return [Row(f"Memory: each open /timeline paginator · {plan.big_mb} MB corpus", "1",
                f"{mib(each)} each ({data['open']} open: {mib(data['before_kib'])} → {mib(data['after_kib'])})",
                f"{each / data['before_kib']:.2f}× the bot before them", "(information; kept 5 minutes)", "")]


async def bot_rows(plan: Plan, store: Path) -> list[Row]:
    from bench.bot_driver import Driver, burst_run
    from bot.console.transport import LocalDiscord

    async with LocalDiscord.open(content_path=store) as local:
        driver = Driver(local)
        rows, click95 = await latency_rows(driver, plan.latency_runs, plan.latency_n)
        bursts = []
        for number in range(plan.burst_runs):
            say(f"burst {number + 1}/{plan.burst_runs}: 500 clicks, 50 members, 10 games")
            bursts.append(await burst_run(local, driver, number))
    ok = all(b.ok for b in bursts)
    first_bad = next((b for b in bursts if not b.ok), bursts[0])
    rows.append(Row(
        "Burst: 500 answer clicks, 50 members × 10 concurrent games — correctness", str(len(bursts)),
        f"answered {first_bad.answered}/{first_bad.clicks} · recorded {first_bad.recorded} · rows "
        f"{first_bad.rows} · distinct {first_bad.distinct}" + (f" · {first_bad.errors[0][:80]}" if first_bad.errors
                                                               else ""),
        "—", "all answered, exactly 500 rows, one per (game, round, member)", "PASS" if ok else "FAIL"))
    p95s = [percentile(b.times, 95) for b in bursts if b.times]
    p95 = median(p95s) if p95s else float("nan")
    p50 = median([percentile(b.times, 50) for b in bursts if b.times]) if p95s else float("nan")
    wall = median([b.wall for b in bursts])
    rows.append(Row("Burst: latency of each click (all 500 at once)", str(len(bursts)),
                    f"p50 {ms(p50)} · p95 {ms(p95)} · all in {wall:.2f} s ({500 / wall:.0f} clicks/s)",
                    f"p95 {p95 / click95:.0f}× a quiet click" if click95 else "—",
                    f"p95 < {BURST_P95_MS / 1000:.0f} s (Discord's deadline)", verdict(p95 * 1000 < BURST_P95_MS)))
    return rows


def memory_rows(plan: Plan, store: Path, work: Path) -> list[Row]:
    from bench.store import run_child

    warm = max(plan.memory_interactions // 10, 50)
    say(f"memory: a bot process through {plan.memory_interactions:,} interactions, then {plan.guilds:,} servers")
    data = run_child(["bench.bot_driver", "memory", str(store), "--interactions", str(plan.memory_interactions),
                      "--warm", str(warm), "--guilds", str(plan.guilds)], timeout=600, cwd=work)
    start, warm_kib, end, guilds = data["start_kib"], data["warm_kib"], data["end_kib"], data["guilds_kib"]
    growth = (end - warm_kib) / warm_kib
    heap = (data["end_blocks"] - data["warm_blocks"]) / data["warm_blocks"]
    n, w, servers = data["interactions"], data["warm_interactions"], data["guilds"]
    return [
        Row("Memory: bot RSS after start-up", "1", mib(start), "—", "(information)", ""),
        Row(f"Memory: RSS with {servers - 1:,} servers connected (GUILD_CREATE), after start-up", "1", mib(guilds),
            f"+{(guilds - start) / 1024:.1f} MiB for the servers", f"< {GUILDS_MIB:.0f} MiB",
            verdict(guilds / 1024 < GUILDS_MIB)),
        Row(f"Memory: RSS after {n:,} interactions ({servers:,} servers)", "1",
            f"{mib(end)}; from interaction {w:,}: {mib(warm_kib)} → {mib(end)} ({growth * 100:+.1f} %), "
            f"{data['end_views']:,} paginators still open (5-minute timeout)",
            f"{end / start:.2f}× start-up", f"< {MEMORY_GROWTH * 100:.0f} % growth", verdict(growth < MEMORY_GROWTH)),
        Row(f"Memory: leak check, Python heap from interaction {w:,} to {n:,} with open paginators closed", "1",
            f"{data['warm_blocks']:,} → {data['end_blocks']:,} allocated blocks ({heap * 100:+.1f} %)",
            f"{data['end_blocks'] / data['warm_blocks']:.2f}×", f"< {MEMORY_GROWTH * 100:.0f} % growth",
            verdict(heap < MEMORY_GROWTH)),
    ]


# --- the command -------------------------------------------------------------------------------------

def collect(settings: Settings, smoke: bool) -> tuple[list[Row], list[str], bool]:
    """Run every section; returns the rows, extra notes (tables) and whether everything ran and
    every correctness check held."""
    plan = Plan.make(smoke)
    rows: list[Row] = []
    notes: list[str] = []
    healthy = True

    def section(name: str, body: Callable[[], list[Row]]) -> None:
        nonlocal healthy
        began = time.perf_counter()
        try:
            made = body()
        except Exception as exc:  # one crashed section must not hide the others' figures
            healthy = False
            traceback.print_exc(file=sys.stderr)
            rows.append(Row(name, "—", f"crashed: {exc.__class__.__name__}: {str(exc)[:150]}", "—", "—", "ERROR"))
            return
        rows.extend(made)
        healthy = healthy and not any(r.status in ("FAIL", "ERROR") for r in made)
        say(f"{name} done in {time.perf_counter() - began:.1f} s")

    with tempfile.TemporaryDirectory(prefix="quizbot-bench-") as tmp:
        work = Path(tmp)
        stores: dict[str, Path] = {}

        def builds() -> list[Row]:
            made, bundled, big = store_rows(plan, settings, work)
            stores.update(bundled=bundled, big=big)
            return made

        section("Store build", builds)
        if "bundled" not in stores:  # the build section crashed: the rest still needs a store
            from bot.build import build_store

            documents, questions = bundled_dirs(settings)
            build_store(documents, questions, work / "bundled-0.sqlite3")
            stores["bundled"] = work / "bundled-0.sqlite3"
        section("Command latency and burst", lambda: asyncio.run(bot_rows(plan, stores["bundled"])))
        if "big" in stores:
            section("Search", lambda: search_rows(plan, stores["big"], work, notes))
            section("Command latency at scale", lambda: asyncio.run(scale_rows(plan, stores["big"])))
            section("Timeline memory at scale", lambda: timeline_memory_rows(plan, stores["big"], work))
        section("Memory", lambda: memory_rows(plan, stores["bundled"], work))
    return rows, notes, healthy


def run_bench(settings: Settings, smoke: bool = False) -> int:
    """Print the table (stdout; progress on stderr); 0 unless a section crashed or a check failed."""
    began = time.perf_counter()
    title = header()
    rows, notes, healthy = collect(settings, smoke)
    kind = "smoke run (small sizes, for CI)" if smoke else "full run"
    print(f"Benchmark ({kind}) · {title}")
    print("Each figure is the median of the runs shown; latency is dispatch → first response, in process.")
    print()
    print(table(rows))
    print()
    for note in notes:
        print(note)
        print()
    print(f"Took {time.perf_counter() - began:.0f} s. "
          + ("Every correctness check passed." if healthy else "SOMETHING FAILED: see the FAIL/ERROR rows."))
    return EXIT_OK if healthy else EXIT_FAILURE

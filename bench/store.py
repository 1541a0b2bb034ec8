"""Store benchmarks for ``python -m bot bench``: the build (in a child process) and search.

The build runs in its own interpreter (``python -m bench.store build ...``) so its peak
resident memory is its own and not the benchmark's: the child prints one JSON line with the
build time, input size and its high-water RSS. Search runs in the calling process through the
public ``ContentStore.search`` on a store with the requested number of passages; when the
generated corpus yields too few, a *copy* of its store is topped up with more generated
paragraphs (see ``top_up``), never the store under test itself.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACKAGE_PARENT = Path(__file__).resolve().parents[1]  # the folder that holds the ``bot`` package

# ~20 queries: single words, the corpus's most frequent terms, phrases, and hostile input.
SEARCH_QUERIES = [
    "China", "Russia", "China Russia", "trade", "Putin", "Yeltsin", "Sino-Soviet", "border treaty",
    "strategic partnership", "energy cooperation", "1991", "Harbin railways", "the", '"Cold War"',
    "'; DROP TABLE passages; --", '"', "NEAR(", "*", "AND OR NOT", "@everyone <@123> ```sql```",
    "\u200b\u202etrade\u202c 🚂", "China " * 1000,
]


@dataclass
class BuildFigures:
    seconds: float
    megabytes: float  # input size, 10^6 bytes
    passages: int
    peak_mib: float  # the child's high-water resident memory
    worker_peak_mib: float  # the largest of its worker processes' (0 when it started none)
    cpu_seconds: float  # user + system time of the child and its workers: above ``seconds`` when both cores work
    uncommitted: bool  # the build closed its connection inside a transaction (see _watch_connections)
    quick_check: str  # PRAGMA quick_check of the result: "ok" or SQLite's complaint
    stages: dict[str, float]  # seconds per build stage (BuildReport.timings)

    @property
    def mb_per_s(self) -> float:
        return self.megabytes / self.seconds if self.seconds > 0 else float("inf")


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI; ``as_uri`` escapes '#', '?' and '%' that a plain f-string would not."""
    return path.resolve().as_uri() + "?mode=ro"


def folder_bytes(*folders: Path) -> int:
    return sum(p.stat().st_size for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file())


def memory_kib(field: str) -> int:
    """A memory figure of this process from /proc/self/status ("VmRSS" now, "VmHWM" the peak; Linux),
    else getrusage's peak ru_maxrss (KiB on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def child_env() -> dict[str, str]:
    """The environment for benchmark children: the package importable, no bytecode in the repo."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(PACKAGE_PARENT), *filter(None, [env.get("PYTHONPATH")])])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_child(args: list[str], *, timeout: float, cwd: Path) -> dict[str, Any]:
    """Run ``python -m <args>`` and return the JSON object it printed last; raise with its stderr."""
    proc = subprocess.run([sys.executable, "-m", *args], cwd=cwd, env=child_env(), capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"{' '.join(args[:2])} exited {proc.returncode}: {' | '.join(tail)}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def measure_build(documents: Path, questions: Path, out: Path, *, timeout: float) -> BuildFigures:
    """One build of ``documents`` into ``out`` in a fresh interpreter."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    data = run_child(["bench.store", "build", str(documents), str(questions), str(out)],
                     timeout=timeout, cwd=out.parent)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the child, and its workers (it waited for them)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return BuildFigures(seconds=data["seconds"], megabytes=data["bytes"] / 1e6, passages=data["passages"],
                        peak_mib=data["peak_kib"] / 1024, worker_peak_mib=data.get("worker_peak_kib", 0) / 1024,
                        cpu_seconds=cpu, uncommitted=data["uncommitted"],
                        quick_check=data["quick_check"], stages=data.get("stages", {}))


class _WatchedConnection(sqlite3.Connection):
    """Notes a close inside an open transaction, then commits instead of rolling back."""

    uncommitted = False

    def close(self) -> None:
        if self.in_transaction:
            _WatchedConnection.uncommitted = True
            self.commit()
        super().close()


class _WatchedSqlite(types.ModuleType):
    """``sqlite3`` as the build module sees it, with every connection a ``_WatchedConnection``."""

    def __getattr__(self, name: str) -> object:
        return getattr(sqlite3, name)

    @staticmethod
    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs.setdefault("factory", _WatchedConnection)
        connection: sqlite3.Connection = sqlite3.connect(*args, **kwargs)
        return connection


def _watch_connections() -> None:
    """Check the build's last transaction is committed, and keep the benchmark going if not.

    The build writes with ``journal_mode=OFF``; a transaction still open at ``close()`` is rolled
    back, which without a journal leaves a corrupt file ("database disk image is malformed"). The
    child reports such a close (a correctness failure in the table) and commits instead, so the
    rest of the benchmark still gets a usable store; timings are unaffected either way.
    """
    import bot.build as build

    # sqlite3 is not part of the build module's interface, but it is the seam this check needs.
    build.sqlite3 = _WatchedSqlite("sqlite3")  # type: ignore[attr-defined]


def _child_build(documents: Path, questions: Path, out: Path) -> None:
    from bot.build import build_store

    _watch_connections()
    size = folder_bytes(documents, questions)
    began = time.perf_counter()
    report = build_store(documents, questions, out)
    seconds = time.perf_counter() - began
    peak = memory_kib("VmHWM")
    import resource

    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux: the largest worker's peak
    con = sqlite3.connect(read_only_uri(out), uri=True)
    try:
        check = "; ".join(str(r[0]) for r in con.execute("PRAGMA quick_check").fetchall()[:3])
    except sqlite3.DatabaseError as exc:
        check = str(exc)
    finally:
        con.close()
    print(json.dumps({"seconds": seconds, "bytes": size, "passages": report.passages, "peak_kib": peak,
                      "worker_peak_kib": workers, "uncommitted": _WatchedConnection.uncommitted, "quick_check": check,
                      "stages": report.timings}), flush=True)


# --- search ------------------------------------------------------------------------------------

def searchable_passages(store: Path) -> int:
    con = sqlite3.connect(read_only_uri(store), uri=True)
    try:
        return int(con.execute("SELECT COUNT(*) FROM passages WHERE duplicate_of IS NULL").fetchone()[0])
    finally:
        con.close()


def _paragraphs(text: str) -> list[str]:
    """Body paragraphs of a generated document: no front matter, no headings, lines unwrapped."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        text = text[end + 5:] if end >= 0 else text
    out = []
    for block in text.split("\n\n"):
        para = " ".join(block.split())
        if len(para) >= 80 and not para.startswith("#"):
            out.append(para)
    return out


def top_up(store: Path, target: int, workdir: Path, seed: int) -> Path:
    """A copy of ``store`` with at least ``target`` searchable passages.

    The build would take minutes to make the extra passages, so they are generated paragraphs
    (the same generator, another seed) written straight into the copy's ``documents``,
    ``passages`` and FTS tables with the columns the build writes; the index is then optimised
    like the build does. Only search statistics depend on them, not the build figures.
    """
    from bench.synthetic import generate_corpus
    from bot.corpus.sentences import split_sentences

    have = searchable_passages(store)
    workdir.mkdir(parents=True, exist_ok=True)
    copy = workdir / "search.sqlite3"
    shutil.copyfile(store, copy)
    if have >= target:
        return copy
    con = sqlite3.connect(copy)
    try:
        avg_len = con.execute("SELECT AVG(LENGTH(text)) FROM passages").fetchone()[0] or 550
        per_mb = 1e6 / (avg_len + 2) * 0.9  # paragraphs per generated MB, a little pessimistic
        extra_dir = workdir / "extra"
        next_id = int(con.execute("SELECT COALESCE(MAX(id), 0) FROM passages").fetchone()[0]) + 1
        ordinal = int(con.execute("SELECT COALESCE(MAX(ordinal), 0) FROM documents").fetchone()[0]) + 1
        rounds = 0
        con.execute("BEGIN")
        while have < target and rounds < 5:
            rounds += 1
            megabytes = max(1, int((target - have) / per_mb * 1.1) + 1)
            folder = extra_dir / str(rounds)
            for path in generate_corpus(folder, megabytes, seed + rounds):
                doc_key = "bench-" + path.name
                title = f"Bench filler {path.stem}"
                rows, fts = [], []
                for number, para in enumerate(_paragraphs(path.read_text(encoding="utf-8"))):
                    key = "b" + hashlib.sha1(f"{doc_key}:{number}".encode()).hexdigest()[:15]
                    sentences = json.dumps(split_sentences(para), separators=(",", ":"))
                    rows.append((next_id, key, doc_key, number, "body", "", title, 0, len(para), para, sentences))
                    fts.append((next_id, "", para))
                    next_id += 1
                con.execute(
                    "INSERT INTO documents(doc_key, ordinal, title, author, kind, date, url, raw_sha256, clean_text,"
                    " paragraphs, duplicate_of, similarity, passages, events, questions)"
                    " VALUES (?, ?, ?, NULL, NULL, NULL, NULL, ?, '', '[]', NULL, NULL, ?, 0, 0)",
                    (doc_key, ordinal, title, hashlib.sha256(path.read_bytes()).hexdigest(), len(rows)))
                ordinal += 1
                con.executemany(
                    'INSERT INTO passages(id, passage_key, doc_key, ordinal, kind, section, doc_title, start, "end",'
                    " text, sentences, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)", rows)
                con.executemany("INSERT INTO passages_fts(rowid, section, text) VALUES (?, ?, ?)", fts)
                have += len(rows)
            shutil.rmtree(folder, ignore_errors=True)
        con.execute("COMMIT")
        con.execute("INSERT INTO passages_fts(passages_fts) VALUES ('optimize')")
        con.execute("ANALYZE")
    finally:
        con.close()
    return copy


@dataclass
class SearchRun:
    times: list[float]  # seconds, one per query execution
    floor: list[float]  # seconds, an aiosqlite round trip (SELECT 1) on the same file
    by_query: dict[str, list[float]]
    hits: dict[str, int]


async def search_runs(store: Path, runs: int, repeats: int) -> list[SearchRun]:
    """``runs`` runs; in each, every query ``repeats`` times (interleaved), plus a SELECT 1 floor."""
    import aiosqlite

    from bot.store.content import ContentStore

    content = await ContentStore.open(store)
    floor_db = await aiosqlite.connect(read_only_uri(store), uri=True)
    try:
        hits = {q: len(await content.search(q)) for q in SEARCH_QUERIES}  # warm the page cache once
        results = []
        rng = random.Random(7)
        for _ in range(runs):
            order = [q for q in SEARCH_QUERIES for _ in range(repeats)]
            rng.shuffle(order)
            run = SearchRun([], [], {q: [] for q in SEARCH_QUERIES}, hits)
            for query in order:
                began = time.perf_counter()
                await content.search(query)
                took = time.perf_counter() - began
                run.times.append(took)
                run.by_query[query].append(took)
                began = time.perf_counter()
                async with floor_db.execute("SELECT 1") as cur:
                    await cur.fetchone()
                run.floor.append(time.perf_counter() - began)
            results.append(run)
        return results
    finally:
        await floor_db.close()
        await content.close()


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.store")
    sub = parser.add_subparsers(dest="what", required=True)
    build = sub.add_parser("build")
    build.add_argument("documents", type=Path)
    build.add_argument("questions", type=Path)
    build.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.what == "build":
        _child_build(args.documents, args.questions, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(_main())

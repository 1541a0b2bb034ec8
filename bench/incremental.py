"""The rebuild after one document is added, changed or removed, on a large generated corpus.

``python -m bench.incremental [--mb 50] [--work DIR]`` generates a corpus (``bench.synthetic``),
builds it once from nothing with the per-document cache, then times, each in a fresh interpreter
as ``python -m bot build`` would run: adding one ~80 kB document to the corpus's own collection,
adding it to a collection of its own (what ``/documents add`` does in a server), changing one
document, removing one, and a rebuild with nothing changed. Each step updates the store the
previous step left. Every figure is one run: wall time, CPU time (the build process and its
worker processes), peak resident memory of the build process, and the build's stages.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.store import memory_kib, run_child
from bench.synthetic import generate_corpus

TARGET_BYTES = 80_000
NO_QUESTIONS = "no-questions"  # a folder that does not exist: the generated corpus has no lists


@dataclass
class Step:
    label: str
    wall: float
    cpu: float  # this process and its workers
    peak_mib: float
    written: int | None  # documents whose rows were written; None: the store was written from nothing
    removed: int | None
    stages: dict[str, float]
    load: float = 0.0  # the 1-minute load average when the step ended (2 shared cores)

    def line(self) -> str:
        how = ("new store" if self.written is None
               else f"update: {self.written} document{'s' if self.written != 1 else ''} written, {self.removed} removed")
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in self.stages.items())
        return (f"| {self.label} | wall {self.wall:.1f} s · CPU {self.cpu:.1f} s · peak {self.peak_mib:.0f} MiB"
                f" · load {self.load:.1f} | {how} | {stages} |")


def _child_step(documents: Path, out: Path, cache: Path) -> None:
    """One build in this interpreter; prints its figures as one JSON line."""
    from bot.build import build_store

    began = time.perf_counter()
    before = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    report = build_store(documents, documents.parent / NO_QUESTIONS, out, cache_dir=cache)
    wall = time.perf_counter() - began
    after = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum(a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before, strict=True))
    written, removed = report.incremental if report.incremental is not None else (None, None)
    print(json.dumps({"wall": wall, "cpu": cpu, "peak_kib": memory_kib("VmHWM"), "written": written,
                      "removed": removed, "stages": report.timings}), flush=True)


def measure(label: str, documents: Path, out: Path, cache: Path) -> Step:
    data: dict[str, Any] = run_child(["bench.incremental", "step", str(documents), str(out), str(cache)],
                                     timeout=3600, cwd=out.parent)
    return Step(label, data["wall"], data["cpu"], data["peak_kib"] / 1024, data["written"], data["removed"],
                data["stages"], os.getloadavg()[0])


def _new_document(work: Path, seed: int) -> Path:
    """A generated document of about 80 kB, from a corpus of its own (other seed, other names)."""
    folder = work / "extra"
    candidates = generate_corpus(folder, 2, seed)
    return min(candidates, key=lambda p: abs(p.stat().st_size - TARGET_BYTES))


def run(megabytes: int, work: Path, say: Any = print) -> list[Step]:
    documents, out, cache = work / "documents", work / "content.sqlite3", work / "cache"
    if not documents.is_dir():
        say(f"generating a {megabytes} MB corpus in {documents}")
        generate_corpus(documents, megabytes, seed=megabytes)
    extra = _new_document(work, seed=megabytes + 1)
    steps: list[Step] = []

    def step(label: str) -> None:
        say(f"{label} …")
        steps.append(measure(label, documents, out, cache))
        say("  " + steps[-1].line())

    for path in (out, cache):
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    step(f"full build ({megabytes} MB, cache empty)")
    step("nothing changed")
    added = documents / f"zz-added-{extra.stat().st_size // 1000}kB{extra.suffix}"
    shutil.copy(extra, added)
    step(f"add one {extra.stat().st_size / 1000:.0f} kB document (same collection)")
    files = sorted(p for p in documents.iterdir() if p.is_file() and p != added)
    victim = files[len(files) // 2]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace(" the ", " a ", 3), encoding="utf-8")
    step(f"change one document ({victim.stat().st_size / 1000:.0f} kB)")
    added.unlink()
    step("remove one document")
    guild = documents / "guild-1"
    guild.mkdir(exist_ok=True)
    shutil.copy(extra, guild / extra.name)
    step(f"add one {extra.stat().st_size / 1000:.0f} kB document in its own collection")
    shutil.rmtree(guild)
    victim.write_text(text, encoding="utf-8")
    return steps


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "step":
        _child_step(*map(Path, argv[1:4]))
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench.incremental", description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=50, help="size of the generated corpus (default 50)")
    parser.add_argument("--work", type=Path, help="keep the corpus, cache and store here (default: a temp folder)")
    args = parser.parse_args(argv)
    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)
        steps = run(args.mb, args.work)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-incremental-") as tmp:
            steps = run(args.mb, Path(tmp))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nRebuilds on a generated {args.mb} MB corpus · load {load}")
    print("| Step | Figures | Store | Stages |\n|---|---|---|---|")
    for s in steps:
        print(s.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

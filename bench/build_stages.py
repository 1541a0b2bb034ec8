"""A full build's wall time per stage, its CPU and peak memory, each run in a fresh interpreter.

``python -m bench.build_stages DOCUMENTS [--workers N] [--repeat 2] [--code DIR] [--keep FILE]`` builds the folder
from nothing (no build cache, no question lists) ``--repeat`` times and prints one line a run: wall
time, CPU time of the build process and its worker processes, the peak resident memory of the build
process and of its largest worker, the stages' seconds (``BuildReport.timings``) and the load average
before and after. With ``--workers 1`` every stage runs in the build process, so a stage's wall time
is its CPU time too. ``--code DIR`` imports ``bot`` from another checkout (``git archive main`` of
it, say), to compare two versions of the build on the same machine state; ``--keep`` leaves the last
run's store there, for ``bench.storediff``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

NO_QUESTIONS = "no-questions"  # a folder that does not exist: no hand-written lists


def _child(documents: Path, workers: int | None, keep: Path | None) -> None:
    """One build in this interpreter; prints its figures as one JSON line."""
    import shutil
    import tempfile

    from bot.build import build_store

    with tempfile.TemporaryDirectory(prefix="build-stages-") as tmp:
        began = time.perf_counter()
        report = build_store(documents, Path(tmp) / NO_QUESTIONS, Path(tmp) / "content.sqlite3", workers=workers)
        wall = time.perf_counter() - began
        if keep is not None:
            shutil.copyfile(Path(tmp) / "content.sqlite3", keep)
    own, workers_usage = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "wall": wall,
        "cpu": own.ru_utime + own.ru_stime + workers_usage.ru_utime + workers_usage.ru_stime,
        "peak_mib": own.ru_maxrss / 1024, "worker_peak_mib": workers_usage.ru_maxrss / 1024,
        "megabytes": report.megabytes, "events": report.events, "questions": sum(report.questions.values()),
        "stages": report.timings,
    }))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.build_stages", description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", type=Path)
    parser.add_argument("--workers", type=int, help="worker processes (default: the build's own choice)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--code", type=Path, help="import bot from this checkout instead")
    parser.add_argument("--keep", type=Path, help="copy the last run's store to this file")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.documents, args.workers, args.keep)
        return 0
    env = dict(os.environ)
    if args.code is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(args.code.resolve()), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    command = [sys.executable, str(Path(__file__).resolve()), str(args.documents.resolve()), "--child"]
    if args.workers is not None:
        command += ["--workers", str(args.workers)]
    if args.keep is not None:
        command += ["--keep", str(args.keep.resolve())]
    for _ in range(args.repeat):
        load_before = os.getloadavg()[0]
        # -P: the script's own folder is not put first on the path, so --code decides where bot comes from
        done = subprocess.run([command[0], "-P", *command[1:]], env=env, capture_output=True, text=True, check=True)
        data = json.loads(done.stdout.strip().splitlines()[-1])
        stages = ", ".join(f"{stage} {seconds:.1f}" for stage, seconds in data["stages"].items())
        print(f"{data['megabytes']:.1f} MB: wall {data['wall']:.1f} s, CPU {data['cpu']:.1f} s,"
              f" peak {data['peak_mib']:.0f} MiB (largest worker {data['worker_peak_mib']:.0f} MiB),"
              f" {data['events']} events, {data['questions']} questions; load {load_before:.2f} -> "
              f"{os.getloadavg()[0]:.2f}; stages (s): {stages}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where the build spends its CPU: one full build under cProfile, every stage in this process.

``python -m bench.profile_build DOCUMENTS [--out DIR] [--top 15] [--save FILE]`` builds the
documents folder from nothing with one worker (so the first pass runs here too, where the
profiler sees it) and no question lists, then prints the stages' seconds and the top functions
by self time and by cumulative time, and the share of self time spent in ``re``'s C functions
(matching, searching, substituting, splitting). ``--save`` keeps the raw profile for
``python -m pstats``. Figures under the profiler are about 1.5-2x the plain build's.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

NO_QUESTIONS = "no-questions"  # a folder that does not exist: no hand-written lists

# The C functions through which a compiled pattern or the re module's helpers run a regex.
_REGEX_FUNCTIONS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def regex_seconds(stats: pstats.Stats) -> float:
    """Self time in the methods of compiled patterns (``re.Pattern``) and in ``re.*`` wrappers' calls."""
    total = 0.0
    for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if filename == "~" and any(name == f"<method '{fn}' of 're.Pattern' objects>" for fn in _REGEX_FUNCTIONS):
            total += tottime
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile_build", description=__doc__.split("\n\n")[0])
    parser.add_argument("documents", type=Path)
    parser.add_argument("--out", type=Path, help="write the store here (default: a temp folder)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--save", type=Path, help="keep the raw profile in this file")
    args = parser.parse_args(argv)
    from bot.build import build_store

    with tempfile.TemporaryDirectory(prefix="profile-build-") as tmp:
        out = args.out or Path(tmp) / "content.sqlite3"
        profiler = cProfile.Profile()
        began = time.process_time()
        profiler.enable()
        report = build_store(args.documents, Path(tmp) / NO_QUESTIONS, out, workers=1)
        profiler.disable()
        cpu = time.process_time() - began
    stats = pstats.Stats(profiler)
    if args.save is not None:
        stats.dump_stats(args.save)
    total = sum(tt for (_cc, _nc, tt, _ct, _callers) in stats.stats.values())  # type: ignore[attr-defined]
    print(f"{report.megabytes:.1f} MB, {report.documents} documents, {report.passages} passages,"
          f" {report.events} events, {sum(report.questions.values())} questions")
    print(f"CPU under the profiler {cpu:.1f} s; stages: "
          + ", ".join(f"{stage} {seconds:.1f} s" for stage, seconds in report.timings.items()))
    regex = regex_seconds(stats)
    print(f"regex (compiled patterns' C methods): {regex:.1f} s of {total:.1f} s self time ({regex / total:.0%})")
    for key in ("tottime", "cumulative"):
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).sort_stats(key).print_stats(args.top)
        print(f"\n--- top {args.top} by {key} ---")
        text = buffer.getvalue()
        print(text[max(0, text.find("   ncalls")):].rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())

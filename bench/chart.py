"""``python -m bench.chart [--store PATH] [--mb 50]``: how long the /timeline picture takes to draw.

Draws spans of a real content store (the whole timeline, each decade, busy single years) as
/timeline image:true does, and prints the p50/p95/max render time with the events per span.
Without ``--store`` it generates a corpus of ``--mb`` megabytes (bench.synthetic, as
``python -m bot bench`` does) in a temporary folder and builds it first.
:func:`chart_figures` is the call for a harness that wants the row.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bot.store.content import ContentStore
from bot.ui.timeline_chart import render

RENDER_P95_S = 2.5  # the whole answer must come within Discord's 3 s; the command defers first anyway


@dataclass(frozen=True)
class ChartFigures:
    spans: int
    most_events: int
    p50_s: float
    p95_s: float
    max_s: float

    def row(self) -> str:
        verdict = "PASS" if self.p95_s <= RENDER_P95_S else "MISS"
        return (f"| /timeline picture render p95 | {self.p95_s * 1000:.0f} ms (p50 {self.p50_s * 1000:.0f}, "
                f"max {self.max_s * 1000:.0f}; {self.spans} spans, up to {self.most_events} events) | "
                f"≤ {RENDER_P95_S * 1000:.0f} ms | {verdict} |")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


async def chart_figures(store_path: Path, *, repeats: int = 3) -> ChartFigures:
    """Render time of whole-timeline, per-decade and busiest-year spans of the store at ``store_path``."""
    store = await ContentStore.open(store_path)
    try:
        docs = {d.doc_key: d for d in await store.documents()}
        everything = await store.events()
        if not everything:
            raise ValueError(f"{store_path} has no events to draw")
        busiest = [year for year, _ in Counter(e.start_year for e in everything).most_common(5)]
        decades = sorted({e.start_year // 10 * 10 for e in everything})
        spans: list[tuple[int | None, int | None]] = [(None, None), *((d, d + 9) for d in decades),
                                                      *((y, y) for y in busiest)]
        times: list[float] = []
        most = 0
        for first, last in spans:
            events = await store.events(from_year=first, to_year=last)
            if not events:
                continue
            most = max(most, len(events))
            for _ in range(repeats):
                started = time.perf_counter()
                render(events, docs, title="Timeline", from_year=first, to_year=last)
                times.append(time.perf_counter() - started)
        return ChartFigures(len(times) // repeats, most, statistics.median(times), _p95(times), max(times))
    finally:
        await store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.chart", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a built content store (default: build a synthetic one)")
    parser.add_argument("--mb", type=int, default=50, help="size of the synthetic corpus to build")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-chart-") as tmp:
        store = args.store
        if store is None:
            from bench.synthetic import generate_corpus
            from bot.build import build_store
            documents, questions = Path(tmp) / "documents", Path(tmp) / "questions"
            questions.mkdir()
            generate_corpus(documents, args.mb, seed=1)
            store = Path(tmp) / "content.sqlite3"
            build_store(documents, questions, store)
        figures = asyncio.run(chart_figures(store))
    print("| measure | figure | target | verdict |\n|---|---|---|---|")
    print(figures.row())
    return 0


if __name__ == "__main__":
    sys.exit(main())

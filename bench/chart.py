"""``python -m bench.chart [--store PATH] [--mb 50]``: how long the /timeline picture takes to draw.

Draws spans of a real content store (the whole timeline, each decade, busy single years) as
/timeline image:true does, and prints the p50/p95/max render time with the events per span; then
runs ``/timeline image:True`` for the same spans through the real command tree (in process, the
console transport) and reports how soon it answered (the defer) and when the picture arrived.
Without ``--store``, or with a path that does not exist yet, it generates a corpus of ``--mb``
megabytes (bench.synthetic, as ``python -m bot bench`` does) and builds it first (kept at
``--store``, else in a temporary folder). :func:`chart_figures` and :func:`command_figures` are the
calls for a harness that wants the rows.
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
from typing import TYPE_CHECKING, Any

from bot.corpus.model import Event
from bot.store.content import ContentStore
from bot.ui.timeline_chart import render

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.console.transport import Sent

RENDER_P95_S = 2.5  # the whole answer must come within Discord's 3 s; the command defers first anyway
DEADLINE_S = 3.0  # Discord's window for the first response
FOLLOWUP_S = 900.0  # the interaction token's life: the picture must come before it


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


@dataclass(frozen=True)
class CommandFigures:
    runs: int
    answer_p95_s: float  # the first response (the defer), what Discord's 3 s applies to
    answer_max_s: float  # the first command on a cold store reads the whole timeline first
    picture_p95_s: float  # until the message with the picture was sent
    picture_max_s: float

    def row(self) -> str:
        verdict = "PASS" if self.answer_p95_s <= DEADLINE_S and self.picture_p95_s < FOLLOWUP_S else "MISS"
        return (f"| /timeline image:True, in process | answered p95 {self.answer_p95_s * 1000:.0f} ms "
                f"(max {self.answer_max_s * 1000:.0f}) · picture "
                f"p95 {self.picture_p95_s * 1000:.0f} ms (max {self.picture_max_s * 1000:.0f}; {self.runs} runs) | "
                f"answer < {DEADLINE_S:.0f} s | {verdict} |")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _spans(events: list[Event]) -> list[tuple[int | None, int | None]]:
    """The whole timeline, each decade, the five busiest single years."""
    busiest = [year for year, _ in Counter(e.start_year for e in events).most_common(5)]
    decades = sorted({e.start_year // 10 * 10 for e in events})
    return [(None, None), *((d, d + 9) for d in decades), *((y, y) for y in busiest)]


def _picture_of(interaction_id: int) -> Callable[[Sent], bool]:
    return lambda sent: bool(sent.files) and sent.interaction_id == interaction_id


async def command_figures(store_path: Path, *, repeats: int = 2) -> CommandFigures:
    """``/timeline image:True`` over the spans of :func:`chart_figures`, through the command tree."""
    from bot.console.transport import LocalDiscord

    answers: list[float] = []
    pictures: list[float] = []
    async with LocalDiscord.open(content_path=store_path) as local:
        spans = _spans(list(await local.bot.content.events()))
        user = local.user("bench")
        for first, last in spans:
            options: dict[str, Any] = {"image": True}
            options.update((k, v) for k, v in (("from_year", first), ("to_year", last)) if v is not None)
            for _ in range(repeats):
                started = time.monotonic()
                reply = await local.slash("timeline", user=user, timeout=FOLLOWUP_S, options=options)
                if reply.response_type != 5:
                    continue  # a span with no events: a polite message, not a picture
                # slash() returns once the answer (the defer) has gone quiet; the picture follows.
                picture = await local.wait_for_message(_picture_of(reply.interaction_id), timeout=FOLLOWUP_S)
                assert reply.response_time is not None
                answers.append(reply.response_time)
                pictures.append(picture.at - started)
    if not pictures:
        raise ValueError(f"{store_path}: no span produced a picture")
    return CommandFigures(len(pictures), _p95(answers), max(answers), _p95(pictures), max(pictures))


async def chart_figures(store_path: Path, *, repeats: int = 3) -> ChartFigures:
    """Render time of whole-timeline, per-decade and busiest-year spans of the store at ``store_path``."""
    store = await ContentStore.open(store_path)
    try:
        docs = {d.doc_key: d for d in await store.documents()}
        everything = await store.events()
        if not everything:
            raise ValueError(f"{store_path} has no events to draw")
        spans = _spans(list(everything))
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
        store = args.store or Path(tmp) / "content.sqlite3"
        if not store.exists():
            from bench.synthetic import generate_corpus
            from bot.build import build_store
            documents, questions = Path(tmp) / "documents", Path(tmp) / "questions"
            questions.mkdir()
            generate_corpus(documents, args.mb, seed=1)
            build_store(documents, questions, store)
        print("| measure | figure | target | verdict |\n|---|---|---|---|", flush=True)
        print(asyncio.run(chart_figures(store)).row(), flush=True)
        print(asyncio.run(command_figures(store)).row(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

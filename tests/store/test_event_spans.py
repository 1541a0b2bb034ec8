"""A span of years: every event whose own range overlaps it, in date order, whatever the span.

The events that start before a span and reach into it (its head) are found with a merge-sort
tree (``Reach``) instead of a pass over every ranged event; both must give what a plain filter of
the whole timeline gives.
"""

from __future__ import annotations

import random
from pathlib import Path

from bot.store.content import ContentStore, Reach


def _brute(values: list[int], stop: int, year: int) -> list[int]:
    return [place for place, value in enumerate(values[:stop]) if value >= year]


def test_reach_counts_and_ranks_like_a_filter() -> None:
    for seed, n in ((1, 0), (2, 1), (3, 7), (4, 64), (5, 300)):
        rng = random.Random(seed)
        values = [rng.randint(1800, 2030) for _ in range(n)]
        reach = Reach(values)
        for stop in sorted({0, n, *(rng.randint(0, n) for _ in range(8))}):
            for year in (1700, 1900, 1990, 2030, 2031, *(rng.randint(1800, 2030) for _ in range(5))):
                expected = _brute(values, stop, year)
                assert reach.count(stop, year) == len(expected), (seed, stop, year)
                assert [reach.nth(stop, year, rank) for rank in range(len(expected))] == expected


def _overlaps(event_start: int, event_end: int | None, first: int | None, last: int | None) -> bool:
    end = event_end if event_end is not None else event_start
    return (first is None or end >= first) and (last is None or event_start <= last)


async def test_a_span_holds_exactly_the_events_overlapping_it(content_path: Path) -> None:
    store = await ContentStore.open(content_path)
    try:
        timeline = list(await store.events())
        years = sorted({e.start_year for e in timeline})
        ranged = [e for e in timeline if e.end_year is not None and e.end_year > e.start_year]
        assert ranged, "the bundled documents have events that span years"
        spans = [(None, None), (years[0], None), (None, years[-1]), (years[len(years) // 2], None),
                 *((e.start_year + 1, e.start_year + 1) for e in ranged[:5]),  # inside a range only
                 *((y, y + 10) for y in years[:: max(1, len(years) // 12)])]
        for first, last in spans:
            span = await store.events(from_year=first, to_year=last)
            expected_head = [e for e in timeline if first is not None and e.start_year < first
                             and _overlaps(e.start_year, e.end_year, first, last)]
            expected = expected_head + [e for e in timeline if (first is None or e.start_year >= first)
                                        and _overlaps(e.start_year, e.end_year, first, last)]
            assert [e.event_key for e in span] == [e.event_key for e in expected], (first, last)
            assert len(span) == len(expected)
            if expected:  # read by position and by page too, as the paginator does
                assert span[-1].event_key == expected[-1].event_key
                assert [e.event_key for e in span[1:4]] == [e.event_key for e in expected[1:4]]
    finally:
        await store.close()

"""The timeline picture, checked for real: a valid PNG of the stated size that holds every event.

The renderer returns what it drew (a mark per event, labels with the events they stand for);
these tests hold that against the events given, and read the pixels for the legend colours.
"""

from __future__ import annotations

import io
import itertools
import random
import struct
from collections.abc import Sequence

import pytest
from PIL import Image

from bot.corpus.model import Event, Precision
from bot.store.content_schema import DocumentInfo
from bot.ui.timeline_chart import MAX_LABELS, SLOT, WIDTH, Chart, extent, fit_words, render

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def doc(key: str, title: str) -> DocumentInfo:
    return DocumentInfo(doc_key=key, title=title, author=None, kind="news", date=None, url=None,
                        duplicate_of=None, passages=1, events=1, questions=0)


def event(key: str, doc_key: str, summary: str, year: int, month: int | None = None, day: int | None = None, *,
          precision: Precision | None = None, end: tuple[int, int | None, int | None] | None = None) -> Event:
    if precision is None:
        precision = "range" if end else "day" if day else "month" if month else "year"
    end_year, end_month, end_day = end or (None, None, None)
    return Event(event_key=key, doc_key=doc_key, passage_key="p" + "0" * 15, sent_start=0, sent_end=len(summary),
                 expr_text=str(year), expr_start=0, expr_end=4, start_year=year, start_month=month,
                 start_day=day, end_year=end_year, end_month=end_month, end_day=end_day, precision=precision,
                 certainty="explicit", summary=summary)


DOCS = {d.doc_key: d for d in (
    doc("a.txt", "Sino-Soviet relations from 1946 to the Putin era"),
    doc("b.txt", "Xi Jinping to pay state visit to Russia for the 80th anniversary of Victory Day"),
    doc("c.txt", "The history of the Silk Road trade routes through Central Asia"),
)}


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which a valid PNG has first."""
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def check_chart(chart: Chart, events: Sequence[Event]) -> None:
    """A valid PNG of the stated size; one mark per event; labels that cover every event once."""
    assert png_size(chart.png) == (chart.width, chart.height) == (WIDTH, chart.height)
    with Image.open(io.BytesIO(chart.png)) as image:
        image.verify()
    assert sorted(key for m in chart.marks for key in m.event_keys) == sorted(e.event_key for e in events)
    labelled = [key for label in chart.labels for key in label.event_keys]
    assert sorted(labelled) == sorted(e.event_key for e in events)
    rows = [label.y for label in chart.labels]
    assert rows == sorted(rows) and all(b - a >= SLOT - 1 for a, b in itertools.pairwise(rows)), \
        "label rows never overlap"
    assert all(0 < m.top <= m.bottom < chart.height for m in chart.marks)


def test_a_sparse_span_labels_each_event_with_its_date_and_a_summary_cut_at_a_word() -> None:
    long = ("Boris Yeltsin of Russia visited China and signed a joint statement on the basis of mutual "
            "relations, declaring that the two countries regarded each other as friendly nations")
    events = [
        event("e1", "a.txt", "Soviet troops withdrew from Mongolia.", 1987, 1),
        event("e2", "a.txt", long, 1992, 12),
        event("e3", "b.txt", "Xi Jinping paid a state visit to Russia.", 2017),
        event("e4", "c.txt", "The caravan route reopened.", 2017, 9, 3),
    ]
    chart = render(events, DOCS, title="Timeline · 1985–2020", from_year=1985, to_year=2020)
    check_chart(chart, events)
    assert chart.grouped_by is None
    texts = {label.event_keys[0]: label.text for label in chart.labels}
    assert texts["e1"] == "Jan 1987 — Soviet troops withdrew from Mongolia."
    assert texts["e4"].startswith("3 Sep 2017 — ")
    cut = texts["e2"].removeprefix("Dec 1992 — ")
    assert cut.endswith("…") and cut != long
    kept = cut.removesuffix("…")
    assert long.startswith(kept) and long[len(kept)] == " ", "cut at a word boundary, never mid-word"
    # The legend: one entry and one colour per document, each colour really drawn.
    assert [name for name, _ in chart.legend] == [DOCS["a.txt"].title, DOCS["b.txt"].title, DOCS["c.txt"].title]
    colours = [colour for _, colour in chart.legend]
    assert len(set(colours)) == 3
    with Image.open(io.BytesIO(chart.png)) as image:
        drawn = {f"#{r:02X}{g:02X}{b:02X}" for _, (r, g, b) in image.convert("RGB").getcolors(1 << 16) or []}
    assert set(colours) <= drawn


def test_a_dense_span_is_grouped_with_counts_and_every_event_keeps_its_mark() -> None:
    rng = random.Random(7)
    events = sorted((event(f"e{i}", rng.choice(list(DOCS)), f"Event number {i} happened somewhere.",
                           rng.randint(1900, 2020), rng.choice([None, rng.randint(1, 12)]))
                     for i in range(400)), key=lambda e: e.sort_key)
    chart = render(events, DOCS, title="Timeline")
    check_chart(chart, events)
    assert chart.grouped_by is not None
    assert len(chart.labels) <= MAX_LABELS
    for label in chart.labels:
        if len(label.event_keys) > 1:
            assert f"{len(label.event_keys)} events" in label.text
    assert chart.height < 2200, "still a picture one can scroll past on a phone"


def test_a_dense_single_year_groups_by_month() -> None:
    events = [event(f"d{i}", "b.txt", f"Meeting {i} took place.", 2024, 1 + i % 12, 1 + i % 28)
              for i in range(120)]
    events.sort(key=lambda e: e.sort_key)
    chart = render(events, DOCS, title="Timeline · 2024", from_year=2024, to_year=2024)
    check_chart(chart, events)
    assert chart.grouped_by == "month"
    assert {label.text.split(" · ")[0] for label in chart.labels} == {
        f"{m} 2024" for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")}


def test_days_and_decades_in_one_span_keep_their_precision() -> None:
    events = [
        event("r", "a.txt", "The reform era ran through the decade.", 1990, end=(1999, None, None)),
        event("y", "c.txt", "The route was surveyed.", 1995),
        event("d1", "b.txt", "The visit began.", 2022, 2, 3),
        event("d2", "b.txt", "The visit ended.", 2022, 2, 9),
        event("m", "a.txt", "Talks resumed.", 2022, 6),
    ]
    chart = render(events, DOCS, title="Timeline · 1990–2022", from_year=1990, to_year=2022)
    check_chart(chart, events)
    marks = {key: m for m in chart.marks for key in m.event_keys}
    assert marks["d1"].shape == marks["d2"].shape == "point"
    assert marks["d1"].top == marks["d1"].bottom and marks["d1"].top <= marks["d2"].top
    assert marks["r"].shape == marks["y"].shape == marks["m"].shape == "bar"
    per_year = (marks["d1"].top - marks["r"].top) / (extent(events[2])[0] - 1990)
    assert marks["r"].bottom - marks["r"].top == pytest.approx(10 * per_year, abs=2), "the range spans its decade"
    assert marks["y"].bottom - marks["y"].top == pytest.approx(per_year, abs=2), "a year is a bar over its year"
    assert marks["r"].top < marks["y"].top < marks["d1"].top < marks["m"].top


def test_labels_fit_without_cutting_words() -> None:
    assert fit_words("short", 26, 500) == "short"
    cut = fit_words("internationalisation of the renminbi continued apace in the decade", 26, 300)
    assert cut.endswith("…") and "internationalisation of the renminbi continued apace".startswith(cut[:-1])
    assert fit_words("Supercalifragilisticexpialidocious", 26, 40) == ""


def test_overlapping_bars_of_one_document_are_drawn_as_one_run_with_every_event_kept() -> None:
    """Years nested in decades and ranges in one lane: the pixels of the lane are one coloured run
    from the first bar's top to the last bar's bottom, and each event still has its own mark."""
    events = [event(f"y{year}", "a.txt", f"A year event of {year}", year) for year in range(1950, 1990)]
    events += [event("r", "a.txt", "The long span", 1955, precision="range", end=(1975, None, None))]
    chart = render(events, DOCS, title="Nested bars")
    check_chart(chart, events)
    lane = {(m.x, m.colour) for m in chart.marks}
    assert len(lane) == 1
    (x, colour), = lane
    top, bottom = min(m.top for m in chart.marks), max(m.bottom for m in chart.marks)
    with Image.open(io.BytesIO(chart.png)) as image:
        rgb = image.convert("RGB")
        wanted = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
        assert all(rgb.getpixel((x, y)) == wanted for y in range(top + 4, bottom - 4))

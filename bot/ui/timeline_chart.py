"""The timeline as a picture: a vertical time axis, a bar or point per event, labels, a legend.

Plain records in (``Event``, ``DocumentInfo``), PNG bytes out, plus what was drawn (every mark and
every label with the events it stands for), so a test can check the picture against the store
without reading pixels. No discord here: the extension sends the bytes as an attachment.

Drawn with Pillow by hand: it renders a dense span in tens of milliseconds where matplotlib
needed several hundred (and its import alone ~0.5 s), and a vertical axis with a label column
is what reads on a phone. The image is 1100 px wide (Discord shows ~550 px inline on desktop:
a 2x picture) with 26 px text.

* Precision-aware: a day is a point; a month, a year or a range is a bar over its whole period,
  so a span mixing days with decades keeps both honest.
* Dense spans: when there are more events than label slots, events are grouped by the smallest
  calendar bucket (month, year, 2/5/10/... years) that fits, and each group is labelled with its
  period and count; every event keeps its own mark on the axis.
* Labels are cut at a word boundary to fit one line, never mid-word; the full text is in the
  /timeline pages.
"""

from __future__ import annotations

import calendar
import io
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal, NamedTuple

from PIL import Image, ImageDraw, ImageFont

from bot.corpus.model import Event
from bot.store.content_schema import DocumentInfo
from bot.ui.cite import MONTHS, format_event_date

WIDTH = 1100
MARGIN = 36
TITLE_SIZE, TEXT_SIZE, SMALL_SIZE = 38, 26, 22
SLOT = 38  # px per label row
MAX_LABELS = 28  # label rows: more would not read on a phone
MIN_PLOT = 560
AXIS_X = 190
LANES = 5  # documents get their own lane beside the axis, so their bars do not hide each other
LANE_W = 14
LABEL_X = AXIS_X + 14 + LANES * LANE_W + 40
LEGEND_MAX = 8  # documents named in the legend; the rest share grey
BACKGROUND, INK, FAINT, GRID = "#ffffff", "#1f1f1f", "#6b6b6b", "#e3e3e3"
OTHER = "#8a8a8a"
# Okabe-Ito and neighbours: distinct for the common colour-vision deficiencies, readable on white.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F3C8D", "#3B7D23")
BUCKETS: tuple[float, ...] = (1 / 12, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)
TICK_STEPS: tuple[float, ...] = (1 / 12, 3 / 12, 6 / 12, *BUCKETS[1:])
MAX_TICKS = 10

Shape = Literal["point", "bar"]


class Mark(NamedTuple):
    """A point (day precision) or a bar from ``top`` to ``bottom`` (px) on the axis, and the events
    of one document at that date it stands for."""

    event_keys: tuple[str, ...]
    doc_key: str
    shape: Shape
    x: int
    top: int
    bottom: int
    colour: str


@dataclass(frozen=True)
class Label:
    """One label row: a single event's date and summary, or a group's period and count."""

    text: str
    event_keys: tuple[str, ...]
    y: int


@dataclass(frozen=True)
class Chart:
    png: bytes
    width: int
    height: int
    marks: list[Mark]
    labels: list[Label]
    legend: list[tuple[str, str]]  # (document title as shown, colour)
    grouped_by: str | None  # "decade", "year", ...; None when every event has its own label


# DejaVu Sans covers accented Latin, Cyrillic and Greek; Pillow's bundled font (the fallback when
# the system has no DejaVu, e.g. no fonts-dejavu-core package) has plain ASCII and a little more.
FONT_PATHS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
              "/usr/local/share/fonts/DejaVuSans.ttf", "/Library/Fonts/DejaVuSans.ttf")
_SUBSTITUTES = {"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "·": "-"}


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_PATHS:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


@cache
def _missing(char: str) -> bool:
    """Whether the font draws ``char`` as its "no glyph" box."""
    font = _font(TEXT_SIZE)
    return char != "\uffff" and not char.isspace() and bytes(font.getmask(char)) == bytes(font.getmask("\uffff"))


def drawable(text: str) -> str:
    """``text`` with the characters the font cannot draw replaced (é -> e, – -> -), never a box."""
    out = []
    for char in text:
        if _missing(char):
            char = _SUBSTITUTES.get(char) or unicodedata.normalize("NFKD", char)[0]
            char = "?" if _missing(char) else char
        out.append(char)
    return "".join(out)


@cache
def _palette() -> Image.Image:
    """Every colour drawn, each blended with the white background in steps (anti-aliased edges).

    Blends stop short of white: Pillow maps pixels to a palette through 5-bit bins, and a blend
    in white's bin would take the background's place.
    """
    colours: list[int] = [255, 255, 255]
    for hex_colour in (*PALETTE, OTHER, INK, FAINT, GRID):
        rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
        for step in range(14):
            colours.extend(round(c + (255 - c) * 0.7 * step / 13) for c in rgb)
    palette = Image.new("P", (1, 1))
    palette.putpalette(colours)
    return palette


# --- time -------------------------------------------------------------------------------------

def _when(year: int, month: int | None, day: int | None) -> float:
    """A date as fractional years: 1991.0 is 1 Jan 1991."""
    t = float(year)
    if month:
        t += (month - 1) / 12
        if day:
            t += (day - 1) / (12 * calendar.monthrange(year, month)[1])
    return t


def _period_end(year: int, month: int | None, day: int | None) -> float:
    """Where the period a date names ends: a year's end, a month's end, a day's end."""
    if month and day:
        return _when(year, month, day) + 1 / (12 * calendar.monthrange(year, month)[1])
    if month:
        return year + month / 12
    return year + 1.0


def extent(event: Event) -> tuple[float, float, Shape]:
    """(start, end, shape) of an event at its own precision."""
    return _extent(event.precision, event.start_year, event.start_month, event.start_day,
                   event.end_year, event.end_month, event.end_day)


def _extent(precision: str, year: int, month: int | None, day: int | None, end_year: int | None,
            end_month: int | None, end_day: int | None) -> tuple[float, float, Shape]:
    start = _when(year, month, day)
    if precision == "range" and end_year is not None:
        return start, max(_period_end(end_year, end_month, end_day), start), "bar"
    if precision == "day" and month and day:
        return start, start, "point"
    return start, _period_end(year, month, None), "bar"


# --- text -------------------------------------------------------------------------------------

def fit_words(text: str, size: int, width: float) -> str:
    """``text`` cut at a word boundary (with "…") to fit ``width`` px; "" if not even one word fits."""
    font = _font(size)
    text = drawable(" ".join(text.split()))
    if font.getlength(text) <= width:
        return text
    words = text.split(" ")
    kept: list[str] = []
    for word in words:
        trial = " ".join([*kept, word]).rstrip(",;:—–-") + "…"
        if font.getlength(trial) > width:
            break
        kept.append(word)
    return " ".join(kept).rstrip(",;:—–-") + "…" if kept else ""


def _bucket_name(size: float) -> str:
    return {1 / 12: "month", 1: "year", 10: "decade", 100: "century"}.get(size, f"{size:g} years")


def _pair_key(pair: tuple[int, int], size: float) -> tuple[int, int]:
    """The bucket of (year, month or 0): (year, month) for months, else (year // size, 0)."""
    return pair if size < 1 else (pair[0] // int(size), 0)


def _bucket_label(key: tuple[int, int], size: float) -> str:
    if size < 1:
        year, month = key
        return f"{MONTHS[month - 1]} {year}" if month else str(year)
    first = key[0] * int(size)
    if size == 1:
        return str(first)
    if size == 10:
        return f"{first}s"
    return f"{max(first, 1)}–{first + int(size) - 1}"


# Events at one place: their date fields at their precision and their document.
Place = tuple[str, int, int | None, int | None, int | None, int | None, int | None, str]
Group = list[tuple[Place, list[Event]]]  # what one label stands for


def _place(event: Event) -> Place:
    return (event.precision, event.start_year, event.start_month, event.start_day, event.end_year,
            event.end_month, event.end_day, event.doc_key)


def _groups(events: Sequence[Event], places: dict[Place, list[Event]], slots: int) -> tuple[list[Group], float | None]:
    """Events grouped so that no more than ``slots`` labels are needed (None: one label each)."""
    if len(events) <= slots:
        return [[(_place(e), [e])] for e in events], None
    # Bucket keys depend on (year, month) only: try each size on the distinct pairs, then group places.
    pairs = {(place[1], place[2] or 0) for place in places}
    size = next((size for size in BUCKETS if len({_pair_key(pair, size) for pair in pairs}) <= slots), None)
    if size is None:
        raise ValueError("years beyond 9999 cannot be grouped")  # unreachable for stored events
    keyed: dict[tuple[int, int], Group] = {}
    for place, held in places.items():
        keyed.setdefault(_pair_key((place[1], place[2] or 0), size), []).append((place, held))
    return [keyed[k] for k in sorted(keyed)], size


def _spread(ideal: list[float], top: float, bottom: float, slot: float) -> list[float]:
    """Label rows near their ideal heights, ``slot`` apart, inside [top, bottom] (they fit)."""
    rows = list(ideal)
    for i in range(len(rows)):
        rows[i] = max(rows[i], top if i == 0 else rows[i - 1] + slot)
    for i in range(len(rows) - 1, -1, -1):
        rows[i] = min(rows[i], bottom if i == len(rows) - 1 else rows[i + 1] - slot)
    return rows


def _ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    step = next((s for s in TICK_STEPS if (hi - lo) / s <= MAX_TICKS), TICK_STEPS[-1])
    ticks: list[tuple[float, str]] = []
    if step < 1:
        months = round(step * 12)
        index = int(lo * 12) // months * months
        while index / 12 <= hi:
            if index / 12 >= lo:
                year, month = divmod(index, 12)
                ticks.append((index / 12, f"{MONTHS[month]} {year}" if month else str(year)))
            index += months
        return ticks
    year = int(lo) // int(step) * int(step)
    while year <= hi:
        if year >= lo:
            ticks.append((float(year), str(year)))
        year += int(step)
    return ticks


# --- drawing ----------------------------------------------------------------------------------

def _merged(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping (top, bottom) pixel runs as their unions, top to bottom."""
    out: list[tuple[int, int]] = []
    for top, bottom in sorted(runs):
        if out and top <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], bottom))
        else:
            out.append((top, bottom))
    return out


def _legend(places: dict[Place, list[Event]], docs: Mapping[str, DocumentInfo],
            ) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Colour per document (the ones with most events first) and the legend rows."""
    counts: dict[str, int] = {}
    for place, held in places.items():
        counts[place[-1]] = counts.get(place[-1], 0) + len(held)
    ranked = sorted(counts, key=lambda k: (-counts[k], k))
    named = ranked if len(ranked) <= LEGEND_MAX else ranked[:LEGEND_MAX - 1]
    colours = {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(named)}
    rows = [(docs[k].title if k in docs else k, colours[k]) for k in named]
    others = [k for k in ranked if k not in colours]
    for key in others:
        colours[key] = OTHER
    if others:
        rows.append((f"{len(others)} other documents", OTHER))
    return colours, rows


def render(events: Sequence[Event], docs: Mapping[str, DocumentInfo], *, title: str,
           from_year: int | None = None, to_year: int | None = None) -> Chart:
    """The chart of ``events`` (date order, as the store gives them) over [from_year, to_year]."""
    if not events:
        raise ValueError("a chart needs at least one event")
    # A dense span repeats its dates: everything below works on the distinct places, not events.
    places: dict[Place, list[Event]] = {}
    for event in events:
        places.setdefault(_place(event), []).append(event)
    spans = {place: _extent(*place[:7]) for place in places}
    lo = float(from_year) if from_year is not None else min(s for s, _, _ in spans.values())
    hi = float(to_year + 1) if to_year is not None else max(e for _, e, _ in spans.values())
    if hi - lo < 1 / 12:  # a single day or a few: show the month around them
        middle = (hi + lo) / 2
        lo, hi = middle - 1 / 24, middle + 1 / 24
    pad = (hi - lo) * 0.02
    lo, hi = lo - pad, hi + pad

    colours, legend = _legend(places, docs)
    lanes = {key: i % LANES for i, key in enumerate(dict.fromkeys(
        sorted(colours, key=lambda k: (colours[k] == OTHER, k))))}
    groups, size = _groups(events, places, MAX_LABELS)

    legend_top = MARGIN + TITLE_SIZE + 20 + SMALL_SIZE + 24
    plot_top = legend_top + len(legend) * 36 + 30
    plot_height = max(MIN_PLOT, (len(groups) + 1) * SLOT)
    plot_bottom = plot_top + plot_height
    height = plot_bottom + MARGIN

    def y_of(t: float) -> float:
        return plot_top + (min(max(t, lo), hi) - lo) / (hi - lo) * plot_height

    image = Image.new("RGB", (WIDTH, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    width_px = WIDTH - 2 * MARGIN
    draw.text((MARGIN, MARGIN), fit_words(title, TITLE_SIZE, width_px), font=_font(TITLE_SIZE), fill=INK)
    grouping = f" · grouped by {_bucket_name(size)}" if size is not None else ""
    subtitle = drawable(f"{len(events)} event{'s' if len(events) != 1 else ''}{grouping} · full text in the /timeline pages")
    draw.text((MARGIN, MARGIN + TITLE_SIZE + 20), subtitle, font=_font(SMALL_SIZE), fill=FAINT)
    for i, (name, colour) in enumerate(legend):
        row_top = legend_top + i * 36
        draw.rounded_rectangle((MARGIN, row_top + 3, MARGIN + 24, row_top + 27), radius=5, fill=colour)
        draw.text((MARGIN + 38, row_top), fit_words(name, TEXT_SIZE, width_px - 38) or "…", font=_font(TEXT_SIZE),
                  fill=INK)

    lanes_right = AXIS_X + 14 + LANES * LANE_W
    for t, text in _ticks(lo, hi):
        y = y_of(t)
        draw.line((AXIS_X - 8, y, lanes_right, y), fill=GRID, width=2)
        draw.text((AXIS_X - 16, y), drawable(text), font=_font(SMALL_SIZE), fill=FAINT, anchor="rm")
    draw.line((AXIS_X, plot_top, AXIS_X, plot_bottom), fill=INK, width=3)

    marks: list[Mark] = []
    tops: dict[Place, int] = {}
    points: set[tuple[int, int, str]] = set()  # places on the same pixels are drawn once
    bars: dict[tuple[int, str], list[tuple[int, int]]] = {}  # per lane and colour, merged before drawing
    for place, held in places.items():
        start, end, shape = spans[place]
        doc_key = place[-1]
        x = AXIS_X + 14 + lanes[doc_key] * LANE_W + LANE_W // 2
        top, bottom = round(y_of(start)), round(y_of(end))
        if shape == "bar":
            bottom = max(bottom, top + 8)  # a month in a chart of centuries is still visible
            bars.setdefault((x, colours[doc_key]), []).append((top, bottom))
        else:
            points.add((x, top, colours[doc_key]))
        tops[place] = top
        marks.append(Mark(tuple(e.event_key for e in held), doc_key, shape, x, top, bottom, colours[doc_key]))
    # Bars of one colour in one lane that overlap look like one bar: a dense span draws each run once
    # (thousands of rounded rectangles were most of a whole-corpus render).
    for (x, colour), runs in bars.items():
        for top, bottom in _merged(runs):
            draw.rounded_rectangle((x - 5, top, x + 5, bottom), radius=4, fill=colour)
    for x, top, colour in points:
        draw.ellipse((x - 7, top - 7, x + 7, top + 7), fill=colour, outline=BACKGROUND)

    counts = [sum(len(held) for _, held in group) for group in groups]
    ideal = [sum(tops[place] * len(held) for place, held in group) / n for group, n in zip(groups, counts, strict=True)]
    rows = _spread(ideal, plot_top + SLOT / 2, plot_bottom - SLOT / 2, SLOT)
    labels: list[Label] = []
    label_width = WIDTH - MARGIN - LABEL_X - 30
    for group, n, want, row in zip(groups, counts, ideal, rows, strict=True):
        if n == 1:
            event = group[0][1][0]
            date = drawable(format_event_date(event))
            summary = fit_words(event.summary, TEXT_SIZE, label_width - _font(TEXT_SIZE).getlength(drawable(f"{date} — ")))
            text = drawable(f"{date} — {summary}") if summary else date
        else:
            assert size is not None
            first = group[0][0]
            text = drawable(f"{_bucket_label(_pair_key((first[1], first[2] or 0), size), size)} · {n} events")
        shades = {colours[place[-1]] for place, _ in group}
        swatch = shades.pop() if len(shades) == 1 else OTHER
        draw.line((lanes_right + 4, want, LABEL_X - 8, row), fill=GRID, width=2)
        draw.ellipse((LABEL_X, row - 9, LABEL_X + 18, row + 9), fill=swatch)
        draw.text((LABEL_X + 30, row), text, font=_font(TEXT_SIZE), fill=INK, anchor="lm")
        labels.append(Label(text, tuple(e.event_key for _, held in group for e in held), round(row)))

    out = io.BytesIO()
    # A palette PNG (the chart's own colours and their anti-aliasing blends with white) is a third
    # of the size of an RGB one and encodes in half the time: zlib dominates the render.
    image.quantize(palette=_palette(), dither=Image.Dither.NONE).save(out, "PNG", compress_level=3)
    return Chart(out.getvalue(), WIDTH, height, marks, labels, legend,
                 _bucket_name(size) if size is not None else None)

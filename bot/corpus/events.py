"""Each event once: near-duplicate events merged within and across documents, every source kept.

Two events are the same when their dates agree at compatible precision ("1991" and "December
1991"; a range only with the same range) and they have the same subject: their summaries
mostly share their content words, or at least three content words stand around the date in
both ("the collapse of the Soviet Union in 1991" / "in 1991 - the collapse of the Soviet Union").
The first telling (in build order) stays the event; each later one becomes an ``EventSource``
of it, so ``/fact`` and ``/timeline`` can say "also in …".
"""

from __future__ import annotations

import re

from bot.corpus.model import Event, EventSource

_WORD = re.compile(r"[A-Za-z0-9]+")
_STOP = frozenset(
    """a an the of in on at to for from by with and or but as is was were be been has have had it its this that
    these those their his her they he she which who whom when while after before since into over under about
    also not no than then there here so such more most very""".split()  # noqa: SIM905
)
_COARSE = ("week", "season", "decade")
SHARED_NEAR_DATE = 3  # content words around the date both tellings share
SIMILAR_SUMMARIES = 0.6  # Jaccard similarity of the summaries' content words


def _content(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP and not w.isdigit()}


def _near_date(event: Event, words: int = 8) -> set[str]:
    """Content words within ``words`` words either side of the date in the summary."""
    text = event.summary
    at = text.find(event.expr_text)
    start, end = (at, at + len(event.expr_text)) if at >= 0 else (len(text), len(text))
    return _content(" ".join(_WORD.findall(text[:start])[-words:] + _WORD.findall(text[end:])[:words]))


def compatible_dates(a: Event, b: Event) -> bool:
    """The same date, or one a coarser reading of the other ("1991" and "December 1991")."""
    if (a.precision == "range") != (b.precision == "range"):
        return False
    if a.precision == "range":
        return (a.start_year, a.end_year) == (b.start_year, b.end_year)
    if a.start_year != b.start_year:
        return False
    if a.precision in _COARSE or b.precision in _COARSE:
        return a.value == b.value
    for mine, theirs in ((a.start_month, b.start_month), (a.start_day, b.start_day)):
        if mine is not None and theirs is not None and mine != theirs:
            return False
    return True


def same_event(a: Event, b: Event) -> bool:
    if not compatible_dates(a, b) or a.status != b.status:
        return False
    if a.event_key == b.event_key:
        return True
    ta, tb = _content(a.summary), _content(b.summary)
    if ta and tb and len(ta & tb) / len(ta | tb) >= SIMILAR_SUMMARIES:
        return True
    return len(_near_date(a) & _near_date(b)) >= SHARED_NEAR_DATE


def source_of(event: Event) -> EventSource:
    return EventSource(event.event_key, event.doc_key, event.passage_key, event.sent_start, event.sent_end,
                       event.summary)


class EventMerger:
    """Collects events in build order; a near-duplicate of a kept event becomes one of its sources."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._keys: set[str] = set()
        self._by_year: dict[int, list[Event]] = {}

    def add(self, event: Event) -> bool:
        """True when ``event`` is kept as a new event; False when it was merged into an earlier one."""
        if event.event_key in self._keys:
            return False
        for kept in self._by_year.get(event.start_year, ()):
            if same_event(kept, event):
                if (event.doc_key, event.passage_key, event.sent_start) != (kept.doc_key, kept.passage_key,
                                                                             kept.sent_start):
                    kept.sources.append(source_of(event))
                    kept.sources.extend(event.sources)
                return False
        self._keys.add(event.event_key)
        self._by_year.setdefault(event.start_year, []).append(event)
        self.events.append(event)
        return True

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
from dataclasses import dataclass

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


NEAR_WORDS = 8  # words either side of the date that tell its subject


def _content(words: list[str]) -> frozenset[str]:
    # One set difference in C instead of a membership test per word in Python.
    return frozenset([w.lower() for w in words if not w.isdigit()]) - _STOP


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


@dataclass(frozen=True)
class _Profile:
    """What the comparison needs of an event, computed once."""

    words: frozenset[str]
    near: frozenset[str]


def _profile(event: Event) -> _Profile:
    """The summary's content words, and those within NEAR_WORDS words either side of the date."""
    text = event.summary
    at = text.find(event.expr_text)
    # A leading "In 1989, …" is dropped from the summary: the date stood before its first word.
    start, end = (at, at + len(event.expr_text)) if at >= 0 else (0, 0)
    left, right = _WORD.findall(text, 0, start), _WORD.findall(text, end)
    return _Profile(_content(left + _WORD.findall(event.expr_text) + right),
                    _content(left[-NEAR_WORDS:] + right[:NEAR_WORDS]))


def _same_subject(a: _Profile, b: _Profile) -> bool:
    if len(a.near & b.near) >= SHARED_NEAR_DATE:
        return True
    small, large = sorted((len(a.words), len(b.words)))
    if not small or small < SIMILAR_SUMMARIES * large:
        return False  # even a full overlap could not reach the similarity
    shared = len(a.words & b.words)
    return shared / (small + large - shared) >= SIMILAR_SUMMARIES


def same_event(a: Event, b: Event) -> bool:
    if not compatible_dates(a, b) or a.status != b.status:
        return False
    return a.event_key == b.event_key or _same_subject(_profile(a), _profile(b))


def source_of(event: Event) -> EventSource:
    return EventSource(event.event_key, event.doc_key, event.passage_key, event.sent_start, event.sent_end,
                       event.summary)


_Bucket = tuple[int, int | None, int | None, int | None, str]


def _bucket(event: Event) -> _Bucket:
    return (event.start_year, event.start_month, event.start_day, event.end_year, event.precision)


def _coarser(event: Event) -> list[_Bucket]:
    """The buckets an event may merge into: its own date, and the same date read more coarsely."""
    own = _bucket(event)
    if event.precision not in ("day", "month"):
        return [own]
    buckets = [own]
    if event.start_day is not None:
        buckets.append((event.start_year, event.start_month, None, None, "month"))
    buckets.append((event.start_year, None, None, None, "year"))
    return buckets


class EventMerger:
    """Collects events in build order; a near-duplicate of a kept event becomes one of its sources.

    Events are compared only within their date's bucket (and with the same date read more
    coarsely: "December 1991" merges into an earlier "1991"), each event's words are computed
    once, and ``across_documents`` skips pairs from one document (already merged by
    ``extract_events``): the build stays linear in practice on a large corpus.
    """

    def __init__(self, across_documents: bool = False) -> None:
        self.events: list[Event] = []
        self.across_documents = across_documents
        self._keys: set[str] = set()
        self._buckets: dict[_Bucket, list[tuple[Event, _Profile]]] = {}

    def add(self, event: Event) -> bool:
        """True when ``event`` is kept as a new event; False when it was merged into an earlier one."""
        if event.event_key in self._keys:
            return False
        profile = _profile(event)
        for bucket in _coarser(event):
            for kept, kept_profile in self._buckets.get(bucket, ()):
                if self.across_documents and kept.doc_key == event.doc_key:
                    continue
                if kept.status != event.status or not _same_subject(kept_profile, profile):
                    continue
                if (event.doc_key, event.passage_key, event.sent_start) != (kept.doc_key, kept.passage_key,
                                                                             kept.sent_start):
                    kept.sources.append(source_of(event))
                    kept.sources.extend(event.sources)
                return False
        self._keys.add(event.event_key)
        self._buckets.setdefault(_bucket(event), []).append((event, profile))
        self.events.append(event)
        return True

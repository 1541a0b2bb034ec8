"""How dated events look: one line of date, summary and short citation; pages of eight."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import discord

from bot.corpus.model import Event
from bot.store.content import DocumentInfo
from bot.ui.cite import format_event_date
from bot.ui.errors import UserFacingError
from bot.ui.paginator import LazyPages
from bot.ui.passages import citation, inline
from bot.ui.text import escape_markdown, truncate

EVENTS_PER_PAGE = 8
MIN_YEAR, MAX_YEAR = 1, 9999
SUMMARY_LIMIT = 300
TIMELINE_COLOUR = discord.Colour.teal()

# format_event_date renders MID and ABOUT itself; these are the other modifiers the build emits.
_MODIFIER = {"BEFORE": "before", "AFTER": "after", "SINCE": "since", "UNTIL": "until", "START": "early",
             "END": "late"}
_CERTAINTY = {"inferred": "year inferred", "relative": "relative to the publication date"}
ALSO_IN_LIMIT = 3  # document titles named after "also in"; more are counted


def event_date(event: Event) -> str:
    """"28 Apr 1946", "Dec 1992", "2000–2004", "before 1945"; at the precision the text gives."""
    text = format_event_date(event)
    word = _MODIFIER.get(event.modifier or "")
    return f"{word} {text}" if word else text


def certainty_note(event: Event) -> str | None:
    """"year inferred" when the year came from context rather than the expression itself."""
    return _CERTAINTY.get(event.certainty)


def event_heading(event: Event) -> str:
    notes = [n for n in (certainty_note(event), "scheduled" if event.status == "scheduled" else None) if n]
    return f"{event_date(event)} ({'; '.join(notes)})" if notes else event_date(event)


def also_in_line(docs: Sequence[DocumentInfo]) -> str | None:
    """"also in *A*, *B* and 2 more": the other documents that tell the same event."""
    if not docs:
        return None
    names = [inline(truncate(d.title, 60)) for d in docs[:ALSO_IN_LIMIT]]
    more = len(docs) - len(names)
    return "also in " + ", ".join(names) + (f" and {more} more" if more else "")


def also_in_docs(event: Event, docs: Mapping[str, DocumentInfo]) -> list[DocumentInfo]:
    seen = {event.doc_key}
    found = []
    for source in event.sources:
        if source.doc_key not in seen and source.doc_key in docs:
            seen.add(source.doc_key)
            found.append(docs[source.doc_key])
    return found


def check_years(from_year: int | None, to_year: int | None) -> tuple[int | None, int | None, str | None]:
    """Validate a year range; a reversed one is swapped, and the returned note says so."""
    for year in (from_year, to_year):
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            raise UserFacingError(f"{year} is not a year I can look up: use a year between {MIN_YEAR} and "
                                  f"{MAX_YEAR}, for example `from_year: 1990`.")
    if from_year is not None and to_year is not None and from_year > to_year:
        return to_year, from_year, (f"You gave the years the other way round, so I swapped them: "
                                    f"{to_year}–{from_year}.")
    return from_year, to_year, None


def range_label(from_year: int | None, to_year: int | None) -> str:
    if from_year is not None and to_year is not None:
        return str(from_year) if from_year == to_year else f"{from_year}–{to_year}"
    if from_year is not None:
        return f"from {from_year}"
    if to_year is not None:
        return f"up to {to_year}"
    return ""


def range_phrase(from_year: int | None, to_year: int | None) -> str:
    """The range inside a sentence: "in 1990", "between 1990 and 2000", "from 1990 onwards", "up to 1990"."""
    if from_year is not None and to_year is not None:
        return f"in {from_year}" if from_year == to_year else f"between {from_year} and {to_year}"
    if from_year is not None:
        return f"from {from_year} onwards"
    return f"up to {to_year}" if to_year is not None else ""


def event_field(event: Event, doc: DocumentInfo | None, also: Sequence[DocumentInfo] = ()) -> tuple[str, str]:
    """(field name, field value): the date, then the summary, a short citation and "also in …"."""
    summary = escape_markdown(truncate(event.summary, SUMMARY_LIMIT))
    source = citation(doc, short=True) if doc is not None else inline(event.doc_key)
    more = also_in_line(also)
    return event_heading(event), f"{summary}\n— {source}" + (f"\n— {more}" if more else "")


class EventPages(LazyPages):
    """The events in the order given, ``per_page`` to an embed, each built when it is shown.

    A large corpus has thousands of events: building every page up front took ~0.2 s of event
    loop time at 7,000 events, for pages nobody may ever turn to.
    """

    def __init__(self, events: Sequence[Event], docs: Mapping[str, DocumentInfo], *, title: str,
                 note: str | None = None, per_page: int = EVENTS_PER_PAGE) -> None:
        self.events, self.docs, self.title, self.note, self.per_page = events, docs, title, note, per_page

    def item_count(self) -> int:
        return len(self.events)

    def page(self, index: int) -> discord.Embed:
        total = len(self.events)
        start = index * self.per_page
        chunk = self.events[start:start + self.per_page]
        shown = f"Events {start + 1}–{start + len(chunk)} of {total}" if total > self.per_page else \
            f"{total} event{'s' if total != 1 else ''}"
        embed = discord.Embed(title=self.title, description=f"{self.note}\n{shown}" if self.note else shown,
                              colour=TIMELINE_COLOUR)
        for event in chunk:
            name, value = event_field(event, self.docs.get(event.doc_key), also_in_docs(event, self.docs))
            embed.add_field(name=name, value=value, inline=False)
        return embed


"""Events that are events, told once (issue 11): exclusions, standalone summaries, merging.

Captions, figure and table descriptions, reference entries and evaluations are left out; an
announcement after the publication date is scheduled; a summary has a subject and a verb; the
same event told twice (in one document or in two) is one event that cites every telling, through
the build, the content store and the /timeline and /fact formatting.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_dates import events_of

from bot.build import build_store
from bot.corpus.dates import has_verb
from bot.corpus.events import EventMerger, same_event
from bot.exts.reference._format import EventPages, also_in_line, event_heading
from bot.store.content import ContentStore


# ------------------------------------------------------------------------------------ captions
@pytest.mark.parametrize(
    "caption",
    [
        # a future tense about a date before the publication date, set off as its own paragraph
        "The SU-25 attack aircraft will fly over the square during the parade on May 9, 2024.",
        # a photo credit
        "Tourists take a photo on February 1, 2025 in the old garden (Photo: Chen Hao/Xinhua)",
        "Delegates arrive for the summit in Kazan on October 23, 2024 (Xinhua/Shen Hong)",
        "Photo: Crowds gather outside the stadium on 4 June 2024.",
    ],
)
def test_captions_are_not_events(caption: str) -> None:
    body = "The two presidents met in the capital in March 2025 and signed a long list of agreements."
    events = events_of(body, caption, "Trade between the two countries rose sharply in 2024.", date="2025-05",
                       kind="news")
    assert [e.value for e in events] == ["2025-03", "2024"]


def test_a_future_tense_in_a_long_paragraph_is_not_taken_for_a_caption() -> None:
    text = ("The agency confirmed the schedule in a long statement to the press. It said the telescope will "
            "observe the comet on May 9, 2026, and the data will be public a month later. Engineers are still "
            "testing the cameras, and the launch team is preparing the last checks before the window opens.")
    events = events_of(text, date="2025-05", kind="news")
    assert [(e.value, e.status) for e in events] == [("2026-05-09", "scheduled"), ("2026-06", "scheduled")]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Thousands of runners will cross the bridge at dawn on 12 April 2019, the organisers said.", "2020-02"),
        ("The new terminal will open to passengers in March 2011, a year behind schedule.", "2013-06-01"),
        ("The museum will show the restored altarpiece from 4 May 1998 until the end of the summer.", "1999-01"),
        # the date hangs on a participle far from the sentence's own "will"
        ("The restored steam engine will run along the harbour line during the harbour festival, marking the "
         "150th anniversary of the opening of the Great Western railway line to the old port of Bristol and its "
         "docks in the west of England on 12 June 2019.", "2020-02"),
    ],
)
def test_a_future_tense_about_a_date_before_publication_is_no_event_inside_a_paragraph(sentence: str,
                                                                                      date: str) -> None:
    """Written before the date it looks ahead to, and published after it: the sentence is stale (a
    caption or a reused paragraph), whether or not it stands alone."""
    text = ("The city council discussed the plans again at length, with several members asking "
            "for more detail on costs. " + sentence + " Critics say the budget is still not clear.")
    assert events_of(text, date=date, kind="news") == []


@pytest.mark.parametrize(
    "line",
    [
        "Figure 3 shows the growth of trade between 2000 and 2004 in both directions.",
        "Table 2: Exports by sector in 1998, in millions of dollars.",
        "Source: national statistics office, 2021 yearbook of trade.",
    ],
)
def test_figure_and_table_descriptions_are_not_events(line: str) -> None:
    assert events_of(line, kind="paper") == []


@pytest.mark.parametrize(
    "entry",
    [
        "Smith, J. (2001). The politics of the border. Journal of Asian Studies, 12(3), 45-67.",
        "[4] Wang, L. and Chen, M. 2015. Trade and trust. Beijing: People's Press, pp. 23-40.",
        "Ivanov, P., Orlov, S., 1998. Soviet archives revisited. doi:10.1000/xyz123",
        "Brown et al. (2019) Ocean warming and coral loss. Retrieved from https://example.org/coral",
    ],
)
def test_reference_entries_are_not_events(entry: str) -> None:
    assert events_of(entry, kind="paper") == []


@pytest.mark.parametrize(
    "evaluation",
    [
        "Putin's administration in 2000 is an indispensable sign that relations entered a new era.",
        "The treaty of 1994 remains a powerful symbol of the new partnership between the two states.",
        "The crisis of 2008 is a reminder that markets can fail all at once.",
    ],
)
def test_evaluations_are_not_events(evaluation: str) -> None:
    assert events_of(evaluation, kind="paper") == []


def test_an_event_beside_an_evaluation_stays() -> None:
    [event] = events_of("Vladimir Putin took office in 2000 and reshaped foreign policy.", kind="paper")
    assert event.start_year == 2000


# ------------------------------------------------------------------------------- announcements
def test_announcements_are_scheduled_and_say_so() -> None:
    events = events_of(
        "The minister said the bridge will open in September 2026, two years later than planned.",
        "Work on the bridge began in March 2021 after a long debate.",
        date="2025-11-02", kind="news",
    )
    assert [(e.value, e.status) for e in events] == [("2026-09", "scheduled"), ("2021-03", "past")]
    assert "scheduled" in event_heading(events[0])
    assert "scheduled" not in event_heading(events[1])


# ---------------------------------------------------------------------------------- summaries
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The stage of rapid growth (2008-2012) and the present one.", True),
        ("Chapter 4. The years of crisis, 1929-1933", True),
        ("The economy shrank by a fifth in 1991.", False),
        ("Gorbachev visited Beijing in 1989.", False),
        ("The garrison withdrew from the city in 1946.", False),
        ("The museum opens its new wing in 2026.", False),
    ],
)
def test_has_verb_tells_a_clause_from_a_fragment(text: str, fragment: bool) -> None:
    assert has_verb(text) is not fragment


def test_a_fragment_is_no_event_and_every_summary_has_a_verb() -> None:
    assert events_of("The years of crisis (1929-1933) and after.", kind="paper") == []
    events = events_of(
        "In 1961 the first cosmonaut orbited the earth, and in 1969 two astronauts walked on the moon.",
        "The treaty of 1987, signed in Washington, removed a whole class of missiles.",
        kind="paper",
    )
    assert [e.start_year for e in events] == [1961, 1969, 1987]
    assert all(has_verb(e.summary.replace(e.expr_text, " ")) for e in events)
    assert all(not e.summary.endswith((" and", " the", " of", ",")) for e in events)


# ------------------------------------------------------------------------------------- merging
def test_the_same_event_told_three_times_in_one_history_is_one_event_with_its_sources() -> None:
    events = events_of(
        "The collapse of the Soviet Union in 1991 left a profound lesson in history.",
        "Economic failure and nationalism eventually led to the turning point in 1991 - the collapse of the "
        "Soviet Union.",
        "In 1991 the Soviet Union and China signed an agreement on the eastern border.",
        kind="paper",
    )
    assert len(events) == 2  # the collapse (told twice) and the border agreement
    collapse, border = events
    assert "collapse" in collapse.summary and len(collapse.sources) == 1
    assert "turning point" in collapse.sources[0].summary
    assert "border" in border.summary and border.sources == []


def test_compatible_precision_merges_but_different_days_do_not() -> None:
    merger = EventMerger()
    [year] = events_of("The Berlin Wall fell in 1989, opening the border between east and west.", kind="paper")
    [day] = events_of("On November 9, 1989, the Berlin Wall fell, opening the border between east and west.",
                      kind="paper")
    [other_day] = events_of("On November 10, 1989, the Berlin Wall fell, opening the border between east and west.",
                            kind="paper")
    assert same_event(year, day) and not same_event(day, other_day)
    assert merger.add(year) and not merger.add(day) and not merger.add(other_day)
    assert len(merger.events) == 1 and len(year.sources) == 2


def test_scheduled_and_past_tellings_are_not_merged() -> None:
    [past] = events_of("The BRICS summit was held in Kazan in October 2024 with twenty leaders.", kind="paper")
    [plan] = events_of("The BRICS summit will be held in Kazan in October 2024 with twenty leaders.", date="2024-05",
                       kind="news")
    assert past.status == "past" and plan.status == "scheduled"
    assert not same_event(past, plan)


NEWS = """---
title: Leaders mark the anniversary of the border treaty
author: Wire service
kind: news
date: 2021-07-16
---
The two countries signed the treaty of good-neighbourliness in Moscow on July 16, 2001, ending decades of dispute.

On Thursday, the two presidents praised the treaty in a video call and promised closer trade ties.

Officials from both foreign ministries described the anniversary as a chance to review cooperation in energy, transport and education, and several regional governors joined the call from their capitals.

Analysts in both countries said the tone of the call was warmer than at any meeting of recent years, although no new agreements were announced and the economic figures remained modest.
"""

HISTORY = """---
title: A short history of the border question
author: A. Historian
kind: paper
date: 2019
---
After long negotiations, the treaty of good-neighbourliness was signed in Moscow on July 16, 2001, ending decades of dispute over the border.

In 2004 a supplementary agreement settled the last islands in the river.

Historians still debate how much the settlement owed to the personal diplomacy of the two leaders, and how much to the exhaustion of both bureaucracies after forty years of surveys, commissions and incidents on the ice.

The archives of the border commissions, opened in part a decade later, show maps redrawn dozens of times.
"""


async def test_an_event_told_by_two_documents_is_stored_once_and_says_also_in(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a-news.txt").write_text(NEWS, encoding="utf-8")
    (docs / "b-history.txt").write_text(HISTORY, encoding="utf-8")
    out = tmp_path / "store.sqlite3"
    build_store(docs, tmp_path / "no-questions", out)
    store = await ContentStore.open(out)
    try:
        events = await store.events()
        treaty = [e for e in events if e.value == "2001-07-16"]
        assert len(treaty) == 1, [(e.doc_key, e.summary) for e in treaty]
        [event] = treaty
        assert {event.doc_key, *(s.doc_key for s in event.sources)} == {"a-news.txt", "b-history.txt"}
        assert len(event.sources) == 1 and "Moscow" in event.sources[0].summary
        assert (await store.event(event.event_key)).sources == event.sources  # type: ignore[union-attr]
        also = await store.also_in(event)
        other = "b-history.txt" if event.doc_key == "a-news.txt" else "a-news.txt"
        assert [d.doc_key for d in also] == [other]
        # the weekday is resolved against the news article's own publication date (a Friday)
        assert any(e.value == "2021-07-15" and e.doc_key == "a-news.txt" for e in events)
        docs_by_key = {d.doc_key: d for d in await store.documents()}
        page = EventPages(events, docs_by_key, title="Timeline")[0]
        field = next(f for f in page.fields if "2001" in (f.name or ""))
        assert f"also in {also[0].title}" in (field.value or "")
    finally:
        await store.close()


def test_also_in_names_three_documents_and_counts_the_rest() -> None:
    from bot.store.content import DocumentInfo

    docs = [DocumentInfo(f"d{i}.txt", f"Title {i}", None, "news", None, None, None, 1, 1, 0) for i in range(5)]
    assert also_in_line([]) is None
    assert also_in_line(docs[:1]) == "also in Title 0"
    assert also_in_line(docs) == "also in Title 0, Title 1, Title 2 and 2 more"

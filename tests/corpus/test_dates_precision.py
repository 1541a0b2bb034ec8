"""The careful reader's rules that keep timeline dates right (issue 11, precision part).

Every rule is pinned with invented sentences from different kinds of documents.
"""

from __future__ import annotations

import pytest
from test_dates import events_of

from bot.corpus.model import Event


def one(events: list[Event]) -> Event:
    assert len(events) == 1, [(e.value, e.summary) for e in events]
    return events[0]


# ---------------------------------------------------------------- quotation marks are not markup
@pytest.mark.parametrize(
    ("paragraphs", "date", "value"),
    [
        (["``The bridge is safe,'' the city engineer said on Tuesday after the inspection."], "2003-04-10",
         "2003-04-08"),
        (["The coach called the match ``a lesson for all of us'' after the defeat in March 1987."], None, "1987-03"),
        (["''We will not give up,'' the strikers' leader told the crowd yesterday at the gates."], "1995-11-02",
         "1995-11-01"),
    ],
)
def test_typewriter_quotation_marks_are_quotations_shown_as_curly_ones(paragraphs: list[str], date: str | None,
                                                                       value: str) -> None:
    event = one(events_of(*paragraphs, date=date, kind="news" if date else "paper"))
    assert event.value == value
    assert "``" not in event.summary and "''" not in event.summary
    assert "\u201c" in event.summary and "\u201d" in event.summary


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor spoke at length. \"The flood came at night. The water took the school on Sunday and the mill "
        "with it. Nobody was hurt,\" she said.",
        "``Prices will fall,'' the trader said. ``They fell on Monday, and they will fall again. That is "
        "certain,'' he added.",
    ],
)
def test_a_quotation_running_over_several_sentences_still_dates_its_events(paragraph: str) -> None:
    events = events_of(paragraph, date="2011-06-15", kind="news")
    assert [e.value for e in events] == ["2011-06-12" if "Sunday" in paragraph else "2011-06-13"]


def test_a_sentence_with_a_quotation_mark_no_passage_closes_is_still_not_an_event() -> None:
    assert events_of("The board met on 4 May 1990 and \"agreed to sell the mill.", kind="paper") == []

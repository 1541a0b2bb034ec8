"""Timeline extraction on invented sentences: the grammar, context resolution, summaries, keys."""

from __future__ import annotations

import pytest

from bot.corpus.dates import extract_events, find_mentions, summarise, truncate
from bot.corpus.keys import make_key
from bot.corpus.model import CleanDocument, DocMeta, Event, Passage
from bot.corpus.sentences import split_sentences


def make_doc(*paragraphs: str, date: str | None = None, kind: str | None = "paper") -> tuple[CleanDocument, list[Passage]]:
    """A document whose paragraphs are its body passages, split into sentences by the real splitter."""
    text = "\n\n".join(paragraphs)
    doc = CleanDocument("invented.txt", DocMeta("Invented", kind=kind, date=date), "", text, [])  # type: ignore[arg-type]
    passages, offset = [], 0
    for i, para in enumerate(paragraphs):
        key = make_key("p", doc.doc_key, para)
        passages.append(Passage(key, doc.doc_key, i, "body", "", offset, offset + len(para), para, split_sentences(para)))
        offset += len(para) + 2
    return doc, passages


def events_of(*paragraphs: str, date: str | None = None, kind: str | None = "paper") -> list[Event]:
    doc, passages = make_doc(*paragraphs, date=date, kind=kind)
    return extract_events(doc, passages)


def dates(events: list[Event]) -> list[tuple]:
    return [(e.start_year, e.start_month, e.start_day) for e in events]


# ---------------------------------------------------------------------------- grammar
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On April 28, 1946, the army left the city.", (1946, 4, 28, "day")),
        ("On 28 April 1946 the army left the city.", (1946, 4, 28, "day")),
        ("On 3rd March 1821 the republic was founded.", (1821, 3, 3, "day")),
        ("In February 1991, the economy shrank sharply.", (1991, 2, None, "month")),
        ("In December of 1992 the treaty was signed.", (1992, 12, None, "month")),
        ("The Sept. 1962 crisis frightened everyone.", (1962, 9, None, "month")),
        ("The collapse of the empire in 1991 left a lesson.", (1991, None, None, "year")),
    ],
)
def test_explicit_dates_are_read_at_their_precision(text: str, expected: tuple) -> None:
    [mention] = [m for m in find_mentions(text) if m.year]
    assert (mention.year, mention.month, mention.day, mention.precision) == expected
    assert mention.certainty == "explicit"


@pytest.mark.parametrize(
    "text",
    [
        "The bank lent $300 million to the new state over ten years.",
        "Inflation soared to 300% within a single winter season.",
        "Assistance covered 156 key projects across the whole country.",
        "The school is at Minsk 220030, Belarus, near the main square.",
        "They celebrated the 80th anniversary of the victory with a parade.",
        "Trade rose to US$244.8 billion, the highest level ever reported.",
        "The general moved 1500 troops to the border in a single night.",
        "Cairn's shares closed down 247p, or 18%, at 1115 pence on the news.",
        "The field produced 1850 barrels a day before the pumps failed.",
        "The mill's annual rent was fixed at 1250 kroner by the council.",
        "As Fig. 2 shows, relations improved over the whole period.",
        "The COVID-19 outbreak and the G20 meeting dominated the news.",
        "The vote passed by 1,946 to 1,200 after a long debate.",
        "The message falls back to a DM when it is longer than 1000 characters.",
        "An author name of 1–1000 characters is shown in the start message.",
        "Numbers are plain tokens: `1914` matches, but a longer one does not.",
    ],
)
def test_amounts_percentages_counts_codes_and_ordinals_are_not_years(text: str) -> None:
    assert [m for m in find_mentions(text) if m.year] == []
    assert events_of(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The stage of friendship (2000-2004) came first.", 2000, 2004),
        ("Relations grew steadily from 1950 to 1961 in every field.", 1950, 1961),
        ("Talks were held between 1991 and 1993 in the capital.", 1991, 1993),
        ("The war years 1939–45 changed the whole continent.", 1939, 1945),
    ],
)
def test_year_ranges_are_ranges(text: str, start: int, end: int) -> None:
    [event] = events_of(text)
    assert (event.start_year, event.end_year, event.precision) == (start, end, "range")


def test_a_year_before_a_plural_noun_is_still_a_year_after_the() -> None:
    [event] = events_of("The 1946 elections changed the balance of power in the whole country.")
    assert event.start_year == 1946
    [event] = events_of("Relations were calm for a while. 1983 was a year of quiet talks between them.")
    assert event.start_year == 1983  # "was" ends in s but is no plural noun


def test_centuries_and_very_long_ranges_are_not_timeline_events_but_decades_are() -> None:
    # Issue 11 asks for decades on the timeline (the old test kept them out).
    assert events_of(
        "In the 21st century the two countries grew much closer again.",
        "The chart covers the development of relations from 1950 to 2021.",
    ) == []
    [event] = events_of("In the 1990s the economy collapsed in many former republics.")
    assert (event.start_year, event.end_year, event.precision, event.value) == (1990, 1999, "decade", "199X")


def test_before_a_year_is_a_state_but_since_a_year_starts_an_event_and_early_and_mid_qualify_one() -> None:
    # Issue 11: "since 2014" is an event's start (the old test kept it out).
    [event] = events_of("Since 2000 the partnership of Brazil and India has grown ever more mature.")
    assert (event.start_year, event.modifier) == (2000, "SINCE")
    assert events_of("The army had to shrink back to its size before 1964 at once.") == []
    [event] = events_of("In early 2020 the COVID-19 pandemic changed the balance of forces.")
    assert (event.start_year, event.modifier) == (2020, "START")


# ------------------------------------------------------------------ context resolution
def test_day_without_year_takes_the_year_of_the_preceding_text() -> None:
    events = events_of(
        "On April 28, 1946, the Soviet garrison withdrew from the northern city.",
        "On December 21, a trade representative opened Odessa's first shipping route.",
    )
    assert dates(events) == [(1946, 4, 28), (1946, 12, 21)]
    assert events[1].certainty == "inferred"
    assert "1946" in (events[1].anchor_note or "")


def test_month_of_that_year_takes_the_previous_explicit_year() -> None:
    events = events_of(
        "As early as 1992, Moscow and Beijing tried to restart friendly exchanges. In December of that year, "
        "President Yeltsin visited the capital and signed a joint statement."
    )
    assert dates(events) == [(1992, None, None), (1992, 12, None)]
    assert events[1].certainty == "inferred"
    assert events[1].summary.startswith("President Yeltsin visited the capital")


def test_bare_month_takes_the_first_explicit_year_later_in_the_paragraph() -> None:
    events = events_of(
        "President Xi attended the forum held in the capital in mid May. A summit will be held in the "
        "south in September. Xi then attended the G20 summit 2017 held in Hamburg, Germany.",
        date=None,
        kind="opinion",
    )
    assert [(e.start_year, e.start_month, e.modifier, e.certainty) for e in events] == [
        (2017, 5, "MID", "inferred"),
        (2017, 9, None, "inferred"),
        (2017, None, None, "explicit"),
    ]


def test_bare_month_in_news_takes_the_publication_year() -> None:
    [event] = events_of("The two presidents spoke in a long telephone conversation in February.", date="2025-05", kind="news")
    assert (event.start_year, event.start_month, event.certainty) == (2025, 2, "relative")


def test_years_ago_is_relative_to_the_publication_date_and_approximate() -> None:
    [event] = events_of("More than 80 years ago, people from many countries fought side by side.", date="2025-05")
    assert (event.start_year, event.modifier, event.certainty, event.precision) == (1945, "ABOUT", "relative", "year")
    [event] = events_of("Eighty years ago, delegates met to sign the new charter.", date="2025")
    assert event.start_year == 1945


def test_nothing_is_guessed_without_an_anchor() -> None:
    # no publication date, no year anywhere: unresolved, so left out (never "this year")
    assert events_of("More than 80 years ago, people from many countries fought side by side.") == []
    assert events_of("In December, the delegation travelled to the capital for talks.") == []
    assert events_of("On December 21, the first cargo ships sailed down the river.") == []


def test_weekdays_need_a_publication_date_that_names_the_day() -> None:
    # Issue 11: weekdays are resolved against a full publication date (the old test never placed them).
    text = "The president will pay a state visit to the capital from Wednesday to Saturday."
    assert events_of(text, date="2025-05", kind="news") == []
    assert events_of(text, kind="news") == []
    [event] = events_of(text, date="2025-05-05", kind="news")  # a Monday
    assert (event.precision, event.value, event.status) == ("range", "2025-05-07/2025-05-10", "scheduled")


# --------------------------------------------------------------------------- summaries
def test_leading_temporal_adverbial_is_removed_and_the_rest_capitalised() -> None:
    [event] = events_of("On April 28, 1946, with the withdrawal of troops from the city, the party took over.")
    assert event.summary == "With the withdrawal of troops from the city, the party took over."
    [event] = events_of("The collapse of the empire in 1991 left a profound lesson.")
    assert event.summary == "The collapse of the empire in 1991 left a profound lesson."


def test_semicolon_clauses_become_separate_events() -> None:
    events = events_of(
        "The leader kept his word. In January 1987, troops withdrew from the border in good order; "
        "on the other issue in 1989, the government compromised and backed down."
    )
    assert dates(events) == [(1987, 1, None), (1989, None, None)]
    assert events[0].summary == "Troops withdrew from the border in good order"
    assert events[1].summary.startswith("On the other issue in 1989, the government compromised")


def test_long_summaries_are_cut_at_a_boundary_never_mid_word() -> None:
    sentence = "In 1900, " + ", ".join(f"the province number {i} joined the union peacefully" for i in range(12)) + "."
    summary = summarise(sentence, 3, 7)
    assert len(summary) <= 201  # the date is early: cut near 200
    assert summary.endswith("…")
    words = set(sentence.lower().replace(",", " ").replace(".", " ").split())
    assert all(w in words for w in summary.lower().rstrip("…").replace(",", " ").split())
    assert truncate("short text", 200) == "short text"


def test_questions_and_first_person_sentences_are_skipped() -> None:
    assert events_of("Did the army really leave the city in 1946?") == []
    assert events_of("In 1946 we began to rebuild the factories of the region.") == []


def test_duplicate_events_in_one_document_are_merged() -> None:
    events = events_of(
        "In 1989, the leader visited the capital for the first time.",
        "In 1989, the leader visited the capital for the first time in decades.",
    )
    assert len(events) == 1


def test_event_keys_are_stable_across_cosmetic_changes() -> None:
    [a] = events_of("On April 28, 1946, the “garrison” withdrew from the city.")
    [b] = events_of("On April 28,  1946, the \"garrison\" withdrew  from the city.")
    assert a.event_key == b.event_key
    [c] = events_of("On April 28, 1947, the “garrison” withdrew from the city.")
    assert c.event_key != a.event_key


def test_offsets_point_at_the_expression_and_the_sentence() -> None:
    doc, passages = make_doc("The union was stable. In February 1991, Ukraine's economy shrank by a fifth.")
    [event] = extract_events(doc, passages)
    text = passages[0].text
    assert text[event.expr_start : event.expr_end] == event.expr_text == "February 1991"
    assert text[event.sent_start : event.sent_end] == "In February 1991, Ukraine's economy shrank by a fifth."
    assert event.passage_key == passages[0].passage_key


def test_a_date_late_in_a_long_sentence_stays_in_its_summary() -> None:
    long_subject = "The old problems of planned economy, as well as the mistakes of foreign policy, such as chauvinism"
    [event] = events_of(f"{long_subject} and a hegemonic mentality in every ministry, eventually led to the turning point in 1991 - the collapse of the union.")
    assert "1991" in event.summary and len(event.summary) <= 261
    very_long = ", ".join(f"the {n} stage of slow growth in the provinces" for n in ("first", "second", "third", "fourth", "fifth"))
    [event] = events_of(f"Since the new century, relations went through {very_long}, the stage of rapid development (2008-2012) and the present one.")
    # The clause holding the date has no verb ("the stage of … (2008-2012) and the present one"):
    # the summary keeps the sentence's subject and verb and the part holding the date.
    assert "(2008-2012)" in event.summary and len(event.summary) <= 261
    assert event.summary.startswith("Since the new century, relations went through")
    assert " … the stage of rapid development (2008-2012)" in event.summary


def test_a_leading_discourse_marker_is_dropped_from_the_summary() -> None:
    [event] = events_of("However, when the 2003 war raised oil prices, the president seized the moment.")
    assert event.summary == "When the 2003 war raised oil prices, the president seized the moment."


def test_two_dated_clauses_in_one_sentence_give_each_event_its_own_clause() -> None:
    first, second = events_of("NASA had been founded in 1958, and its first crewed flights began in 1961.")
    assert (first.start_year, first.summary) == (1958, "NASA had been founded in 1958")
    assert (second.start_year, second.summary) == (1961, "NASA's first crewed flights began in 1961.")
    # Both still point at the whole sentence: the split is only in the summaries.
    assert first.sent_start == second.sent_start and first.sent_end == second.sent_end


def test_a_coordination_without_a_second_date_is_not_a_clause_boundary() -> None:
    [event] = events_of("In 2001, Chile and Peru signed a treaty, and their trade grew quickly afterwards.")
    assert event.summary == "Chile and Peru signed a treaty, and their trade grew quickly afterwards."
    sentence = "Brazil, Russia, India, China and South Africa met in 2009, but the talks stalled."
    assert summarise(sentence, sentence.index("2009"), sentence.index("2009") + 4) == sentence

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
        (["Celtic's coach called the match ``a lesson for all of us'' after the defeat in March 1987."], None, "1987-03"),
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


# ------------------------------------------------------------- comparison baselines and quantities
@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("The witness spoke for more than four hours on Friday before the tribunal.", "2004-06-11", "2004-06-11"),
        ("Volunteers collected more than 2,000 signatures last week for the petition.", "2012-03-14", "2012-W10"),
        ("The Sabin vaccine reached fewer than 300 villages in 1962, the report found.", None, "1962"),
        ("Protesters marked the uprising that began more than four decades ago with a march on Sunday.",
         "2001-09-18", "2001-09-16"),
    ],
)
def test_more_or_fewer_than_a_quantity_is_no_comparison_baseline(text: str, date: str | None, value: str) -> None:
    assert value in [e.value for e in events_of(text, date=date, kind="news" if date else "paper")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Quarterly profit rose to $84.2 million, up from $61.7 million, or $1.02 a share, a year earlier.",
         "1991-10-24"),
        ("Sales were 3.1 billion kronor, compared with 2.8 billion kronor, or 12.5% of the market, last year.",
         "1995-02-03"),
        ("The club counted 1,240.5 tonnes of waste, more than the 980.25 tonnes it reported last year.",
         "2019-01-09"),
    ],
)
def test_a_baseline_after_figures_with_decimal_points_is_still_a_baseline(text: str, date: str) -> None:
    assert events_of(text, date=date, kind="news") == []


# ----------------------------------------------------------------------- captions in the future tense
def test_a_future_tense_elsewhere_in_the_sentence_makes_no_caption_of_a_past_date() -> None:
    news = ("``They will not forget this,'' said the farmer, who left the valley in 1962 when the dam "
            "was built.")
    assert [e.value for e in events_of(news, date="2000-04-17", kind="news")] == ["1962"]
    caption = "The old ferry will sail past the harbour wall on May 9, 1994."
    assert events_of(caption, "A long second paragraph follows here. " * 8, date="2001-05-01", kind="news") == []


# -------------------------------------------------- a month or month-day whose clause shows no tense
@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        # December article: April is four months ahead, eight behind
        ("With the treaty ratified, the members can take part in planning for the summit in April.", "1998-12-05",
         "1999-04"),
        ("Parliament reconvenes Jan. 24 after the holiday recess.", "2000-01-13", "2000-01-24"),
        ("The founder's daughter succeeds him Feb. 1 as chair of the trust.", "1989-11-20", "1990-02-01"),
        # a March article: last November is four months back, next November eight ahead
        ("Under the accord the ceasefire line drawn in November remains the border.", "2005-03-10", "2004-11"),
    ],
)
def test_a_date_whose_clause_shows_no_tense_takes_the_nearer_year(text: str, date: str, value: str) -> None:
    assert value in [e.value for e in events_of(text, date=date, kind="news")]


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("Investigators have been searching for the driver since shortly after the Oct. 23 crash.", "1999-05-06",
         "1998-10-23"),
        ("The border has stayed closed since the March 2 vote, traders say.", "2009-11-20", "2009-03-02"),
        ("In January, a week after the anniversary of the ruling, a bomb at a clinic in the city killed a guard.",
         "1998-10-25", "1998-01"),
    ],
)
def test_since_or_a_main_verb_late_in_the_sentence_gives_the_tense(text: str, date: str, value: str) -> None:
    assert value in [e.value for e in events_of(text, date=date, kind="news")]


# ------------------------------------------------------------------ days and weeks around a date
@pytest.mark.parametrize(
    ("text", "date", "value", "precision"),
    [
        ("The case may finally be heard in a court hearing the week of March 6, lawyers said.", "2000-02-24",
         "2000-W10", "week"),
        ("The band tours the north coast the week of June 18 before flying home.", "2012-05-30", "2012-W25", "week"),
        ("The day before last Tuesday's hearing, the brothers met at the family home.", "2000-02-24", "2000-02-21",
         "day"),
        ("Rescuers reached the village the day after Oct. 3, when the river fell.", "2015-10-20", "2015-10-04", "day"),
    ],
)
def test_the_week_of_and_the_day_before_a_date(text: str, date: str, value: str, precision: str) -> None:
    event = one(events_of(text, date=date, kind="news"))
    assert (event.value, event.precision) == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy has been in the capital for the last week, meeting ministers.",
        "Prices have risen steadily over the past year across the region.",
        "Volunteers have worked in the camp throughout the last month without pay.",
    ],
)
def test_for_the_last_week_is_a_stretch_of_time_not_a_calendar_date(text: str) -> None:
    assert events_of(text, date="2000-04-14", kind="news") == []


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("Thirty-two members had filed their reports by Wednesday, the council said.", "1990-08-16", "1990-08-15"),
        ("The company had repaid the loan by March 3, its accounts show.", "2007-03-20", "2007-03-03"),
        ("All members must file their reports by Wednesday, the council said.", "1990-08-16", "1990-08-22"),
    ],
)
def test_a_deadline_met_in_the_past_perfect_is_past(text: str, date: str, value: str) -> None:
    assert value in [e.value for e in events_of(text, date=date, kind="news")]


@pytest.mark.parametrize(
    "text",
    [
        "This is Radio Harbour Today.",
        "The magazine interviewed the editor of Science Today on the new journal.",
        "``If I were choosing the people of tomorrow, I would choose these,'' he said.",
        "The architects imagined the city of tomorrow with parks on every roof.",
    ],
)
def test_today_in_a_name_or_the_x_of_tomorrow_is_no_date(text: str) -> None:
    assert events_of(text, date="1998-03-31", kind="news") == []


# ------------------------------------------------------------ narrative anchors need an antecedent
@pytest.mark.parametrize(
    ("paragraphs", "value"),
    [
        (["In March, the chain received an offer from a group of its managers.",
          "The following month, the company put itself up for sale."], "1989-04"),
        (["The strike began on June 3 at the northern mine.", "Police moved in the next day and cleared the gates."],
         "1989-06-04"),
    ],
)
def test_a_narrative_date_reads_from_the_last_date_of_an_earlier_paragraph(paragraphs: list[str], value: str) -> None:
    assert [e.value for e in events_of(*paragraphs, date="1989-10-27", kind="news")][-1] == value


@pytest.mark.parametrize(
    "text",
    [
        "You get a bad headline, it hits, and you see heavy selling that day and for two days after.",
        "In such a market, dealers can lose heavily on trades made that same day.",
        "The committee met again the following month to review the accounts.",
    ],
)
def test_a_narrative_date_with_no_date_before_it_is_not_read_from_the_publication_date(text: str) -> None:
    assert events_of(text, date="1989-10-27", kind="news") == []


# ---------------------------------------------------------------------------- tense around a weekday
@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        # 1999-10-24 is a Sunday
        ("A memorial service planned at the chapel for Saturday was cancelled after threats.", "1999-10-24",
         "1999-10-23"),
        ("The match scheduled for Wednesday was called off because of snow, the club said.", "2010-12-17",
         "2010-12-15"),
        ("Fans planned a march through the old town on Saturday and asked the police for an escort.", "1999-10-20",
         "1999-10-23"),
        # 2000-01-07 is a Friday
        ("The family said they would look for ways to get around Wednesday's ruling by the court.", "2000-01-07",
         "2000-01-05"),
        ("Lawyers will try to overturn Tuesday's verdict on appeal.", "2013-05-16", "2013-05-14"),
        ("The father could come to the country from the island as early as Tuesday, officials said.", "2000-04-03",
         "2000-04-04"),
    ],
)
def test_the_verb_that_governs_a_weekday_gives_its_tense(text: str, date: str, value: str) -> None:
    assert value in [e.value for e in events_of(text, date=date, kind="news")]


# ------------------------------------------------------ a clock time is no clause's end
@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        # 2013-05-16 is a Thursday, 2005-03-02 a Wednesday
        ("The ferry will leave the harbour at 9:15 on Tuesday, the company said.", "2013-05-16", "2013-05-21"),
        ("The minister will speak to the assembly at 14:30 on Monday about the budget.", "2005-03-02", "2005-03-07"),
        ("The new runway will open at 06:00 in March, the airport said.", "2016-12-01", "2017-03"),
        ("The vote was held at 10:00 on Tuesday, officials said.", "2013-05-16", "2013-05-14"),
    ],
)
def test_a_clock_time_between_the_verb_and_its_date_keeps_the_verbs_tense(text: str, date: str, value: str) -> None:
    """The colon of "at 9:15" split the clause, so "will leave … on Tuesday" showed no tense and took last Tuesday."""
    assert value in [e.value for e in events_of(text, date=date, kind="news")]


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("The bank announced an agreement to acquire a regional lender in January.", "1989-11-02", "1990-01"),
        ("The council approved a plan to close the old bridge in March.", "2016-12-01", "2017-03"),
    ],
)
def test_an_agreement_or_plan_to_act_looks_ahead(text: str, date: str, value: str) -> None:
    assert value in [e.value for e in events_of(text, date=date, kind="news")]


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("In the comparable year-ago quarter, the second quarter ended Oct. 31, the chain had a loss of "
         "$12 million.", "1989-11-20", "1988-10-31"),
        ("Sales in the year-earlier period ended June 30 had risen 4% on strong exports.", "1995-08-02",
         "1994-06-30"),
        ("Revenue in the quarter ended Sept. 30 rose 12%, the company said.", "1991-10-24", "1991-09-30"),
    ],
)
def test_a_year_earlier_period_ended_on_a_day_is_that_day_a_year_before(text: str, date: str, value: str) -> None:
    assert value in [e.value for e in events_of(text, date=date, kind="news")]


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        # 1989-11-01 is a Wednesday
        ("Dealers said institutions were likely to buy the stock as soon as trading opened Monday.", "1989-11-01",
         "1989-11-06"),
        ("The minister said he would sign the decree as soon as parliament approved it on Friday.", "1989-11-01",
         "1989-11-03"),
        ("As soon as the polls closed on Sunday, the count began in the capital.", "1989-11-01", "1989-10-29"),
    ],
)
def test_as_soon_as_after_a_prospect_looks_ahead(text: str, date: str, value: str) -> None:
    assert value in [e.value for e in events_of(text, date=date, kind="news")]


# ------------------------------------------------- "the following Monday" counts from the story's day
@pytest.mark.parametrize(
    ("paragraphs", "date", "kind", "value"),
    [
        # 2021-09-19 is a Sunday
        (["The eruption began on Sept. 19 near the village of El Paso.",
          "The following Monday, lava destroyed dozens of homes on the western slope."], "2021-10-05", "news",
         "2021-09-20"),
        # 1906-04-19 is a Thursday
        (["Pierre Curie died in a street accident in Paris on April 19, 1906.",
          "The previous Sunday, Pierre and Marie Curie had walked with their daughters in the countryside."], None, "paper",
         "1906-04-15"),
        # 2010-10-13 is a Wednesday
        (["The first miner reached the surface on Oct. 13, 2010, after 69 days underground.",
          "The next Friday, the last of the rescue engineers left the site."], "2010-10-25", "news", "2010-10-15"),
    ],
)
def test_the_previous_or_following_weekday_counts_from_the_narratives_day(paragraphs: list[str], date: str | None,
                                                                         kind: str, value: str) -> None:
    weekday = [e for e in events_of(*paragraphs, date=date, kind=kind) if e.expr_text.lower().startswith("the ")]
    assert [e.value for e in weekday] == [value]


@pytest.mark.parametrize(
    ("paragraphs", "date"),
    [
        (["The spire collapsed in 2019 in front of silent crowds.",
          "The following Monday, donors pledged hundreds of millions for the rebuilding."], "2019-04-20"),
        (["The index fell 4.5% from the previous Friday, dealers said."], "1989-10-30"),
    ],
)
def test_the_following_weekday_with_no_day_before_it_is_not_read_from_the_publication_date(
        paragraphs: list[str], date: str) -> None:
    events = events_of(*paragraphs, date=date, kind="news")
    assert not [e for e in events if "day" in e.expr_text.lower()]


# ------------------------------------------------------- "as planned" takes the main verb's tense
@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        # 1991-02-25 is a Monday, 2015-06-12 a Friday, 2015-06-10 a Wednesday
        ("Finally, when Iraq failed to respond to the ultimatum, Mr. Bush let the ground offensive begin as "
         "previously planned Saturday night.", "1991-02-25", "1991-02-23"),
        ("The council met as planned on Tuesday and approved the budget.", "2015-06-12", "2015-06-09"),
        ("The launch will go ahead as planned on Friday, the agency said.", "2015-06-10", "2015-06-12"),
        ("The vote went ahead as originally scheduled on Monday despite the storm.", "2015-06-12", "2015-06-08"),
    ],
)
def test_as_planned_takes_the_tense_of_the_main_verb(text: str, date: str, value: str) -> None:
    assert [e.value for e in events_of(text, date=date, kind="news")] == [value]


# ------------------------------------------- what a report tells has no tense of the reporting verb
@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("Saudi Arabia told European and Japanese oil companies of a 15-20 percent cutback in its oil supply in "
         "September.", "1990-08-16", "1990-09"),
        ("The airline informed passengers of the closure of its Lisbon route in March.", "2012-02-20", "2012-03"),
        ("The agency warned farmers about a severe drought in July.", "2016-06-10", "2016-07"),
        # the reporting verb's own date keeps its past tense
        ("The minister told parliament in May that taxes would rise.", "2016-06-10", "2016-05"),
        ("The company announced in November that it would close two plants.", "1989-10-30", "1988-11"),
    ],
)
def test_a_month_inside_what_a_report_tells_takes_the_nearer_year(text: str, date: str, value: str) -> None:
    assert [e.value for e in events_of(text, date=date, kind="news")] == [value]


# ------------------------------------ a story written before its publication date: weekdays unplaced
@pytest.mark.parametrize(
    ("paragraphs", "date", "kept"),
    [
        # 2000-01-15, 2012-03-10 and 2016-11-19 are Saturdays
        (["The immigration service ruled Wednesday that the boy must return to his father by Jan. 14.",
          "The boy's relatives in Miami said Thursday they would appeal the ruling."], "2000-01-15", ["2000-01-14"]),
        (["Shareholders will vote on the merger by March 8, the board said Tuesday.",
          "On Monday, the chairman met the largest investors in London."], "2012-03-10", ["2012-03-08"]),
        (["The strike is due to end on Nov. 17, union leaders said yesterday.",
          "Talks with the rail operator broke down last week."], "2016-11-19", ["2016-11-17"]),
    ],
)
def test_a_story_looking_ahead_to_a_day_already_past_leaves_its_weekdays_undated(
        paragraphs: list[str], date: str, kept: list[str]) -> None:
    assert [e.value for e in events_of(*paragraphs, date=date, kind="news")] == kept


@pytest.mark.parametrize(
    ("paragraphs", "date", "values"),
    [
        # the deadline still ahead: the weekdays are the publication date's (2000-01-12 is a Wednesday)
        (["The immigration service ruled Wednesday that the boy must return to his father by Jan. 14.",
          "The boy's relatives in Miami said Tuesday they would appeal the ruling."], "2000-01-12",
         ["2000-01-12", "2000-01-14", "2000-01-11"]),
        # a deadline of a plan told long before: nothing says when the story was written (2016-11-30 is a Wednesday)
        (["On Nov. 2, the union said the strike would end by Nov. 9.",
          "Talks with the rail operator broke down on Monday."], "2016-11-30", ["2016-11-02", "2016-11-09",
                                                                                 "2016-11-28"]),
    ],
)
def test_a_deadline_ahead_or_long_past_keeps_the_weekdays(paragraphs: list[str], date: str,
                                                           values: list[str]) -> None:
    assert [e.value for e in events_of(*paragraphs, date=date, kind="news")] == values


# ------------------------------------------ written on a Sunday, "last week" falls between two weeks
@pytest.mark.parametrize(
    ("text", "sunday", "monday_or_saturday", "value"),
    [
        # 1998-03-22, 2015-06-14 and 2021-10-03 are Sundays
        ("Adams met President Clinton last week in Washington.", "1998-03-22", "1998-03-23", "1998-W12"),
        ("The company cut 300 jobs two weeks ago, the union said.", "2015-06-14", "2015-06-13", "2015-W22"),
        ("Lava reached the sea this week near the town of Tazacorte.", "2021-10-03", "2021-10-04", "2021-W40"),
    ],
)
def test_a_week_counted_back_from_a_sunday_is_left_undated(text: str, sunday: str, monday_or_saturday: str,
                                                          value: str) -> None:
    assert events_of(text, date=sunday, kind="news") == []
    assert [e.value for e in events_of(text, date=monday_or_saturday, kind="news")] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Protesters marched through the capital last weekend.", "2021-W38"),
        ("The ministers will meet next week in Brussels.", "2021-W40"),
    ],
)
def test_last_weekend_and_next_week_are_still_dated_on_a_sunday(text: str, value: str) -> None:
    assert [e.value for e in events_of(text, date="2021-10-03", kind="news")] == [value]

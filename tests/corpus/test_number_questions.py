"""Number questions a quiz master would publish (issue 10, brief num17): no conversion that computes the
answer, no person described but not named, no news claim without its when, options in a realistic
band, no garbled source. Each rule is shown on sentences of several invented documents (business,
athletics, the arts, politics, history) and checked over the test documents in tests/corpus/documents."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from fixtures_questions import run_pipeline, text_corpus

from bot.corpus.clean import clean_document
from bot.corpus.descriptions import person_descriptions
from bot.corpus.model import DocMeta, Question
from bot.corpus.questions import (
    _NUMBER,
    ALL_FORMS,
    BLANK,
    _number_distractors,
    _present_verb,
    generate_questions,
)
from bot.corpus.readers import RawDocument, iter_documents

DOCUMENTS = Path(__file__).parent / "documents"
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numbers(texts: dict[str, tuple[str, DocMeta]]) -> list[Question]:
    corpus = text_corpus(texts)
    return [q for q in generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS)[0] if q.kind == "number"]


def value(option: str) -> float:
    m = NUMBER.search(option)
    assert m is not None, option
    return float(m.group(0).replace(",", ""))


@pytest.fixture(scope="module")
def documents() -> list[Question]:
    corpus = run_pipeline([clean_document(i) for i in iter_documents(DOCUMENTS) if isinstance(i, RawDocument)])
    return generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS)[0]


# ------------------------------------------------------------------- currency conversions
CONVERSIONS = {
    # (a reported profit or loss is no blank at all in a news story: test_a_news_storys_results_figure_is_not_a_blank)
    "steel.txt": ("In 2003 Calder Steel paid $676m (£352m) for the Rotherham works of British Forge.",
                  DocMeta("Calder Steel buys Rotherham works", kind="news", date="2005-02-10")),
    "auction.txt": ("In May 2004 Sotheby's sold Picasso's Garçon à la pipe for $104m (£58m) in New York.",
                    DocMeta("Picasso sets auction record", kind="news", date="2004-05-06")),
    "fine.txt": ("In December 2002 a court in Munich fined the singer Liam Gallagher 50,000 euros (£35,000) "
                 "after a fight in a hotel bar.", DocMeta("Gallagher fined in Munich", kind="news", date="2002-12-18")),
    "bid.txt": ("In January 2005 Deutsche Boerse offered £1.3bn ($2.48bn; 1.88bn euros) for the London Stock "
                "Exchange.", DocMeta("Deutsche Boerse bids for the LSE", kind="news", date="2005-01-28")),
}


def test_a_conversion_never_stands_beside_the_blank_and_options_keep_the_answers_currency() -> None:
    questions = numbers(CONVERSIONS)
    assert {q.doc_key for q in questions} >= {"steel.txt", "auction.txt", "bid.txt"}
    for q in questions:
        assert "(" not in q.prompt, q.prompt  # the conversion left the prompt
        assert "(" in q.explanation  # the source sentence still shows it in the reveal
        symbol = q.answer[0] if not q.answer[0].isdigit() else ""
        assert all(d.startswith(symbol) and d[len(symbol):len(symbol) + 1].isdigit() for d in q.distractors), q
        assert all(d.endswith(q.answer[-1]) for d in q.distractors)  # "m", "bn", "euros": the same unit


def test_the_converted_amount_is_never_the_answer() -> None:
    for q in numbers(CONVERSIONS):
        bracketed = re.findall(r"\(([^)]*)\)", q.explanation)
        assert not any(q.answer in b for b in bracketed), q.prompt


# ------------------------------------------------------------------- persons described, not named
DESCRIBED = {
    "reno.txt": ("Teenager Jamal Pierce ran the fastest indoor 400m of the year at the Reno Invitational in "
                 "Nevada.\n\nThe world junior champion clocked 45.12 seconds in the 400m to finish well clear of "
                 "Canadian Mark Boyd in Reno.", DocMeta("Pierce storms to world lead in Reno", kind="news",
                                               date="2005-02-20")),
    "brewer.txt": ("Chairman Richard Hartwell met chief executive Mette Sørensen in Copenhagen in January 2006.\n\n"
                   "The 61-year-old chairman sold 40,000 shares in Hartwell Breweries in March 2006.",
                   DocMeta("Hartwell talks go on", kind="news", date="2006-03-10")),
    "hurdles.txt": ("continued her fine form in Glasgow, beating Melissa Morrison in the 60m hurdles. The "
                    "25-year-old Briton clocked 7.98 seconds in Glasgow in February 2005.",
                    DocMeta("Hurdles win in Glasgow", kind="news", date="2005-02-06")),
    "painter.txt": ("Lucian Freud sold a portrait of the Queen in London in 2004.\n\nThe 82-year-old painter "
                    "gave 14 sketches to the National Portrait Gallery in June 2004.",
                    DocMeta("Freud gives sketches to the nation", kind="news", date="2004-06-30")),
}


def test_a_described_person_is_named_from_the_sentence_before() -> None:
    prompts = {q.doc_key: q.prompt for q in numbers(DESCRIBED)}
    assert "Lucian Freud gave" in prompts["painter.txt"] or "How many sketches did Lucian Freud" in prompts["painter.txt"]


def test_a_description_with_no_name_or_two_before_it_is_not_asked() -> None:
    asked = {q.doc_key for q in numbers(DESCRIBED)}
    assert "brewer.txt" not in asked  # Hartwell or Sørensen?
    assert "hurdles.txt" not in asked  # a fragment paragraph: the one name is the beaten rival's


def test_no_number_question_on_the_test_documents_describes_a_person_it_does_not_name(
        documents: list[Question]) -> None:
    asked = [q for q in documents if q.kind == "number"]
    assert len({q.doc_key for q in asked}) >= 5
    for q in asked:
        assert person_descriptions(q.prompt) == [], q.prompt


# ------------------------------------------------------------------- time
TENSES = {
    "beer.txt": ("Hartwell Breweries has sold 410,000 barrels of Marston Gold to Sweden.",
                 DocMeta("Hartwell beer finds a Swedish market", date="2006-03-08")),
    "isles.txt": ("The Faroe Islands are home to 52,000 people and 70,000 sheep, according to Statistics Faroe "
                  "Islands.", DocMeta("Faroes count their sheep", date="2012-06")),
    "cairn.txt": ("Shares in Cairn Energy have closed down 18% after a disappointing drilling update.",
                  DocMeta("Cairn shares slump")),  # no date: the claim cannot be anchored
    "canal.txt": ("The locks at Gatun, Pedro Miguel and Miraflores lift ships 26 metres above sea level.",
                  DocMeta("The Panama Canal", kind="paper", date="2014")),
    "voyager.txt": ("Voyager 1 is a probe with a golden record of 115 images of life on Earth.",
                    DocMeta("The Voyager probes", kind="science", date="2020")),
    "crowds.txt": ("Attendance at indoor meetings in Britain has risen by 18% since 2002, according to UK "
                   "Athletics.", DocMeta("Indoor crowds grow", date="2005-01-30")),
    "copen.txt": ("Shares in Nordhavn fell 2.4% in Copenhagen.",
                  DocMeta("Nordhavn agrees Hartwell deal", kind="news", date="2006-03-08")),
    "pubs.txt": ("Hartwell employs 2,300 people at three breweries in Yorkshire and Lancashire.",
                 DocMeta("Hartwell agrees takeover", date="2006-03-08")),
    "probe.txt": ("On August 22, a drill from Codelco reached the San José mine in Chile at a depth of 688 metres.",
                  DocMeta("Chile's miners found alive", kind="news", date="2010-10-14")),
}
SIZES = {
    "bridge.md": ("The Storstrom Bridge's main span is 2,150 metres long, and its towers rise 240 metres above the sea.",
                  DocMeta("The Storstrom Bridge", kind="report", date="2019-05")),
    "tower.html": ("The Kallio Tower is 318 metres tall and stands on a granite hill above Tampere.",
                   DocMeta("The Kallio Tower", date="2021-03")),
    "dam.txt": ("The Orava dam's wall is 96 metres high and holds back a lake of 35 square kilometres.",
                DocMeta("The Orava dam", kind="report", date="2016-08")),
}


def test_a_built_things_size_is_no_claim_of_its_day() -> None:
    """"As of May 2019, the bridge's total length is _____ metres" (judge 32): a size in metres of a bridge, tower or
    dam lasts, so a report or a page of no declared kind asks it without the date."""
    prompts = [q.prompt for q in numbers(SIZES)]
    assert len(prompts) >= 2, prompts
    assert not [p for p in prompts if p.startswith(("As of", "By "))], prompts


def test_a_present_tense_claim_says_when_or_is_not_asked() -> None:
    """A dated page of no declared kind: its present is its date's."""
    prompts = {q.doc_key: q.prompt for q in numbers(TENSES)}
    assert prompts["beer.txt"] == "By March 2006, Hartwell Breweries had sold _____ barrels of Marston Gold to Sweden."
    assert prompts["isles.txt"].startswith("As of June 2012, the Faroe Islands are home to ")
    assert prompts["crowds.txt"].startswith("By January 2005, attendance at indoor meetings in Britain had risen by _____ "
                                            "since 2002")  # "since 2002" says since when, not when
    assert "cairn.txt" not in prompts
    assert prompts["pubs.txt"] == "As of March 2006, Hartwell employs _____ people at three breweries in Yorkshire and Lancashire."


NEWS_PRESENT = {
    "sheep.txt": ("The Faroe Islands are home to 52,000 people and 70,000 sheep, according to Statistics Faroe "
                  "Islands.", DocMeta("Faroes count their sheep", kind="news", date="2012-06")),
    "spam.txt": ("More than a quarter of Britons have bought software through spam e-mails, a survey by the "
                 "Mailwise group has found.", DocMeta("Spam buyers", kind="news", date="2005-01-20")),
    "plant.txt": ("Halvorsen Motors is cutting 12,000 jobs at its plants in Sweden and Norway.",
                  DocMeta("Halvorsen cuts jobs", kind="news", date="2005-01-20")),
    "column.txt": ("The city council has spent 4.2 million pounds on consultants since the election.",
                   DocMeta("Where the money goes", kind="opinion", date="2019-05-02")),
}


def test_a_news_storys_present_tense_is_not_a_cloze() -> None:
    """"By January 2005, more than a quarter had bought software …": a news figure of the story's own day,
    dated back by a patched verb, is not asked as a cloze."""
    assert [q.prompt for q in numbers(NEWS_PRESENT)] == []


def test_a_dated_news_reports_undated_past_is_not_asked_and_a_papers_present_stays() -> None:
    """"Shares in Nordhavn fell 2.4%" in a March story may have fallen in February: the story's month is
    no date for it ("Little Britain has triumphed at the awards" in a January story: the awards were in
    December), so it is not asked; a sentence with its own day or year is."""
    prompts = {q.doc_key: q.prompt for q in numbers(TENSES)}
    assert "copen.txt" not in prompts
    assert not [p for p in prompts.values() if p.startswith(("In March 2006,", "In February 2005,"))], prompts
    assert prompts["canal.txt"].endswith("The locks at Gatun, Pedro Miguel and Miraflores lift ships _____ metres "
                                         "above sea level."), prompts
    assert prompts["voyager.txt"] == "Voyager 1 is a probe with a golden record of _____ images of life on Earth."
    assert prompts["probe.txt"].startswith("On August 22, a drill")  # it says its own day: no other month


# ------------------------------------------------------------------- computable, garbled, predicted
UNASKABLE = {
    "camps.txt": ("Between 1.1 and 1.5 million people were killed at Auschwitz from 1940 to 1945.",
                  DocMeta("Auschwitz remembered", kind="news", date="2005-01-27")),
    "oil.txt": ("Cairn Energy shares closed down 247p, or 18%, at 1115 pence in London on 3 February 2005.",
                DocMeta("Cairn shares slump", kind="news", date="2005-02-03")),
    "versace.txt": ("A sale of Versace's furniture and artworks sold in 2001fetched £5.5m at Sotheby's in "
                    "London.", DocMeta("Versace art for sale", kind="news", date="2005-01-12")),
    "beckham.txt": ("David Beckham came off in the 67th minute in Madrid on 6 February 2005 but should be fit "
                    "for England's game against Holland.", DocMeta("Real lose in Madrid", kind="news",
                                                                      date="2005-02-07")),
    "tickets.txt": ("Ticket prices for the Glastonbury Festival ranged from £105 to £125 in 2005.",
                    DocMeta("Glastonbury tickets on sale", kind="news", date="2005-03-01")),
}


def test_a_race_time_without_its_race_makes_no_question() -> None:
    races = {
        "doyle.txt": ("Irishman Ciaran Doyle was second in 46.88 seconds in Glasgow on 29 January 2005.",
                      DocMeta("Glasgow indoor meeting", kind="news", date="2005-01-30")),
        "swim.txt": ("Ian Thorpe won in 3 minutes 43.10 seconds at the Olympic pool in Athens in August 2004.",
                     DocMeta("Thorpe wins again", kind="news", date="2004-08-15")),
        "hughes.txt": ("American Darnell Hughes won the 60m hurdles in 7.58 seconds in Glasgow in January 2005.",
                       DocMeta("Hughes wins in Glasgow", kind="news", date="2005-01-30")),
    }
    assert [q.doc_key for q in numbers(races)] == ["hughes.txt"]


def test_a_duration_that_is_no_race_needs_no_race() -> None:
    texts = {"vostok.txt": ("The braking rockets of Yuri Gagarin's Vostok 1 capsule fired for 42 seconds over Africa.",
                            DocMeta("Vostok 1", kind="history", date="2011"))}
    assert [q.prompt for q in numbers(texts)] == [
        "The braking rockets of Yuri Gagarin's Vostok 1 capsule fired for _____ seconds over Africa."]


def test_a_range_end_a_restated_figure_glued_text_and_a_prediction_make_no_number_question() -> None:
    assert numbers(UNASKABLE) == []


# ------------------------------------------------------------------- distractors
@pytest.mark.parametrize(
    ("answer", "unit"),
    [("7.98", "seconds"), ("44.93", "seconds"), ("10.06", "secs"), ("6.66", "m"), ("2.35", "metres"),
     ("46.31", "seconds")],
)
def test_a_measured_performance_gets_close_options_at_its_precision(answer: str, unit: str) -> None:
    options = _number_distractors(answer, "count", f"seed {answer}", f"She clocked {answer} {unit}.", unit=unit)
    assert len(options) == 3
    for option in options:
        assert len(option.split(".")[1]) == len(answer.split(".")[1])  # two decimals for a sprint time
        assert 0.95 <= value(option) / value(answer) <= 1.05, (answer, options)


@pytest.mark.parametrize(
    ("answer", "kind"),
    [("$676m", "money"), ("£2.1bn", "money"), ("18%", "pct"), ("112,000", "count"), ("2,300", "count"),
     ("87.5%", "pct"), ("€450", "money")],
)
def test_amounts_shares_and_counts_get_options_in_a_plausible_band_and_format(answer: str, kind: str) -> None:
    options = _number_distractors(answer, kind, f"seed {answer}", f"It was {answer}.")
    assert len(options) == 3
    ratios = sorted(value(o) / value(answer) for o in options)
    assert ratios[0] >= 0.6 and ratios[-1] <= 1.5, (answer, options)
    assert not any(abs(r - p) < 1e-6 for r in ratios for p in (0.5, 1.5, 2.0))  # no visible pattern
    prefix = re.match(r"\D*", answer).group(0)  # type: ignore[union-attr]
    suffix = re.search(r"\D*$", answer).group(0)  # type: ignore[union-attr]
    assert all(o.startswith(prefix) and o.endswith(suffix) for o in options)
    if kind == "pct":
        assert all(value(o) < 100 for o in options)


def test_an_estimate_gets_options_far_from_it_and_from_each_other() -> None:
    """Under "about", an option near the answer is true too, and two options near each other ("about 2.0
    million", "about 2.1 million") cannot be told apart, so both are visibly wrong."""
    for answer, unit in [("155", "kilometres"), ("12.5", "seconds"), ("85,000", "people"), ("1.5 million", "people"),
                         ("£470,000", ""), ("3.5%", ""), ("12", "million visitors"), ("5,000", "people")]:
        options = _number_distractors(answer, "count", "seed", f"about {answer} {unit}", far=True, unit=unit)
        assert len(options) == 3, answer
        amounts = sorted(map(value, options))
        # "about 5,000" is also about 4,000 (judge 34): 30% of the answer away, at least
        assert all(abs(a - value(answer)) >= 0.3 * value(answer) - 1e-9 for a in amounts), options
        assert all(b - a >= 0.1 * b - 1e-9 for a, b in itertools.pairwise(amounts)), options


def test_number_questions_on_the_test_documents_have_clean_self_contained_prompts(documents: list[Question]) -> None:
    asked = [q for q in documents if q.kind == "number"]
    kinds = {q.doc_key: q for q in asked}
    assert len(kinds) >= 5
    for q in asked:
        assert "(" not in q.prompt.split(BLANK)[-1][:3] and not q.prompt.split(BLANK)[0].endswith("(")
        assert not re.search(r"\d[a-z]{3,}", q.prompt.replace("th ", " ")), q.prompt
        assert not re.search(r"\b(?:[Bb]etween|from)\s+\S+\s+(?:and|to)\s+" + re.escape(BLANK), q.prompt)


def test_a_date_word_never_enters_a_prompt_as_part_of_a_name() -> None:
    """"the last three months" is no "October last": a month the document writes before "last year" is
    not the name of "the last"."""
    text = ("Marsh posted a $676m loss for the last three months of 2004, against a $375m profit a year before.\n\n"
            "The insurer hit the headlines in October last year when it faced accusations of price rigging.")
    meta = DocMeta("US insurer Marsh cuts 2,500 jobs", kind="news", date="2005-03-01")
    assert not [q.prompt for q in numbers({"marsh.txt": (text, meta)}) if "October" in q.prompt]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Shares in Cairn Energy, a UK oil firm, have closed down 18% after a drilling update.", "have"),
        ("RDF Media, which makes the show for ABC, has filed a damages claim for $18m.", "has"),
        ("In Europe, cameras on mobiles can take 1.3 megapixel images.", "can"),
        ("Hartwell employs 2,300 people at three breweries in Yorkshire.", "employs"),
        ("Anti-hunt groups such as the League Against Cruel Sports deployed 300 monitors.", None),
        ("Hartwell shares rose 15% in London.", None),
        ("BP spent $7.5bn to create TNK-BP, and has a partnership with Rosneft.", None),
        ("Operation Firewall, which is led by the US Secret Service, involved seven nations.", None),
    ],
)
def test_the_main_verbs_tense_is_read_past_nouns_and_relative_clauses(sentence: str, verb: str | None) -> None:
    found = _present_verb(sentence)
    assert (found.group(0) if found else None) == verb


@pytest.mark.parametrize(
    ("option", "article"),
    [("$850m", "an"), ("$560m", "a"), ("18%", "an"), ("84%", "an"), ("11,000", "an"), ("1,100", "a"),
     ("£8.9bn", "an"), ("eleven", "an"), ("one", "a"), ("two", "a")],
)
def test_the_article_an_option_takes_is_read_from_how_it_sounds(option: str, article: str) -> None:
    from bot.corpus.questions import _article

    assert _article(option) == article


def test_a_or_an_before_the_blank_never_tells_the_answer_from_the_options(documents: list[Question]) -> None:
    texts = {
        "insurer.txt": ("Marsh blamed an $850m payout in 2005 to settle a price-rigging lawsuit brought by the "
                        "New York attorney general.", DocMeta("Insurer settles", kind="news", date="2005-03-01")),
        "mill.txt": ("In 1887 the owners paid an 18% dividend to the shareholders of the Calder Mill Company.",
                     DocMeta("The Calder Mill", kind="history")),
    }
    from bot.corpus.questions import _article

    for q in [*numbers(texts), *documents]:
        match = re.search(r"\b([Aa]n?) _____", q.prompt)
        if match:
            assert {_article(o) for o in (q.answer, *q.distractors)} == {match.group(1).lower()}, q.prompt


@pytest.mark.parametrize("answer", ["$50", "$676m", "250,000", "72", "550", "2.5 million", "£1.2bn", "1,200"])
def test_the_answer_is_never_midway_between_two_options(answer: str) -> None:
    """$40 and $60 about $50 point at the middle: no two options sit at the same distance either side of the
    answer (money, counts, shares alike)."""
    from bot.corpus.questions import _NUM_PARTS

    for seed in range(12):
        options = _number_distractors(answer, "amount", f"seed {seed} {answer}")
        assert len(options) == 3, options
        def value(text: str) -> float:
            m = _NUM_PARTS.match(text)
            assert m is not None
            return float(m.group("num").replace(",", ""))
        centre = value(answer)
        values = [value(o) for o in options]
        assert not any(abs((a + b) / 2 - centre) < 1e-9 for a in values for b in values if a < b), (answer, options)


@pytest.mark.parametrize("sentence", [
    "The British Relief Association raised £470,000, including a gift of £2,000 from the Queen, in 1847.",  # history
    "The studio paid $1,250,000, a record for a screenplay, for the rights in 1998.",  # news
    "The museum bought the meteorite for €12,500, its largest purchase that decade, in 1961.",  # science
])
def test_an_amount_before_a_comma_is_asked_without_it(sentence: str) -> None:
    """A comma after an amount ends the phrase: the answer is "£470,000", never "£470,000," (the comma marks
    the right option out among the others)."""
    from bot.corpus.questions import _NUMBER

    amounts = [m.group(0) for m in _NUMBER.finditer(sentence) if m.group("money")]
    assert amounts and not [a for a in amounts if a.endswith(",")], amounts


def test_an_approximate_figure_is_no_blank() -> None:
    """"winds estimated at about _____ kilometres per hour" (judge 36): under "about", options near the answer are
    about right too, and judges 28-40 published 3 of 13 such blanks. Asked at all, it is "About how many …?"."""
    texts = {
        "storm.txt": ("The hurricane made landfall on 8 September 1900 near Galveston, Texas, with winds estimated at "
                      "about 215 kilometres per hour.", DocMeta("Gulf hurricanes", kind="history")),
        "battle.txt": ("At Waterloo Napoleon Bonaparte sent Marshal Grouchy east with about 33,000 men on 17 June 1815.",
                       DocMeta("The Hundred Days", kind="history")),
        "ship.txt": ("The freighter Mont-Blanc was carrying some 2,300 tonnes of picric acid when it reached Halifax in "
                     "December 1917.", DocMeta("Harbour disasters", kind="history")),
    }
    asked = [q.prompt for q in numbers(texts)]
    assert not [p for p in asked if re.search(r"\b(?:about|some) _", p)], asked


def test_a_count_joined_to_another_is_not_asked_alone() -> None:
    """Judge 26: "About how many galleys did the Ottoman fleet … have and 56 smaller galliots?" and "About how many men
    did the Ottomans lose killed?": a count joined to a second one, or qualified after its noun, leaves the rest
    hanging after the verb when it is asked alone."""
    texts = {
        "battle.txt": ("# A sea battle\n\nTwo fleets met off Greece. The Ottoman fleet had about 222 galleys and 56 "
                       "smaller galliots. The Ottomans lost about 30,000 men killed or captured.",
                       DocMeta("A sea battle", kind="history")),
        "armada.md": ("# The Armada\n\nPhilip II sent a fleet against England. The Spanish Armada carried about 18,000 "
                      "soldiers and 8,000 sailors.", DocMeta("The Armada", kind="history")),
    }
    asked = [q.prompt for q in numbers(texts)]
    questions = [p for p in asked if p.startswith(("How many", "About how many"))]
    assert not [p for p in questions if re.search(r"\b(?:and \d|and some|killed|captured)\b", p)], asked
    assert asked, asked  # the blank of the sentence as written still asks them


@pytest.mark.parametrize(("sentence", "asked"), [
    ("John Harrison died in London on 24 March 1776, his 83rd birthday.", None),
    ("Greta Lind gave her last concert in Stockholm on 3 May 2001, her 70th birthday.", None),
    ("The Aurora Borealis sailed from Glasgow on 9 June 1906, the owner's 50th birthday.", None),
    ("Growth in the final three months of 2004 marked the 15th consecutive quarter of expansion.", "15th"),
    ("Greta Lind won her 3rd national title in Stockholm in 1958.", "3rd"),
])
def test_an_age_told_as_a_birthday_is_no_number_to_ask(sentence: str, asked: str | None) -> None:
    """"John Harrison died in London on 24 March 1776, his _____ birthday." (judge 38): with the birth date told
    elsewhere in the document, the age is arithmetic. Other ordinals are still candidates."""
    found = [m.group("ord") for m in _NUMBER.finditer(sentence) if m.group("ord")]
    assert found == ([asked] if asked else []), found


def test_a_news_storys_results_figure_is_not_a_blank() -> None:
    """"Virgin Blue reported a _____ fall in first quarter profits", "eBay earned _____ on sales of $3.27bn", "well
    above 2003's _____" (judges 52, 56 and 60 published none): a company's or an economy's reported figure in a news
    story is the day's, soon revised. An amount a history or a news story gives for a deal is asked."""
    texts = {
        "air.txt": ("Skyline Air reported a 22% fall in first quarter profits in August 2004 due to tough competition.",
                    DocMeta("Skyline Air profits fall", kind="news", date="2005-02-01")),
        "auction.txt": ("For 2004 as a whole, Tradewell earned $778.2m on sales of $3.27bn.",
                        DocMeta("Tradewell beats forecasts", kind="news", date="2005-01-20")),
        "louisiana.txt": ("In April 1803 the United States bought the Louisiana Territory from France for $15 million.",
                          DocMeta("The Louisiana Purchase", kind="history", date="2010")),
    }
    made = numbers(texts)
    assert not [q.prompt for q in made if q.doc_key in ("air.txt", "auction.txt")], [q.prompt for q in made]
    assert any(q.answer == "$15 million" for q in made), [q.prompt for q in made]


def test_no_blank_in_a_figure_written_in_scientific_notation() -> None:
    """"cosmic rays above about 8 × 10^_____ electronvolts" (judge 75): an exponent or a mantissa alone is no quantity
    a player can weigh, and its neighbours are powers of ten apart, so neither part of such a figure is blanked. A
    plain count in the same documents still is."""
    texts = {
        "rays.md": ("# Cosmic rays\n\nThe Auger Observatory found that cosmic rays above 8 × 10^18 electronvolts come "
                    "from outside the Milky Way. The Auger Observatory in Argentina has 1,600 water tanks.",
                    DocMeta("Cosmic rays", kind="science")),
        "sun.md": ("# The Sun\n\nThe Sun sends out 3.8 × 10^26 watts of power. The Kitt Peak National Observatory in Arizona "
                   "has 24 telescopes.", DocMeta("The Sun", kind="science")),
    }
    made = numbers(texts)
    assert {q.doc_key for q in made} == set(texts), [q.prompt for q in made]
    assert not [q.prompt for q in made if re.search(r"10\^|×|\bx 10", q.prompt)], [q.prompt for q in made]


@pytest.mark.parametrize(("answer", "far", "half"), [("2,500", True, 500), ("2,500", False, 500), ("350", False, 50),
                                                     ("45,000", True, 5_000), ("7,500", False, 500)])
def test_an_answer_on_a_half_step_gets_options_on_that_step(answer: str, far: bool, half: int) -> None:
    """"Some 2,500 rounds" against 1,600, 3,600 and 4,600 (judge 92): only the answer was a multiple of 500, the odd
    one out. Options are rounded as the answer is; when too few such lie near it, its own rounding is used."""
    on_step = 0
    for seed in range(16):
        options = _number_distractors(answer, "count", f"seed {seed}", f"about {answer} rounds", far=far)
        assert len(options) == 3, (answer, seed)
        on_step += all(int(o.replace(",", "")) % half == 0 for o in options)
    assert on_step >= 14, (answer, on_step)  # the few left: no three on the step passed the other checks
    assert len(_number_distractors("150", "count", "seed", "150 men")) == 3  # 100, 200 and 250 only: 10s then


# ----------------------------------------------------------------- a country's people
COUNTRY_COUNTS = {
    "phones.txt": ("Mobiles go online\n\nAbout 53 million people own a mobile in the UK, a survey of operators found.",
                   DocMeta("Mobiles go online", kind="news", date="2004-11")),
    "canada.txt": ("Broadband spreads\n\nAbout 34 million people use the internet in Canada, the regulator said.",
                   DocMeta("Broadband spreads", kind="news", date="2012-05")),
    "australia.txt": ("Phone sales slow\n\nAbout 22 million people own a mobile phone in Australia, the industry "
                      "body said.", DocMeta("Phone sales slow", kind="news", date="2010-03")),
}
WELL_BELOW = {
    "uk.txt": ("Mobiles go online\n\nAbout 38 million people own a mobile in the UK, a survey of operators found.",
               DocMeta("Mobiles go online", kind="news", date="2002-11")),
    "france.txt": ("Broadband spreads\n\nAbout 45 million people use the internet in France, the regulator said.",
                   DocMeta("Broadband spreads", kind="news", date="2011-05")),
    "canada.txt": ("Phone sales slow\n\nAbout 26 million people own a mobile phone in Canada, the industry body said.",
                   DocMeta("Phone sales slow", kind="news", date="2010-03")),
}


def test_a_count_of_a_countrys_people_offers_none_above_its_population() -> None:
    """"As of 2004, about how many million people own a mobile in the UK?" (53) against 75 and 97 million (judge 265):
    the UK never held 75 million people. A count of a country's people close to its whole population is not asked (no
    larger option is possible, and smaller ones alone would show the answer as the largest); one well below it is,
    with no option above the population."""
    assert not numbers(COUNTRY_COUNTS), [q.prompt for q in numbers(COUNTRY_COUNTS)]
    asked = {q.doc_key: q for q in numbers(WELL_BELOW)}
    assert set(asked) == set(WELL_BELOW), [q.prompt for q in asked.values()]
    peaks = {"uk.txt": 67, "france.txt": 68, "canada.txt": 40}  # millions
    for key, q in asked.items():
        assert all(value(o) <= peaks[key] for o in (q.answer, *q.distractors)), (q.prompt, q.distractors)
        assert any(value(o) > value(q.answer) for o in q.distractors), (q.prompt, q.distractors)  # not the largest


def test_no_option_lies_above_the_ceiling_given() -> None:
    """The options of a count with a ceiling (a country's peak population) stay under it, over many answers and
    seeds, where without one some would not."""
    above = 0
    for answer, seed in itertools.product(range(38, 52), ("a", "b", "c")):
        capped = _number_distractors(str(answer), "count", seed, far=True, ceiling=67.0)
        assert all(value(o) <= 67 for o in capped), (answer, capped)
        above += any(value(o) > 67 for o in _number_distractors(str(answer), "count", seed, far=True))
    assert above, "no uncapped option above the ceiling: the ranges above test nothing"


def test_how_counted_things_are_laid_out_does_not_trail_the_verb() -> None:
    """"How many articles did the constitution of Cádiz contain arranged in ten titles?" (from judge 338's text): the
    participle that says how the counted things are laid out stood after the verb; it goes."""
    texts = {
        "varn": ("The Varn Charter was adopted in 1820. In 1820 the Varn Charter contained 212 clauses divided into nine "
                 "chapters.", DocMeta("The Varn Charter", kind="paper", date="2010")),
        "lind": ("The Lind Psalter was written about 1150. In 1890 the Lind Psalter contained 180 leaves bound in two "
                 "volumes.", DocMeta("The Lind Psalter", kind="paper", date="2010")),
    }
    corpus = text_corpus(texts)
    prompts = {q.prompt for q in generate_questions(corpus.canonical, corpus.passages, corpus.events)[0]
               if q.kind == "number"}
    assert prompts == {"How many clauses did the Varn Charter contain in 1820?",
                       "How many leaves did the Lind Psalter contain in 1890?"}


def test_a_count_that_names_no_one_and_nowhere_is_not_asked() -> None:
    """"About how many slaves were used as loan collateral between 1831 and 1865?" (judge 343): by whom, where? The
    story's two Louisiana banks were in the sentences before. A count whose prompt names no one and nowhere is not
    asked; the same count with its owner or its side named is."""
    texts = {
        "bank": ("The bank said two of its founders held shares in plantations. About 9,000 slaves were used as loan "
                 "collateral from 1840 to 1860.", DocMeta("Bank admits links", kind="paper", date="2010")),
        "ships": ("Some 3,500 merchant ships were sunk by submarines between 1939 and 1945.",
                  DocMeta("Ships lost", kind="paper", date="2010")),
        "named bank": ("About 13,000 slaves were used as loan collateral by the Citizens Bank of Louisiana between 1831 "
                       "and 1865.", DocMeta("Bank loans", kind="paper", date="2010")),
        "named ships": ("Some 2,700 fishing boats were built at the Kessel yards in Hull between 1880 and 1900.",
                        DocMeta("Boats built", kind="paper", date="2010")),
    }
    corpus = text_corpus(texts)
    asked = {q.doc_key for q in generate_questions(corpus.canonical, corpus.passages, corpus.events)[0]
             if q.kind == "number"}
    assert asked == {"named bank", "named ships"}

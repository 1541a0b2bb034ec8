"""Generated quiz questions: the rubric's rules as invariants over several corpora, and per kind.

Three corpora: the bundled one (machine-translated China–Russia documents), eight varied English
documents written for these tests (news, history, science, biography: tests/corpus/documents)
and a short invented history (Norland). Every rule is checked on every question of all three.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
from fixtures_questions import Corpus, bundled, run_pipeline, text_corpus
from fixtures_questions.norland import DOCS as NORLAND
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.corpus.clean import clean_document
from bot.corpus.grammar import leans_on_context, past_base
from bot.corpus.keys import make_key
from bot.corpus.model import DocMeta, Question
from bot.corpus.questions import _EVALUATIVE, ALL_FORMS, BLANK, GENERATED_KINDS, Tally, generate_questions
from bot.corpus.readability import unreadable
from bot.corpus.readers import RawDocument, iter_documents

MIXED = Path(__file__).parent / "documents"
_CITATION = re.compile(r"\s?\[\d+(?:[,–-]\s*\d+)*\]")


@lru_cache(maxsize=4)
def folder_corpus(folder: Path) -> Corpus:
    docs = [clean_document(item) for item in iter_documents(folder) if isinstance(item, RawDocument)]
    return run_pipeline(docs)


def generate(corpus: Corpus) -> list[Question]:
    """Every form, and "which source says this?" too, which builds leave out (see GENERATED_KINDS)."""
    return generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS,
                              kinds=GENERATED_KINDS | {"source"})[0]


@lru_cache(maxsize=4)
def questions_of(name: str) -> tuple[Corpus, tuple[Question, ...]]:
    corpus = {"bundled": bundled, "mixed": lambda: folder_corpus(MIXED), "norland": lambda: text_corpus(NORLAND)}[name]()
    return corpus, tuple(generate(corpus))


CORPORA = ("bundled", "mixed", "norland")


def context_free(q: Question) -> str:
    """The prompt without its attribution ("According to X's paper, …")."""
    return re.sub(r"^According to [^,]+(?:, [^,]*”)?, ", "", q.prompt)


# ---------------------------------------------------------------- invariants, all corpora
@pytest.mark.parametrize("name", CORPORA)
def test_every_question_is_grounded_and_well_formed(name: str) -> None:
    corpus, questions = questions_of(name)
    passages = {p.passage_key: p for p in corpus.passages}
    docs = {d.doc_key: d for d in corpus.canonical}
    assert len({q.question_key for q in questions}) == len(questions)
    for q in questions:
        where = f"{q.kind}: {q.prompt}"
        assert q.doc_key in docs and q.passage_key in passages, where
        if q.kind != "order":  # the reveal of an order question lists its events with their dates
            sentence_found = q.explanation in _CITATION.sub("", passages[q.passage_key].text)
            assert sentence_found, where
        assert q.prompt.count(BLANK) == 1 or (q.prompt.endswith("?") and BLANK not in q.prompt), where
        assert "  " not in q.prompt and "**" not in q.prompt and "…" not in q.prompt, where
        assert not _CITATION.search(q.prompt) and not _CITATION.search(q.explanation), where
        # four options; "which happened first?" three or four
        assert len(q.distractors) == 3 or (q.kind == "order" and len(q.distractors) == 2), where
        options = [q.answer, *q.distractors]
        assert len({o.casefold() for o in options}) == len(options) and all(o.strip() for o in options), where
        assert not any(o.endswith("…") for o in options), where
        assert q.difficulty in ("easy", "medium", "hard") and 0 < q.quality <= 1, where


@pytest.mark.parametrize("name", CORPORA)
def test_every_prompt_reads_cleanly_and_stands_alone(name: str) -> None:
    _, questions = questions_of(name)
    for q in questions:
        if q.kind == "source":
            continue  # a quote is shown as written
        text = re.sub(r"(?i)which of these happened first", "", context_free(q).replace(BLANK, "Blank"))
        assert unreadable(text) is None, q.prompt
        assert not re.match(r"(?:However|After all|At the same time|Moreover|In addition|Also|Then)\b", text), q.prompt
        assert not re.search(r"\b(?:this|these|those|here|will|would|today|last year|next week|"
                             r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", text,
                             re.IGNORECASE), q.prompt
        assert not re.search(r"\b(?:it|they|them)\b", text, re.IGNORECASE) or re.search(
            r"\bthey\b|\btheir\b", text) or re.search(  # "The Apollo program cost …, and at its peak it employed"
            r"^(?:The )?[A-Z][^,]*,\s+(?:when|where|while|after|before|until|as|and|so that)\b.*\bit\b", text), q.prompt
        plain = text.replace("Blank", "blank")  # the blank is no name
        owner = re.search(r"\bits\b", plain)  # "Voyager 1 turned its camera": one name before it owns it
        assert owner is None or re.search(r"\s[A-Z][\w-]*(?:\s\d+)?\s[^A-Z]*$", plain[: owner.start()]), q.prompt


@pytest.mark.parametrize("name", CORPORA)
def test_wh_questions_are_english(name: str) -> None:
    """Do-support takes the base form: never "In which year did Stevens resigned?"."""
    _, questions = questions_of(name)
    for q in questions:
        m = re.search(r"\bdid ((?:[A-Z][\w'’.-]*\s|the\s|[a-z]+\s){1,7}?)([a-z]\w*)\b", q.prompt)
        if m and q.prompt.endswith("?"):
            verb = m.group(2)
            assert past_base(verb) is None or verb in ("set", "put", "cut", "hit", "read", "let", "cost", "spread"), q.prompt
        if q.kind != "source":  # a quote is shown as written
            assert not re.search(r"\bwas (?:his|her|its|their) which\b", q.prompt), q.prompt
            assert not re.search(r"\b(?:did|was|were) (?:after|before|because|when|by|in|on)\b", q.prompt, re.I), q.prompt


@pytest.mark.parametrize("name", CORPORA)
def test_one_source_sentence_feeds_one_question(name: str) -> None:
    _, questions = questions_of(name)
    used = Counter(q.explanation for q in questions if q.kind != "order")
    assert not [s for s, n in used.items() if n > 1]
    order_sentences = {line.split(" — ")[0] for q in questions if q.kind == "order" for line in q.explanation.split("\n")}
    for q in questions:  # no question asks the year an order question's reveal shows
        if q.kind == "when":
            assert not any(label.lower() in q.explanation.lower() for label in order_sentences if len(label) > 12), q.prompt


# ----------------------------------------------------------------------------- per kind
@pytest.mark.parametrize("name", CORPORA)
def test_when_questions_have_the_right_year_and_fair_distractors(name: str) -> None:
    corpus, questions = questions_of(name)
    events = {e.event_key: e for e in corpus.events}
    docs = {d.doc_key: d for d in corpus.canonical}
    for q in (q for q in questions if q.kind == "when"):
        event = events[q.event_key or ""]
        assert q.answer == str(event.start_year) and q.answer in q.explanation, q.prompt
        years = [int(y) for y in [q.answer, *q.distractors]]
        assert all(re.fullmatch(r"\d{4}", y) for y in [q.answer, *q.distractors])
        assert not set(re.findall(r"\b\d{4}\b", q.explanation)) & set(q.distractors), q.prompt  # never also stated
        assert not re.search(r"\b\d{4}\b", context_free(q).replace(q.answer, "")), q.prompt  # no other year
        assert not re.search(r"anniversary|century|COVID", q.prompt, re.I), q.prompt
        gaps = {b - a for a, b in zip(sorted(years), sorted(years)[1:], strict=False)}
        assert len(gaps) > 1, q.prompt  # not evenly spaced around the answer
        written = re.match(r"\d{4}", docs[q.doc_key or ""].meta.date or "")
        if written:
            assert max(years) <= int(written.group(0)), q.prompt  # nothing after the document was written


@pytest.mark.parametrize("name", CORPORA)
def test_number_questions_keep_format_and_show_no_pattern(name: str) -> None:
    _, questions = questions_of(name)
    shape = re.compile(r"\d[\d,]*(?:\.\d+)?")
    words = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()  # noqa: SIM905

    def digits(option: str) -> str:  # "Six" is asked as a word when the source writes it so
        return str(words.index(option.lower())) if option.lower() in words else option

    for q in (q for q in questions if q.kind == "number"):
        assert q.answer in q.explanation
        assert not re.search(r"(?:more than|over|at least|up to|fewer than|less than)\s+" + BLANK, q.prompt), q.prompt
        assert all(o[:1].isalpha() == q.answer[:1].isalpha() for o in q.distractors), q.prompt  # "six", never "6"
        value = float(shape.search(digits(q.answer)).group(0).replace(",", ""))  # type: ignore[union-attr]
        for d in map(digits, q.distractors):
            assert shape.sub("#", d) == shape.sub("#", digits(q.answer)), q.prompt  # unit and format
            other = float(shape.search(d).group(0).replace(",", ""))  # type: ignore[union-attr]
            assert all(abs(other - value * r) > 1e-6 for r in (0.25, 0.5, 1.5, 2, 3)), q.prompt


@pytest.mark.parametrize("name", CORPORA)
def test_entity_questions_offer_names_of_the_same_kind_from_the_same_document(name: str) -> None:
    corpus, questions = questions_of(name)
    text = {d.doc_key: d.clean_text for d in corpus.canonical}
    for q in (q for q in questions if q.kind == "entity"):
        assert q.prompt.startswith(("Who ", "Which ", "In which ", "To which ", "From which ")) or ", who " in q.prompt \
            or ", in which " in q.prompt or ", to which " in q.prompt or ", from which " in q.prompt, q.prompt
        for option in q.distractors:
            assert option in text[q.doc_key or ""], q.prompt  # the same setting: the same document
            assert option not in q.prompt


def test_corpus_dominant_entities_are_no_answers() -> None:
    _, questions = questions_of("bundled")
    assert not [q for q in questions if q.kind == "entity" and q.answer in ("China", "Russia", "Soviet Union")]


@pytest.mark.parametrize("name", CORPORA)
def test_order_questions_are_short_events_of_one_document_with_every_date_shown(name: str) -> None:
    corpus, questions = questions_of(name)
    events = {e.event_key: e for e in corpus.events}
    for q in (q for q in questions if q.kind == "order"):
        labels = [q.answer, *q.distractors]
        assert all(2 <= len(label.split()) <= 9 and not re.search(r"\d{4}", label) for label in labels), q.prompt
        lines = q.explanation.split("\n")
        assert len(lines) == len(labels) in (3, 4) and all(" — " in line for line in lines)
        assert lines[0].split(" — ")[0] == q.answer  # the reveal is in date order, the answer first
        assert events[q.event_key or ""].doc_key == q.doc_key
        assert q.prompt == "Which of these happened first?" or re.fullmatch(
            r"According to [^,]+, which of these happened first\?", q.prompt), q.prompt


def test_sources_are_offered_only_among_documents_on_the_same_subject() -> None:
    _, mixed = questions_of("mixed")
    assert not [q for q in mixed if q.kind == "source"]  # news, history, science, biography: no peers
    corpus, bundled_questions = questions_of("bundled")
    titles = {d.meta.title for d in corpus.canonical}
    sources = [q for q in bundled_questions if q.kind == "source"]
    assert len(sources) >= 20  # after the garble, giveaway and context checks (tests/corpus/test_source_quotes.py)
    for q in sources:
        assert q.answer in titles and set(q.distractors) <= titles
        assert f"“{q.explanation}”" in q.prompt


def test_a_quote_that_names_its_documents_subject_is_not_asked() -> None:
    corpus, questions = questions_of("bundled")
    xinhua = next(d for d in corpus.canonical if d.doc_key.startswith("xinhua"))
    for q in questions:
        if q.kind == "source" and q.doc_key == xinhua.doc_key:
            assert "Victory Day" not in q.explanation, q.prompt



@pytest.mark.parametrize("name", CORPORA)
def test_a_quote_whose_time_is_relative_to_its_document_is_not_asked(name: str) -> None:
    """"More than 80 years ago", "At present": a quote cannot be made absolute, so it is not asked."""
    _, questions = questions_of(name)
    relative = re.compile(r"\b(?:\w+ years? ago|at present|today(?:'s)?|now|nowadays|in recent years|"
                          r"(?:this|last|next) (?:year|month|week))\b", re.IGNORECASE)
    for q in questions:
        if q.kind == "source":
            assert not relative.search(q.explanation), q.prompt


def test_relative_time_is_found_in_news_history_and_science_sentences() -> None:
    from bot.corpus.grammar import relative_time

    assert relative_time("More than 80 years ago, the two armies fought side by side.") == "ago"
    assert relative_time("At present, the world structure is at a turning point.") == "At present"
    assert relative_time("The port handled 13.4 million containers last year.") == "last year"
    assert relative_time("In recent years, vaccines against malaria have been tested.") == "In recent years"
    # "recent" to the text's own day: a report, a study, a survey
    assert relative_time("Sales passed 167 million, according to a recent report from analysts Gartner.") == "a recent"
    assert relative_time("The most recent survey of the reef found fewer corals.") == "most recent"
    assert relative_time("Ada Lovelace translated the paper in 1843.") is None
    assert relative_time("Israeli forces crossed into the Sinai on 29 October 1956.") is None

# ------------------------------------------------------------------------- attribution
@pytest.mark.parametrize("name", CORPORA)
def test_opinion_and_judgement_are_attributed(name: str) -> None:
    corpus, questions = questions_of(name)
    kinds = {d.doc_key: d.meta.kind for d in corpus.canonical}
    judgement = re.compile(r"\b(?:important|significant|indispensable|profound|undoubtedly|probably|crucial)\b", re.I)
    for q in questions:
        if q.kind in ("when", "number", "entity") and (kinds[q.doc_key or ""] == "opinion" or judgement.search(q.explanation)):
            assert q.prompt.startswith("According to "), q.prompt


def test_facts_in_news_are_asked_as_facts() -> None:
    _, questions = questions_of("mixed")
    apollo = [q for q in questions if q.kind == "when" and q.doc_key and "apollo" in q.doc_key]
    plain = [q for q in apollo if not _EVALUATIVE.search(q.explanation)]
    assert plain and all(not q.prompt.startswith("According to") for q in plain)
    # a judgement in a news story's sentence is a side remark of the reporter's: the sentence is not asked
    assert not [q.prompt for q in apollo if _EVALUATIVE.search(q.prompt)]


@pytest.mark.parametrize(("sentence", "judges"), [
    ("Jim Thorpe died of heart failure at his home in Lomita, California, in 1953.", False),
    ("The engine failure forced the pilot to land on the beach at Kitty Hawk.", False),
    ("Greta Lindqvist died of kidney failure in Visby in 1980.", False),
    ("The expedition of 1845 was a failure from its first winter.", True),
    ("Critics called the 1927 film a failure.", True),
    ("In 1925 Paavo Nurmi competed in 55 races, mostly indoors, in about five months.", False),
    # a hope, fear or promise held now is a view; a past one is a fact of its holder's life, and a cape's name or a
    # pledge's content is no view at all
    ("Grey became Prime Minister on 22 November 1830 with a promise of parliamentary reform.", False),  # judge 44
    ("Vasco da Gama rounded the Cape of Good Hope in 1497.", False),
    ("Jacques Morel hoped to become a naval aviator, but in 1936 a car accident broke both his arms.", False),
    ("Supporters hope that the new bridge will end the ferry's monopoly.", True),
    ("The government promises to cut the tax on fuel by 2010.", True),
])
def test_a_medical_or_mechanical_failure_is_no_judgement(sentence: str, judges: bool) -> None:
    """"According to the Sports Desk, in which year did Jim Thorpe die of heart failure?" (judge 32): a cause of
    death is a fact; calling a venture a failure is a view."""
    assert bool(_EVALUATIVE.search(sentence)) is judges


@pytest.mark.parametrize(("sentence", "judges"), [
    ("His breakthrough came in 1896 with the Toyoda power loom.", True),  # judge 313, biography
    ("The discovery of the enzyme was the breakthrough the laboratory had waited for since 1951.", True),  # science
    ("Critics hailed the opera, first staged in Milan in 1893, as a masterpiece.", True),  # arts
    ("The crossing of 1909 was a triumph for the young aviator.", True),  # history
    ("In 1889 the river broke through the dam above Johnstown.", False),  # a breach, no verdict
    ("The loom wove cloth twice as fast as a hand loom by 1896.", False),
])
def test_a_verdict_on_a_work_or_a_deed_is_a_judgement(sentence: str, judges: bool) -> None:
    """"In which year did Sakichi Toyoda's breakthrough come with the Toyoda power loom?" (judge 313): calling a work a
    breakthrough, a masterpiece or a triumph is a view of it, not a fact to date."""
    assert bool(_EVALUATIVE.search(sentence)) is judges


@pytest.mark.parametrize(("sentence", "judges"), [
    ("The Schwebebahn was placed under protection as a historic monument in 1997.", False),  # engineering
    ("The old town of Visby was declared a historic district in 1965.", False),  # history
    ("The observatory was added to the register of historic buildings in 1979.", False),  # science
    ("The treaty was a historic victory for the Maori chiefs.", True),
    ("Her historic flight across the Atlantic made her famous overnight.", True),
])
def test_a_protected_status_is_no_judgement(sentence: str, judges: bool) -> None:
    """"The Schwebebahn was placed under protection as a historic monument" (judge 285's document) was dropped as a
    view in a document of facts: a listed monument, building or district is a status a body gives; calling an act
    historic is a view."""
    assert bool(_EVALUATIVE.search(sentence)) is judges


# ----------------------------------------------------------------------- known outputs
def test_known_good_questions_across_documents() -> None:
    _, questions = questions_of("mixed")
    by_prompt = {q.prompt: q.answer for q in questions}
    assert by_prompt["In which year was Apollo 13 launched?"] == "1970"
    # the first of two clauses, asked alone or as an option of the order question that spends its sentence
    options = {o for q in questions if q.kind == "order" for o in (q.answer, *q.distractors)}
    assert by_prompt.get("In which year was Voyager 2 launched from Cape Canaveral?") == "1977" \
        or "Voyager 2 was launched from Cape Canaveral" in options
    assert by_prompt.get("In which year did Voyager 1 fly past Jupiter?") == "1979" or "Voyager 1 flew past Jupiter" in options
    # "In 1944 he helped to found …" resolved ("In which year was Nelson Mandela arrested?" is not asked: he was
    # arrested more than once, and the sentence says nothing of where or by whom)
    assert by_prompt["In which year did Nelson Mandela help to found the Youth League of the African National Congress?"] == "1944"
    assert "In which year was Nelson Mandela arrested?" not in by_prompt
    assert by_prompt["In which year did Howard Florey and Ernst Chain begin a systematic study of antibacterial substances?"] == "1939"
    _, bundled_questions = questions_of("bundled")
    gorbachev = [q for q in bundled_questions if q.kind == "when" and "Gorbachev visit China" in q.prompt]
    assert not gorbachev or gorbachev[0].answer == "1989"


def test_dates_inside_relative_clauses_date_only_their_clause() -> None:
    text = ("The first serious attempt was made by Ferdinand de Lesseps, who had completed the Suez Canal in 1869.\n\n"
            "Gorgas drained swamps across the isthmus, and by 1906 yellow fever had been eliminated.\n\n"
            "Mandela studied law at Fort Hare, from which he was expelled in 1940.")
    questions = generate(text_corpus({"x.txt": (text, DocMeta("Canals and men", kind="paper", date="2010"))}))
    for q in questions:
        assert not re.search(r"which year (?:was the first serious attempt|did Gorgas drain|did Mandela study)", q.prompt)


def year_prompts(docs: dict[str, tuple[str, DocMeta]]) -> dict[str, str]:
    """The year questions of ``docs``, by answer."""
    return {q.answer: q.prompt for q in generate(text_corpus(docs)) if q.kind == "when"}


def test_a_fronted_date_is_asked_as_a_wh_question() -> None:
    """"In 1434 the mine owner Engelbrekt led …": the date cut from the front leaves a clause to ask, with the
    adverb and the time of day that went with the date ("early in 1604", "On the afternoon of 31 May 1889")."""
    docs = {
        "computer.txt": ("In August 1942 the physicist John Mauchly wrote a memorandum proposing an electronic "
                         "calculator.\n\nThe machine was finished at the Moore School.",
                         DocMeta("Early electronic computers", kind="history", date="2016")),
        "dam.txt": ("On the afternoon of 31 May 1889, the South Fork Dam above Johnstown gave way after "
                    "days of heavy rain.\n\nThe town of Johnstown lay fourteen miles downstream.",
                    DocMeta("Floods of Pennsylvania", kind="history", date="2019")),
        "rebels.txt": ("Early in 1520 the nobleman Gustav Vasa raised a revolt in Dalarna against the Danish king.\n\n"
                       "The revolt spread south within months.", DocMeta("Sweden's wars of independence", kind="history",
                                                                          date="2012")),
    }
    prompts = year_prompts(docs)
    assert prompts["1942"].endswith("In which year did the physicist John Mauchly write a memorandum proposing an "
                                    "electronic calculator?")
    assert prompts["1889"].endswith("In which year did the South Fork Dam above Johnstown give way after days of heavy rain?")
    assert prompts["1520"].endswith("In which year did the nobleman Gustav Vasa raise a revolt in Dalarna against the "
                                    "Danish king?")


def test_a_year_in_an_aside_after_the_subject_is_asked_of_the_subject() -> None:
    """"Israel's National Water Carrier, completed in 1964, takes water …": the year dates the aside, so the question
    asks when the subject was completed, not a blank in a sentence about something else."""
    docs = {
        "water.txt": ("Israel's National Water Carrier, completed in 1964, takes water from the Sea of Galilee to the "
                      "coast.\n\nThe lake is shrinking.", DocMeta("Water in the Jordan valley", kind="science", date="2015")),
        "bridges.txt": ("The Forth Bridge, opened on 4 March 1890, carries trains across the Firth of Forth.\n\n"
                        "It is painted red.", DocMeta("Scottish bridges", kind="history", date="2011")),
        "machines.txt": ("The Underwood No. 1, designed by the engineer Franz Xaver Wagner and launched in 1896, let "
                         "typists see their work as they typed.\n\nSales grew fast.",
                         DocMeta("Office machines", kind="history", date="2009")),
    }
    prompts = year_prompts(docs)
    assert prompts["1964"].endswith("In which year was Israel's National Water Carrier completed?")
    assert prompts["1890"].endswith("In which year was the Forth Bridge opened?")
    assert prompts["1896"].endswith("In which year was the Underwood No. 1 launched?")


def test_a_year_after_a_thing_made_by_someone_dates_the_thing() -> None:
    """"Cajal was shown a new staining technique developed by Golgi in 1873" (judge 43): 1873 is when Golgi developed
    it, not when Cajal was shown it, so neither "In which year was Cajal shown …" nor an order option dated 1873."""
    docs = {
        "cajal.txt": ("Santiago Ramón y Cajal was shown a new staining technique developed by Camillo Golgi in 1873.\n\n"
                      "Cajal improved the method.", DocMeta("Santiago Ramón y Cajal", kind="biography", date="2019")),
        "photo.txt": ("Louis Daguerre's partner used a process invented by Nicéphore Niépce in 1826.\n\n"
                      "The process was slow.", DocMeta("Early photography", kind="history", date="2014")),
        "code.txt": ("The Navy team adopted a compiler written by Grace Hopper in 1952.\n\nIt saved months of work.",
                     DocMeta("Early programming", kind="history", date="2016")),
    }
    questions = generate(text_corpus(docs))
    asked = [q.prompt for q in questions if q.prompt.startswith("In which year") or q.kind == "order"]
    assert not [p for p in asked if re.search(r"shown|used a process|adopted a compiler", p)], asked


def test_a_lifes_surname_after_another_given_name_is_headed_by_the_life() -> None:
    """"In which year was Elizabeth Coleman born in Atlanta, Texas?" (judge 42): her birth name, which no player knows
    as Bessie Coleman's. A surname after a given name that is not the life's own goes under the life's name."""
    docs = {
        "coleman.txt": ("Bessie Coleman was an American aviator.\n\nElizabeth Coleman was born in Atlanta, Texas, in "
                        "1892.\n\nBessie Coleman flew at air shows across the United States.",
                        DocMeta("Bessie Coleman", kind="biography", date="2020")),
        "hardy.txt": ("Thomas Hardy was an English novelist.\n\nIn 1893 Henry Hardy built a house at Talbothays in "
                      "Dorset.\n\nThomas Hardy wrote poems in old age.", DocMeta("Thomas Hardy", kind="biography",
                                                                             date="2018")),
    }
    # a word that only begins like the surname ("Korolyov", a town named after him) names no one either
    docs["korolev.txt"] = ("Sergei Korolev was a Soviet rocket designer. Korolev led the design bureau OKB-1.\n\n"
                           "In 1996 the town of Podlipki was renamed Korolyov.\n\nKorolev died in Moscow.",
                           DocMeta("Sergei Korolev", kind="biography", date="2017"))
    prompts = year_prompts(docs)
    assert prompts["1892"].startswith("Bessie Coleman: "), prompts
    assert prompts["1893"].startswith("Thomas Hardy: "), prompts
    assert prompts["1996"].startswith("Sergei Korolev: "), prompts


def test_a_middle_word_of_a_lifes_name_is_named_in_full() -> None:
    """"In which year did Garrett open St Mary's Dispensary?" (judge 46): in a life of Elizabeth Garrett Anderson the
    middle word alone, or with the surname, is the subject; "Newson Garrett", her father, is not."""
    docs = {
        "ega.txt": ("Elizabeth Garrett Anderson was an English physician.\n\nIn 1866 Garrett opened St Mary's "
                    "Dispensary for Women in Marylebone.\n\nIn 1841 Newson Garrett bought the maltings at Snape.",
                    DocMeta("Elizabeth Garrett Anderson", kind="biography", date="2016")),
        "rvw.txt": ("Ralph Vaughan Williams was an English composer.\n\nIn 1910 Vaughan Williams conducted the first "
                    "performance of A Sea Symphony at Leeds.", DocMeta("Ralph Vaughan Williams", kind="biography",
                                                                       date="2014")),
    }
    prompts = year_prompts(docs)
    assert "did Elizabeth Garrett Anderson open St Mary's Dispensary" in prompts["1866"], prompts
    assert "did Ralph Vaughan Williams conduct the first performance" in prompts["1910"], prompts
    assert "did Newson Garrett buy the maltings" in prompts["1841"], prompts


def test_a_dated_list_entry_is_not_blanked() -> None:
    """"The Sicilian Vespers: 7 January _____: Charles of Anjou dies at Foggia." (judge 49): a timeline's line is
    dated by its label, in the historical present; blanking the label makes no sentence."""
    docs = {
        "vespers.md": ("# The War of the Vespers\n\nThe main events:\n\n- 7 January 1285: Charles of Anjou dies at Foggia.\n"
                       "- 11 November 1285: Peter III dies at Vilafranca del Penedès.\n",
                       DocMeta("The War of the Vespers", kind="history", date="2019")),
        "rail.md": ("# Railway milestones\n\nKey dates:\n\n- May 1869: The Central Pacific meets the Union Pacific at "
                    "Promontory Summit.\n- September 1825: The Stockton and Darlington Railway opens.\n",
                    DocMeta("Railway milestones", kind="history", date="2015")),
    }
    blanks = [q.prompt for q in generate(text_corpus(docs)) if BLANK in q.prompt]
    assert not [p for p in blanks if re.search(r"_____:", p)], blanks


def test_a_year_in_a_fronted_participle_is_not_blanked() -> None:
    """"Born in _____ to poor immigrants, Stan Lieberman got a job …": the year dates the phrase in front, and the
    sentence states another fact; a blank there asks two things at once."""
    docs = {
        "comics.txt": ("Born in 1922 to poor immigrants from Romania, Stan Lieberman got a job at Timely Publications."
                       "\n\nHe wrote comics for decades.", DocMeta("American comics", kind="biography", date="2019")),
        "politics.txt": ("Elected in 1997 with a large majority, Tony Blair promised to reform the House of Lords.\n\n"
                         "Reform came slowly.", DocMeta("British politics since 1990", kind="history", date="2015")),
        "bridge.txt": ("Trained in 1850 as an engineer in Zurich, Hans Keller built the new bridge at Basel.\n\n"
                       "It still stands.", DocMeta("Swiss engineers", kind="biography", date="2012")),
    }
    blanks = [q.prompt for q in generate(text_corpus(docs)) if BLANK in q.prompt]
    assert not [p for p in blanks if re.match(r"(?:\w+: )?(?:Born|Elected|Trained) in _", p)]


def test_what_a_thing_was_is_not_asked_as_when_it_was() -> None:
    """"The Halifax Explosion was a disaster that destroyed …" says what it was: "In which year was the Halifax
    Explosion a disaster …?" is no question."""
    docs = {
        "halifax.txt": ("The Halifax Explosion was a disaster that destroyed much of the north end of Halifax on the "
                        "morning of 6 December 1917.\n\nThe city was rebuilt.", DocMeta("Harbour disasters", kind="history",
                                                                                       date="2017")),
        "tay.txt": ("The Tay Bridge collapse was a catastrophe that killed everyone on the train on the night of "
                    "28 December 1879.\n\nA new bridge opened later.", DocMeta("Scottish railways", kind="history",
                                                                              date="2011")),
    }
    docs["fleet.txt"] = ("The First Fleet was the group of eleven ships that sailed from Portsmouth in May 1787.\n\n"
                         "It reached Botany Bay months later.", DocMeta("Convict Australia", kind="history", date="2013"))
    docs["academy.txt"] = ("In 1739 Carl Linnaeus was one of the founders of the Royal Swedish Academy of Sciences.\n\n"
                           "He was its first president.", DocMeta("Swedish science", kind="biography", date="2007"))
    docs["clinic.txt"] = ("In 1848 the First Clinic's maternal mortality was about 1.3 per cent.\n\nIt had been far higher.",
                          DocMeta("Childbed fever in Vienna", kind="history", date="2010"))
    prompts = [q.prompt for q in generate(text_corpus(docs)) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"which year was .* (?:an? (?:disaster|catastrophe)|one of the|the group|"
                                                r"about 1\.3)", p)]


def test_what_a_thing_rests_on_is_not_asked_as_when_it_did() -> None:
    """"In which year did the American claim rest on Robert Gray's entry into the mouth of the Columbia River?" (judge
    361): the year dates the entry, and a claim rests on it for as long as it stands. A claim, a plan or an estate that
    rested on, depended on, consisted of or belonged to something is not asked by the year inside its object; an army
    that rested at a town is."""
    docs = {
        "oregon.txt": ("The Kell claim rested on Tom Gray's entry into the mouth of the Varn River in 1792.\n\nThe "
                       "dispute lasted decades.", DocMeta("The Kell Treaty", kind="history", date="2015")),
        "loan.txt": ("The Lode plan depended on a loan from the bankers of Genoa in 1519.\n\nThe bankers agreed.",
                     DocMeta("The Lode plan", kind="history", date="2015")),
        "estate.txt": ("The Mora estate belonged to the Crown of Aragon in 1540.\n\nIt was sold later.",
                       DocMeta("The Mora estate", kind="history", date="2015")),
        "army.txt": ("The Varn army rested at Dover for a week in 1066.\n\nIt marched north.",
                     DocMeta("The Varn army", kind="history", date="2015")),
    }
    prompts = [q.prompt for q in generate(text_corpus(docs)) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"\b(?:rest on|depend on|belong to)\b", p)], prompts
    assert any("rest at Dover" in p for p in prompts), prompts


def test_he_and_she_are_resolved_only_to_a_biographys_subject() -> None:
    text = ("Grace Hopper was born in New York City in 1906 and studied mathematics at Vassar College.\n\n"
            "She joined the Naval Reserve in December 1943 as a lieutenant.\n\n"
            "Howard Aiken ran the Harvard computation laboratory for many years after the war.\n\n"
            "He retired from the laboratory in 1961 and moved to Florida.")
    questions = generate(text_corpus({"g.txt": (text, DocMeta("Grace Hopper, a life in code", kind="paper", date="2010"))}))
    prompts = [q.prompt for q in questions]
    assert any(p.startswith("In which year did Grace Hopper join the Naval Reserve") for p in prompts)
    assert not [p for p in prompts if "retire" in p]  # "He" follows a sentence about someone else


def test_a_definite_reference_to_the_titles_subject_is_named() -> None:
    text = ("The canal opened to traffic on August 15, 1914, when the cargo ship Ancon made the first transit.\n\n"
            "The dam created a large lake in the middle of the isthmus.")
    questions = generate(text_corpus({"c.txt": (text, DocMeta("The building of the Panama Canal", kind="paper", date="2010"))}))
    assert "In which year did the Panama Canal open to traffic?" in [q.prompt for q in questions]


def test_bounds_and_estimates_never_make_a_number_with_true_distractors() -> None:
    text = ("The two leaders have met more than 40 times since the treaty of Vienna was signed.\n\n"
            "At least 140 people were killed at the Berlin Wall while trying to cross it.\n\n"
            "Up to 6,000 workers from Barbados were recruited by the Panama Canal Company.")
    questions = generate(text_corpus({"n.txt": (text, DocMeta("Numbers", kind="news", date="2019"))}))
    assert not [q for q in questions if q.kind == "number"]


def test_a_share_whose_complement_the_sentence_gives_makes_no_question() -> None:
    """"… 59% are men compared to _____ of women" (judge 27): the answer is 100 − 59. Two shares of one whole
    give each other away; shares of different wholes make a question."""
    texts = {
        "mp3.txt": ("Of the 22 million Americans who own MP3 players, 59% are men compared to 41% of women, the survey "
                    "by Ipsos Insight found in January 2005.", DocMeta("Who owns an MP3 player", kind="news",
                                                                       date="2005-01")),
        "vote.txt": ("In the referendum of May 1998 in Galway, 71.5% of voters backed the treaty and 28.5% voted "
                     "against it.", DocMeta("Galway votes", kind="history")),
        "poll.md": ("A poll by the Lowy Institute in March 2019 found that 64% of Australians trusted the United "
                    "Nations.", DocMeta("Trust in institutions", kind="report")),
    }
    numbers = [q for q in generate(text_corpus(texts)) if q.kind == "number"]
    assert not [q for q in numbers if q.doc_key in ("mp3.txt", "vote.txt")], [q.prompt for q in numbers]
    assert [q for q in numbers if q.doc_key == "poll.md"], [q.prompt for q in numbers]


def test_a_toll_needs_its_year_or_its_named_disaster() -> None:
    """"Sea walls failed along the coasts of Lincolnshire … and _____ people died in England" (judge 27): died
    in what, and when? A toll is asked only with its year or its named disaster in the prompt."""
    texts = {
        "flood.txt": ("# The North Sea flood\n\nA storm surge came down the North Sea on the last night of January. "
                      "Sea walls failed along the coasts of Norfolk, Essex and Kent, and 307 people died in England.",
                      DocMeta("The North Sea flood", kind="history")),
        "mine.md": ("# Coal in Wales\n\nThe pit was the deepest in the valley. Gas exploded in the lower seam and 439 "
                    "miners were killed at Senghenydd.", DocMeta("Coal in Wales", kind="history")),
        "ferry.txt": ("# Ferries\n\nIn March 1987 the ferry Herald of Free Enterprise capsized off Zeebrugge, and "
                      "193 people died.", DocMeta("Ferries", kind="history")),
        "fire.txt": ("# City fires\n\nMeridian was built of timber. The Great Fire of Meridian killed 212 people in "
                     "the old town of Meridian.", DocMeta("City fires", kind="history")),
    }
    numbers = [q for q in generate(text_corpus(texts)) if q.kind == "number"]
    assert not [q for q in numbers if q.doc_key in ("flood.txt", "mine.md")], [q.prompt for q in numbers]
    assert {"ferry.txt", "fire.txt"} <= {q.doc_key for q in numbers}, [q.prompt for q in numbers]


def test_giveaways_are_caught() -> None:
    text = ("The Red Army parade in Moscow marked the 79th anniversary of the Soviet victory in 2024.\n\n"
            "Early in 2020 the COVID-19 pandemic closed the Louvre in Paris for three months.\n\n"
            "The Treaty of Paris was signed in 1783, twenty years after the Treaty of Paris of 1763.\n\n"
            "The attacks on the World Trade Center on 11 September 2001 heightened concern for security.\n\n"
            "Airport checks were tightened after the 11 September attacks of 2001.")
    questions = generate(text_corpus({"g.txt": (text, DocMeta("Giveaways", kind="news", date="2024"))}))
    assert not [q for q in questions if q.kind == "when"]


def test_rejections_give_reasons_and_the_tally_adds_up() -> None:
    corpus = folder_corpus(MIXED)
    tally = Tally()
    questions, rejected = generate_questions(corpus.canonical, corpus.passages, corpus.events, tally, forms=ALL_FORMS)
    assert rejected and all(item and reason for item, reason in rejected)
    assert sum(tally.kept.values()) == len(questions)
    assert sum(tally.candidates.values()) >= len(questions) + sum(tally.drops.values()) // 2
    lines = tally.lines()
    assert lines[0].startswith("  generated: ") and "candidates" in lines[0] and "kept" in lines[0]
    assert any(line.startswith("  dropped ") for line in lines[1:])


def test_the_build_report_lists_every_reason_with_its_variants_on_one_line() -> None:
    tally = Tally()
    tally.candidates["when"] = 9
    for reason in ["pronoun without a referent in the prompt ('he')"] * 3 + [
            "pronoun without a referent in the prompt ('his')", "a cloze of more than 26 words",
            "first person"] + [f"relative time or a word that leans on context ('{w}')" for w in "abcde"]:
        tally.drop("item", reason)
    lines = tally.lines()
    assert lines[1:] == [
        "  dropped 5: relative time or a word that leans on context ('a' 1, 'b' 1, 'c' 1 …)",
        "  dropped 4: pronoun without a referent in the prompt ('he' 3, 'his' 1)",
        "  dropped 1: a cloze of more than 26 words",
        "  dropped 1: first person",
    ]


def test_generation_is_deterministic_and_keys_survive_cosmetic_changes() -> None:
    corpus, questions = questions_of("norland")
    assert [q.question_key for q in generate(corpus)] == [q.question_key for q in questions]
    texts = {k: (t.replace(" in ", "  in ").replace("'", "’"), m) for k, (t, m) in NORLAND.items()}
    before = {q.question_key for q in questions if q.kind in ("when", "number", "entity")}
    after = {q.question_key for q in generate(text_corpus(texts)) if q.kind in ("when", "number", "entity")}
    assert before == after
    for q in questions:
        if q.kind in ("when", "number", "entity"):
            assert q.question_key.startswith("q") and len(q.question_key) == len(make_key("q", "x"))


def test_duplicate_document_adds_no_question() -> None:
    _, questions = questions_of("bundled")
    assert not [q for q in questions if q.doc_key == "jia-2022-china-russia-relations-pdf.txt"]


def test_the_yield_on_varied_documents() -> None:
    """Fewer, better: but a few hundred words of plain English still make several questions."""
    _, questions = questions_of("mixed")
    kinds = Counter(q.kind for q in questions)
    assert sum(kinds.values()) >= 15 and kinds["when"] >= 10
    assert len({q.doc_key for q in questions}) >= 6


def test_a_huge_corpus_is_sampled_deterministically(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.corpus.questions as questions_module

    monkeypatch.setattr(questions_module, "MAX_SENTENCES", 60)
    corpus = folder_corpus(MIXED)
    first, second = generate(corpus), generate(corpus)
    assert [q.question_key for q in first] == [q.question_key for q in second]
    assert 0 < len([q for q in first if q.kind in ("when", "number", "entity")]) <= 60


def test_empty_and_odd_inputs_never_raise() -> None:
    assert generate_questions([], [], []) == ([], [])
    odd = {
        "a.txt": ("", DocMeta("A")),
        "b.txt": ("1999 2000 2001 ... $$$ %%% 12,34,5 — “ ” ' \" 🙂 漢字", DocMeta("B", kind="news", date="2020")),
        "c.txt": ("word " * 3000, DocMeta("C", kind="opinion")),
    }
    generate(text_corpus(odd))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(
    ["In 1946,", "On April 28, 1946,", "In December of that year,", "the army", "left", "Harbin", "Sweden",
     "$300 million", "20%", "156 key projects", "President Anna Berg", "signed", "the Treaty", "and", "Denmark",
     "more than 80 years ago", "from 1950 to 1955", "in mid May", ".", ";", ",", "the 11th", "we", "Fig. 2",
     "She", "He", "was", "born", "visited", "Who"]
), min_size=1, max_size=60))
def test_any_text_yields_well_formed_questions_or_nothing(words: list[str]) -> None:
    text = " ".join(words)
    corpus = text_corpus({"h.txt": (text, DocMeta("H", kind="news", date="2025-05")),
                          "i.txt": ("The old kingdom of Norland signed a treaty with Sweden in 1905.", DocMeta("I"))})
    for q in generate(corpus):
        assert len(q.distractors) in (2, 3) and q.answer not in q.distractors
        assert leans_on_context(context_free(q).replace(BLANK, "x")) is None or q.kind == "source"


def test_a_quantity_given_again_in_another_unit_makes_no_question() -> None:
    """"Uranus orbits the Sun at an average distance of about _____ kilometres, or 19.2 astronomical units"
    (judge 30): the other unit gives the answer by arithmetic, whichever comes first."""
    texts = {
        "planet.txt": ("# Uranus\n\nWilliam Herschel found the planet in 1781. Uranus orbits the Sun at an average "
                       "distance of about 2,870 million kilometres, or 19.2 astronomical units.",
                       DocMeta("Uranus", kind="science")),
        "road.md": ("# The Roman road\n\nThe Fosse Way ran for 182 miles (293 kilometres) from Exeter to Lincoln.",
                    DocMeta("The Roman road", kind="history")),
        "lake.txt": ("# Lake Superior\n\nThe lake covers 82,100 square kilometres, or about 31,700 square miles.",
                     DocMeta("Lake Superior", kind="science")),
    }
    numbers = [q.prompt for q in generate(text_corpus(texts)) if q.kind == "number"]
    assert not numbers, numbers


@pytest.mark.parametrize("prompt", [
    "George Clifford's garden held plants, and Carl Linnaeus described them in Hortus Cliffortianus (_____).",  # judge 68
    "Marie Curie isolated radium (in _____) with André-Louis Debierne.",
    "The Forth Bridge (opened in _____) carries the railway over the Firth of Forth.",
])
def test_a_blank_in_brackets_makes_no_question(prompt: str) -> None:
    """A year in brackets is an aside of the sentence, not what it says: a blank there asks nothing clear."""
    from bot.corpus.questions import _length_reason

    assert _length_reason(prompt) is not None
    assert _length_reason(prompt.replace("(", "").replace(")", "")) is None


@pytest.mark.parametrize("prompt", [
    "The Adam Smith Lecture celebrates the author of _____'s Wealth of Nations.",  # judge 70
    "Visitors queue for the _____'s new exhibition at the Tate.",
    "Ford built _____’s best-selling car at Dagenham.",
])
def test_a_blank_in_a_possessive_makes_no_question(prompt: str) -> None:
    from bot.corpus.questions import _length_reason

    assert _length_reason(prompt) == "a blank in a possessive"


def test_a_build_asks_no_which_source_question() -> None:
    """Independent reads accepted 1 of 12 "which source says this?" questions on news stories and 2 of 21 on the
    bundled corpus, whose documents on one subject share its stock phrases: a build makes none, and the generator
    still makes them when asked (``kinds``), for the bundled corpus as for any corpus on one subject."""
    corpus = bundled()
    built = generate_questions(corpus.canonical, corpus.passages, corpus.events)[0]
    asked = generate_questions(corpus.canonical, corpus.passages, corpus.events, kinds=GENERATED_KINDS | {"source"})[0]
    assert not [q for q in built if q.kind == "source"]
    assert len([q for q in asked if q.kind == "source"]) >= 20


def built_and_every(texts: dict[str, tuple[str, DocMeta]]) -> tuple[list[Question], list[Question], Tally]:
    """What a build makes of ``texts`` (with its tally) and what the generator makes with every form."""
    corpus = text_corpus(texts)
    tally = Tally()
    built = generate_questions(corpus.canonical, corpus.passages, corpus.events, tally)[0]
    every = generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS)[0]
    return built, every, tally


def test_a_side_fact_that_names_its_actors_in_full_stands_under_its_documents_name() -> None:
    """Histories and sciences gave no question at all when every side fact was left out (judges 262 to 269: twenty
    such documents, none asked): "In which year did Iceland break off diplomatic relations with the United Kingdom?"
    stands under "Cod Wars" as a quiz master heads a round. A build asks a side fact of a state, a body or people the
    prompt names in full; not someone's birth, marriage, death or move, which under a life's name read as the life's,
    nor a person by one name, whom the heading does not say ("did Valette die?", "was Frederick crowned?")."""
    texts = {
        "cod.md": ("# The Herring Wars\n\nThe Herring Wars were disputes over fishing rights in the North Atlantic.\n\n"
                   "In 1976 Iceland broke off diplomatic relations with the United Kingdom.",
                   DocMeta("The Herring Wars", kind="history")),
        "pig.md": ("# The Potato Dispute\n\nThe Potato Dispute was a quarrel over the border between two colonies.\n\n"
                   "In 1853 the Hudson's Bay Company set up a sheep farm on Lode Island.\n\nIn 1872 the Royal Marines "
                   "withdrew from Varn Camp.", DocMeta("The Potato Dispute", kind="history")),
        "siege.md": ("# The Siege of Kessel\n\nThe Siege of Kessel was the last battle of the Varn war.\n\nJean Parisot "
                     "de Marle commanded the defence.\n\nMarle died in the city of Lode in August 1568.\n\nFrederick was crowned in Lode in "
                     "1619.\n\nAnna Varn married Tomas Brel in 1571.", DocMeta("The Siege of Kessel", kind="history")),
    }
    built, every, tally = built_and_every(texts)
    kept = [q.prompt for q in built if q.kind == "when"]
    for asked in ("The Herring Wars: In which year did Iceland break off diplomatic relations with the United Kingdom?",
                  "The Potato Dispute: In which year did the Hudson's Bay Company set up a sheep farm on Lode Island?",
                  "The Potato Dispute: In which year did the Royal Marines withdraw from Varn Camp?"):
        assert asked in kept, (asked, kept)
    left = [q.prompt for q in every if q.doc_key == "siege.md" and q.kind == "when" and ": " in q.prompt]
    assert all(any(word in p for p in left) for word in ("Marle die", "Frederick", "Anna Varn")), left
    assert not [p for p in kept if re.search(r"Marle die|Frederick|Anna Varn", p)], kept
    assert "a side fact" in " | ".join(reason for _, reason in tally.report())


def test_a_life_the_text_calls_by_the_first_word_of_its_name_is_a_life() -> None:
    """"Xu Guangqi: In which year was Xu made Minister of Rites?" (judge 345) and "Snorri Sturluson: In which year did
    Snorri go to Norway …?" (judge 351): the title check reads a life's surname as its last word, so a family name
    written first, or a patronymic's given name, left these lives no subject: their questions were headed and named
    them by one word. A biography whose text writes the title whole and its first word alone three times or more is
    that life; a history titled so is not."""
    xu = ("Xu Varnqi (24 April 1562 – 8 November 1633) was a Chinese scholar-official, mathematician, agronomist and "
          "astronomer of the late Ming dynasty. He is best known for his work with the Italian Jesuit Tomas Kell, with "
          "whom he translated the first books of Euclid's Elements into Chinese.\n\nXu was born in Orrhai into a family "
          "of modest means. Xu passed the provincial examination in 1597. Xu was baptised in Nanjing in 1603.\n\nIn 1632 "
          "Xu was made Minister of Rites and appointed a Grand Secretary.")
    built, _every, _tally = built_and_every({"xu.md": (xu, DocMeta("Xu Varnqi", kind="biography"))})
    kept = [q.prompt for q in built if q.kind == "when"]
    assert "In which year was Xu Varnqi made Minister of Rites?" in kept, kept
    assert not [p for p in kept if p.startswith("Xu Varnqi: ")], kept
    built, _every, _tally = built_and_every({"xu.md": (xu, DocMeta("Xu Varnqi", kind="history"))})
    assert "In which year was Xu Varnqi made Minister of Rites?" not in [q.prompt for q in built]


@pytest.mark.parametrize(("name", "called", "never"), [
    ("Xu Guangqi", {"Xu", "Guangqi"}, set()),  # a family name of two letters, written first
    ("Tu Youyou", {"Tu", "Youyou"}, set()),
    ("Sir Walter Scott", {"Walter", "Scott"}, {"Sir"}),  # a title is no name a text calls him by
    ("de Gaulle", {"Gaulle"}, {"de"}),  # nor a particle
])
def test_the_words_a_life_is_called_by(name: str, called: set[str], never: set[str]) -> None:
    from bot.corpus.questions import _called_by

    assert called <= _called_by(name) and not never & _called_by(name)


def test_a_side_fact_of_a_thing_by_one_name_the_heading_does_not_explain_stays_out() -> None:
    """"Robert Smalls: In which year did the Planter's three white officers go ashore?" (judge 275): the Planter, a ship
    the prompt never says is one. A side fact naming a thing by one capitalised word is left out of a build, unless it is
    a people or a place or body the corpus knows; one that names its ship in full is asked."""
    texts = {
        "smalls.md": ("# The Kessel Raid\n\nThe Kessel Raid was a Union attack on the harbour of Kessel.\n\nOn 12 May 1862 "
                      "the Planter's three white officers went ashore at Lode.\n\nIn 1863 the Union Navy sent the "
                      "ironclad USS Lode to Varn.", DocMeta("The Kessel Raid", kind="history")),
    }
    built, every, _tally = built_and_every(texts)
    assert any("Planter's three white officers" in q.prompt for q in every), [q.prompt for q in every]
    kept = [q.prompt for q in built if q.kind == "when"]
    assert not [p for p in kept if "Planter" in p], kept
    assert any("ironclad USS Lode" in p for p in kept), kept


def test_a_build_asks_no_number_question_that_needs_its_documents_name() -> None:
    """Judges 98-133 accepted 4 of 10 number questions that stood under their document's name ("The Satsuma Rebellion:
    About how many men left Kagoshima …?", "The Fall of Isfahan: About how many men did the Persian army number?"): a
    build leaves them out as it leaves out side facts asked by year, and makes them only when asked."""
    texts = {
        "satsuma.md": ("# The Satsuma Rebellion\n\nThe Satsuma Rebellion was a revolt of samurai in Kyushu.\n\nAbout "
                       "13,000 men left Kagoshima in mid-February 1877.", DocMeta("The Satsuma Rebellion", kind="history")),
        "isfahan.md": ("# The Fall of Isfahan\n\nIsfahan was the capital of Safavid Persia.\n\nAt Gulnabad in March 1722 the "
                       "Afghan forces met the Persian army. The Persian army numbered some 42,000 men at Gulnabad in "
                       "March 1722 and possessed artillery; the Afghans had perhaps 18,000.",
                       DocMeta("The Fall of Isfahan", kind="history")),
    }
    built, every, tally = built_and_every(texts)
    labelled = re.compile(r"(?:The Satsuma Rebellion|The Fall of Isfahan): ")
    assert len([q for q in every if q.kind == "number" and labelled.match(q.prompt)]) == 2, [q.prompt for q in every]
    assert not [q.prompt for q in built if q.kind == "number"]
    assert "a side fact" in " | ".join(reason for _, reason in tally.report())


def test_a_build_asks_no_journey_said_only_by_its_place() -> None:
    """Judges 52-141 accepted 16 of 29 year questions on a journey the prompt gives only its place, 5 of 14 since judge
    100 ("did Kate Sheppard travel to Britain?", "did Joshua Slocum sail from Boston?", "did Tadeusz Kościuszko reach
    Philadelphia?"): people go to a place more than once. A build leaves them out with the reason in its report, and
    makes them only when asked; a journey said with its purpose or as the first, and a railway's or a probe's arrival,
    stay."""
    texts = {
        "sheppard.md": ("# Ada Kerr\n\nAda Kerr was a New Zealand suffragist. She was born in Liverpool in 1847.\n\n"
                        "In 1894 Ada Kerr travelled to Britain.\n\nIn 1896 Ada Kerr founded the Women's Council in "
                        "Christchurch.", DocMeta("Ada Kerr", kind="biography")),
        "slocum.md": ("# Tom Lugg\n\nTom Lugg was a Canadian sea captain. He was born in Nova Scotia in 1844.\n\nIn 1895 "
                      "Tom Lugg sailed from Boston. In 1871 Tom Lugg first sailed to Sydney, Australia with a cargo of "
                      "timber to sell.", DocMeta("Tom Lugg", kind="biography")),
        "line.md": ("# The Varn Railway\n\nThe Varn Railway was a line in Austria.\n\nIn 1857 the Varn Railway reached "
                    "Ljubljana.", DocMeta("The Varn Railway", kind="history")),
        # a visit too (judge 161: "did Christiaan Huygens visit Paris?", where he went often and lived for 15 years)
        "hugo.md": ("# Jan Hugo\n\nJan Hugo was a Dutch astronomer. He was born in The Hague in 1629.\n\nIn 1655 Jan Hugo "
                    "visited Paris.", DocMeta("Jan Hugo", kind="biography")),
        # and a take-off from a place (judge 221: "did Antoine de Saint-Exupéry take off from Borgo?", his last flight)
        "lind.md": ("# Carl Lind\n\nCarl Lind was an American aviator. He was born in Detroit in 1902.\n\nIn 1927 Carl Lind "
                    "took off from Roosevelt Field on Long Island.", DocMeta("Carl Lind", kind="biography")),
        # and a ship at anchor off a place (judge 321: "was the Potemkin anchored off Tendra Island?", a practice range)
        "kestrel.md": ("# The Kestrel mutiny\n\nThe Kestrel was a Russian battleship. She was launched at Nikolaev in "
                       "1900.\n\nIn 1905 the Kestrel was anchored off Varn Island.",
                       DocMeta("The Kestrel mutiny", kind="history")),
        # and a place whose name goes on after "upon" or "am" (judge 330: "did Elsie Inglis reach Newcastle upon Tyne?")
        "kerr.md": ("# Ida Varn\n\nIda Varn was a Scottish doctor. She was born in Naini Tal in 1864.\n\nIn 1917 Ida Varn "
                    "reached Kingston upon Hull.", DocMeta("Ida Varn", kind="biography")),
        # ... but a ship names its voyage (judge 79: "sail to New South Wales on HMS Reliance", accepted)
        "flint.md": ("# Tom Flint\n\nTom Flint was an English navigator. He was born in Lincolnshire in 1774.\n\nIn 1795 "
                     "Tom Flint sailed to New South Wales on HMS Reliance.", DocMeta("Tom Flint", kind="biography")),
    }
    built, every, tally = built_and_every(texts)
    bare = re.compile(r"(?:travel to Britain|sail from Boston|visit Paris|take off from Roosevelt Field on Long Island|"
                      r"anchored off Varn Island|reach Kingston upon Hull)\?$")
    assert len([q for q in every if bare.search(q.prompt)]) == 6, [q.prompt for q in every]
    assert not [q.prompt for q in built if bare.search(q.prompt)]
    kept = [q.prompt for q in built if q.kind == "when"]
    assert any("Sydney" in p for p in kept) and any("Railway reach" in p for p in kept), kept
    assert any("on HMS Reliance" in p for p in kept), kept
    assert "a journey with only its place" in " | ".join(reason for _, reason in tally.report())


def test_a_build_asks_no_blanks_and_years_only_of_questions_that_name_their_subject() -> None:
    """Independent reads accepted 48% of years and 46% of amounts blanked in their sentence, and 65% of side facts
    (year questions that stood under their document's name because their words do not name what it is about), against
    82% for "In which year …?" questions that name it: a build leaves these forms out, with the reason in its report,
    and makes them only when asked (``forms=ALL_FORMS``). (A side fact of a state, a body or someone named in full is
    asked: ``test_a_side_fact_that_names_its_actors_in_full_stands_under_its_documents_name``.)"""
    texts = {
        "canal.md": ("# The Erie Canal\n\nThe Erie Canal opened in Buffalo in 1825.\n\nCanvass White married Louisa "
                     "Loomis in 1821.\n\nThe Erie Canal, completed across the state in 1825 with 83 "
                     "locks, cut freight costs by nine tenths.", DocMeta("The Erie Canal", kind="history")),
        "curie.md": ("# Marie Curie\n\nMarie Curie was born in Warsaw in 1867.\n\nPierre Curie died in Paris in 1906."
                     "\n\nRadium, a glowing white metal, was isolated as a pure salt in Paris in "
                     "1902.", DocMeta("Marie Curie", kind="biography")),
        "music.md": ("# Music notes\n\nJean Sibelius's Symphony No. 1 was first performed on 26 April 1899. The Sibelius "
                     "Hall in Lahti is 2,460 metres long and rests on seven concrete piers.",
                     DocMeta("Music notes", kind="history")),
    }
    built, every, tally = built_and_every(texts)
    labelled = re.compile(r"(?:The Erie Canal|Marie Curie|Music notes): ")
    assert {q.kind for q in every if BLANK in q.prompt} == {"when", "number"}, [q.prompt for q in every]
    assert [q for q in every if q.kind == "when" and labelled.match(q.prompt)], [q.prompt for q in every]
    assert [q for q in built if q.kind == "when"], [q.prompt for q in every]
    assert not [q.prompt for q in built if BLANK in q.prompt or (q.kind == "when" and labelled.match(q.prompt))]
    reasons = " | ".join(reason for _, reason in tally.report())
    assert all(why in reasons for why in ("a year blanked", "a figure blanked", "a side fact")), reasons


def test_a_lifes_name_heads_no_side_fact_and_one_taken_to_a_place_is_no_question() -> None:
    """Two of judge 278's rejects in a life of Ignaz Semmelweis: "Ignaz Semmelweis: In which year did Joseph Lister
    introduce antiseptic surgery …?" read the life's name as a stray label over someone else's act, and "In which year
    was Ignaz Semmelweis taken to Vienna?" left out why (to an asylum) in a city he had lived in for years. A build asks
    no side fact under a life's name, and no one "taken", "sent" or "brought" to a place and nothing more; an event's
    name still heads its side facts, and a journey with its purpose stays."""
    texts = {
        "varn.md": ("# Ada Varn\n\nAda Varn was a Hungarian physician who fought childbed fever. Her work was taken up "
                    "by the surgeon Joseph Lister.\n\nLister introduced antiseptic surgery using carbolic acid in 1867, "
                    "and hand washing became standard in hospitals by the end of the century.\n\nIn July 1865 Ada Varn "
                    "was taken to Vienna.\n\nIn 1846 Ada Varn was sent to Pest to open a maternity ward.",
                    DocMeta("Ada Varn", kind="biography")),
        "lode.md": ("# Tom Lode\n\nTom Lode was a Welsh engineer.\n\nIn 1851 Tom Lode was brought to London.",
                    DocMeta("Tom Lode", kind="biography")),
        "strike.md": ("# The Herring Wars\n\nThe Herring Wars were disputes over fishing rights in the North Atlantic."
                      "\n\nIn 1976 Iceland broke off diplomatic relations with the United Kingdom.",
                      DocMeta("The Herring Wars", kind="history")),
    }
    built, every, _tally = built_and_every(texts)
    kept = [q.prompt for q in built if q.kind == "when"]
    assert any(re.search(r"taken to Vienna\?|brought to London\?", q.prompt) for q in every), [q.prompt for q in every]
    assert not [p for p in kept if re.search(r"taken to Vienna\?|brought to London\?", p)], kept
    assert any("sent to Pest to open a maternity ward" in p for p in kept), kept
    assert "The Herring Wars: In which year did Iceland break off diplomatic relations with the United Kingdom?" in kept
    # the same act of someone else, asked under a life's name and under an event's
    from test_questions_distractors import generator_of

    generator = generator_of(texts)
    act = "In which year did Joseph Lister introduce antiseptic surgery using carbolic acid?"
    life = next(q for q in every if q.doc_key == "varn.md" and q.kind == "when")
    event = next(q for q in every if q.doc_key == "strike.md" and q.kind == "when")
    assert not generator._stands_under_name(dataclasses.replace(life, prompt=act))
    assert generator._stands_under_name(dataclasses.replace(event, prompt=act))

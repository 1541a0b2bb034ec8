"""Generated quiz questions: grounding invariants for every question, kinds, attribution, keys."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from fixtures_questions import Corpus, bundled, text_corpus
from fixtures_questions.norland import DOCS as NORLAND
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.corpus.gazetteer import build_gazetteer
from bot.corpus.keys import make_key
from bot.corpus.model import DocMeta, Question
from bot.corpus.questions import BLANK, _number_distractors, _ordinal_distractors, generate_questions

TWO_OPTION_KINDS = ("order", "source")
_SHAPE = re.compile(r"\d+(?:st|nd|rd|th)\b|\d[\d,]*(?:\.\d+)?")


def generate(corpus: Corpus) -> tuple[list[Question], list[tuple[str, str]]]:
    return generate_questions(corpus.canonical, corpus.passages, corpus.events)


@pytest.fixture(scope="module")
def bundled_questions() -> list[Question]:
    return generate(bundled())[0]


@pytest.fixture(scope="module")
def norland() -> Corpus:
    return text_corpus(NORLAND)


def check_invariants(corpus: Corpus, questions: list[Question]) -> None:
    """The quality bar of the issue, for every question."""
    passages = {p.passage_key: p for p in corpus.passages}
    docs = {d.doc_key: d for d in corpus.canonical}
    gaz = build_gazetteer([q.explanation for q in questions])
    keys = Counter(q.question_key for q in questions)
    assert not [k for k, n in keys.items() if n > 1], "duplicate question keys"
    sentences = Counter(q.explanation for q in questions if q.kind in ("when", "number", "entity"))
    assert not [s for s, n in sentences.items() if n > 1], "more than one cloze question per sentence"
    for q in questions:
        where = f"{q.kind}: {q.prompt}"
        # grounded in one sentence of one live passage of a canonical document
        assert q.doc_key in docs, where
        assert q.passage_key in passages, where
        assert q.explanation in passages[q.passage_key].text, where
        # the prompt is a question or a clean cloze with one blank
        assert q.prompt.count(BLANK) == 1 or (q.prompt.endswith("?") and BLANK not in q.prompt), where
        assert "**" not in q.prompt and "  " not in q.prompt, where
        # distractors: the right number, distinct, none equal to the answer
        expected = (1, 3) if q.kind in TWO_OPTION_KINDS else (3,)
        assert len(q.distractors) in expected, where
        folded = [d.casefold() for d in q.distractors]
        assert len(set(folded)) == len(folded), where
        assert q.answer.casefold() not in folded, where
        assert all(d.strip() for d in q.distractors), where
        assert q.difficulty in ("easy", "medium", "hard"), where
        assert 0 < q.quality <= 1.5, where
        assert q.question_key == make_key("q", q.kind, q.explanation, q.answer), where
        if q.kind in ("when", "number", "entity"):
            assert q.answer in q.explanation, where  # verbatim
        if q.kind == "when":
            assert q.answer_type == "YEAR" and all(re.fullmatch(r"\d{4}", o) for o in [q.answer, *q.distractors])
            years_in_sentence = set(re.findall(r"\b\d{4}\b", q.explanation))
            assert not years_in_sentence & set(q.distractors), where
            assert all(abs(int(d) - int(q.answer)) <= 25 for d in q.distractors), where
            assert q.event_key is not None
        if q.kind == "number":
            shape = _SHAPE.sub("#", q.answer)
            assert all(_SHAPE.sub("#", d) == shape for d in q.distractors), where  # same unit and format
            for d in q.distractors:  # an amount the sentence states elsewhere is no wrong answer
                assert not re.search(rf"(?<![\d.,]){re.escape(d)}(?![\d.,])", q.explanation), where
        if q.kind == "entity":
            assert q.answer_type in ("PLACE", "ORG", "PERSON"), where
            for option in q.distractors:
                entity = gaz.lookup(option)
                assert entity is None or entity.type == q.answer_type, where
        if q.kind == "order":
            # the option is the event's clause (its date cut out): every word comes from the sentence
            words = set(re.findall(r"[\w'’-]+", q.explanation.casefold()))
            assert set(re.findall(r"[\w'’-]+", q.answer.casefold().rstrip("…"))) <= words, where
            assert not re.search(r"\d", " ".join([q.answer, *q.distractors])), where
        if q.kind == "source":
            assert q.answer == docs[q.doc_key].meta.title
            quote = re.sub(r"\s?\[\d+(?:[,–-]\s*\d+)*\]", "", q.explanation)  # citation markers dropped
            assert f"“{quote}”" in q.prompt
            assert set(q.distractors) <= {d.meta.title for d in docs.values()}


# ------------------------------------------------------------------- bundled corpus
def test_every_bundled_question_meets_the_quality_bar(bundled_questions: list[Question]) -> None:
    check_invariants(bundled(), bundled_questions)


def test_bundled_corpus_yields_enough_questions_of_every_kind(bundled_questions: list[Question]) -> None:
    kinds = Counter(q.kind for q in bundled_questions)
    assert sum(kinds.values()) >= 75
    assert {"when", "number", "entity", "order", "source"} <= set(kinds)
    assert kinds["when"] >= 10


def test_topics_are_few_and_short(bundled_questions: list[Question]) -> None:
    topics = {q.topic for q in bundled_questions}
    assert 2 <= len(topics) <= 25
    assert all(0 < len(t) <= 61 for t in topics)


def test_opinion_is_attributed_never_stated_as_fact(bundled_questions: list[Question]) -> None:
    corpus = bundled()
    for q in bundled_questions:
        kind = corpus.doc(q.doc_key or "").meta.kind
        if q.kind in ("when", "number", "entity"):
            assert q.prompt.startswith("According to") == (kind == "opinion"), q.prompt
    editorial = [q for q in bundled_questions if q.doc_key == "global-times-2017-strategic-ties.txt" and q.kind != "source"]
    assert editorial and all(q.prompt.startswith("According to the Global Times opinion piece, ") for q in editorial if q.kind != "order")


def test_known_good_questions_are_generated(bundled_questions: list[Question]) -> None:
    by_answer = {(q.kind, q.answer): q for q in bundled_questions}
    gorbachev = [q for q in bundled_questions if q.kind == "when" and "Gorbachev visit China" in q.prompt]
    assert gorbachev and gorbachev[0].answer == "1989"
    # "When Gorbachev visited China in 1989, …" is the same fact: asked once only
    assert len([q for q in bundled_questions if q.kind == "when" and "Gorbachev" in q.explanation]) == 1
    assert by_answer[("number", "US$244.8 billion")].distractors == sorted(
        by_answer[("number", "US$244.8 billion")].distractors, key=lambda d: float(d[3:].split()[0])
    )
    assert ("number", "$300 million") in by_answer


def test_aliases_and_role_swaps_never_make_a_second_true_answer(bundled_questions: list[Question]) -> None:
    russia = {"russia", "soviet union", "russian federation", "ussr"}
    for q in bundled_questions:
        if q.kind != "entity":
            continue
        options = {q.answer.casefold(), *(d.casefold() for d in q.distractors)}
        assert len(options & russia) <= 1, q.prompt  # never Russia against the Soviet Union
        for option in q.distractors:  # a distractor already named in the sentence would be a giveaway
            assert not re.search(rf"\b{re.escape(option)}\b", q.explanation), q.prompt


def test_generation_is_deterministic(bundled_questions: list[Question]) -> None:
    again, _ = generate(bundled())
    assert [(q.question_key, q.prompt, q.distractors) for q in again] == [
        (q.question_key, q.prompt, q.distractors) for q in bundled_questions
    ]


def test_duplicate_document_adds_no_question(bundled_questions: list[Question]) -> None:
    assert not [q for q in bundled_questions if q.doc_key == "jia-2022-china-russia-relations-pdf.txt"]


def test_rejections_name_the_item_and_the_reason() -> None:
    _, rejected = generate(bundled())
    assert rejected
    assert all(item and reason for item, reason in rejected)


# ------------------------------------------------------------------- invented history
def test_invented_history_questions_meet_the_quality_bar(norland: Corpus) -> None:
    questions, _ = generate(norland)
    check_invariants(norland, questions)
    assert len(questions) >= 12


def test_invented_history_when_questions_have_the_right_years(norland: Corpus) -> None:
    questions, _ = generate(norland)
    when = {q.prompt: q.answer for q in questions if q.kind == "when"}
    assert when["In which year did the Norland Parliament abolish serfdom in every province of the kingdom?"] == "1848"
    assert when["In which year did Prime Minister Ingrid Halvorsen open the new university in the capital city?"] == "1972"
    assert any(a == "1954" and p.startswith("The long dispute over the islands ended in _____") for p, a in when.items())
    # opinion: attributed, and the year is right
    essay = [q for q in questions if q.kind == "when" and q.doc_key == "norland-essay.txt"]
    assert essay and all(q.prompt.startswith("According to the J. Writer opinion piece, ") for q in essay)
    assert {q.answer for q in essay} <= {"1848", "1919"}


def test_a_closing_date_still_makes_a_real_question() -> None:
    text = (
        "The young king announced the new constitution of the northern kingdom in May 1961.\n\n"
        "More than 400,000 people worked on the great canal at the height of the effort."
    )
    questions, _ = generate(text_corpus({"x.txt": (text, DocMeta("X", kind="paper"))}))
    by_kind = {q.kind: q for q in questions}
    assert by_kind["when"].prompt == "In which year did the young king announce the new constitution of the northern kingdom?"
    assert by_kind["when"].answer == "1961"
    assert by_kind["number"].answer == "400,000"
    assert all(re.fullmatch(r"\d{1,3}(,\d{3})+", d) for d in by_kind["number"].distractors)


def test_invented_history_number_entity_order_and_source(norland: Corpus) -> None:
    questions, _ = generate(norland)
    by_answer = {q.answer: q for q in questions}
    assert by_answer["$300 million"].kind == "number"
    assert all(d.startswith("$") and d.endswith(" million") for d in by_answer["$300 million"].distractors)
    assert by_answer["40%"].kind == "number"
    assert all(int(d.rstrip("%")) <= 100 for d in by_answer["40%"].distractors)
    assert by_answer["12,000"].distractors and all("," in d for d in by_answer["12,000"].distractors)
    vienna = by_answer["Vienna"]
    assert vienna.kind == "entity" and vienna.answer_type == "PLACE"
    assert vienna.prompt == "The old royal family quietly fled to _____ when the people of the capital rose against the crown."
    events = {e.event_key: e for e in norland.events}
    for q in (q for q in questions if q.kind == "order"):
        first = events[q.event_key or ""]
        assert first.certainty == "explicit"
        others = [e for e in norland.events if e.summary.startswith(tuple(d.rstrip("…")[:25] for d in q.distractors))]
        assert others and all(e.start_year - first.start_year >= 2 for e in others)
    sources = [q for q in questions if q.kind == "source"]
    assert sources and all(len(q.distractors) == 1 for q in sources)  # two documents: two options


def test_first_person_questions_dangling_starts_and_figures_yield_nothing() -> None:
    text = (
        "We signed the treaty with Sweden in 1905 after a long and bitter dispute. "
        "However, the treaty with Denmark in 1906 was signed after a short and friendly meeting. "
        "As Fig. 3 shows, trade with Finland in 1907 grew by 40% over the following decade."
    )
    corpus = text_corpus({"x.txt": (text, DocMeta("X", kind="paper", date="2000"))})
    questions, rejected = generate(corpus)
    assert [q for q in questions if q.kind in ("when", "number", "entity")] == []
    reasons = " ".join(r for _, r in rejected)
    assert "first person" in reasons and "context-dependent" in reasons and "figure" in reasons


def test_labels_and_fragments_are_not_numbers_to_ask() -> None:
    text = (
        "Version 3 adds a local preview that renders the embeds against the real callbacks.\n\n"
        "enable or disable the category with 16 locales in the help folder of the project.\n\n"
        "The speed score runs from 100% down to 50% over the time allowed for each question."
    )
    corpus = text_corpus({"x.txt": (text, DocMeta("X", kind="paper"))})
    questions, _ = generate(corpus)
    answers = {q.answer for q in questions if q.kind == "number"}
    assert "3" not in answers and "16" not in answers
    for q in (q for q in questions if q.answer == "100%"):
        assert "50%" not in q.distractors


def test_role_swap_sentence_gets_no_entity_question() -> None:
    text = "The army of Sweden defeated the army of Denmark in a long battle near the old river crossing."
    corpus = text_corpus({"x.txt": (text, DocMeta("X", kind="paper"))})
    questions, _ = generate(corpus)
    assert [q for q in questions if q.kind == "entity"] == []


def test_keys_survive_a_rebuild_with_cosmetic_changes(norland: Corpus) -> None:
    before = {q.question_key for q in generate(norland)[0] if q.kind in ("when", "number", "entity")}
    texts = {k: (t.replace(" in ", "  in ").replace("'", "’"), m) for k, (t, m) in NORLAND.items()}
    after = {q.question_key for q in generate(text_corpus(texts))[0] if q.kind in ("when", "number", "entity")}
    assert before and before == after


# -------------------------------------------------------------------- distractor units
@pytest.mark.parametrize(
    ("answer", "kind", "pattern"),
    [
        ("US$244.8 billion", "money", r"US\$\d+\.\d billion"),
        ("$300 million", "money", r"\$\d+ million"),
        ("20%", "pct", r"\d+%"),
        ("12,000", "count", r"\d{1,3}(?:,\d{3})+"),
        ("156", "count", r"\d+"),
    ],
)
def test_number_distractors_keep_unit_format_and_scale(answer: str, kind: str, pattern: str) -> None:
    options = _number_distractors(answer, kind, "seed")
    assert len(options) == 3 and answer not in options and len(set(options)) == 3
    assert all(re.fullmatch(pattern, o) for o in options), options
    value = float(_SHAPE.search(answer).group(0).replace(",", ""))  # type: ignore[union-attr]
    for option in options:
        other = float(_SHAPE.search(option).group(0).replace(",", ""))  # type: ignore[union-attr]
        assert value / 5 <= other <= value * 5  # same scale
    if kind == "pct":
        assert all(int(o.rstrip("%")) <= 100 for o in options)


def test_ordinal_distractors_are_near_ordinals() -> None:
    options = _ordinal_distractors("11th", "seed")
    assert len(set(options)) == 3 and "11th" not in options
    assert all(re.fullmatch(r"\d+(st|nd|rd|th)", o) for o in options)
    assert set(options) <= {"9th", "10th", "12th", "13th", "14th", "16th"}
    assert set(_ordinal_distractors("2nd", "seed")) <= {"1st", "3rd", "4th", "5th", "6th", "7th"}  # suffixes right
    assert "12th" not in _ordinal_distractors("11th", "seed", "the 12th summit and the 11th")


def test_a_huge_corpus_is_sampled_deterministically(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only MAX_SENTENCES candidate sentences are looked at, dated ones first: bounded build time."""
    import bot.corpus.questions as questions_module

    monkeypatch.setattr(questions_module, "MAX_SENTENCES", 60)
    corpus = bundled()
    first, _ = generate(corpus)
    second, _ = generate(corpus)
    assert [q.question_key for q in first] == [q.question_key for q in second]
    cloze = [q for q in first if q.kind in ("when", "number", "entity")]
    assert 0 < len(cloze) <= 60
    assert sum(1 for q in cloze if q.kind == "when") >= 10  # sentences with dated events were kept
    check_invariants(corpus, first)


def test_empty_and_odd_inputs_never_raise() -> None:
    assert generate_questions([], [], []) == ([], [])
    odd = {
        "a.txt": ("", DocMeta("A")),
        "b.txt": ("1999 2000 2001 ... $$$ %%% 12,34,5 — “ ” ' \" 🙂 漢字", DocMeta("B", kind="news", date="2020")),
        "c.txt": ("word " * 3000, DocMeta("C", kind="opinion")),
    }
    corpus = text_corpus(odd)
    questions, _ = generate(corpus)
    check_invariants(corpus, questions)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(
    ["In 1946,", "On April 28, 1946,", "In December of that year,", "the army", "left", "Harbin", "Sweden",
     "$300 million", "20%", "156 key projects", "President Anna Berg", "signed", "the Treaty", "and", "Denmark",
     "more than 80 years ago", "from 1950 to 1955", "in mid May", ".", ";", ",", "the 11th", "we", "Fig. 2"]
), min_size=1, max_size=60))
def test_any_text_yields_grounded_questions_or_nothing(words: list[str]) -> None:
    text = " ".join(words)
    corpus = text_corpus({"h.txt": (text, DocMeta("H", kind="news", date="2025-05")),
                          "i.txt": ("The old kingdom of Norland signed a treaty with Sweden in 1905.", DocMeta("I"))})
    questions, _ = generate(corpus)
    check_invariants(corpus, questions)
    for event in corpus.events:
        assert 1000 <= event.start_year <= 2025



def test_an_unsigned_opinion_piece_is_cited_by_its_full_title(bundled_questions: list[Question]) -> None:
    """The essay has no author: its prompts name its title in full, not cut mid-phrase ("… from 1946…")."""
    corpus = bundled()
    unsigned = [q for q in bundled_questions if q.kind in ("when", "number", "entity")
                and corpus.doc(q.doc_key or "").meta.kind == "opinion" and not corpus.doc(q.doc_key or "").meta.author]
    assert unsigned
    for q in unsigned:
        title = corpus.doc(q.doc_key or "").meta.title
        assert q.prompt.startswith(f"According to the essay “{title}”, "), q.prompt

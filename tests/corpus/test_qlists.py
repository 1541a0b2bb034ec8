"""Hand-written YAML question lists: the shipped list loads, and every kind of mistake is reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fixtures_questions import QUESTIONS, bundled

from bot.corpus.keys import make_key
from bot.corpus.model import Question
from bot.corpus.qlists import load_question_lists, normalise_quote

ESSAY = "sino-soviet-relations-essay.txt"
GOOD = """\
  - prompt: Which city did Soviet troops leave in April 1946?
    answer: Harbin
    distractors: [Vladivostok, Shenyang, Dalian]
"""


def load(tmp_path: Path, body: str, name: str = "mine.yaml") -> tuple[list[Question], list[tuple[str, str]]]:
    (tmp_path / name).write_text(body, encoding="utf-8")
    corpus = bundled()
    return load_question_lists(tmp_path, corpus.docs, corpus.passages)


def one_error(tmp_path: Path, entry: str) -> str:
    """Load a list of one good entry and one bad one; the good one must survive."""
    questions, rejected = load(tmp_path, "title: Test list\nquestions:\n" + GOOD + entry)
    assert [q.answer for q in questions] == ["Harbin"]
    assert len(rejected) == 1
    item, reason = rejected[0]
    assert item == "mine.yaml: question 2"
    assert reason.startswith("mine.yaml: question 2: ")
    return reason


def test_shipped_list_loads_cleanly_and_its_quotes_verify() -> None:
    corpus = bundled()
    questions, rejected = load_question_lists(QUESTIONS, corpus.docs, corpus.passages)
    assert rejected == []
    entries = sum(len(list(re.finditer(r"^  - prompt:", f.read_text(), re.M))) for f in QUESTIONS.glob("*.yaml"))
    assert len(questions) == entries >= 8  # every entry loads
    passages = {p.passage_key: p for p in corpus.passages}
    for q in questions:
        assert q.kind == "list" and q.source_list == "China and Russia, from the sources"
        assert len(q.distractors) in (1, 3) and q.answer not in q.distractors
        assert q.doc_key is not None and corpus.doc(q.doc_key).duplicate_of is None
        assert q.question_key == make_key("q", "list", q.prompt, q.answer)
        if q.passage_key:  # the quote is in that passage
            quote = q.explanation.strip("“”")
            assert normalise_quote(quote) in normalise_quote(passages[q.passage_key].text)
    assert sum(1 for q in questions if q.passage_key) >= len(questions) - 1


def test_a_valid_entry_becomes_a_question(tmp_path: Path) -> None:
    questions, rejected = load(
        tmp_path,
        "title: Mine\nauthor: Me\ntopic: Cities\nquestions:\n" + GOOD
        + "    difficulty: hard\n    source: " + ESSAY + "\n"
        + "    quote: with the withdrawal of Soviet troops from Harbin\n",
    )  # fmt: skip
    assert rejected == []
    [q] = questions
    assert (q.prompt, q.answer, q.distractors) == (
        "Which city did Soviet troops leave in April 1946?", "Harbin", ["Vladivostok", "Shenyang", "Dalian"],
    )  # fmt: skip
    assert (q.topic, q.difficulty, q.doc_key, q.source_list) == ("Cities", "hard", ESSAY, "Mine")
    assert q.passage_key and "Harbin" in q.explanation


def test_quote_matching_ignores_case_spacing_and_quote_style(tmp_path: Path) -> None:
    entry = GOOD.replace("Harbin\n", "Harbin\n    source: Sino-Soviet and Sino-Russian relations from 1946 to the Putin era\n"
                         "    quote: 'ON APRIL 28,   1946, with the withdrawal'\n", 1)
    questions, rejected = load(tmp_path, "title: T\nquestions:\n" + entry)
    assert rejected == [] and questions[0].doc_key == ESSAY


def test_missing_answer(tmp_path: Path) -> None:
    assert "missing answer" in one_error(tmp_path, "  - prompt: Who?\n    distractors: [a, b, c]\n")


def test_missing_prompt(tmp_path: Path) -> None:
    assert "missing prompt" in one_error(tmp_path, "  - answer: x\n    distractors: [a, b, c]\n")


def test_distractor_equal_to_the_answer(tmp_path: Path) -> None:
    reason = one_error(tmp_path, "  - prompt: Who?\n    answer: Putin\n    distractors: [putin, Yeltsin, Stalin]\n")
    assert "distractor equal to the answer" in reason


def test_duplicate_distractors(tmp_path: Path) -> None:
    reason = one_error(tmp_path, "  - prompt: Who?\n    answer: Putin\n    distractors: [Lenin, lenin, Stalin]\n")
    assert "duplicate distractors" in reason


def test_wrong_number_of_distractors(tmp_path: Path) -> None:
    reason = one_error(tmp_path, "  - prompt: Who?\n    answer: Putin\n    distractors: [Lenin, Stalin]\n")
    assert "needs 1 or 3 distractors, got 2" in reason


def test_duplicate_question(tmp_path: Path) -> None:
    reason = one_error(tmp_path, GOOD.replace("Harbin", "Dalian").replace("Dalian]", "Harbin]"))
    assert "duplicate of mine.yaml: question 1" in reason


def test_duplicate_question_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("title: A\nquestions:\n" + GOOD, encoding="utf-8")
    questions, rejected = load(tmp_path, "title: B\nquestions:\n" + GOOD, name="b.yaml")
    assert len(questions) == 1
    assert rejected == [("b.yaml: question 1", "b.yaml: question 1: duplicate of a.yaml: question 1")]


def test_unknown_source(tmp_path: Path) -> None:
    reason = one_error(tmp_path, GOOD.replace("Harbin\n", "Harbin\n    source: no-such-document.txt\n", 1))
    assert "unknown source 'no-such-document.txt'" in reason


def test_quote_not_found_in_the_source(tmp_path: Path) -> None:
    entry = GOOD.replace("Harbin\n", f"Harbin\n    source: {ESSAY}\n    quote: Soviet troops left Harbin by boat\n", 1)
    reason = one_error(tmp_path, entry)
    assert "quote not found in the source" in reason and ESSAY in reason


def test_quote_from_another_document_is_not_found(tmp_path: Path) -> None:
    entry = GOOD.replace(
        "Harbin\n", "Harbin\n    source: xinhua-2025-xi-victory-day-visit.txt\n    quote: withdrawal of Soviet troops from Harbin\n", 1
    )
    assert "quote not found" in one_error(tmp_path, entry)


def test_quote_without_source(tmp_path: Path) -> None:
    assert "a quote needs a source" in one_error(tmp_path, GOOD.replace("Harbin\n", "Harbin\n    quote: Harbin\n", 1))


def test_bad_difficulty(tmp_path: Path) -> None:
    assert "difficulty must be one of" in one_error(tmp_path, GOOD + "    difficulty: impossible\n")


def test_unknown_field_is_reported(tmp_path: Path) -> None:
    reason = one_error(tmp_path, GOOD.replace("distractors", "distractor"))
    assert "unknown field(s) distractor" in reason


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    questions, rejected = load(tmp_path, "title: Broken\nquestions:\n  - prompt: [unclosed\n    answer: x\n")
    assert questions == []
    [(item, reason)] = rejected
    assert item == "mine.yaml"
    assert reason.startswith("mine.yaml: YAML syntax error at line ")
    assert int(reason.split("line ")[1].split(":")[0]) in (3, 4, 5)


@pytest.mark.parametrize("body", ["just a string\n", "title: No questions\n", "title: Empty\nquestions: []\n"])
def test_a_file_without_questions_is_reported(tmp_path: Path, body: str) -> None:
    questions, rejected = load(tmp_path, body)
    assert questions == [] and len(rejected) == 1 and rejected[0][1].startswith("mine.yaml: ")


def test_missing_folder_is_not_an_error(tmp_path: Path) -> None:
    corpus = bundled()
    assert load_question_lists(tmp_path / "absent", corpus.docs, corpus.passages) == ([], [])


def test_numbers_and_booleans_in_yaml_become_text(tmp_path: Path) -> None:
    questions, rejected = load(
        tmp_path, "title: T\nquestions:\n  - prompt: Year?\n    answer: 1946\n    distractors: [1945, 1947, 1950]\n"
        "  - prompt: True?\n    answer: yes\n    distractors: [no]\n"
    )  # fmt: skip
    assert rejected == []
    assert [(q.answer, q.distractors) for q in questions] == [("1946", ["1945", "1947", "1950"]), ("True", ["False"])]


def test_a_source_naming_a_duplicate_document_cites_the_canonical_one(tmp_path: Path) -> None:
    entry = GOOD.replace(
        "Harbin\n",
        "Harbin\n    source: jia-2022-china-russia-relations-pdf.txt\n"
        "    quote: China and Russia advocated the establishment of the Shanghai Cooperation Organization\n",
        1,
    )
    questions, rejected = load(tmp_path, "title: T\nquestions:\n" + entry)
    assert rejected == []
    assert questions[0].doc_key == "jia-2022-china-russia-relations.txt"
    assert questions[0].passage_key is not None


def test_the_shipped_list_asks_each_fact_once() -> None:
    from bot.corpus.facts import same_fact

    corpus = bundled()
    questions, _ = load_question_lists(QUESTIONS, corpus.docs, corpus.passages)
    clashes = [(a.prompt, b.prompt) for i, a in enumerate(questions) for b in questions[i + 1:] if same_fact(a, b)]
    assert clashes == []


def test_a_list_written_for_other_documents_is_reported_once(tmp_path: Path) -> None:
    """The bundled list beside a server's own documents: every question names a document the corpus does not have,
    and the build report says so in one line, not once per question. A list with one such question among others
    still names it."""
    other = "".join(GOOD.replace("Which city", f"Which city ({n})").replace("Harbin\n", f"Harbin\n    source: {doc}\n", 1)
                    for n, doc in enumerate(["a.txt", "b.txt", "a.txt", "c.txt", "d.txt"]))
    questions, rejected = load(tmp_path, "title: Elsewhere\nquestions:\n" + other)
    assert questions == []
    assert rejected == [("mine.yaml", "mine.yaml: all 5 questions name documents this corpus does not have ('a.txt', "
                                      "'b.txt', 'c.txt' and 1 more); the list is skipped")]
    mixed = GOOD + GOOD.replace("Which city", "Which other city").replace("Harbin\n", "Harbin\n    source: a.txt\n", 1)
    (tmp_path / "mixed").mkdir()
    questions, rejected = load(tmp_path / "mixed", "title: Mixed\nquestions:\n" + mixed, name="mixed.yaml")
    assert len(questions) == 1 and [item for item, _ in rejected] == ["mixed.yaml: question 2"]

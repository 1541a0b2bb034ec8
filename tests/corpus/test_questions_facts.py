"""One fact, one question: in the store (generated against hand-written) and in a game (issue 10, part 8)."""

from __future__ import annotations

import random

from bot.corpus.facts import same_fact, without_repeats
from bot.corpus.model import Question
from bot.quiz.selection import freshest


def q(key: str, kind: str, prompt: str, answer: str, explanation: str, distractors: list[str] | None = None) -> Question:
    return Question(key, kind, prompt, answer, distractors or ["a", "b", "c"], explanation,  # type: ignore[arg-type]
                    "d.txt", "p", None, "t", "medium", "TEXT", 0.9)


GORBACHEV_WHEN = q("q1", "when", "In which year did Gorbachev visit China?", "1989",
                   "In 1989, Gorbachev visited China, which was a good opportunity.", ["1987", "1990", "1992"])
GORBACHEV_LIST = q("q2", "list", "Which Soviet leader visited China in 1989?", "Gorbachev",
                   "When Gorbachev visited China in 1989 relations were restored.", ["Khrushchev", "Brezhnev", "Andropov"])
ORDER = q("q3", "order", "According to the essay, which of these happened first?", "Soviet troops left Harbin",
          "Soviet troops left Harbin — 1946\nGorbachev visited China — 1989\nThe Soviet Union dissolved — 1991",
          ["Gorbachev visited China", "The Soviet Union dissolved"])
APOLLO = q("q4", "when", "In which year was Apollo 13 launched?", "1970",
           "Apollo 13 was launched in April 1970, but an oxygen tank exploded.", ["1967", "1969", "1971"])
APOLLO_AGAIN = q("q5", "number", "Apollo 13 was launched in April 1970 with _____ astronauts aboard.", "three",
                 "Apollo 13 was launched in April 1970, but an oxygen tank exploded.", ["two", "four", "five"])
CURIE = q("q6", "when", "In which year did Marie Curie win the Nobel Prize in Chemistry?", "1911",
          "In 1911 she received the Nobel Prize in Chemistry.", ["1903", "1906", "1913"])
SOURCE_A = q("q7", "source", "Which source says this: “China and Russia trade grain.”?", "Paper A",
             "China and Russia trade grain.", ["Paper B", "Paper C", "Paper D"])
SOURCE_B = q("q8", "source", "Which source says this: “China and Russia trade oil and gas.”?", "Paper A",
             "China and Russia trade oil and gas.", ["Paper B", "Paper C", "Paper D"])


def test_the_same_fact_in_two_wordings_clashes() -> None:
    assert same_fact(GORBACHEV_WHEN, GORBACHEV_LIST)  # a generated question against a hand-written one
    assert same_fact(GORBACHEV_WHEN, ORDER)  # the order question's reveal gives the year away
    assert same_fact(APOLLO, APOLLO_AGAIN)  # the same source sentence


def test_a_quote_that_shows_another_questions_answer_clashes() -> None:
    inflation = q("q9", "list", "To what level had Soviet inflation soared by February 1991?", "300%",
                  "inflation soaring to 300%", ["30%", "150%", "1000%"])
    quote = q("q10", "source", "Which source says this: “In February 1991 the Soviet economy was in deep trouble, "
              "with inflation soaring to 300%.”?", "Essay", "In February 1991 the Soviet economy was in deep trouble, "
              "with inflation soaring to 300%.", ["Paper B", "Paper C", "Paper D"])
    assert same_fact(inflation, quote) and same_fact(quote, inflation)
    assert not same_fact(quote, APOLLO)


def test_different_facts_do_not_clash() -> None:
    assert not same_fact(GORBACHEV_WHEN, APOLLO)
    assert not same_fact(CURIE, APOLLO)
    assert not same_fact(SOURCE_A, SOURCE_B)  # two quotes of one document are two questions


def test_list_questions_win_over_generated_repeats() -> None:
    kept, dropped = without_repeats([GORBACHEV_WHEN, APOLLO, CURIE], [GORBACHEV_LIST])
    assert kept == [APOLLO, CURIE] and dropped == [GORBACHEV_WHEN]


def test_a_game_never_asks_one_fact_twice() -> None:
    pool = [GORBACHEV_WHEN, GORBACHEV_LIST, ORDER, APOLLO, APOLLO_AGAIN, CURIE, SOURCE_A, SOURCE_B]
    for seed in range(20):
        chosen = freshest(pool, len(pool), {}, random.Random(seed))
        assert not [(a.question_key, b.question_key) for i, a in enumerate(chosen) for b in chosen[i + 1:]
                    if same_fact(a, b)]
        assert len(chosen) == 5  # one of the Gorbachev three, one of the Apollo two, Curie, both quotes


def test_a_hand_written_quote_inside_a_generated_questions_sentence_clashes() -> None:
    # The list question quotes the words it rests on; the generated one quotes the whole sentence.
    pairs = [
        (q("l1", "list", "Which port hosted the drills?", "Baltiysk", "the Russian Baltic Sea port Baltiysk"),
         q("s1", "source", "Which source says this: “…”?", "Paper A",
           "Drills reached the Mediterranean and the Russian Baltic Sea port Baltiysk in July.")),
        (q("l2", "list", "Where was the scholar from?", "Kenya", "Adhere Cavince, a Kenyan scholar on international "
           "relations"),
         q("s2", "source", "Which source says this: “…”?", "Paper B",
           "Adhere Cavince, a Kenyan scholar on international relations, said the two work together.")),
        (q("l3", "list", "When did the canal open?", "1914", "The canal opened to shipping in August 1914"),
         q("w3", "when", "In which year did the Panama Canal open to shipping?", "1914",
           "After ten years of work, the canal opened to shipping in August 1914.")),
    ]
    for listed, generated in pairs:
        assert same_fact(listed, generated) and same_fact(generated, listed)


def test_a_short_phrase_two_sentences_share_is_not_one_sentence() -> None:
    a = q("a", "when", "In which year did the Treaty of Paris end the war?", "1783",
          "The Treaty of Paris ended the war in 1783.")
    b = q("b", "source", "Which source says this: “…”?", "Paper A",
          "Historians still debate the Treaty of Paris and its terms for fishing rights.")
    assert not same_fact(a, b)  # "the treaty of paris" is a name, not a quoted sentence

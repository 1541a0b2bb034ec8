"""The build's faster patterns and caches find exactly what their plain forms find.

Each pattern below was rewritten for speed only: an alternation grouped by first letter, a cheap test
of a word's start moved before a look-behind, a verdict remembered per sentence. The plain form is
written out here as it was before, and both must agree on every paragraph of the test documents, the
bundled corpus and sentences made to trip them (cues that are prefixes of others, "market leader",
look-behinds at a paragraph's start, possessives, initials, all-caps words).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.corpus import clean, gazetteer, readability, timex
from bot.corpus.gazetteer import PERSON_CUES, build_gazetteer

ROOT = Path(__file__).resolve().parents[2]
TRICKY = [
    "Princess Diana met Prince Charles; Prof. Ada Byrne and Professor Alan Turing spoke.",
    "The market leader Nintendo and industry leader Sony met world leader Angela Merkel.",
    "General Motors hired general manager Mary Barra, and the engineer Arvid Wikström retired.",
    "Dr. Émile Roux, who led the team, met Mr. Smith on 4 March 1921, ten years ago.",
    "Mrs.Jones and Sir Isaac Newton; Queen Victoria, Lady Jane Grey and Lord Byron.",
    "In the Forties and the nineties, from 1990 to 2001, every Weekend in Sept. and Sept 3.",
    "Yesterday's weekends, decades ago, this Tuesday morning, last autumn, the Twenties.",
    "NATO and the UN met. XI cited the IMF'S report; the USSR’S collapse; Louis XI of France.",
    "Neil Armstrong landed. John F. Kennedy spoke, and Jean-Luc Picard, a captain, answered.",
    "Yeltsin's visit; Nokia's shares; in Nokia and the town of Nokia; Nokia's board.",
]


def _paragraphs() -> list[str]:
    texts = list(TRICKY)
    for folder in (ROOT / "tests" / "corpus" / "documents", ROOT / "data" / "documents"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".md"):
                texts.extend(p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
    return texts


PARAGRAPHS = _paragraphs()


def _matches(pattern: re.Pattern[str]) -> list[list[tuple[tuple[int, int], tuple[str | None, ...]]]]:
    return [[(m.span(), m.groups()) for m in pattern.finditer(text)] for text in PARAGRAPHS]


def test_the_corpus_is_large_enough_to_say_something() -> None:
    assert len(PARAGRAPHS) > 300


def test_the_person_cues_grouped_by_first_letter_find_what_the_plain_list_finds() -> None:
    upper, lower = gazetteer._UPPER, gazetteer._LOWER
    plain = re.compile(r"(?<![Mm]arket )(?<![Ii]ndustry )(?<![Ss]ector )(?<![Bb]rand )(?<![Ww]orld )\b(?:"
                       + "|".join(re.escape(c) for c in PERSON_CUES)
                       + rf")\s+((?:{upper}{lower}+)(?:\s+{upper}{lower}+){{0,2}})\b")
    found = _matches(gazetteer._PERSON_AFTER_CUE)
    assert found == _matches(plain)
    names = {groups[0] for paragraph in found for _span, groups in paragraph}
    assert {"Diana", "Charles", "Ada Byrne", "Alan Turing", "Arvid Wikström"} <= names
    assert "Nintendo" not in names and "Sony" not in names  # "market leader", "industry leader"


def test_the_date_triggers_grouped_by_first_letter_find_what_the_plain_list_finds() -> None:
    words = timex.TRIGGER_WORDS
    plain = re.compile(r"[0-9]+|(?=[" + "".join(sorted({w[0] for w in words})) + r"])\b(?:"
                       + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    found = _matches(timex._TRIGGER)
    assert found == _matches(plain)
    tricky = {PARAGRAPHS[i][a:b] for i in range(len(TRICKY)) for (a, b), _ in found[i]}
    assert {"Forties", "nineties", "Weekend", "Sept", "Yesterday", "decades", "Tuesday", "autumn"} <= tricky
    assert "weekends" not in tricky and "week" not in tricky  # a trigger word inside a longer word is none


@pytest.mark.parametrize(("fast", "plain"), [
    (clean._CAPS_WORD, r"(?<![A-Z]\s)\b([A-Z]{2,12})(?:['’](S))?\b(?!\s[A-Z]{2,}\b)"),
    (gazetteer._FULL_NAME, rf"(?<![\w.])((?:{gazetteer._UPPER}{gazetteer._LOWER}+\s+){{1,2}}(?:[A-Z]\.\s+)?"
                           rf"{gazetteer._UPPER}{gazetteer._LOWER}+(?:-{gazetteer._UPPER}{gazetteer._LOWER}+)?)"
                           r"(?:\s+([a-z]+)\b|,\s+(who|an?|the)\s+[A-Za-z0-9])"),
])
def test_a_word_start_tested_before_a_look_behind_changes_no_match(fast: re.Pattern[str], plain: str) -> None:
    found = _matches(fast)
    assert found == _matches(re.compile(plain))
    assert sum(map(len, found)) > 20


def test_a_remembered_verdict_is_the_verdict() -> None:
    sentences = [s.strip() for text in PARAGRAPHS for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    readability.garbled.cache_clear()
    first = [readability.garbled(s) for s in sentences]
    again = [readability.garbled(s) for s in reversed(sentences)]
    assert first == [readability.garbled.__wrapped__(s) for s in sentences] == again[::-1]
    assert any(first) and not all(first)


@pytest.mark.parametrize(("sentences", "person"), [
    (["Nokia's shares rose.", "Nokia's board met."], True),  # twice in the possessive, never placed: a person
    (["Nokia's shares rose.", "Nokia's board met.", "The plant in Nokia closed."], False),  # placed: a town
    (["Tesla's coil.", "Tesla's patents.", "He worked for the company of Tesla in 1890."], False),
    (["Yeltsin's visit.", "Yeltsin's speech.", "Putin's visit."], True),  # Putin once only: no person
])
def test_a_possessive_name_is_a_person_unless_a_place_word_puts_it_somewhere(sentences: list[str],
                                                                             person: bool) -> None:
    gaz = build_gazetteer(sentences)
    word = sentences[0].split("'")[0]
    found = gaz.lookup(word)
    assert (found is not None and found.type == gazetteer.PERSON) is person
    assert gaz.lookup("Putin") is None


def _plain_mentions(gaz: gazetteer.Gazetteer, sentence: str) -> list[tuple[int, int, str]]:
    """``Gazetteer.mentions`` as it was written before its one-word fast path."""
    found: list[tuple[int, int, str]] = []
    for run in gazetteer._CAP_SEQ.finditer(sentence):
        words = [(run.start() + w.start(), run.start() + w.end()) for w in re.finditer(r"\S+", run.group(0))]
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + gaz.max_words), i, -1):
                start = words[i][0]
                surface = sentence[start:words[j - 1][1]].rstrip(".,'’")
                surface = surface[:-2] if surface.endswith(("'s", "’s")) else surface
                if (entity := gaz.entities.get(surface)) is not None:
                    found.append((start, start + len(surface), entity.name))
                    i = j
                    break
            else:
                i += 1
    return found


def test_the_one_word_fast_path_finds_the_mentions_the_plain_loop_finds() -> None:
    gaz = build_gazetteer(PARAGRAPHS)
    found = [[(start, end, entity.name) for start, end, entity in gaz.mentions(text)] for text in PARAGRAPHS]
    assert found == [_plain_mentions(gaz, text) for text in PARAGRAPHS]
    names = {name for mentions in found for _, _, name in mentions}
    assert sum(map(len, found)) > 100 and any(" " in n for n in names) and any(" " not in n for n in names)

"""One fact, one question: when two questions ask the same fact, or one gives the other away.

Used by the build (a generated question against a hand-written list question: the list wins)
and by the quiz when it picks a game's rounds. Two questions clash when they rest on the same
source sentence; when they have the same answer and share the words that identify the fact
("Which Soviet leader visited China in 1989?" / "In which year did Gorbachev visit China?"
share Gorbachev, China, visited, 1989); or when one's answer is shown in the other's prompt or
reveal and they are about the same thing (an ordering question that reveals "Gorbachev visits
China — 1989" gives away "In which year did Gorbachev visit China?").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.corpus.model import Question

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_STOPWORDS = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being has have had
    that this these those it its their they them he she his her which who whom whose not no only also
    into over under after before since during between among than then so such very more most can could
    will would should may might must do does did all any each other both two one new about what which
    year according essay paper source says piece opinion""".split()  # noqa: SIM905 (a word list reads better as text)
)
SHARED_WORDS = 3  # words in common that make two questions about one fact


@lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    out = set()
    for word in _WORD.findall(text):
        lower = word.lower().rstrip("'’s").rstrip(".,")
        if lower in _STOPWORDS or len(lower) < 3:
            continue
        out.add(_stem(lower))
    return frozenset(out)


def _stem(word: str) -> str:
    """A crude stem, so "visited", "visits" and "visit" meet."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def fact_words(q: Question) -> frozenset[str]:
    """The words that identify a question's fact: its prompt and reveal, without the answer."""
    return _words(f"{q.prompt} {q.explanation}") - _words(q.answer)


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


QUOTED_WORDS = 4  # a hand-written question's quote this long is a sentence's words, not a phrase in passing


def _one_sentence(a: str, b: str) -> bool:
    """Both reveals quote one source sentence: the same words, or one a stretch of the other (a
    hand-written question quotes the words it rests on, a generated one the whole sentence)."""
    if not a or not b:
        return False
    short, long = sorted((_normal(a), _normal(b)), key=len)
    if short == long:
        return True
    return short.count(" ") + 1 >= QUOTED_WORDS and f" {short} " in f" {long} "


def same_fact(a: Question, b: Question) -> bool:
    """True when ``a`` and ``b`` should not both be asked (see the module docstring)."""
    if a.question_key == b.question_key:
        return True
    if _one_sentence(a.explanation, b.explanation):
        return True
    if a.kind == b.kind == "source":
        return False  # "which document says this?": the quote is the fact, and the quotes differ
    if "source" in (a.kind, b.kind):  # a quote must not show another question's answer
        quote, other = (a, b) if a.kind == "source" else (b, a)
        return _shows(other.answer, quote) and len(_words(quote.explanation) & fact_words(other)) >= SHARED_WORDS
    if _normal(a.answer) == _normal(b.answer):
        return len(fact_words(a) & fact_words(b)) >= SHARED_WORDS
    if not (_shows(a.answer, b) or _shows(b.answer, a)):
        return False
    whole = _words(f"{a.prompt} {a.answer} {a.explanation}") & _words(f"{b.prompt} {b.answer} {b.explanation}")
    return len(whole) >= SHARED_WORDS + 1


def _shows(answer: str, q: Question) -> bool:
    """``answer`` appears in ``q``'s prompt, options or reveal (as a whole word or number)."""
    if len(answer) < 3 or answer.lower() in ("true", "false"):
        return False
    text = " ".join([q.prompt, q.explanation, q.answer, *q.distractors])
    return _shown(answer).search(text) is not None


@lru_cache(maxsize=16384)
def _shown(answer: str) -> re.Pattern[str]:
    """``answer`` as a whole word or number, compiled once per answer (not once per comparison)."""
    return re.compile(rf"(?<![\w.]){re.escape(answer)}(?![\w])")


def without_repeats(generated: list[Question], listed: list[Question]) -> tuple[list[Question], list[Question]]:
    """``generated`` minus those that repeat a fact of a hand-written list question (the list
    question is kept); returns (kept, dropped) in their order. The generator already keeps its
    own questions apart (one question per source sentence, one per answer and fact)."""
    kept: list[Question] = []
    dropped: list[Question] = []
    for q in generated:
        (dropped if any(same_fact(q, other) for other in listed) else kept).append(q)
    return kept, dropped

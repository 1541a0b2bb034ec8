"""Which questions a game asks, and in what order the options are shown.

No repeats: a game never asks the same question twice (questions are de-duplicated by key and by
prompt + answer, since two documents can yield the same question; "which came first?" prompts are
shared by many different questions, so the prompt alone is not enough). One fact, one question:
a game never asks two questions about the same fact or source sentence, nor one whose prompt or
reveal gives another's answer away (``bot.corpus.facts.same_fact``), whether they were
generated or hand-written. Across games a server first gets the
questions it has never seen, in random order; only when those run out does it get the ones asked
longest ago. Better questions (higher ``quality``) are preferred among equally fresh ones only
loosely, so games do not all start the same way.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from bot.corpus.facts import same_fact
from bot.corpus.keys import key_text
from bot.corpus.model import Question
from bot.store.game_records import RoundSnapshot


def playable_pool(candidates: Sequence[Question], exclude: set[str] | None = None) -> list[Question]:
    """The distinct, playable questions among ``candidates`` (by key and by prompt + answer).

    ``exclude`` holds keys already used by the running game.
    """
    pool: list[Question] = []
    seen_keys: set[str] = set(exclude or ())
    seen_prompts: set[str] = set()
    for question in candidates:
        prompt = _identity(question.prompt, question.answer)
        if question.question_key in seen_keys or prompt in seen_prompts or not _playable(
                question.answer, tuple(question.distractors)):
            continue
        seen_keys.add(question.question_key)
        seen_prompts.add(prompt)
        pool.append(question)
    return pool


def freshest(pool: Sequence[Question], count: int, asked: Mapping[str, float],
             rng: random.Random) -> list[Question]:
    """Up to ``count`` of ``pool``: unseen in this server first, then least recently asked.

    ``asked`` maps question_key → when this server last saw it.
    """
    # Random jitter first, then quality as a soft tie-break: fresh questions stay varied.
    # heapq.nsmallest(n, …) is sorted(…)[:n] without sorting the whole pool.
    jitter = {q.question_key: rng.random() for q in pool}
    count = max(0, count)

    def fresh(q: Question) -> float:
        return jitter[q.question_key] - 0.25 * _unit(q.quality)

    def stale(q: Question) -> tuple[float, float]:
        return (asked[q.question_key], jitter[q.question_key])

    unseen = [q for q in pool if q.question_key not in asked]
    seen = [q for q in pool if q.question_key in asked]
    chosen: list[Question] = []
    for question in itertools.chain(_in_order(unseen, fresh, count), _in_order(seen, stale, count)):
        if len(chosen) >= count:
            break
        if not any(same_fact(question, other) for other in chosen):
            chosen.append(question)
    return chosen


def _in_order(items: list[Question], key: Callable[[Question], Any], first: int) -> Iterator[Question]:
    """``sorted(items, key=key)``, lazily: the first few by a heap, the rest sorted only if wanted.

    A round needs ``first`` questions and seldom skips more than a few as the same fact, so the
    whole pool is sorted only when the heap's window runs out.
    """
    window = first * 2 + 8
    head = heapq.nsmallest(window, items, key=key)
    yield from head
    if len(head) < len(items):
        taken = {id(q) for q in head}
        yield from sorted((q for q in items if id(q) not in taken), key=key)


def _unit(quality: float) -> float:
    """``quality`` clamped to [0, 1] (two comparisons: this runs once per candidate per pick)."""
    return quality if 0.0 <= quality <= 1.0 else 0.0 if quality < 0.0 else 1.0


# Normalising every candidate's text is the costly part of picking a round, and a store's
# questions never change, so the normalised forms are remembered (bounded, across rebuilds).
@functools.lru_cache(maxsize=65536)
def _identity(prompt: str, answer: str) -> str:
    return f"{key_text(prompt)}|{key_text(answer)}"


@functools.lru_cache(maxsize=65536)
def _playable(answer: str, distractors: tuple[str, ...]) -> bool:
    """At least two distinct options and no more than four buttons' worth."""
    options = [answer, *distractors]
    return 2 <= len(options) <= 4 and len({key_text(o) for o in options}) == len(options)


def snapshot(question: Question, rng: random.Random, *, title: str | None = None, author: str | None = None,
             date: str | None = None, kind: str | None = None) -> RoundSnapshot:
    """Freeze a question as shown: options shuffled once, source metadata copied in."""
    options = [question.answer, *question.distractors]
    order = list(range(len(options)))
    rng.shuffle(order)
    shown = [options[i] for i in order]
    return RoundSnapshot(
        question_key=question.question_key,
        kind=question.kind,
        topic=question.topic,
        difficulty=question.difficulty,
        prompt=question.prompt,
        options=shown,
        answer_index=order.index(0),
        explanation=question.explanation,
        doc_key=question.doc_key,
        passage_key=question.passage_key,
        source_title=title,
        source_author=author,
        source_date=date,
        source_kind=kind,
    )

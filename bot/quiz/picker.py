"""From a /quiz request to the rounds a game will show: topic matching, selection, snapshots.

Works against the part of the content store (``bot.store.content.ContentStore``) named by
:class:`QuestionSource`: ``questions``, ``topics``, ``document`` and ``find_documents``. A topic may name a question topic (any case) or a
document (by title, or the ``doc:<key>`` value autocomplete hands out).
"""

from __future__ import annotations

import random
import weakref
from dataclasses import dataclass
from typing import Protocol

from bot.corpus.keys import key_text
from bot.corpus.model import Question
from bot.quiz.feedback import withheld_keys
from bot.quiz.selection import freshest, playable_pool, snapshot
from bot.store.content import DocumentInfo
from bot.store.game_records import RoundSnapshot
from bot.store.games import GameStore
from bot.store.reports import ReportStore

DOC_PREFIX = "doc:"


class QuestionSource(Protocol):
    """What the picker reads from the content store."""

    async def questions(self, topic: str | None = None, difficulty: str | None = None) -> list[Question]: ...

    async def topics(self) -> list[tuple[str, int]]: ...

    async def document(self, doc_key: str) -> DocumentInfo | None: ...

    async def find_documents(self, text: str, limit: int = 25) -> list[DocumentInfo]: ...


@dataclass(frozen=True)
class TopicFilter:
    label: str  # what to call it in messages
    topic: str | None = None  # a question topic, as the store spells it
    doc_key: str | None = None  # or one document


@dataclass(frozen=True)
class Picked:
    rounds: list[RoundSnapshot]
    available: int  # how many distinct playable questions matched at all


async def resolve_topic(content: QuestionSource, text: str | None) -> TopicFilter | None:
    """None when nothing matches; a filter for "everything" when ``text`` is empty or "any"."""
    text = (text or "").strip()
    if not text or text.lower() in ("any", "all"):
        return TopicFilter("any topic")
    if text.startswith(DOC_PREFIX):
        doc = await content.document(text[len(DOC_PREFIX):])
        return TopicFilter(doc.title, doc_key=doc.doc_key) if doc else None
    wanted = key_text(text)
    if not wanted:  # only symbols ("*", an emoji, quote marks): they name nothing
        return None
    topics = [name for name, _count in await content.topics()]
    for name in topics:
        if key_text(name) == wanted:
            return TopicFilter(name, topic=name)
    for doc in await content.find_documents(text, limit=5):
        if key_text(doc.title) == wanted or wanted in key_text(doc.title):
            return TopicFilter(doc.title, doc_key=doc.doc_key)
    for name in topics:  # a prefix or part of a topic name, as a last resort
        if wanted in key_text(name):
            return TopicFilter(name, topic=name)
    return None


async def suggest_topics(content: QuestionSource, limit: int = 8) -> list[str]:
    return [name for name, _count in (await content.topics())[:limit]]


async def candidates(content: QuestionSource, where: TopicFilter, difficulty: str | None) -> list[Question]:
    questions = await content.questions(topic=where.topic, difficulty=difficulty)
    if where.doc_key is not None:
        questions = [q for q in questions if q.doc_key == where.doc_key]
    return list(questions)


# Each content store's playable pools, per filter: building one normalises every candidate's text
# (15 ms for 2,500 questions, on the event loop). A rebuilt store is a new object with its own.
_POOLS: weakref.WeakKeyDictionary[QuestionSource, dict[tuple[TopicFilter, str | None], list[Question]]] = \
    weakref.WeakKeyDictionary()


async def playable(content: QuestionSource, where: TopicFilter, difficulty: str | None) -> list[Question]:
    pools = _POOLS.setdefault(content, {})
    key = (where, difficulty)
    if key not in pools:
        if len(pools) > 1_000:
            pools.clear()
        pools[key] = playable_pool(await candidates(content, where, difficulty))
    return pools[key]


async def pick_rounds(content: QuestionSource, store: GameStore, guild_id: int, where: TopicFilter, difficulty: str | None,
                      count: int, rng: random.Random, exclude: set[str] | None = None) -> Picked:
    """Up to ``count`` snapshotted rounds for this server (fresh questions first, never one twice,
    never one the server withheld: hidden by hand or reported too often)."""
    withheld = await withheld_keys(ReportStore(store.state), guild_id) | (exclude or set())
    pool = await playable(content, where, difficulty)
    if withheld:  # this server's withheld questions and the running game's own (one per wording)
        pool = [q for q in pool if q.question_key not in withheld]
    chosen = freshest(pool, count, await store.asked(guild_id), rng)
    rounds = []
    for question in chosen:
        rounds.append(await snapshot_with_source(content, question, rng))
    return Picked(rounds, len(pool))


async def snapshot_with_source(content: QuestionSource, question: Question, rng: random.Random) -> RoundSnapshot:
    doc = await content.document(question.doc_key) if question.doc_key else None
    if doc is None:
        return snapshot(question, rng)
    return snapshot(question, rng, title=doc.title, author=doc.author, date=doc.date, kind=doc.kind)

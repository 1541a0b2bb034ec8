"""What one caller may see of the content store: the documents of a set of collections.

Every feature reads the content store through a :class:`ScopedContent`, resolved once per
interaction (``bot.ui.passage_buttons.content_of``), so a server never sees another server's
documents. Each method filters once, here: by the documents' collection in Python (the store
keeps one small row per document in memory), and for search by passage id ranges in SQL.

``ScopedContent.of(store, scope)`` hands out one object per store and scope, which keeps what it
derives from whole lists (the scope's documents and their weights, its questions, topics and
summary, and the quiz's question pools, keyed on it): a 50 MB store has hundreds of documents
and thousands of questions, and filtering them on every interaction is linear in the corpus.
A store never changes (a rebuild opens a new one), so nothing here is ever stale.
"""

from __future__ import annotations

import itertools
import random
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from bot.corpus.collections import DEFAULT_COLLECTION, collection_of
from bot.corpus.model import Event, Passage, Question
from bot.store.content import ContentStore, CorpusSummary, DocumentInfo, SearchHit


@dataclass(frozen=True)
class Scope:
    """The collections a caller may see."""

    collections: frozenset[str]

    @classmethod
    def default(cls) -> Scope:
        return cls(frozenset({DEFAULT_COLLECTION}))

    def sees(self, doc_key: str | None) -> bool:
        return collection_of(doc_key) in self.collections


MAX_SCOPES = 1_000  # shared ScopedContent objects kept per store (one per distinct set of collections)
MAX_FILTERS = 1_000  # question lists kept per scope (one per topic, difficulty and kinds asked for)
_QuestionKey = tuple[str | None, str | None, frozenset[str] | None]


class ScopedContent:
    """The ``ContentStore`` contract, restricted to a :class:`Scope`."""

    def __init__(self, store: ContentStore, scope: Scope) -> None:
        self.store = store
        self.scope = scope
        self._random = random.Random()
        self._documents: list[DocumentInfo] | None = None
        self._document_map: Mapping[str, DocumentInfo] | None = None
        self._quotable: tuple[list[DocumentInfo], list[int]] | None = None  # documents, cumulative passages
        self._whole: bool | None = None  # does the scope see every document of the store?
        self._questions: dict[_QuestionKey, list[Question]] = {}
        self._summary: CorpusSummary | None = None
        self._topics: list[tuple[str, int]] | None = None

    @classmethod
    def of(cls, store: ContentStore, scope: Scope) -> ScopedContent:
        """The one ScopedContent of this store for this scope (see the module's docstring)."""
        shared = _SHARED.setdefault(store, {})
        found = shared.get(scope)
        if found is None:
            if len(shared) >= MAX_SCOPES:
                shared.clear()
            found = shared[scope] = cls(store, scope)
        return found

    @property
    def build_id(self) -> str:
        return self.store.build_id

    sanitize_query = staticmethod(ContentStore.sanitize_query)

    def _sees(self, doc_key: str | None) -> bool:
        return self.scope.sees(doc_key)

    # documents

    async def documents(self) -> list[DocumentInfo]:
        if self._documents is None:
            self._documents = [d for d in await self.store.documents() if d.collection in self.scope.collections]
        return list(self._documents)

    async def document_map(self) -> Mapping[str, DocumentInfo]:
        """The scope's documents by key, one read-only mapping shared by every caller: each open
        /timeline paginator holds it for minutes, and a copy each (hundreds of documents at 50 MB)
        was that many more entries for every full garbage collection to walk."""
        if self._document_map is None:
            self._document_map = MappingProxyType({d.doc_key: d for d in await self.documents()})
        return self._document_map

    async def document(self, doc_key: str) -> DocumentInfo | None:
        doc = await self.store.document(doc_key)
        return doc if doc is not None and doc.collection in self.scope.collections else None

    async def also_in(self, event: Event) -> list[DocumentInfo]:
        return [d for d in await self.store.also_in(event) if d.collection in self.scope.collections]

    async def find_documents(self, text: str, limit: int = 25) -> list[DocumentInfo]:
        found = await self.store.find_documents(text, limit=10_000)
        return [d for d in found if d.collection in self.scope.collections][:limit]

    async def clean_text(self, doc_key: str) -> str | None:
        return await self.store.clean_text(doc_key) if self._sees(doc_key) else None

    # passages

    async def passage(self, passage_key: str) -> Passage | None:
        passage = await self.store.passage(passage_key)
        return passage if passage is not None and self._sees(passage.doc_key) else None

    async def neighbours(self, passage_key: str, before: int = 1, after: int = 1) -> list[Passage]:
        passages = await self.store.neighbours(passage_key, before=before, after=after)
        return passages if passages and self._sees(passages[0].doc_key) else []

    async def random_passage(self, doc_key: str | None = None) -> Passage | None:
        """A quotable passage; without ``doc_key``, from a document drawn by its passage count."""
        if doc_key is not None:
            return await self.store.random_passage(doc_key) if self._sees(doc_key) else None
        if self._quotable is None:
            quotable = [d for d in await self.documents() if not d.duplicate_of and d.passages]
            self._quotable = (quotable, list(itertools.accumulate(d.passages for d in quotable)))
        docs, cumulative = self._quotable
        if not docs:
            return None
        first = self._random.choices(docs, cum_weights=cumulative)[0]  # a bisection, not a pass over docs
        passage = await self.store.random_passage(first.doc_key)
        if passage is not None:
            return passage
        docs = [d for d in docs if d is not first]
        while docs:
            doc = self._random.choices(docs, weights=[d.passages for d in docs])[0]
            passage = await self.store.random_passage(doc.doc_key)
            if passage is not None:
                return passage
            docs.remove(doc)  # only headings or captions: nothing quotable
        return None

    async def search(self, query: str, doc_key: str | None = None, limit: int = 5,
                     offset: int = 0) -> list[SearchHit]:
        if doc_key is not None and not self._sees(doc_key):
            return []
        whole = await self._sees_all()  # then no passage id ranges to filter by
        return await self.store.search(query, doc_key=doc_key, limit=limit, offset=offset,
                                       collections=None if whole else self.scope.collections)

    # events

    async def _sees_all(self) -> bool:
        """Whether every document of the store is in scope (one server, or one collection in all):
        then the store's own lazy sequences and lookups serve as they are, at their speed."""
        if self._whole is None:
            self._whole = all(d.collection in self.scope.collections for d in await self.store.documents())
        return self._whole

    async def events(self, from_year: int | None = None, to_year: int | None = None,
                     search: str | None = None) -> Sequence[Event]:
        found = await self.store.events(from_year=from_year, to_year=to_year, search=search)
        if await self._sees_all():
            return found
        return [e for e in found if self._sees(e.doc_key)]

    async def random_event(self, search: str | None = None, rng: random.Random | None = None) -> Event | None:
        """One event, uniformly at random among ``events(search=search)``; None when none matches."""
        if await self._sees_all():
            return await self.store.random_event(search, rng)
        found = await self.events(search=search)
        return (rng or self._random).choice(found) if found else None

    async def events_on(self, month: int, day: int | None = None) -> list[Event]:
        return [e for e in await self.store.events_on(month, day) if self._sees(e.doc_key)]

    async def event(self, event_key: str) -> Event | None:
        event = await self.store.event(event_key)
        return event if event is not None and self._sees(event.doc_key) else None

    # questions

    async def questions(self, topic: str | None = None, difficulty: str | None = None,
                        kinds: Iterable[str] | None = None) -> list[Question]:
        wanted = None if kinds is None else frozenset(kinds)
        key = (topic.casefold() if topic else None, difficulty or None, wanted)
        found = self._questions.get(key)
        if found is None:
            found = await self.store.questions(topic=topic, difficulty=difficulty, kinds=wanted)
            if not await self._sees_all():
                found = [q for q in found if self._sees(q.doc_key)]
            if len(self._questions) >= MAX_FILTERS:
                self._questions.clear()
            self._questions[key] = found
        return list(found)

    async def question(self, question_key: str) -> Question | None:
        question = await self.store.question(question_key)
        return question if question is not None and self._sees(question.doc_key) else None

    async def topics(self) -> list[tuple[str, int]]:
        if self._topics is None:
            counts = Counter(q.topic for q in await self.questions())
            self._topics = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return list(self._topics)

    async def summary(self) -> CorpusSummary:
        if self._summary is None:
            docs = await self.documents()
            whole = await self.store.summary()
            self._summary = CorpusSummary(
                documents=len(docs), duplicates=sum(1 for d in docs if d.duplicate_of),
                passages=sum(d.passages for d in docs), events=sum(d.events for d in docs),
                questions=len(await self.questions()), built_at=whole.built_at)
        return self._summary


_SHARED: weakref.WeakKeyDictionary[ContentStore, dict[Scope, ScopedContent]] = weakref.WeakKeyDictionary()

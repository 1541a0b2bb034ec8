"""The content store: a read-only SQLite database built from the documents folder.

CONTRACT (implemented by the corpus/store work; features code against exactly this API):

    store = await ContentStore.open(path)      # opens read-only (mode=ro URI); raises StoreMissing
    await store.close()
    store.build_id -> str                      # identity of this build (corpus hash)

    await store.documents() -> list[DocumentInfo]            # all, canonical first, duplicates flagged
    await store.document(doc_key) -> DocumentInfo | None
    await store.find_documents(text, limit=25) -> list[DocumentInfo]   # autocomplete on titles
    await store.passage(passage_key) -> Passage | None
    await store.neighbours(passage_key, before=1, after=1) -> list[Passage]   # in document order, incl. itself
    await store.random_passage(doc_key=None) -> Passage | None               # quotable body passages only
    await store.search(query, doc_key=None, limit=5, offset=0) -> list[SearchHit]   # never raises on input
    await store.events(from_year=None, to_year=None, search=None) -> list[Event]   # timeline, date order
    await store.events_on(month, day=None) -> list[Event]
    await store.event(event_key) -> Event | None
    await store.questions(topic=None, difficulty=None, kinds=None) -> list[Question]
    await store.question(question_key) -> Question | None
    await store.topics() -> list[tuple[str, int]]            # (topic, question count), most first
    await store.summary() -> CorpusSummary
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.corpus.model import Event, Passage, Question


class StoreMissing(Exception):
    """The content store file does not exist or is not a content store."""


@dataclass(frozen=True)
class DocumentInfo:
    doc_key: str
    title: str
    author: str | None
    kind: str | None  # paper | news | opinion
    date: str | None  # partial ISO
    url: str | None
    duplicate_of: str | None  # doc_key
    passages: int
    events: int
    questions: int


@dataclass(frozen=True)
class SearchHit:
    passage: Passage
    doc: DocumentInfo
    snippet: str  # the match marked with \x02 ... \x03 (render with bot.ui helpers)
    score: float  # bm25: lower is better


@dataclass(frozen=True)
class CorpusSummary:
    documents: int
    duplicates: int
    passages: int
    events: int
    questions: int
    built_at: str  # ISO timestamp

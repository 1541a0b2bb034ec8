"""The real build pipeline run in memory on a documents folder, for the questions/timeline tests."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.corpus.clean import clean_document, clean_string
from bot.corpus.dates import extract_events
from bot.corpus.dedupe import PassageDeduper, find_duplicates, sketch
from bot.corpus.model import CleanDocument, DocMeta, Event, Passage
from bot.corpus.passages import make_passages
from bot.corpus.readers import RawDocument, iter_documents

ROOT = Path(__file__).resolve().parents[3]
DOCUMENTS = ROOT / "data" / "documents"
QUESTIONS = ROOT / "data" / "questions"


@dataclass
class Corpus:
    docs: list[CleanDocument]  # all documents, duplicates flagged
    canonical: list[CleanDocument]
    passages: list[Passage]  # live body passages of the canonical documents
    events: list[Event]

    def doc(self, doc_key: str) -> CleanDocument:
        return next(d for d in self.docs if d.doc_key == doc_key)


def run_pipeline(docs: list[CleanDocument]) -> Corpus:
    duplicates = find_duplicates([sketch(d, i) for i, d in enumerate(docs)])
    for doc in docs:
        if doc.doc_key in duplicates:
            doc.duplicate_of, doc.similarity = duplicates[doc.doc_key]
    deduper = PassageDeduper()
    passages: list[Passage] = []
    events: list[Event] = []
    canonical = [d for d in docs if d.duplicate_of is None]
    for doc in canonical:
        mine = make_passages(doc)
        deduper.mark(mine)
        live = [p for p in mine if p.duplicate_of is None]
        passages.extend(live)
        events.extend(extract_events(doc, live))
    return Corpus(docs, canonical, passages, events)


@lru_cache(maxsize=1)
def bundled() -> Corpus:
    docs = []
    for item in iter_documents(DOCUMENTS):
        assert isinstance(item, RawDocument), item
        docs.append(clean_document(item))
    return run_pipeline(docs)


def text_corpus(texts: dict[str, tuple[str, DocMeta]]) -> Corpus:
    """Invented documents (doc_key -> (text, metadata)) through the same pipeline."""
    docs = []
    for doc_key, (text, meta) in texts.items():
        doc = clean_string(text, doc_key=doc_key, title=meta.title)
        doc.meta = meta
        docs.append(doc)
    return run_pipeline(docs)

"""Writes a content store file, one step per kind of record (the build calls them in order).

The file is a throwaway until the build swaps it in with ``os.replace``, so it is written without
an fsync per statement, in one transaction from ``begin`` to ``finish``. It is either new
(``begin``) or a copy of the live store being updated (``begin_update``): then the rows of the
documents that changed are removed and written again, and every table that crosses documents
(events, questions, quotable passages, the build report, meta) is emptied and written again from nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from bot.corpus.collections import collection_of
from bot.corpus.entities import event_entities, full_names
from bot.corpus.model import CleanDocument, Event, Passage, Question
from bot.store.content_schema import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    PASSAGE_COLUMNS,
    QUESTION_COLUMNS,
    SCHEMA,
    columns,
    event_row,
    insert,
    passage_from_row,
    passage_row,
    question_row,
)

_JSON: dict[str, Any] = {"separators": (",", ":")}


class ContentWriter:
    """One new content store file; ``begin`` … ``finish`` is one transaction."""

    def __init__(self, path: Path) -> None:
        # Autocommit mode: transactions are exactly the BEGIN/COMMIT written here. (The module's
        # implicit BEGIN before 'optimize' was never committed, and its rollback on close, with no
        # journal to roll back from, corrupted large stores.)
        self.con = sqlite3.connect(path, isolation_level=None)
        self._next_passage_id = 0

    def close(self) -> None:
        self.con.close()

    def begin(self) -> None:
        # The journal stays (in memory) so that any rollback is still correct.
        self.con.execute("PRAGMA journal_mode = MEMORY")
        self.con.execute("PRAGMA synchronous = OFF")
        self.con.executescript(SCHEMA)
        self.con.execute("BEGIN")

    def begin_update(self) -> dict[str, dict[str, str]]:
        """Start updating a copy of a store: keep the documents' rows, empty what crosses documents.

        Returns what the copy indexed each document's events under (doc_key -> event_key -> entities),
        for ``index_events`` to reuse where a document and its events are as they were.
        """
        self.con.execute("PRAGMA journal_mode = MEMORY")
        self.con.execute("PRAGMA synchronous = OFF")
        self.con.execute("BEGIN")
        indexed: dict[str, dict[str, str]] = {}
        for doc_key, event_key, entities in self.con.execute(
                "SELECT e.doc_key, e.event_key, f.entities FROM"
                " (SELECT doc_key, event_key, row_number() OVER (ORDER BY sort_key, id) AS place FROM events) e"
                " JOIN events_fts f ON f.rowid = e.place"):
            indexed.setdefault(doc_key, {})[event_key] = entities
        for table in ("meta", "events", "events_fts", "quotable", "questions", "rejected", "skipped"):
            self.con.execute(f"DELETE FROM {table}")
        self._next_passage_id = self.con.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
        return indexed

    def remove_documents(self, doc_keys: Iterable[str]) -> None:
        """Delete documents with their passages and those passages' index entries."""
        for doc_key in doc_keys:
            self.con.execute(
                "INSERT INTO passages_fts(passages_fts, rowid, section, text)"
                " SELECT 'delete', id, section, text FROM passages WHERE doc_key = ? AND duplicate_of IS NULL",
                (doc_key,))
            self.con.execute("DELETE FROM passages WHERE doc_key = ?", (doc_key,))
            self.con.execute("DELETE FROM documents WHERE doc_key = ?", (doc_key,))

    def set_ordinals(self, ordinals: Iterable[tuple[str, int]]) -> None:
        """(doc_key, ordinal): the documents' order after others were added or removed."""
        self.con.executemany("UPDATE documents SET ordinal = ? WHERE doc_key = ? AND ordinal != ?",
                             [(ordinal, doc_key, ordinal) for doc_key, ordinal in ordinals])

    def live_passages(self, collection: str | None = None) -> list[Passage]:
        """The searchable passages written so far (of one collection, or all), in document order:
        what the question step reads."""
        rows = self.con.execute(
            f"SELECT {columns(PASSAGE_COLUMNS, 'p')} FROM passages p JOIN documents d ON d.doc_key = p.doc_key"
            " WHERE p.duplicate_of IS NULL AND d.duplicate_of IS NULL AND (?1 IS NULL OR d.collection = ?1)"
            " ORDER BY d.ordinal, p.ordinal", (collection,))
        passages = []
        shared: dict[tuple[int, int], tuple[int, int]] = {}  # equal sentence spans, one object: ~30 MB at 50 MB
        for row in rows:
            passage = passage_from_row(row)
            passage.sentences = [shared.setdefault(span, span) for span in passage.sentences]
            passages.append(passage)
        return passages

    def clean_texts(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT doc_key, clean_text FROM documents WHERE duplicate_of IS NULL"))

    def add_document(self, doc: CleanDocument, ordinal: int, passages: list[Passage]) -> None:
        """The document row and its passages; passages repeated elsewhere are kept but not indexed."""
        rows, fts_rows = [], []
        for p in passages:
            self._next_passage_id += 1
            rows.append((self._next_passage_id, doc.meta.title, *passage_row(p)))
            if p.duplicate_of is None:
                fts_rows.append((self._next_passage_id, p.section, p.text))
        self.con.executemany(insert("passages", ("id", "doc_title", *PASSAGE_COLUMNS)), rows)
        self.con.executemany("INSERT INTO passages_fts(rowid, section, text) VALUES (?,?,?)", fts_rows)
        m = doc.meta
        paragraphs = json.dumps([[p.kind, p.start, p.end] for p in doc.paragraphs], **_JSON)
        live = sum(1 for p in passages if p.duplicate_of is None)
        self.con.execute(insert("documents", DOCUMENT_COLUMNS),
                         (doc.doc_key, ordinal, m.title, m.author, m.kind, m.date, m.url, doc.raw_sha256,
                          doc.clean_text, paragraphs, doc.duplicate_of, doc.similarity, live,
                          collection_of(doc.doc_key)))

    def add_events(self, events: Iterable[Event]) -> None:
        self.con.executemany(insert("events", (*EVENT_COLUMNS, "sort_key")), [event_row(e) for e in events])

    def add_questions(self, questions: Iterable[Question]) -> None:
        self.con.executemany(insert("questions", QUESTION_COLUMNS), [question_row(q) for q in questions])

    def index_events(self, known: Mapping[str, str]) -> dict[str, str]:
        """Fill events_fts from the stored events: summary, own sentence and the entities it involves;
        return every event's entities (event_key -> text). ``known`` gives those of documents whose
        events are as before (they are not worked out again).

        An event's rowid there is its place on the timeline (1 = earliest, ORDER BY sort_key, id,
        as the reader orders it), so a search returns matches in date order and a year range is a
        rowid range. Full names come from the passages that hold the document's events, so a
        surname alone in one sentence is indexed under the name the document spelled out nearby.
        """
        rows = self.con.execute(
            "SELECT e.event_key, e.doc_key, e.summary,"
            " coalesce(substr(p.text, e.sent_start + 1, e.sent_end - e.sent_start), ''),"
            " coalesce(p.text, '') FROM events e LEFT JOIN passages p ON p.passage_key = e.passage_key"
            " ORDER BY e.sort_key, e.id").fetchall()
        by_doc: dict[str, list[tuple[int, str, str, str, str]]] = {}
        for place, (event_key, doc_key, summary, sentence, passage) in enumerate(rows, 1):
            by_doc.setdefault(doc_key, []).append((place, event_key, summary, sentence, passage))
        entities: dict[str, str] = {}
        indexed: list[tuple[int, str, str, str]] = []
        for events in by_doc.values():
            names = ({} if all(event_key in known for _, event_key, *_ in events)
                     else full_names(dict.fromkeys(passage for *_, passage in events)))
            for place, event_key, summary, sentence, _ in events:
                found = known.get(event_key)
                entities[event_key] = found if found is not None else event_entities(sentence or summary, names)
                indexed.append((place, summary, sentence, entities[event_key]))
        indexed.sort()
        self.con.executemany("INSERT INTO events_fts(rowid, summary, sentence, entities) VALUES (?,?,?,?)", indexed)
        return entities

    def number_quotes(self) -> None:
        """Fill the quotable table from the passages' stored verdicts: the readable body passages
        not repeated elsewhere, numbered from 1 in document order then passage order (so an
        update numbers them as a full build does)."""
        self.con.execute(
            "INSERT INTO quotable(n, passage_id)"
            " SELECT row_number() OVER (ORDER BY d.ordinal, p.ordinal), p.id"
            " FROM passages p JOIN documents d ON d.doc_key = p.doc_key"
            " WHERE p.readable AND p.kind = 'body' AND p.duplicate_of IS NULL AND d.duplicate_of IS NULL")

    def set_yield(self, counts: Iterable[tuple[str, int, int]]) -> None:
        """(doc_key, events, questions) for each document."""
        self.con.executemany("UPDATE documents SET events = ?, questions = ? WHERE doc_key = ?",
                             [(events, questions, doc_key) for doc_key, events, questions in counts])

    def add_build_report(self, rejected: Iterable[tuple[str, str, str]],
                         skipped: Iterable[tuple[str, str]]) -> None:
        self.con.executemany("INSERT INTO rejected(stage, item, reason) VALUES (?,?,?)", rejected)
        self.con.executemany("INSERT OR REPLACE INTO skipped(path, reason) VALUES (?,?)", skipped)

    def finish(self, meta: Mapping[str, str], *, compact: bool = True,
               known_entities: Mapping[str, str] | None = None) -> dict[str, str]:
        """Write the meta rows, index the events (see ``index_events``), number the quotable
        passages, commit, then compact the indexes and gather the planner's statistics; return
        the events' entities.

        ``compact=False`` (an update) leaves the passage index as its automatic merges left it:
        compacting rewrites the whole index, the longest step of an update on a large store.
        """
        self.con.executemany("INSERT INTO meta(key, value) VALUES (?,?)", list(meta.items()))
        entities = self.index_events(known_entities or {})
        self.number_quotes()
        # A word in the section heading counts double: the passage is about it.
        self.con.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('rank', 'bm25(2.0, 1.0)')")
        self.con.execute("COMMIT")
        if compact:
            self.con.execute("INSERT INTO passages_fts(passages_fts) VALUES ('optimize')")
        self.con.execute("INSERT INTO events_fts(events_fts) VALUES ('optimize')")
        self.con.execute("ANALYZE")
        return entities


"""The content store's tables, and the one mapping between its rows and the pipeline's records.

The writer (``bot.store.content_writer``) and the reader (``bot.store.content``) both go through
the column lists and converters here, so a column is named once: adding a field to a record means
adding it to the schema and to one tuple below, and both sides follow.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any

from bot.corpus.collections import DEFAULT_COLLECTION
from bot.corpus.model import Event, EventSource, Passage, Question

# Bump when a table or the meaning of a stored field changes.
# 2: events gain week, season, status and sources (issue 11); 3: events_fts; 4: documents' collection;
# 5: passages' readable flag and the quotable table (a random quote is one lookup)
SCHEMA_VERSION = 5

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  doc_key TEXT PRIMARY KEY,
  ordinal INTEGER NOT NULL,
  title TEXT NOT NULL, author TEXT, kind TEXT, date TEXT, url TEXT,
  raw_sha256 TEXT NOT NULL,
  clean_text TEXT NOT NULL,
  paragraphs TEXT NOT NULL,              -- JSON [[kind, start, end], ...] into clean_text
  duplicate_of TEXT, similarity REAL,
  passages INTEGER NOT NULL DEFAULT 0, events INTEGER NOT NULL DEFAULT 0,
  questions INTEGER NOT NULL DEFAULT 0,
  collection TEXT NOT NULL DEFAULT 'default'  -- the sub-folder it came from (bot.corpus.collections)
);
CREATE TABLE passages(
  id INTEGER PRIMARY KEY,                -- FTS content_rowid; internal to one build
  passage_key TEXT NOT NULL UNIQUE,      -- public and stable
  doc_key TEXT NOT NULL, ordinal INTEGER NOT NULL, kind TEXT NOT NULL,
  section TEXT NOT NULL, doc_title TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  sentences TEXT NOT NULL,               -- JSON [[start, end], ...] into text
  duplicate_of TEXT,                     -- passage_key; such rows are not searchable or quotable
  readable INTEGER NOT NULL DEFAULT 0    -- Passage.readable: a body passage that reads cleanly
);
CREATE INDEX passages_doc ON passages(doc_key, ordinal);
-- The passages a random quote may show (readable, not repeated elsewhere), numbered from 1 in
-- document order, then passage order: a uniform pick is a random n, one rowid lookup here and
-- one in passages. A document's passages hold one id range, so its quotes are one range of n.
-- Written again from the passages at the end of every build (ContentWriter.finish).
CREATE TABLE quotable(n INTEGER PRIMARY KEY, passage_id INTEGER NOT NULL UNIQUE);
-- The document title is not indexed: repeated on every passage of a document it would make
-- its words appear in most rows of a small corpus, and bm25 gives such words no weight at all.
CREATE VIRTUAL TABLE passages_fts USING fts5(
  section, text, content='passages', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE events(
  id INTEGER PRIMARY KEY, event_key TEXT NOT NULL UNIQUE, doc_key TEXT NOT NULL,
  passage_key TEXT NOT NULL, sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL,
  expr_text TEXT NOT NULL, expr_start INTEGER NOT NULL, expr_end INTEGER NOT NULL,
  start_year INTEGER NOT NULL, start_month INTEGER, start_day INTEGER,
  end_year INTEGER, end_month INTEGER, end_day INTEGER,
  precision TEXT NOT NULL, certainty TEXT NOT NULL, summary TEXT NOT NULL,
  anchor_note TEXT, modifier TEXT,
  week INTEGER, season TEXT,             -- precision week / season
  status TEXT NOT NULL,                  -- past | scheduled
  sources TEXT NOT NULL,                 -- JSON [{event_key, doc_key, passage_key, sent_start, sent_end, summary}]:
                                         -- where the same event is also told ("also in …")
  sort_key INTEGER NOT NULL);
CREATE INDEX events_sort ON events(sort_key);
CREATE INDEX events_md ON events(start_month, start_day);
-- What /timeline search: and /fact search: match: the event's own sentence and summary, and the
-- entities it involves (aliases of the places it names, full names of the people it names by
-- surname), never the rest of its passage. rowid = the event's place on the timeline, from 1
-- (ORDER BY sort_key, id): matches come back in date order and a year span is a rowid range.
CREATE VIRTUAL TABLE events_fts USING fts5(
  summary, sentence, entities, tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE questions(
  id INTEGER PRIMARY KEY, question_key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  prompt TEXT NOT NULL, answer TEXT NOT NULL, distractors TEXT NOT NULL,   -- JSON list
  explanation TEXT NOT NULL, doc_key TEXT, passage_key TEXT, event_key TEXT,
  topic TEXT NOT NULL, difficulty TEXT NOT NULL, answer_type TEXT NOT NULL,
  quality REAL NOT NULL, source_list TEXT);
CREATE INDEX questions_topic ON questions(topic, difficulty);
CREATE TABLE rejected(id INTEGER PRIMARY KEY, stage TEXT NOT NULL, item TEXT NOT NULL, reason TEXT NOT NULL);
CREATE TABLE skipped(path TEXT PRIMARY KEY, reason TEXT NOT NULL);
"""

@dataclass(frozen=True)
class DocumentInfo:
    """A document as features see it: its citation and its yield, without the text."""

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
    collection: str = DEFAULT_COLLECTION


def columns(names: Sequence[str], table: str | None = None) -> str:
    """A SELECT or INSERT column list, quoted ("end" is an SQL keyword), optionally table-qualified."""
    prefix = f"{table}." if table else ""
    return ", ".join(f'{prefix}"{name}"' for name in names)


def insert(table: str, names: Sequence[str]) -> str:
    return f"INSERT INTO {table}({columns(names)}) VALUES ({','.join('?' * len(names))})"


DOCUMENT_INFO_COLUMNS = tuple(f.name for f in fields(DocumentInfo))
# Stored on the document row beside its info columns (the counts are filled in at the end).
DOCUMENT_COLUMNS = ("doc_key", "ordinal", "title", "author", "kind", "date", "url", "raw_sha256",
                    "clean_text", "paragraphs", "duplicate_of", "similarity", "passages", "collection")
PASSAGE_COLUMNS = tuple(f.name for f in fields(Passage))
EVENT_COLUMNS = tuple(f.name for f in fields(Event))
QUESTION_COLUMNS = tuple(f.name for f in fields(Question))


# --- records -> rows (the writer) ------------------------------------------------------------

# One attrgetter for a passage's columns: a 50 MB build maps ~90,000 passages, and a getattr per
# column in a generator was a tenth of a cached rebuild's time.
_PASSAGE_VALUES = attrgetter(*PASSAGE_COLUMNS)
_SENTENCES = PASSAGE_COLUMNS.index("sentences")


def passage_row(passage: Passage) -> tuple[Any, ...]:
    """The values for PASSAGE_COLUMNS."""
    values = list(_PASSAGE_VALUES(passage))
    values[_SENTENCES] = json.dumps(passage.sentences, separators=(",", ":"))
    return tuple(values)


def event_row(event: Event) -> tuple[Any, ...]:
    """The values for EVENT_COLUMNS, then sort_key (stored for ordering, derived on the record)."""
    return (*(_sources_json(event.sources) if name == "sources" else getattr(event, name) for name in EVENT_COLUMNS),
            event.sort_key)


def _sources_json(sources: Sequence[EventSource]) -> str:
    if not sources:
        return "[]"
    return json.dumps([{"event_key": s.event_key, "doc_key": s.doc_key, "passage_key": s.passage_key,
                        "sent_start": s.sent_start, "sent_end": s.sent_end, "summary": s.summary} for s in sources],
                      ensure_ascii=False, separators=(",", ":"))


def question_row(question: Question) -> tuple[Any, ...]:
    """The values for QUESTION_COLUMNS."""
    return tuple(json.dumps(question.distractors, ensure_ascii=False) if name == "distractors"
                 else float(question.quality) if name == "quality"
                 else (question.topic or "general") if name == "topic"
                 else getattr(question, name)
                 for name in QUESTION_COLUMNS)


# --- rows -> records (the reader) ------------------------------------------------------------

def passage_from_row(row: Sequence[Any]) -> Passage:
    values = dict(zip(PASSAGE_COLUMNS, row, strict=True))
    values["sentences"] = [(a, b) for a, b in json.loads(values["sentences"])]
    values["readable"] = bool(values["readable"])
    return Passage(**values)


def event_from_row(row: Sequence[Any]) -> Event:
    values = dict(zip(EVENT_COLUMNS, row, strict=True))
    values["sources"] = [EventSource(**s) for s in json.loads(values["sources"])]
    return Event(**values)


def question_from_row(row: Sequence[Any]) -> Question:
    values = dict(zip(QUESTION_COLUMNS, row, strict=True))
    values["distractors"] = json.loads(values["distractors"])
    return Question(**values)


def document_info_from_row(row: Sequence[Any]) -> DocumentInfo:
    return DocumentInfo(**dict(zip(DOCUMENT_INFO_COLUMNS, row, strict=True)))

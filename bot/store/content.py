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

Extensions beyond the contract: ``store.sanitize_query(text)`` (module-level ``fts_query``),
``await store.skipped()`` and ``await store.rejected()`` (the build report's lists).
Duplicate documents and passages repeated elsewhere are kept on record but never returned by
``search``, ``random_passage``, ``events`` or ``questions``.
"""

from __future__ import annotations

import bisect
import random
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosqlite

from bot.corpus.model import Event, Passage, Question
from bot.store.content_schema import (
    DOCUMENT_INFO_COLUMNS,
    EVENT_COLUMNS,
    PASSAGE_COLUMNS,
    QUESTION_COLUMNS,
    columns,
    document_info_from_row,
    event_from_row,
    passage_from_row,
    question_from_row,
)
from bot.store.content_schema import DocumentInfo as DocumentInfo  # part of this module's API

_PASSAGE_COLS = columns(PASSAGE_COLUMNS)
_EVENT_COLS = columns(EVENT_COLUMNS)
_QUESTION_COLS = columns(QUESTION_COLUMNS)


class StoreMissing(Exception):
    """The content store file does not exist or is not a content store."""


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


# --- safe FTS5 queries ----------------------------------------------------------------------

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")  # Sino-Russian stays one phrase
MAX_QUERY_CHARS = 500
MAX_TERMS = 12
RANK_WINDOW = 1000  # matches scored by bm25 per query (see ContentStore._search)
FREQUENT = 1000  # a term matching this many passages only filters, it does not rank
# Dropped from a query that has other words: they match nearly every passage, cost the most
# to rank and add nothing to it ("the treaty of 1991" -> "treaty" "1991").
STOPWORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "in", "is",
    "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "with",
))


def query_terms(user: str) -> tuple[list[str], bool]:
    """The quoted FTS5 strings for any user text, and whether the last word may be unfinished.

    Every token is double-quoted, so FTS5 operators and syntax (AND, NEAR(, -, *, ^, :, quotes)
    become plain words; ``Sino-Russian`` stays one quoted phrase, which the tokenizer splits the
    same way it split the text. Stopwords are dropped when other words remain.
    """
    text = unicodedata.normalize("NFKC", user or "")[:MAX_QUERY_CHARS]
    tokens = [t for t in _TOKEN.findall(text)[:MAX_TERMS] if t.strip("_")]
    if not tokens:
        return [], False
    content = [t for t in tokens if t.casefold() not in STOPWORDS]
    last_kept = not content or tokens[-1] == content[-1]
    tokens = content or tokens
    partial = (last_kept and len(tokens[-1]) >= 3 and tokens[-1].casefold() not in STOPWORDS
               and text == text.rstrip() and not text.endswith(('"', "'")))
    return ['"' + t.replace('"', '""') + '"' for t in tokens], partial


def fts_query(user: str, mode: str = "and") -> str | None:
    """A safe FTS5 MATCH expression for any user text (the last word as a prefix), or None."""
    terms, partial = query_terms(user)
    if not terms:
        return None
    if partial:
        terms[-1] += "*"  # type-ahead feel: "yelts" finds Yeltsin
    return (" OR " if mode == "or" else " AND ").join(terms)


# --- the store ------------------------------------------------------------------------------

async def _one(cur: aiosqlite.Cursor) -> sqlite3.Row:
    """The row of a query that always returns one (an aggregate)."""
    row = await cur.fetchone()
    assert row is not None
    return row


def _last_year(event: Event) -> int:
    return event.end_year if event.end_year is not None else event.start_year


class ContentStore:
    """Read-only access to the content store; every query runs off the event loop (aiosqlite)."""

    def __init__(self, db: aiosqlite.Connection, path: Path, meta: dict[str, str],
                 docs: dict[str, DocumentInfo]) -> None:
        self._db = db
        self.path = path
        self._meta = meta
        self._docs = docs  # small: one row per document, without the text
        self._random = random.Random()
        self._counts: dict[str, int] = {}  # FTS term -> capped match count
        # Every question, best first, read on first use: the file never changes under an open
        # store (a rebuild swaps in a new file, which is opened anew), and picking a round
        # filters the whole pool each time.
        self._questions: list[Question] | None = None
        # The timeline in date order, read on first use for the same reason, with each event's
        # start year (for bisection) and the longest range in years (how far back a range that
        # overlaps a requested span can start). Paginators then hold slices, not copies.
        self._timeline: tuple[list[Event], list[int], int] | None = None
        self._quotable_bounds: dict[str | None, tuple[int, int, int]] = {}  # doc_key -> (min id, max id, count)
        self._doc_ranges: list[tuple[str, int, int]] | None = None  # (doc_key, min id, max id) in id order
    @classmethod
    async def open(cls, path: Path | str) -> ContentStore:
        path = Path(path)
        if not path.is_file():
            raise StoreMissing(f"There is no content store at {path}: run 'python -m bot build'.")
        # as_uri() percent-encodes the path, so "#", "?" or "%" in a folder name cannot break it.
        db = await aiosqlite.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = {k: v async for k, v in await db.execute("SELECT key, value FROM meta")}
            docs: dict[str, DocumentInfo] = {}
            async with db.execute(
                f"SELECT {columns(DOCUMENT_INFO_COLUMNS)} FROM documents ORDER BY duplicate_of IS NOT NULL, ordinal"
            ) as cursor:
                async for row in cursor:
                    docs[row[0]] = document_info_from_row(row)
        except sqlite3.DatabaseError as exc:
            await db.close()
            raise StoreMissing(f"{path} is not a content store ({exc}): run 'python -m bot build'.") from None
        return cls(db, path, meta, docs)

    async def close(self) -> None:
        await self._db.close()

    @property
    def build_id(self) -> str:
        return self._meta.get("build_id", "")

    sanitize_query = staticmethod(fts_query)

    # documents

    async def documents(self) -> list[DocumentInfo]:
        return list(self._docs.values())

    async def document(self, doc_key: str) -> DocumentInfo | None:
        return self._docs.get(doc_key)

    async def also_in(self, event: Event) -> list[DocumentInfo]:
        """The other documents that tell the same (merged) event, in the order they were merged."""
        seen = {event.doc_key}
        found = []
        for source in event.sources:
            info = self._docs.get(source.doc_key)
            if info is not None and source.doc_key not in seen:
                seen.add(source.doc_key)
                found.append(info)
        return found

    async def find_documents(self, text: str, limit: int = 25) -> list[DocumentInfo]:
        """Autocomplete: canonical documents whose title or file name contains every typed word."""
        words = [w.casefold() for w in _TOKEN.findall(unicodedata.normalize("NFKC", text or "")[:200])]
        if not words:  # only symbols: they name no document (and must not match them all)
            return []
        found = []
        for info in self._docs.values():
            if info.duplicate_of:
                continue
            hay = f"{info.title} {info.doc_key} {info.author or ''}".casefold()
            if all(w in hay for w in words):
                found.append(info)
                if len(found) >= limit:
                    break
        return found

    async def clean_text(self, doc_key: str) -> str | None:
        async with self._db.execute("SELECT clean_text FROM documents WHERE doc_key = ?", (doc_key,)) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    # passages

    async def passage(self, passage_key: str) -> Passage | None:
        async with self._db.execute(f"SELECT {_PASSAGE_COLS} FROM passages WHERE passage_key = ?",
                                    (passage_key,)) as cur:
            row = await cur.fetchone()
        return passage_from_row(row) if row else None

    async def neighbours(self, passage_key: str, before: int = 1, after: int = 1) -> list[Passage]:
        async with self._db.execute("SELECT doc_key, ordinal FROM passages WHERE passage_key = ?",
                                    (passage_key,)) as cur:
            row = await cur.fetchone()
        if not row:
            return []
        doc_key, ordinal = row
        async with self._db.execute(
            f"SELECT {_PASSAGE_COLS} FROM passages WHERE doc_key = ? AND ordinal BETWEEN ? AND ?"
            " ORDER BY ordinal", (doc_key, ordinal - max(0, before), ordinal + max(0, after))) as cur:
            return [passage_from_row(r) async for r in cur]

    async def random_passage(self, doc_key: str | None = None) -> Passage | None:
        where = "kind = 'body' AND duplicate_of IS NULL"
        args: tuple[Any, ...] = ()
        if doc_key is not None:
            where += " AND doc_key = ?"
            args = (doc_key,)
        else:  # passages of duplicate documents are not stored, but be explicit
            where += " AND doc_key IN (SELECT doc_key FROM documents WHERE duplicate_of IS NULL)"
        bounds = self._quotable_bounds.get(doc_key)
        if bounds is None:  # a scan of every passage: once per document filter, the file never changes
            async with self._db.execute(f"SELECT min(id), max(id), count(*) FROM passages WHERE {where}",
                                        args) as cur:
                bounds = self._quotable_bounds[doc_key] = tuple(await _one(cur))
        lo, hi, count = bounds
        if not count:
            return None
        # A random id then the next matching row: O(log n), unlike ORDER BY random().
        pick = self._random.randint(lo, hi)
        async with self._db.execute(f"SELECT {_PASSAGE_COLS} FROM passages WHERE {where} AND id >= ?"
                                    " ORDER BY id LIMIT 1", (*args, pick)) as cur:
            row = await cur.fetchone()
        return passage_from_row(row) if row else None

    async def search(self, query: str, doc_key: str | None = None, limit: int = 5,
                     offset: int = 0, collections: frozenset[str] | None = None) -> list[SearchHit]:
        """bm25-ranked passages; AND of the words first, OR when AND finds nothing. Never raises on input.

        ``collections``: only passages of documents in these collections (None: every one)."""
        limit = max(1, min(int(limit), 50))
        offset = max(0, min(int(offset), 1000))
        terms, partial = query_terms(query)
        if not terms:
            return []
        try:
            counted = await self._plan(terms, partial)
            for mode in ("and", "or"):
                if mode == "or" and len(counted) < 2:
                    break
                hits = await self._search(counted, mode, doc_key, limit, offset, collections)
                if hits or offset:
                    return hits
        except sqlite3.OperationalError:
            return []  # belt and braces: quoting should make every expression valid
        return []

    async def _count(self, term: str) -> int:
        """Matches of one term, counted up to FREQUENT (cached: the store never changes)."""
        if term not in self._counts:
            if len(self._counts) > 10_000:
                self._counts.clear()
            async with self._db.execute(
                    "SELECT count(*) FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)",
                    (term, FREQUENT)) as cur:
                self._counts[term] = (await _one(cur))[0]
        return self._counts[term]

    async def _plan(self, terms: list[str], partial: bool) -> list[tuple[str, int]]:
        """Each term with its (capped) match count; an unfinished last word becomes a prefix."""
        counted = [(t, await self._count(t)) for t in terms]
        if partial and counted[-1][1] == 0:  # "yelts" matches nothing as a word: try Yeltsin…
            prefix = counted[-1][0] + "*"
            counted[-1] = (prefix, await self._count(prefix))
        return counted

    async def _search(self, counted: list[tuple[str, int]], mode: str, doc_key: str | None,
                      limit: int, offset: int, collections: frozenset[str] | None = None) -> list[SearchHit]:
        """Rank with bm25 on the selective terms only, filter by the very common ones.

        bm25 first counts every match of every term (its idf), ~0.2 µs a row: 20+ ms for a word
        found in 100,000 passages. A term with FREQUENT or more matches has an idf near zero
        anyway, so it only filters: bm25 ranks by the rarer terms over at most RANK_WINDOW
        candidates, then one unranked AND query keeps the candidates that also hold the common
        terms. On a corpus where no term is that common, this is plain bm25 over every match.
        """
        present = [(t, n) for t, n in counted if n > 0]
        if mode == "and" and len(present) < len(counted):
            return []  # some word occurs nowhere: AND cannot match
        if not present:
            return []
        rare = [t for t, n in present if n < FREQUENT]
        common = [t for t, n in present if n >= FREQUENT]
        joiner = " AND " if mode == "and" else " OR "
        bounds = None
        if doc_key is not None:
            bounds = await self._doc_rowids(doc_key)
            if bounds is None:
                return []
        where = "passages_fts MATCH ?" + (" AND rowid BETWEEN ? AND ?" if bounds else "")
        if collections is not None:
            ranges = await self._collection_rowids(collections)
            if not ranges:
                return []
            where += " AND (" + " OR ".join("rowid BETWEEN ? AND ?" for _ in ranges) + ")"
            bounds = [*(bounds or ()), *(i for r in ranges for i in r)]
        if rare:
            async with self._db.execute(
                    f"SELECT rowid, bm25(passages_fts, 2.0, 1.0) FROM passages_fts WHERE {where} LIMIT ?",
                    [joiner.join(rare), *(bounds or ()), RANK_WINDOW]) as cur:
                scored = list(await cur.fetchall())
            scored.sort(key=lambda r: (r[1], r[0]))
            if common and mode == "and":
                # FTS5 evaluates an AND by walking the rarer list and seeking in the others, so
                # this unranked query costs about as much as the rare terms' matches.
                async with self._db.execute(
                        f"SELECT rowid FROM passages_fts WHERE {where}",
                        [" AND ".join(t for t, _ in present), *(bounds or ())]) as cur:
                    keep = {r[0] async for r in cur}
                scored = [r for r in scored if r[0] in keep]
            page = scored[offset:offset + limit]
        else:  # every word is everywhere: no useful ranking, take matches in document order
            async with self._db.execute(
                    f"SELECT rowid, 0.0 FROM passages_fts WHERE {where} LIMIT ?",
                    [joiner.join(common), *(bounds or ()), offset + limit]) as cur:
                page = list(await cur.fetchall())[offset:]
        if not page:
            return []
        highlight = joiner.join(t for t, _ in present)
        marks = ",".join("?" * len(page))
        cols = columns(PASSAGE_COLUMNS, "p")
        async with self._db.execute(
            f"SELECT p.id, {cols}, snippet(passages_fts, 1, char(2), char(3), '…', 24)"
            " FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid"
            f" WHERE passages_fts MATCH ? AND passages_fts.rowid IN ({marks})",
            [highlight, *(r[0] for r in page)]) as cur:
            rows = {r[0]: r[1:] async for r in cur}
        hits = []
        for rowid, score in page:
            row = rows.get(rowid)
            if row is None:
                continue
            passage = passage_from_row(row[:len(PASSAGE_COLUMNS)])
            doc = self._docs.get(passage.doc_key)
            if doc is None or doc.duplicate_of or passage.duplicate_of:
                continue
            hits.append(SearchHit(passage=passage, doc=doc, snippet=row[len(PASSAGE_COLUMNS)], score=float(score)))
        return hits

    async def _collection_rowids(self, collections: frozenset[str]) -> list[tuple[int, int]]:
        """The passage id ranges of these collections' documents, adjacent documents merged."""
        if self._doc_ranges is None:
            async with self._db.execute("SELECT doc_key, min(id), max(id) FROM passages GROUP BY doc_key"
                                        " ORDER BY min(id)") as cur:
                self._doc_ranges = [(k, lo, hi) async for k, lo, hi in cur]
        ranges: list[tuple[int, int]] = []
        for doc_key, lo, hi in self._doc_ranges:
            info = self._docs.get(doc_key)
            if info is None or info.collection not in collections:
                continue
            if ranges and ranges[-1][1] + 1 == lo:  # no other document's passage in between
                ranges[-1] = (ranges[-1][0], hi)
            else:
                ranges.append((lo, hi))
        return ranges

    async def _doc_rowids(self, doc_key: str) -> list[int] | None:
        # A document's passages are inserted together, so their ids form one range.
        async with self._db.execute("SELECT min(id), max(id) FROM passages WHERE doc_key = ?", (doc_key,)) as cur:
            lo, hi = await _one(cur)
        return None if lo is None else [lo, hi]

    # events

    async def events(self, from_year: int | None = None, to_year: int | None = None,
                     search: str | None = None) -> list[Event]:
        """The timeline in date order; events whose span overlaps [from_year, to_year]."""
        if self._timeline is None:
            async with self._db.execute(f"SELECT {_EVENT_COLS} FROM events ORDER BY sort_key, id") as cur:
                timeline = [event_from_row(r) for r in await cur.fetchall()]
            longest = max((_last_year(e) - e.start_year for e in timeline), default=0)
            self._timeline = (timeline, [e.start_year for e in timeline], longest)
        timeline, years, longest = self._timeline
        low = 0 if from_year is None else bisect.bisect_left(years, int(from_year) - longest)
        high = len(timeline) if to_year is None else bisect.bisect_right(years, int(to_year))
        events = timeline[low:high]
        if from_year is not None:
            events = [e for e in events if _last_year(e) >= int(from_year)]
        if search:
            words = [w.casefold() for w in _TOKEN.findall(unicodedata.normalize("NFKC", search)[:200])]
            events = [e for e in events
                      if all(w in f"{e.summary} {e.expr_text}".casefold() for w in words)]
        return events

    async def events_on(self, month: int, day: int | None = None) -> list[Event]:
        sql = f"SELECT {_EVENT_COLS} FROM events WHERE start_month = ?"
        args: list[Any] = [int(month)]
        if day is not None:
            sql += " AND start_day = ?"
            args.append(int(day))
        async with self._db.execute(sql + " ORDER BY sort_key, id", args) as cur:
            return [event_from_row(r) async for r in cur]

    async def event(self, event_key: str) -> Event | None:
        async with self._db.execute(f"SELECT {_EVENT_COLS} FROM events WHERE event_key = ?",
                                    (event_key,)) as cur:
            row = await cur.fetchone()
        return event_from_row(row) if row else None

    # questions

    async def questions(self, topic: str | None = None, difficulty: str | None = None,
                        kinds: Iterable[str] | None = None) -> list[Question]:
        if self._questions is None:
            async with self._db.execute(f"SELECT {_QUESTION_COLS} FROM questions ORDER BY quality DESC, id") as cur:
                self._questions = [question_from_row(r) for r in await cur.fetchall()]
        wanted_kinds = None if kinds is None else set(kinds)
        topic_key = topic.casefold() if topic else None
        return [q for q in self._questions
                if (topic_key is None or q.topic.casefold() == topic_key)
                and (not difficulty or q.difficulty == difficulty)
                and (wanted_kinds is None or q.kind in wanted_kinds)]

    async def question(self, question_key: str) -> Question | None:
        async with self._db.execute(f"SELECT {_QUESTION_COLS} FROM questions WHERE question_key = ?",
                                    (question_key,)) as cur:
            row = await cur.fetchone()
        return question_from_row(row) if row else None

    async def topics(self) -> list[tuple[str, int]]:
        async with self._db.execute(
            "SELECT topic, count(*) AS n FROM questions GROUP BY topic ORDER BY n DESC, topic") as cur:
            return [(t, n) async for t, n in cur]

    async def summary(self) -> CorpusSummary:
        async with self._db.execute(
            "SELECT (SELECT count(*) FROM documents),"
            " (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL),"
            " (SELECT count(*) FROM passages WHERE duplicate_of IS NULL),"
            " (SELECT count(*) FROM events), (SELECT count(*) FROM questions)") as cur:
            docs, dups, passages, events, questions = await _one(cur)
        return CorpusSummary(documents=docs, duplicates=dups, passages=passages, events=events,
                             questions=questions, built_at=self._meta.get("built_at", ""))

    async def skipped(self) -> list[tuple[str, str]]:
        async with self._db.execute("SELECT path, reason FROM skipped ORDER BY path") as cur:
            return [(p, r) async for p, r in cur]

    async def rejected(self) -> list[tuple[str, str, str]]:
        async with self._db.execute("SELECT stage, item, reason FROM rejected ORDER BY id") as cur:
            return [(s, i, r) async for s, i, r in cur]


def stored_meta(path: Path, key: str) -> str | None:
    """One meta value of the content store at ``path``; None when there is no readable store."""
    if not path.exists():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None

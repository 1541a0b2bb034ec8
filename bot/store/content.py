"""The content store: a read-only SQLite database built from the documents folder.

CONTRACT (implemented by the corpus/store work; features code against exactly this API):

    store = await ContentStore.open(path)      # opens read-only (mode=ro URI); raises StoreMissing
    await store.close()
    await store.warm()                         # read the whole-table caches now, in a thread
    store.build_id -> str                      # identity of this build (corpus hash)

    await store.documents() -> list[DocumentInfo]            # all, canonical first, duplicates flagged
    await store.document(doc_key) -> DocumentInfo | None
    await store.find_documents(text, limit=25) -> list[DocumentInfo]   # autocomplete on titles
    await store.passage(passage_key) -> Passage | None
    await store.neighbours(passage_key, before=1, after=1) -> list[Passage]   # in document order, incl. itself
    await store.random_passage(doc_key=None) -> Passage | None               # readable body passages only
    await store.search(query, doc_key=None, limit=5, offset=0) -> list[SearchHit]   # never raises on input
    await store.events(from_year=None, to_year=None, search=None) -> Sequence[Event]  # date order;
                                               # search: the event's own sentence, summary and entities
    await store.random_event(search=None, rng=None) -> Event | None       # /fact: one of events(search=…)
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

import asyncio
import bisect
import random
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

import aiosqlite

from bot.corpus.model import Event, Passage, Question
from bot.store.content_schema import (
    DOCUMENT_INFO_COLUMNS,
    EVENT_COLUMNS,
    PASSAGE_COLUMNS,
    QUESTION_COLUMNS,
    SCHEMA_VERSION,
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


# A random quote: the n-th row of the quotable table (readable body passages, not repeated
# elsewhere, numbered by the build), then its passage: two rowid lookups, whatever the store's
# size, and no readability check at request time (the build stored each passage's verdict).
# A document's quotes are one range of n, found through its own passages (the doc_key index: a
# min(id) under a doc_key filter walks the rowid from the store's first passage instead).
# tests/store/test_query_plans.py pins these plans and the per-document bound.
_RANDOM = (f"SELECT {columns(PASSAGE_COLUMNS, 'p')} FROM quotable q JOIN passages p ON p.id = q.passage_id"
           " WHERE q.n = ?")
RANDOM_PASSAGE_SQL = _RANDOM
RANDOM_DOC_PASSAGE_SQL = f"{_RANDOM} AND p.doc_key = ?"
QUOTES_SQL = "SELECT coalesce(max(n), 0) FROM quotable"  # n runs from 1: the number of quotable passages
DOC_QUOTES_SQL = ("SELECT min(q.n), max(q.n) FROM passages p INDEXED BY passages_doc"
                  " JOIN quotable q ON q.passage_id = p.id WHERE p.doc_key = ?")
_EVENT_MATCH = "FROM events_fts WHERE events_fts MATCH ? AND rowid BETWEEN ? AND ?"
EVENT_COUNT_SQL = f"SELECT count(*) {_EVENT_MATCH}"
EVENT_PAGE_SQL = f"SELECT rowid {_EVENT_MATCH} ORDER BY rowid LIMIT ? OFFSET ?"
# One row with every match (10× faster than a row per match: Python builds no row objects).
EVENT_SEARCH_SQL = f"SELECT group_concat(rowid) {_EVENT_MATCH}"


class Reach:
    """Which of the first ``stop`` values reach ``year`` (value >= year): counted, and the j-th of
    them found, in O(log² n), never by a pass over the values (a merge-sort tree).

    The values are the last years of the timeline's ranged events, in timeline order; the ones of
    the events starting before a span that reach into it are the span's head (``events``). Their
    number grows with the corpus (650 of 8,000 events at 50 MB for a span from 1990).
    """

    def __init__(self, values: list[int]) -> None:
        size = 1
        while size < len(values):
            size *= 2
        self._size = size
        tree: list[list[int]] = [[] for _ in range(2 * size)]
        for place, value in enumerate(values):
            tree[size + place] = [value]
        for node in range(size - 1, 0, -1):
            tree[node] = sorted(tree[2 * node] + tree[2 * node + 1])
        self._tree = tree

    def _reaching(self, node: int, year: int) -> int:
        values = self._tree[node]
        return len(values) - bisect.bisect_left(values, year)

    def count(self, stop: int, year: int) -> int:
        total, node, low, high = 0, 1, 0, self._size
        while stop > low:
            if stop >= high:
                return total + self._reaching(node, year)
            middle = (low + high) // 2
            if stop > middle:
                total += self._reaching(2 * node, year)
                node, low = 2 * node + 1, middle
            else:
                node, high = 2 * node, middle
        return total

    def nth(self, stop: int, year: int, rank: int) -> int:
        """The place of the ``rank``-th (from 0) value among the first ``stop`` that reach ``year``;
        ``rank`` must be below ``count(stop, year)``."""
        node, low, high = 1, 0, self._size
        while node < self._size:
            middle, left = (low + high) // 2, 2 * node
            if stop > middle:
                before = self._reaching(left, year)
                if rank >= before:
                    rank -= before
                    node, low = left + 1, middle
                    continue
            node, high = left, middle
        return node - self._size


class Reaching(Sequence[Event]):
    """The events starting before a span whose range reaches into it, in timeline order, each
    found when it is asked for (see :class:`Reach`)."""

    def __init__(self, loaded: _Loaded, stop: int, year: int) -> None:
        self._loaded, self._stop, self._year = loaded, stop, year
        self._count = loaded.reach.count(stop, year)

    def __len__(self) -> int:
        return self._count

    def place(self, index: int) -> int:
        """The timeline index of the ``index``-th event."""
        return self._loaded.ranges[self._loaded.reach.nth(self._stop, self._year, index)]

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...

    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._loaded.timeline[self.place(index)]


@dataclass(frozen=True)
class _Loaded:
    """What commands read from every row of a table, read once per store in a worker thread.

    The file never changes under an open store (a rebuild writes a new file, which the bot opens
    as a new ContentStore), so these live as long as the store object.
    """

    timeline: list[Event]  # date order
    years: list[int]  # each event's start year, for bisection
    ranges: list[int]  # timeline indexes of the events that end in a later year than they start
    reach: Reach  # those events' last years, to find the ones reaching into a span
    on_day: dict[tuple[int, int], list[Event]]
    on_month: dict[int, list[Event]]
    questions: list[Question]  # best first
    topics: list[tuple[str, int]]
    summary: CorpusSummary


def _load(path: Path, built_at: str) -> _Loaded:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        # events_fts numbers the events in this order (see ContentWriter.index_events).
        timeline = [event_from_row(r) for r in con.execute(f"SELECT {_EVENT_COLS} FROM events ORDER BY sort_key, id")]
        on_day: dict[tuple[int, int], list[Event]] = {}
        on_month: dict[int, list[Event]] = {}
        for event in timeline:
            if event.start_month is not None:
                on_month.setdefault(event.start_month, []).append(event)
                if event.start_day is not None:
                    on_day.setdefault((event.start_month, event.start_day), []).append(event)
        questions = [question_from_row(r) for r in
                     con.execute(f"SELECT {_QUESTION_COLS} FROM questions ORDER BY quality DESC, id")]
        topics = [(t, n) for t, n in con.execute(
            "SELECT topic, count(*) AS n FROM questions GROUP BY topic ORDER BY n DESC, topic")]
        docs, dups, passages = con.execute(
            "SELECT (SELECT count(*) FROM documents),"
            " (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL),"
            " (SELECT count(*) FROM passages WHERE duplicate_of IS NULL)").fetchone()
    finally:
        con.close()
    ranges = [i for i, e in enumerate(timeline) if _last_year(e) > e.start_year]
    return _Loaded(
        timeline=timeline, years=[e.start_year for e in timeline], ranges=ranges,
        reach=Reach([_last_year(timeline[i]) for i in ranges]),
        on_day=on_day, on_month=on_month,
        questions=questions, topics=topics,
        summary=CorpusSummary(documents=docs, duplicates=dups, passages=passages, events=len(timeline),
                              questions=len(questions), built_at=built_at))


class ContentStore:
    """Read-only access to the content store.

    Queries off the loop are one aiosqlite call each (``execute_fetchall``: one hop to its thread
    and back, where a cursor costs a hop per execute, fetch and close, and one per 64 rows).

    Lookups by key or by an index range (a passage, its neighbours, an event, a question, a random
    passage, a search's chosen page of at most 50 rows and their snippets) read synchronously on
    the event loop's thread: each is a few B-tree pages, 0.07 ms at p50 and 0.15 ms at p95 on the
    50 MB store, where aiosqlite's three thread hops per query cost 0.4 ms and 5 ms on a busy
    machine. Anything that can read many rows (full-text ranking and counts, the whole-table
    loads of ``warm``) runs off the loop, in aiosqlite's thread or a worker.
    """

    def __init__(self, db: aiosqlite.Connection, path: Path, meta: dict[str, str],
                 docs: dict[str, DocumentInfo]) -> None:
        self._db = db
        self._lookup = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        self.path = path
        self._meta = meta
        self._docs = docs  # small: one row per document, without the text
        self._random = random.Random()
        self._counts: dict[str, int] = {}  # FTS term -> capped match count
        self._quotes: int | None = None  # quotable passages in the store (random_passage)
        self._event_counts: dict[tuple[str, int, int], int] = {}  # (events_fts expression, rowid span) -> matches
        self._loaded: _Loaded | None = None  # see warm()
        self._loading: asyncio.Task[_Loaded] | None = None
        self._picked: dict[tuple[str | None, str | None, frozenset[str] | None], list[Question]] = {}
        self._doc_quotes: dict[str, tuple[int, int]] = {}  # doc_key -> its first and last n in quotable
        self._doc_ranges: list[tuple[str, int, int]] | None = None  # (doc_key, min id, max id) in id order
        self._collection_ranges: dict[frozenset[str], list[tuple[int, int]]] = {}  # see _collection_rowids
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
        if meta.get("schema_version") != str(SCHEMA_VERSION):  # its tables are not the ones read here
            await db.close()
            raise StoreMissing(f"{path} was built by another version of the bot (store schema "
                               f"{meta.get('schema_version', 'unknown')}, this one reads {SCHEMA_VERSION}): "
                               "run 'python -m bot build'.")
        return cls(db, path, meta, docs)

    async def close(self) -> None:
        if self._loading is not None and not self._loading.done():
            await asyncio.gather(self._loading, return_exceptions=True)
        self._lookup.close()
        await self._db.close()

    async def warm(self) -> None:
        """Read what commands need from whole tables (timeline, questions, counts) in a worker
        thread, so that no command's first call pays for it and the event loop never does."""
        await self._cache()

    async def _cache(self) -> _Loaded:
        if self._loaded is None:
            if self._loading is None:  # one load, however many first calls wait for it
                self._loading = asyncio.create_task(
                    asyncio.to_thread(_load, self.path, self._meta.get("built_at", "")), name="content-warm")
            self._loaded = await asyncio.shield(self._loading)
        return self._loaded

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
        row = self._lookup.execute(f"SELECT {_PASSAGE_COLS} FROM passages WHERE passage_key = ?",
                                   (passage_key,)).fetchone()
        return passage_from_row(row) if row else None

    async def neighbours(self, passage_key: str, before: int = 1, after: int = 1) -> list[Passage]:
        row = self._lookup.execute("SELECT doc_key, ordinal FROM passages WHERE passage_key = ?",
                                   (passage_key,)).fetchone()
        if not row:
            return []
        doc_key, ordinal = row
        return [passage_from_row(r) for r in self._lookup.execute(
            f"SELECT {_PASSAGE_COLS} FROM passages WHERE doc_key = ? AND ordinal BETWEEN ? AND ?"
            " ORDER BY ordinal", (doc_key, ordinal - max(0, min(before, 20)), ordinal + max(0, min(after, 20))))]

    async def random_passage(self, doc_key: str | None = None) -> Passage | None:
        """A quotable passage (of one document) drawn uniformly: a random n of the quotable table.

        Each passage's readability verdict was stored by the build, so this is two rowid lookups
        and no check, on a store of any size."""
        args: tuple[str, ...] = ()
        if doc_key is None:
            if self._quotes is None:
                self._quotes = int(self._lookup.execute(QUOTES_SQL).fetchone()[0])
            low, high, sql = 1, self._quotes, RANDOM_PASSAGE_SQL
        else:
            bounds = self._doc_quotes.get(doc_key)
            if bounds is None:
                first, last = self._lookup.execute(DOC_QUOTES_SQL, (doc_key,)).fetchone()
                bounds = (int(first or 1), int(last or 0))  # none: an empty range
                if len(self._doc_quotes) > 10_000:
                    self._doc_quotes.clear()
                self._doc_quotes[doc_key] = bounds
            (low, high), sql, args = bounds, RANDOM_DOC_PASSAGE_SQL, (doc_key,)
        if high < low:
            return None
        row = self._lookup.execute(sql, (self._random.randint(low, high), *args)).fetchone()
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
            rows = await self._db.execute_fetchall(
                "SELECT count(*) FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)", (term, FREQUENT))
            self._counts[term] = next(iter(rows))[0]
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
            scored = list(await self._db.execute_fetchall(
                f"SELECT rowid, bm25(passages_fts, 2.0, 1.0) FROM passages_fts WHERE {where} LIMIT ?",
                [joiner.join(rare), *(bounds or ()), RANK_WINDOW]))
            scored.sort(key=lambda r: (r[1], r[0]))
            if common and mode == "and":
                # FTS5 evaluates an AND by walking the rarer list and seeking in the others, so
                # this unranked query costs about as much as the rare terms' matches.
                keep = {r[0] for r in await self._db.execute_fetchall(
                    f"SELECT rowid FROM passages_fts WHERE {where}",
                    [" AND ".join(t for t, _ in present), *(bounds or ())])}
                scored = [r for r in scored if r[0] in keep]
            page = scored[offset:offset + limit]
        else:  # every word is everywhere: no useful ranking, take matches in document order
            page = list(await self._db.execute_fetchall(
                f"SELECT rowid, 0.0 FROM passages_fts WHERE {where} LIMIT ?",
                [joiner.join(common), *(bounds or ()), offset + limit]))[offset:]
        if not page:
            return []
        highlight = joiner.join(t for t, _ in present)
        marks = ",".join("?" * len(page))
        cols = columns(PASSAGE_COLUMNS, "p")
        # The chosen page's rows and snippets: at most ``limit`` rows by rowid, a keyed read like
        # the lookups, so on the loop's thread (one thread hop fewer for every search).
        rows = {r[0]: r[1:] for r in self._lookup.execute(
            f"SELECT p.id, {cols}, snippet(passages_fts, 1, char(2), char(3), '…', 24)"
            " FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid"
            f" WHERE passages_fts MATCH ? AND passages_fts.rowid IN ({marks})",
            [highlight, *(r[0] for r in page)])}
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
        """The passage id ranges of these collections' documents, adjacent documents merged
        (worked out once per set of collections: it is a pass over every document)."""
        known = self._collection_ranges.get(collections)
        if known is not None:
            return known
        if self._doc_ranges is None:
            self._doc_ranges = [(k, lo, hi) for k, lo, hi in self._lookup.execute(
                "SELECT doc_key, min(id), max(id) FROM passages GROUP BY doc_key ORDER BY min(id)")]
        ranges: list[tuple[int, int]] = []
        for doc_key, lo, hi in self._doc_ranges:
            info = self._docs.get(doc_key)
            if info is None or info.collection not in collections:
                continue
            if ranges and ranges[-1][1] + 1 == lo:  # no other document's passage in between
                ranges[-1] = (ranges[-1][0], hi)
            else:
                ranges.append((lo, hi))
        if len(self._collection_ranges) >= 1_000:
            self._collection_ranges.clear()
        self._collection_ranges[collections] = ranges
        return ranges

    async def _doc_rowids(self, doc_key: str) -> list[int] | None:
        # A document's passages are inserted together, so their ids form one range.
        lo, hi = self._lookup.execute("SELECT min(id), max(id) FROM passages WHERE doc_key = ?", (doc_key,)).fetchone()
        return None if lo is None else [lo, hi]

    # events

    async def events(self, from_year: int | None = None, to_year: int | None = None,
                     search: str | None = None) -> Sequence[Event]:
        """The timeline in date order; events whose span overlaps [from_year, to_year].

        ``search`` keeps the events whose own sentence, summary or entities hold every word (the
        last one may be unfinished), never those that merely sit in a matching passage. Its
        matches are counted now and read a page at a time (:class:`EventMatches`): a common word
        can match most of a large timeline.
        """
        loaded = await self._cache()
        timeline, years = loaded.timeline, loaded.years
        start = 0 if from_year is None else bisect.bisect_left(years, int(from_year))
        high = len(timeline) if to_year is None else bisect.bisect_right(years, int(to_year))
        # Events starting before from_year count only when their range reaches it.
        head: Sequence[Event] = [] if from_year is None else Reaching(
            loaded, bisect.bisect_left(loaded.ranges, start), int(from_year))
        if search is None:
            return EventSpan(timeline, head, start, high)
        terms, partial = query_terms(search)
        if not terms:
            return []
        places = [head.place(i) for i in range(len(head))] if isinstance(head, Reaching) else []
        found = await self._match_events(terms, places, start, high)
        if not found and partial:  # "yelts" matches nothing as a word: try Yeltsin…
            found = await self._match_events([*terms[:-1], terms[-1] + "*"], places, start, high)
        return found

    async def _match_events(self, terms: list[str], head: list[int], start: int, high: int) -> Sequence[Event]:
        """The events holding every term: those of ``head`` (timeline indexes) that match, then the
        matches in timeline[start:high] (events_fts rowid = timeline index + 1: date order)."""
        expression = " AND ".join(terms)
        timeline = (await self._cache()).timeline
        try:
            matched_head: list[Event] = []
            if head:
                marks = ",".join("?" * len(head))
                matched_head = [timeline[place - 1] for place in sorted(row[0] for row in await self._db.execute_fetchall(
                    f"SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid IN ({marks})",
                    (expression, *(i + 1 for i in head))))]
            key = (expression, start + 1, high)
            count = self._event_counts.get(key)
            if count is None:  # a pass over the matches (off the loop): a common word matches thousands
                (count,) = next(iter(await self._db.execute_fetchall(EVENT_COUNT_SQL, key)))
                if len(self._event_counts) >= 10_000:
                    self._event_counts.clear()
                self._event_counts[key] = count
        except sqlite3.OperationalError:
            return []  # belt and braces: quoting should make every expression valid
        if not matched_head and not count:
            return []
        return EventMatches(self._lookup, timeline, expression, start + 1, high, count, matched_head)

    async def random_event(self, search: str | None = None, rng: random.Random | None = None) -> Event | None:
        """One event, uniformly at random among ``events(search=search)``; None when none matches.
        A match is read by its rank off the event loop (OFFSET walks the matches before it)."""
        found = await self.events(search=search)
        if not found:
            return None
        index = (rng or self._random).randrange(len(found))
        if isinstance(found, EventMatches):
            return await found.get(index, self._db)
        return found[index]

    async def events_on(self, month: int, day: int | None = None) -> list[Event]:
        loaded = await self._cache()
        found = loaded.on_month.get(int(month)) if day is None else loaded.on_day.get((int(month), int(day)))
        return list(found or ())

    async def event(self, event_key: str) -> Event | None:
        row = self._lookup.execute(f"SELECT {_EVENT_COLS} FROM events WHERE event_key = ?", (event_key,)).fetchone()
        return event_from_row(row) if row else None

    # questions

    async def questions(self, topic: str | None = None, difficulty: str | None = None,
                        kinds: Iterable[str] | None = None) -> list[Question]:
        """Best first. Each filter's list is kept: a round's pick filters the whole pool otherwise."""
        key = (topic.casefold() if topic else None, difficulty or None, None if kinds is None else frozenset(kinds))
        picked = self._picked.get(key)
        if picked is None:
            topic_key, wanted_difficulty, wanted_kinds = key
            picked = [q for q in (await self._cache()).questions
                      if (topic_key is None or q.topic.casefold() == topic_key)
                      and (wanted_difficulty is None or q.difficulty == wanted_difficulty)
                      and (wanted_kinds is None or q.kind in wanted_kinds)]
            if len(self._picked) > 1_000:
                self._picked.clear()
            self._picked[key] = picked
        return list(picked)

    async def question(self, question_key: str) -> Question | None:
        row = self._lookup.execute(f"SELECT {_QUESTION_COLS} FROM questions WHERE question_key = ?",
                                   (question_key,)).fetchone()
        return question_from_row(row) if row else None

    async def topics(self) -> list[tuple[str, int]]:
        return list((await self._cache()).topics)

    async def summary(self) -> CorpusSummary:
        return (await self._cache()).summary

    async def skipped(self) -> list[tuple[str, str]]:
        async with self._db.execute("SELECT path, reason FROM skipped ORDER BY path") as cur:
            return [(p, r) async for p, r in cur]

    async def rejected(self) -> list[tuple[str, str, str]]:
        async with self._db.execute("SELECT stage, item, reason FROM rejected ORDER BY id") as cur:
            return [(s, i, r) async for s, i, r in cur]


class EventSpan(Sequence[Event]):
    """Events ``head`` then timeline[start:stop], without copying either: every open /timeline
    paginator holds one, for five minutes, and a 50 MB corpus has 35,000 events."""

    def __init__(self, timeline: list[Event], head: Sequence[Event], start: int, stop: int) -> None:
        self._timeline, self._head, self._start, self._stop = timeline, head, start, max(start, stop)

    def __len__(self) -> int:
        return len(self._head) + self._stop - self._start

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...

    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        head = len(self._head)
        if isinstance(index, slice):
            begin, end, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(begin, end, step)]
            out = list(self._head[begin:end])
            if end > max(begin, head):
                out += self._timeline[self._start + max(begin - head, 0):self._start + end - head]
            return out
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._head[index] if index < head else self._timeline[self._start + index - head]

    def __iter__(self) -> Iterator[Event]:
        yield from self._head
        yield from self._timeline[self._start:self._stop]


class EventMatches(Sequence[Event]):
    """The events a search matched, in date order: ``head`` first, then the ``count`` matches
    among events_fts rowids [first, last], each page read when it is asked for.

    A page is one FTS5 query with LIMIT/OFFSET on the store's lookup connection (synchronous:
    paginators build pages synchronously); iterating reads every match in one query.
    """

    def __init__(self, lookup: sqlite3.Connection, timeline: list[Event], expression: str, first: int, last: int,
                 count: int, head: list[Event]) -> None:
        self._lookup, self._timeline, self._expression = lookup, timeline, expression
        self._first, self._last, self._count, self._head = first, last, count, head

    def __len__(self) -> int:
        return len(self._head) + self._count

    def _page(self, offset: int, limit: int) -> list[Event]:
        rows = self._lookup.execute(EVENT_PAGE_SQL, (self._expression, self._first, self._last, limit, offset))
        return [self._timeline[place - 1] for (place,) in rows]

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> list[Event]: ...

    def __getitem__(self, index: int | slice) -> Event | list[Event]:
        if isinstance(index, slice):
            begin, end, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(begin, end, step)]
            head = len(self._head)
            out = self._head[begin:end]
            if end > max(begin, head):
                offset = max(begin - head, 0)
                out = out + self._page(offset, end - head - offset)
            return out
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self[index:index + 1][0]

    async def get(self, index: int, db: aiosqlite.Connection) -> Event:
        """``self[index]``, read through ``db`` (aiosqlite: off the event loop)."""
        if index < len(self._head):
            return self._head[index]
        rows = await db.execute_fetchall(EVENT_PAGE_SQL, (self._expression, self._first, self._last, 1,
                                                          index - len(self._head)))
        place: int = next(iter(rows))[0]
        return self._timeline[place - 1]

    def __iter__(self) -> Iterator[Event]:
        yield from self._head
        (found,) = self._lookup.execute(EVENT_SEARCH_SQL, (self._expression, self._first, self._last)).fetchone()
        for place in found.split(",") if found else ():
            yield self._timeline[int(place) - 1]


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

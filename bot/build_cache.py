"""The build's per-document cache: what one document's pass through the pipeline produced.

A rebuild re-processes only the documents whose bytes (or sidecar metadata file) changed: every
other document's cleaned text, passages and events come back from here. An entry is keyed by the
document's name, a hash of its bytes and a hash of the pipeline's code (``bot.build.pipeline_hash``),
so editing a document, its metadata or the pipeline simply misses the old entry.

One file per document, ``<key>.pickle``, in the cache folder (``BOT_DATA_DIR/build-cache/`` for
``python -m bot build`` and the bot's own builds). After its identity (format, key and the
header's length) a file holds three pickles: a small header (what
the first pass needs: the duplicate sketch, the passages' digests, the citation, warnings), the
document's events (what the cross-document event merge needs) and the work itself (the text and
passages, read only for a document whose rows are written), so a cache hit in the first pass
reads a few kilobytes and the event merge never reads a document's text. When some of a document's passages repeat an
earlier document, its events are extracted again from the others and kept as ``<key>.<variant>.pickle``.
What the collection-wide steps made of a collection (its duplicate documents, merged events,
generated questions) is kept as ``<key>.<kind>.pickle``, the key a hash of all their inputs (the
collection's documents, in order), so a build that changed only other collections reuses them.
Entries are written to a temporary
name and renamed, so a reader never sees half a file; a corrupt, truncated or foreign entry is
treated as a miss and rebuilt. The folder is safe to delete at any time: the next build is then
a full one. It is written and read only by this machine's own builds (pickle runs code from the
file it loads, so it must never be pointed at files from elsewhere).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from bot.corpus.dedupe import DocSketch
from bot.corpus.model import CleanDocument, DocMeta, Event, Passage, Question
from bot.corpus.questions import Tally

FORMAT = "build-cache-3"  # bump when the entry layout below changes
SUFFIX = ".pickle"


@dataclass
class DocumentSummary:
    """What the build's first pass needs about a document (the header of an entry)."""

    doc_key: str
    warnings: list[str] = field(default_factory=list)
    sketch: DocSketch | None = None
    skipped_reason: str | None = None  # set when the document could not be read or cleaned
    chars: int = 0  # of clean text, for the progress bar
    meta: DocMeta | None = None  # the citation, for the question step
    raw_sha256: str = ""
    passage_keys: str = ""  # the passages' keys in order, one a line
    digests: bytes = b""  # their passage_digest values, DIGEST_SIZE bytes each, in the same order
    sentences: bytes = b""  # the candidate sentences each passage gives the question step (array "I"; 0: not body)


@dataclass
class DocumentWork:
    """One document's cleaned text, its passages and its events (the body of an entry).

    ``events`` were extracted with every passage live; when the build finds one of the passages
    repeated in an earlier document, it extracts the events again from the live ones.
    """

    doc: CleanDocument
    passages: list[Passage]
    events: list[Event]
    event_failure: str | None = None  # the exception's class name when extraction failed


@dataclass
class LiveEvents:
    """A document's events extracted from its live passages only (some repeated an earlier document)."""

    events: list[Event]
    failure: str | None = None


@dataclass
class CollectionQuestions:
    """What the question generator made from one collection (or one shard of a large one), and its
    tally of candidates and drops."""

    questions: list[Question]
    tally: Tally
    shards: list[str] = field(default_factory=list)  # a large collection's: the cache keys of its shards' entries


@dataclass
class CollectionDuplicates:
    """The near-duplicate documents of one collection: doc_key -> (canonical doc_key, containment)."""

    duplicates: dict[str, tuple[str, float]]


@dataclass
class CollectionEvents:
    """One collection's events merged across its documents, and what the store indexes them under."""

    events: list[Event]
    per_doc: dict[str, int]  # events kept per document
    failures: dict[str, str]  # doc_key -> the exception's class name when its extraction failed
    entities: dict[str, str] = field(default_factory=dict)  # event_key -> events_fts entities


@dataclass
class CollectionYears:
    """One collection's merged events by year, and what each year was merged from.

    Events merge only within one year (``EventMerger`` compares an event with those of its date's
    buckets, all of its start year), so a year whose documents (each named by its doc_key and row
    fingerprint, in order) are as before merges to the same events: an update merges again only
    the years a changed document has events in."""

    docs: dict[str, tuple[int, ...]]  # "doc_key:fingerprint" -> the start years of its live events
    failures: dict[str, str]  # "doc_key:fingerprint" -> the exception's class name when extraction failed
    inputs: dict[int, str]  # year -> a digest of its documents, in order
    events: dict[int, list[Event]]  # year -> its merged events
    per_doc: dict[int, dict[str, int]]  # year -> doc_key -> merged events kept


_C = TypeVar("_C", CollectionQuestions, CollectionDuplicates, CollectionEvents, CollectionYears)


@dataclass
class _Pickled:
    """A part of an entry pickled already."""

    data: bytes


def entry_key(doc_key: str, content_digest: str, pipeline: str) -> str:
    return hashlib.sha256(f"{FORMAT}\x1f{pipeline}\x1f{doc_key}\x1f{content_digest}".encode()).hexdigest()[:40]


class BuildCache:
    """A folder of entries; every read failure is a miss, every write is atomic."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def summary(self, key: str) -> DocumentSummary | None:
        loaded = self._load(key, body=False)
        return loaded[0] if loaded else None

    def work(self, key: str) -> DocumentWork | None:
        loaded = self._load(key, body=True)
        return loaded[1] if loaded else None

    def events(self, key: str) -> LiveEvents | None:
        """The document's events extracted with every passage live, without reading its header or text."""
        try:
            with self.path(key).open("rb") as handle:
                ident = pickle.load(handle)
                if not (isinstance(ident, tuple) and len(ident) == 3 and ident[:2] == (FORMAT, key)):
                    return None
                handle.seek(ident[2], os.SEEK_CUR)
                value = pickle.load(handle)
        except Exception:
            return None
        return value if isinstance(value, LiveEvents) else None

    def live_events(self, key: str, variant: str) -> LiveEvents | None:
        """The events of entry ``key`` when the passages named by ``variant`` are hidden."""
        try:
            with self.path(f"{key}.{variant}").open("rb") as handle:
                header = pickle.load(handle)
                value = pickle.load(handle) if header == (FORMAT, key, variant) else None
        except Exception:
            return None
        return value if isinstance(value, LiveEvents) else None

    def store_live_events(self, key: str, variant: str, value: LiveEvents) -> None:
        self._write(f"{key}.{variant}", (FORMAT, key, variant), value)

    def collection(self, key: str, kind: type[_C]) -> _C | None:
        """What a collection-wide step made, stored under a key of everything it was made from."""
        try:
            with self.path(f"{key}.{kind.__name__}").open("rb") as handle:
                header = pickle.load(handle)
                value = pickle.load(handle) if header == (FORMAT, key, kind.__name__) else None
        except Exception:
            return None
        return value if isinstance(value, kind) else None

    def store_collection(self, key: str, value: object) -> None:
        name = type(value).__name__
        self._write(f"{key}.{name}", (FORMAT, key, name), value)

    def _load(self, key: str, *, body: bool) -> tuple[DocumentSummary, DocumentWork | None] | None:
        try:
            with self.path(key).open("rb") as handle:
                ident = pickle.load(handle)
                if not (isinstance(ident, tuple) and len(ident) == 3 and ident[:2] == (FORMAT, key)):
                    return None
                summary = pickle.load(handle)
                if not isinstance(summary, DocumentSummary):
                    return None
                if not body:
                    return summary, None
                events = pickle.load(handle)
                work = pickle.load(handle)
        except Exception:  # missing, truncated, corrupt, or from other code: rebuild it
            return None
        if not (isinstance(work, DocumentWork) and isinstance(events, LiveEvents)):
            return None
        work.events, work.event_failure = events.events, events.failure
        return summary, work

    def store(self, key: str, summary: DocumentSummary, work: DocumentWork) -> None:
        header = pickle.dumps(summary, protocol=pickle.HIGHEST_PROTOCOL)
        # The identity says how long the header is, so the event merge can skip it unread.
        self._write(key, (FORMAT, key, len(header)), _Pickled(header), LiveEvents(work.events, work.event_failure),
                    DocumentWork(work.doc, work.passages, [], work.event_failure))

    def _write(self, name: str, header: object, *bodies: object) -> None:
        """Write one entry; a cache that cannot be written only costs the next build time."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=self.folder)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                for part in (header, *bodies):
                    if isinstance(part, _Pickled):
                        handle.write(part.data)
                    else:
                        pickle.dump(part, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path(name))
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def prune(self, keep: set[str]) -> int:
        """Delete the entries this build did not use (old versions of changed or removed documents)."""
        removed = 0
        with contextlib.suppress(OSError):
            for path in self.folder.iterdir():
                stale = path.suffix == SUFFIX and path.stem.split(".")[0] not in keep
                leftover = path.name.startswith(".entry-") and path.suffix == ".tmp"
                if stale or leftover:
                    with contextlib.suppress(OSError):
                        path.unlink()
                        removed += 1
        return removed

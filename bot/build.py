"""The build: documents folder -> content store (SQLite + FTS5), swapped in atomically.

Pass 1 does everything that concerns one document alone: read, clean, sketch, cut into passages
and extract events. Documents go to worker processes (a few in flight at a time) and their results
to the per-document cache (``bot.build_cache``), which also lets a rebuild skip every document that
did not change; only small summaries come back (the duplicate sketch, the passages' digests).
From those alone the build decides what crosses documents: duplicate documents, and passages
repeated in an earlier document (hidden). Each document then has a fingerprint of its own rows.

Pass 2 writes the store into a temporary file: a new one, or a copy of the live store in which
only the documents whose fingerprint changed are deleted and written again. Everything that spans
documents (merged events, questions, yield, the build report) is then written from nothing, per
collection from the cache when none of the collection's documents changed, so an update holds
exactly the rows a full build writes. The file finally replaces the live store with
``os.replace`` (readers never see a half-written file).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bot import corpus
from bot.build_cache import (
    BuildCache,
    CollectionDuplicates,
    CollectionEvents,
    CollectionQuestions,
    CollectionYears,
    DocumentSummary,
    DocumentWork,
    LiveEvents,
    entry_key,
)
from bot.corpus.clean import clean_document
from bot.corpus.collections import DEFAULT_COLLECTION, collection_of
from bot.corpus.dates import extract_events
from bot.corpus.dedupe import DIGEST_SIZE, DocSketch, PassageDeduper, find_duplicates, passage_digest, sketch
from bot.corpus.events import EventMerger
from bot.corpus.facts import same_fact, without_repeats
from bot.corpus.keys import make_key
from bot.corpus.model import CleanDocument, DocMeta, Event, Passage, Question
from bot.corpus.passages import make_passages
from bot.corpus.qlists import load_question_lists
from bot.corpus.questions import (
    MAX_REJECTIONS_LISTED,
    MAX_SENTENCES,
    MAX_SOURCE_QUESTIONS,
    Tally,
    generate_questions,
)
from bot.corpus.readability import readable_passage
from bot.corpus.readers import Skipped, document_files, document_paths, read_document
from bot.corpus.readers.base import SIDECAR_SUFFIXES
from bot.store import content_schema, content_writer
from bot.store.content import stored_meta
from bot.store.content_schema import SCHEMA_VERSION
from bot.store.content_writer import ContentWriter

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

# Bump when the store's schema or the meaning of a stored field changes; the source of the
# pipeline modules is hashed too (see corpus_hash), so code changes also trigger a rebuild.
PIPELINE_VERSION = "content-1"
QUOTE_SAMPLE = 40  # body passages a document may give random quotes from (each judged for readability)
PROGRESS_BYTES = 2 * 1024 * 1024  # show a progress bar above this corpus size (on a terminal)



@dataclass
class BuildReport:
    out_path: Path
    documents: int = 0
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (doc, canonical, containment)
    passages: int = 0
    duplicate_passages: int = 0
    events: int = 0
    questions: Counter[str] = field(default_factory=Counter)  # per kind
    question_tally: Tally = field(default_factory=Tally)  # generated questions: candidates, kept, drops
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (stage, item, reason)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (doc_key, message)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for benchmarks
    megabytes: float = 0.0
    build_id: str = ""
    incremental: tuple[int, int] | None = None  # (documents written, removed) when the live store was updated
    ok: bool = True

    def format(self, *, details: bool = True) -> str:
        """The build report; ``details=False`` (``build --quiet``) keeps the counts only."""
        lines = [
            f"Content store: {self.out_path}",
            f"Documents: {self.documents} read, {len(self.duplicates)} duplicate"
            f"{'' if len(self.duplicates) == 1 else 's'}, {len(self.skipped)} skipped",
        ]
        if details:
            lines.extend(f"  {doc} is a duplicate of {canonical} ({containment:.0%} contained)"
                         for doc, canonical, containment in self.duplicates)
        lines.append(f"Passages: {self.passages}"
                     + (f" ({self.duplicate_passages} repeated elsewhere, hidden)" if self.duplicate_passages else ""))
        lines.append(f"Timeline events: {self.events}")
        total = sum(self.questions.values())
        per_kind = ", ".join(f"{kind} {n}" for kind, n in sorted(self.questions.items()))
        lines.append(f"Questions: {total}" + (f" ({per_kind})" if per_kind else ""))
        if details:
            lines.extend(self.question_tally.lines())
        if self.skipped and details:
            lines.append("Skipped files:")
            lines.extend(f"  {s.path}: {s.reason}" for s in self.skipped)
        if self.warnings and details:
            lines.append("Warnings:")
            lines.extend(f"  {doc}: {msg}" for doc, msg in self.warnings[:50])
            if len(self.warnings) > 50:
                lines.append(f"  ... and {len(self.warnings) - 50} more")
        if self.rejected:
            lines.append(f"Rejected items: {len(self.rejected)}")
        if self.rejected and details:
            by_reason = Counter((stage, reason) for stage, _item, reason in self.rejected)
            shown = [r for r in self.rejected if r[0] == "list"][:30]  # owners' own list items first
            lines.extend(f"  [{stage}] {item[:70]}: {reason}" for stage, item, reason in shown)
            for (stage, reason), n in by_reason.most_common(12):
                if stage not in ("list", "questions"):  # generated questions: in the lines above
                    lines.append(f"  [{stage}] {reason}: {n}")
        if self.incremental is not None:
            written, removed = self.incremental
            lines.append(f"Updated the store in place: {written} document{'' if written == 1 else 's'} written again,"
                         f" {removed} removed.")
        lines.append(f"Built in {self.seconds:.2f} s ({self.megabytes:.1f} MB of text).")
        return "\n".join(lines)


# --- change detection ---------------------------------------------------------------------

def pipeline_sources() -> list[Path]:
    """The code whose output the store holds: bot/corpus/ (with its word lists), this module, the store's
    schema and writer.

    Nothing else (benchmarks, tests, the Discord side) feeds the corpus hash, so changing it does
    not rebuild every installed store.
    """
    return [*sorted(p for p in Path(corpus.__file__).parent.rglob("*") if p.suffix in (".py", ".txt")), Path(__file__),
            Path(content_schema.__file__), Path(content_writer.__file__)]


def _pipeline_source_hash() -> bytes:
    digest = hashlib.sha256()
    for path in pipeline_sources():
        digest.update(path.name.encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.digest()


def corpus_hash(documents_dir: Path, questions_dir: Path) -> str:
    """A hash over every document and question-list file (names and bytes) and the pipeline."""
    digest = hashlib.sha256()
    digest.update(PIPELINE_VERSION.encode())
    digest.update(_pipeline_source_hash())
    for label, folder in (("d", documents_dir), ("q", questions_dir)):
        for path, rel in document_paths(folder):
            digest.update(f"\x1e{label}\x1f{rel}\x1f".encode())
            try:
                with path.open("rb") as handle:
                    for chunk in iter(functools.partial(handle.read, 1 << 20), b""):
                        digest.update(chunk)
            except OSError:
                digest.update(b"<unreadable>")
    return digest.hexdigest()


def store_is_stale(settings: Settings) -> bool:
    stored = stored_meta(settings.content_path, "corpus_hash")
    return stored is None or stored != corpus_hash(settings.documents_dir, settings.questions_dir)


def build_cache_dir(settings: Settings) -> Path:
    """Where builds keep each document's processed form between runs (safe to delete)."""
    return settings.data_dir / "build-cache"


def ensure_store(settings: Settings) -> BuildReport | None:
    """Rebuild when the store is missing or the documents changed; None when it was current."""
    if not store_is_stale(settings):
        return None
    return build_store(settings.documents_dir, settings.questions_dir, settings.content_path,
                       cache_dir=build_cache_dir(settings))


# --- events and questions -----------------------------------------------------------------
# One generator's failure is reported and the build goes on without its output.

# A collection with more candidate sentences than one generator run samples (its MAX_SENTENCES) is
# generated in shards of whole documents, a document's shard fixed by a hash of its key: adding,
# changing or removing one document then generates one shard again, not the whole collection. Each
# shard has an equal share of the run's sentence budget, so a full build samples as many sentences
# as before. A smaller collection is generated whole, as it always was.
QUESTION_SHARDS = 16
SHARD_ABOVE = MAX_SENTENCES
SHARD_SENTENCES = MAX_SENTENCES // QUESTION_SHARDS

_Reuse = Callable[[str, "list[str] | None"], tuple[CollectionQuestions | None, Callable[[CollectionQuestions], None]]]


@dataclass
class _QuestionInput:
    """What the question step knows of each canonical document before reading any passage."""

    sentences: dict[str, int]  # doc_key -> candidate sentences of its live passages
    fingerprints: dict[str, str]  # doc_key -> _Row.fingerprint
    sources: dict[str, _Source]  # doc_key -> where its live passages are (see _live_passages)
    cache_folder: Path
    pool: _Workers  # a shard's generator run goes to a worker process when there are several

    def passages_of(self, doc_keys: list[str]) -> list[Passage]:
        """These documents' live passages, in document order (a shard reads its own documents only)."""
        return _live_passages([self.sources[k] for k in doc_keys], self.cache_folder)


@dataclass(frozen=True)
class _Source:
    """A canonical document's cache entry and the indices of its passages hidden as repeats."""

    file: _File
    hidden: frozenset[int]


def _live_passages(sources: list[_Source], cache_folder: Path) -> list[Passage]:
    """The live passages of these documents from their cache entries (processed again if an entry is gone)."""
    cache = BuildCache(cache_folder)
    out: list[Passage] = []
    for source in sources:
        work = cache.work(source.file.key) or _run_pipeline(source.file.path, source.file.doc_key)[1]
        if work is not None:
            out.extend(p for i, p in enumerate(work.passages) if i not in source.hidden)
    return out


def _generate_questions(docs: list[CleanDocument], passages: Callable[[str | None], list[Passage]],
                        events: list[Event], questions_dir: Path, report: BuildReport, reuse: _Reuse,
                        known: _QuestionInput) -> list[Question]:
    """Generated questions per collection (reused when nothing in the collection changed), then the lists'.

    ``passages(collection)`` reads a collection's live passages (None: all of them); ``reuse(collection,
    parts)`` gives the questions kept from an earlier build with the same input (``parts`` names a
    shard's, None the whole collection's), and how to keep new ones.
    """
    questions: list[Question] = []
    try:
        # Within each collection: a question (its distractors, a "which source" choice) must never
        # show one server another server's documents.
        for collection, group in _by_collection(docs).items():
            made: CollectionQuestions | None
            made, keep = reuse(collection, None)
            if made is None:
                if sum(known.sentences.get(d.doc_key, 0) for d in group) > SHARD_ABOVE:
                    made = _sharded_questions(collection, group, events, reuse, known)
                else:
                    made = _collection_questions(collection, group, passages(collection), events)
                keep(made)
            _add_tally(report.question_tally, made.tally)
            questions.extend(made.questions)
            report.rejected.extend(("questions", item, reason) for item, reason in report.question_tally.report())
    except Exception as exc:
        log.exception("question generation failed")
        report.rejected.append(("questions", "*", f"question generation failed ({exc.__class__.__name__})"))
    if questions_dir.is_dir():
        try:
            made_lists, rejections = load_question_lists(questions_dir, docs, passages(None))
            # One fact, one question: the list wins, within the collection of the document it cites.
            repeats = {id(q) for collection in sorted({collection_of(q.doc_key) for q in questions})
                       for q in without_repeats([q for q in questions if collection_of(q.doc_key) == collection],
                                                [q for q in made_lists if collection_of(q.doc_key) == collection])[1]}
            report.question_tally.drop_all((q.prompt for q in questions if id(q) in repeats),
                                           "asks a fact a hand-written list question asks")
            questions = [q for q in questions if id(q) not in repeats]
            questions.extend(made_lists)
            # A list rejection's message already names its file and question: keep it once.
            report.rejected.extend(("list", item, reason.removeprefix(f"{item}: ")) for item, reason in rejections)
        except Exception as exc:
            log.exception("question lists failed")
            report.rejected.append(("list", str(questions_dir), f"could not be read ({exc.__class__.__name__})"))
    return questions


def _collection_questions(collection: str, docs: list[CleanDocument], passages: list[Passage],
                          events: list[Event]) -> CollectionQuestions:
    """One generator run over these documents, with the question keys scoped to their collection."""
    tally = Tally()
    generated, _ = generate_questions(docs, passages, [e for e in events if collection_of(e.doc_key) == collection],
                                      tally)
    return CollectionQuestions([replace(q, question_key=scoped_key(q.question_key, collection)) for q in generated],
                               tally)


def _shard_questions(collection: str, docs: list[CleanDocument], events: list[Event], sources: list[_Source],
                     budget: int, cache_folder: Path) -> CollectionQuestions:
    """One shard's generator run (a worker's job): its documents' passages read from the cache, sampled
    to ``budget`` candidate sentences (the shard's share of one run's)."""
    sample = _shard_sample(_live_passages(sources, cache_folder), events, budget)
    made = _collection_questions(collection, docs, sample, events)
    del sample
    gc.collect()  # a worker runs with the cyclic GC off (see _worker_start); one sweep per shard
    return made


def question_shard(doc_key: str) -> int:
    """The shard of a large collection a document's questions are generated in: fixed by its key alone."""
    return int.from_bytes(hashlib.sha256(doc_key.encode()).digest()[:8], "big") % QUESTION_SHARDS


def _sharded_questions(collection: str, docs: list[CleanDocument], events: list[Event], reuse: _Reuse,
                       known: _QuestionInput) -> CollectionQuestions:
    """A large collection's questions, one generator run per shard (each reused while its documents
    and their events are as before), then one fact, one question and one key across the shards."""
    shards: dict[int, list[CleanDocument]] = {}
    for doc in docs:
        shards.setdefault(question_shard(doc.doc_key), []).append(doc)
    # Shards are independent runs: with worker processes they are generated two (or more) at a time.
    pending: list[tuple[Future[CollectionQuestions] | CollectionQuestions, Callable[[CollectionQuestions], None] | None]]
    pending = []
    for shard, group in sorted(shards.items()):
        keys = {d.doc_key for d in group}
        own = [e for e in events if e.doc_key in keys]
        inputs = [f"shard {shard}/{QUESTION_SHARDS}", str(SHARD_SENTENCES), _events_digest(own),
                  *(f"{d.doc_key}:{known.fingerprints.get(d.doc_key, '')}" for d in group)]
        made, keep = reuse(collection, inputs)
        if made is not None:
            pending.append((made, None))
            continue
        sources = [known.sources[d.doc_key] for d in group]
        if known.pool.parallel:
            pending.append((known.pool.submit(_shard_questions, collection, group, own, sources, SHARD_SENTENCES,
                                              known.cache_folder), keep))
        else:
            pending.append((_shard_questions(collection, group, own, sources, SHARD_SENTENCES, known.cache_folder),
                            keep))
    parts: list[CollectionQuestions] = []
    for value, keep_new in pending:
        made = value.result() if isinstance(value, Future) else value
        if keep_new is not None:
            keep_new(made)
        parts.append(made)
    tally = Tally()
    for part in parts:
        _add_tally(tally, part.tally)
    return CollectionQuestions(_across_shards([q for part in parts for q in part.questions], tally), tally)


# What the generator reads of an event: all but its sources (the other documents that tell it too),
# which change whenever a document telling the same event comes or goes, in whatever shard.
_EVENT_FIELDS = tuple(f.name for f in fields(Event) if f.name != "sources")


def _events_digest(events: list[Event]) -> str:
    digest = hashlib.sha256()
    for event in events:
        digest.update(repr(tuple(getattr(event, name) for name in _EVENT_FIELDS)).encode())
    return digest.hexdigest()


def _shard_sample(passages: list[Passage], events: list[Event], budget: int) -> list[Passage]:
    """At most ``budget`` candidate sentences, in whole passages (a sentence keeps the paragraph that
    gives it its context): the passages with an explicitly dated event first, as the generator
    samples a huge corpus, then the others; each group evenly spread when it does not fit whole.
    Document order is kept.

    (Half the budget for dated passages, as the generator gives dated sentences, left 114 "when"
    questions on the 50 MB bench corpus against 239 unsharded: a dated passage holds undated
    sentences too. All of it, evenly spread, gives 168, and questions from 173 documents against
    136 unsharded.)"""
    body = [p for p in passages if p.kind == "body"]
    sizes = [_candidate_sentences(p) for p in body]
    if sum(sizes) <= budget:
        return body
    dated = {e.passage_key for e in events if e.certainty == "explicit"}
    chosen: list[int] = []
    for group in ([i for i, p in enumerate(body) if p.passage_key in dated],
                  [i for i, p in enumerate(body) if p.passage_key not in dated]):
        chosen.extend(_spread(group, sizes, budget - sum(sizes[i] for i in chosen)))
    return [body[i] for i in sorted(chosen)]


def _spread(group: list[int], sizes: list[int], room: int) -> list[int]:
    """Passages of ``group`` holding at most ``room`` sentences: all of them, or an even stride."""
    total = sum(sizes[i] for i in group)
    if total <= room:
        return group
    picks = max(1, int(room / (total / len(group))))
    out: list[int] = []
    for k in range(min(picks, len(group))):
        i = group[k * len(group) // picks]
        if sizes[i] <= room:
            out.append(i)
            room -= sizes[i]
    return out


def _across_shards(questions: list[Question], tally: Tally) -> list[Question]:
    """What one generator run does across all its sentences, done across the shards' questions: best
    first, one question per key, no two asking one fact (``same_fact`` against the questions kept with
    the same answer or the same source sentence), at most MAX_SOURCE_QUESTIONS "which source" ones."""
    kept: list[Question] = []
    keys: set[str] = set()
    by_answer: dict[str, list[Question]] = {}
    by_sentence: dict[str, list[Question]] = {}
    sources = 0
    repeats: list[str] = []
    extra: list[str] = []
    for q in sorted(questions, key=lambda q: (-q.quality, q.question_key)):
        if q.question_key in keys:
            continue
        same_answer = by_answer.setdefault(q.answer.casefold(), [])
        same_sentence = by_sentence.setdefault(q.explanation.casefold(), [])
        if any(same_fact(q, other) for other in (*same_answer[:50], *same_sentence)):
            repeats.append(q.prompt)
            continue
        if q.kind == "source":
            if sources >= MAX_SOURCE_QUESTIONS:
                extra.append(q.prompt)
                continue
            sources += 1
        kept.append(q)
        keys.add(q.question_key)
        same_answer.append(q)
        same_sentence.append(q)
    tally.drop_all(repeats, "asks a fact another question already asks")
    tally.drop_all(extra, f"more than {MAX_SOURCE_QUESTIONS} 'which source' questions in one collection")
    return kept


def _add_tally(into: Tally, part: Tally) -> None:
    """Count one collection's tally into the build's, as if its generator had counted there."""
    into.candidates.update(part.candidates)
    into.kept.update(part.kept)
    into.drops.update(part.drops)
    into.items.extend(part.items[:max(0, MAX_REJECTIONS_LISTED - len(into.items))])
    into.dropped_later += part.dropped_later


def _by_collection(docs: list[CleanDocument]) -> dict[str, list[CleanDocument]]:
    groups: dict[str, list[CleanDocument]] = {}
    for doc in docs:
        groups.setdefault(collection_of(doc.doc_key), []).append(doc)
    return groups


# --- the build ----------------------------------------------------------------------------

class _Progress:
    def __init__(self, total: int, enabled: bool) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.enabled = enabled
        self._last = -1

    def advance(self, amount: int, label: str) -> None:
        self.done += amount
        if not self.enabled:
            return
        percent = min(100, self.done * 100 // self.total)
        if percent != self._last:
            self._last = percent
            bar = "#" * (percent // 4)
            sys.stderr.write(f"\r{label:<9} [{bar:<25}] {percent:3d}%")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _total_bytes(folder: Path) -> int:
    total = 0
    for path, _ in document_paths(folder):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def build_store(documents_dir: Path, questions_dir: Path, out_path: Path, *, progress: bool = False,
                cache_dir: Path | None = None, workers: int | None = None) -> BuildReport:
    """Build the whole store into a temp file next to ``out_path`` and swap it in atomically.

    ``cache_dir`` keeps each document's cleaned text, passages and events between builds (see
    ``bot.build_cache``): only new or changed documents are processed again. Without it the build
    starts from nothing. ``workers`` processes share the per-document work (default: one per core,
    at most ``MAX_WORKERS``; a small job stays in this process). The result is the same either way.

    Raises only on a failure to write the store itself (then the previous store is untouched);
    every problem with a document or question list ends up in the report instead.
    """
    # The build allocates millions of small objects and frees nothing until the end, which is the
    # worst case for the cyclic GC (repeated full scans of a growing heap): ~30% of build time.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        if cache_dir is not None:
            return _build_store(documents_dir, questions_dir, out_path, BuildCache(cache_dir), progress=progress,
                                workers=workers, prune=True)
        # Without a cache, the first pass still hands its results to the second through files:
        # a scratch folder beside the store (not /tmp, which may be memory).
        out_path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".build-", dir=out_path.parent) as scratch:
            return _build_store(documents_dir, questions_dir, out_path, BuildCache(Path(scratch)),
                                progress=progress, workers=workers, prune=False)
    finally:
        if gc_was_enabled:
            gc.enable()


# --- one document: read, clean, sketch, passages, events (in a worker process or inline) ---------

MAX_WORKERS = 4
IN_FLIGHT = 4  # documents queued per worker: enough to keep them busy, few enough to keep memory flat
_T = TypeVar("_T")
PARALLEL_BYTES = 1024 * 1024  # below this much new text, starting worker processes costs more than it saves
# Above this share of documents changed, writing a new store is cheaper than copying and editing the old one.
UPDATE_SHARE = 0.5


@dataclass
class _File:
    path: Path
    doc_key: str
    key: str  # its cache entry


def _document_files(folder: Path, pipeline: str) -> Iterator[_File]:
    """The files ``iter_documents`` reads, in its order, with their cache keys (it reads each file
    itself; the build hands them to worker processes instead)."""
    for path, doc_key in document_files(folder):
        yield _File(path, doc_key, entry_key(doc_key, _content_digest(path), pipeline))


def _content_digest(path: Path) -> str:
    """The document's bytes and those of a metadata file beside it (``name.pdf.yaml``)."""
    digest = hashlib.sha256()
    for part in (path, *(path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES)):
        try:
            with part.open("rb") as handle:
                digest.update(f"\x1e{part.name}\x1f".encode())
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        except FileNotFoundError:
            continue
        except OSError:
            digest.update(b"<unreadable>")
    return digest.hexdigest()


def _run_pipeline(path: Path, doc_key: str) -> tuple[DocumentSummary, DocumentWork | None]:
    """Everything the build does to one document on its own; the cross-document steps come later."""
    item = read_document(path, doc_key)
    if isinstance(item, Skipped):
        return DocumentSummary(doc_key, skipped_reason=item.reason), None
    summary = DocumentSummary(doc_key, warnings=list(item.warnings))
    try:
        doc = clean_document(item)
    except Exception as exc:  # a cleaning bug on one odd file must not stop the others
        log.exception("cleaning failed for %s", doc_key)
        summary.skipped_reason = f"could not be cleaned ({exc.__class__.__name__})"
        return summary, None
    del item
    if not any(p.kind == "body" for p in doc.paragraphs):
        summary.warnings.append("no body text found (only headings, captions or references)")
    # Ordinal 0 for all: find_duplicates breaks quality ties by list order (a stable sort), and the
    # build lists sketches in document order, so the entry stays valid when documents come and go.
    summary.sketch = sketch(doc, 0)
    summary.chars = len(doc.clean_text)
    doc.raw_sha256 = _with_sidecars(path, doc.raw_sha256)
    summary.meta, summary.raw_sha256 = doc.meta, doc.raw_sha256
    passages = make_passages(doc)
    # Judged once, here in a worker: a random quote looks the stored verdict up. At most QUOTE_SAMPLE
    # body passages a document, evenly spread, are judged (a book's quotes come from 40 of its pages):
    # judging all of them cost 36 s of CPU at 50 MB, a third of the first pass.
    body = [p for p in passages if p.kind == "body"]
    step = max(1.0, len(body) / QUOTE_SAMPLE)
    for i in sorted({int(k * step) for k in range(min(len(body), QUOTE_SAMPLE))}):
        body[i].readable = readable_passage(body[i].text, body[i].sentences)
    # Two objects per document, not three per passage: ~90,000 small objects at 50 MB would stay
    # scattered over the heap the question step later grows into.
    summary.passage_keys = "\n".join(p.passage_key for p in passages)
    summary.digests = b"".join(passage_digest(p.text) for p in passages)
    summary.sentences = array("I", (_candidate_sentences(p) for p in passages)).tobytes()
    try:
        return summary, DocumentWork(doc, passages, extract_events(doc, passages))
    except Exception as exc:  # one document's bad luck must not stop the build
        log.exception("event extraction failed for %s", doc_key)
        return summary, DocumentWork(doc, passages, [], event_failure=exc.__class__.__name__)


def _candidate_sentences(passage: Passage) -> int:
    """The sentences the question generator takes from a live passage (a body passage without
    sentence spans is one sentence to it)."""
    return max(1, len(passage.sentences)) if passage.kind == "body" else 0


def _with_sidecars(path: Path, raw_sha256: str) -> str:
    """The document's hash, covering its metadata file too (``name.pdf.yaml``) as the cache key does:
    an edited sidecar is a changed document. Without one it is the hash of the file's bytes."""
    sidecars = [part for part in (path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES) if part.is_file()]
    if not sidecars:
        return raw_sha256
    digest = hashlib.sha256(raw_sha256.encode())
    for part in sidecars:
        digest.update(f"\x1e{part.name}\x1f".encode())
        with contextlib.suppress(OSError):
            digest.update(part.read_bytes())
    return digest.hexdigest()


def _process_document(file: _File, cache_folder: Path) -> DocumentSummary:
    """A worker's job: run the pipeline on one document and leave the result in the cache."""
    summary, work = _run_pipeline(file.path, file.doc_key)
    if work is not None:
        BuildCache(cache_folder).store(file.key, summary, work)
    del work
    gc.collect()  # the worker runs with the cyclic GC off (see _worker_start); one sweep per document
    return summary


def _worker_start() -> None:
    gc.disable()
    # The modules and tables imported so far live as long as the worker: out of every later sweep,
    # which then costs 0.1 ms per document instead of 14 ms.
    gc.freeze()


def _default_workers() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_WORKERS, cores))


# --- the build ----------------------------------------------------------------------------

def _build_store(documents_dir: Path, questions_dir: Path, out_path: Path, cache: BuildCache, *,
                 progress: bool, workers: int | None, prune: bool) -> BuildReport:
    began = time.perf_counter()
    report = BuildReport(out_path=out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    hash_now = corpus_hash(documents_dir, questions_dir)
    total_bytes = _total_bytes(documents_dir)
    report.megabytes = total_bytes / 1_048_576
    bar = _Progress(total_bytes * 2, progress)

    # Pass 1: each document on its own (read, clean, sketch, passages, events), from the cache or
    # in worker processes; only the small sketches come back here.
    pipeline = PIPELINE_VERSION + _pipeline_source_hash().hex()
    files = list(_document_files(documents_dir, pipeline))
    pool = _Workers(_worker_count(files, cache, workers))
    try:
        return _build_with(files, pool, questions_dir, out_path, cache, report, bar, hash_now, began,
                           pipeline=pipeline, prune=prune)
    finally:
        pool.close()


def _worker_count(files: list[_File], cache: BuildCache, workers: int | None) -> int:
    """One per core (at most MAX_WORKERS) when there is enough new text to be worth starting them."""
    if workers is not None:
        return max(1, workers)
    new_bytes = 0
    for file in files:
        if not cache.path(file.key).is_file():
            with contextlib.suppress(OSError):
                new_bytes += file.path.stat().st_size
    return _default_workers() if new_bytes >= PARALLEL_BYTES else 1


def _build_with(files: list[_File], pool: _Workers, questions_dir: Path, out_path: Path, cache: BuildCache,
                report: BuildReport, bar: _Progress, hash_now: str, began: float, *, pipeline: str,
                prune: bool) -> BuildReport:
    documents, sketches = _first_pass(files, cache, pool, report, bar)
    report.timings["read+clean+passages+events"] = time.perf_counter() - began
    mark = time.perf_counter()
    steps = _CollectionSteps(cache, pipeline)
    duplicates = _duplicates(documents, sketches, steps)
    del sketches
    for _, summary in documents:
        if summary.doc_key in duplicates:
            canonical, similarity = duplicates[summary.doc_key]
            report.duplicates.append((summary.doc_key, canonical, similarity or 0.0))
    rows = _plan(documents, duplicates)
    report.timings["duplicates"] = time.perf_counter() - mark
    report.documents = len(documents)

    fd, tmp_name = tempfile.mkstemp(prefix=".content-", suffix=".building", dir=out_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        previous = _previous_rows(out_path, pipeline, rows)
        if previous is not None:
            shutil.copyfile(out_path, tmp)
        rejected, skipped = len(report.rejected), len(report.skipped)
        try:
            _write_file(tmp, rows, previous, cache, pool, questions_dir, report, bar, hash_now, steps)
        except sqlite3.DatabaseError:
            if previous is None:
                raise
            # The live store is not what its meta says (damaged, or edited by hand): write a new one.
            log.exception("updating the content store %s failed; writing it from nothing", out_path)
            del report.rejected[rejected:], report.skipped[skipped:]
            report.question_tally, report.incremental = Tally(), None
            tmp.unlink()
            _write_file(tmp, rows, None, cache, pool, questions_dir, report, bar, hash_now, steps)
        os.replace(tmp, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        bar.finish()
    if prune:
        cache.prune({file.key for file, _ in documents} | steps.used)
    report.seconds = time.perf_counter() - began
    return report


@dataclass
class _Sketch:
    """A duplicate sketch with its shingles in one array: a third of a frozenset's memory, in one
    block (tens of thousands of int objects per document would stay scattered over the heap that
    the question step later needs, and a 50 MB build would peak ~40 MiB higher)."""

    doc_key: str
    shingles: array[int]
    quality: tuple[bool, bool, int, int, int, int]
    ordinal: int

    @classmethod
    def of(cls, sketch: DocSketch) -> _Sketch:
        return cls(sketch.doc_key, array("q", sketch.shingles), sketch.quality, sketch.ordinal)

    def sketch(self) -> DocSketch:
        # The array as it is: find_duplicates counts and walks the shingles, and building 469
        # frozensets of them took a third of its time at 50 MB.
        return DocSketch(self.doc_key, self.shingles, self.quality, self.ordinal)


def _duplicates(documents: list[tuple[_File, DocumentSummary]], sketches: dict[str, _Sketch],
                steps: _CollectionSteps) -> dict[str, tuple[str, float]]:
    """doc_key -> (canonical, containment) for every near-duplicate document, within each collection
    (a copy in another server's collection is that server's); a collection whose documents are all
    as before keeps its answer from the cache."""
    groups: dict[str, list[tuple[str, _Sketch]]] = {}
    for file, summary in documents:
        if (found_sketch := sketches.get(summary.doc_key)) is not None:
            groups.setdefault(collection_of(summary.doc_key), []).append((file.key, found_sketch))
    duplicates: dict[str, tuple[str, float]] = {}
    for collection, group in sorted(groups.items()):
        key = steps.key("duplicates", collection, [entry for entry, _ in group])
        found = steps.cache.collection(key, CollectionDuplicates)
        if found is None:
            found = CollectionDuplicates(find_duplicates([sketch.sketch() for _, sketch in group]))
            steps.cache.store_collection(key, found)
        duplicates.update(found.duplicates)
    return duplicates


@dataclass
class _Row:
    """One document's place in the new store: its cache entry and what other documents decide about it."""

    file: _File
    summary: DocumentSummary
    duplicate_of: str | None  # a near-duplicate document: stored without passages or events
    similarity: float | None
    hidden: dict[int, str]  # passage index -> the passage_key of its first occurrence in an earlier document
    passages: int  # all of them, hidden ones too
    sentences: int = 0  # candidate sentences of its live passages (what the question step samples from)
    fingerprint: str = ""  # changes exactly when the document's own rows (document, passages) change

    @property
    def doc_key(self) -> str:
        return self.summary.doc_key

    @property
    def variant(self) -> str:
        return ",".join(str(i) for i in self.hidden)


def _plan(documents: list[tuple[_File, DocumentSummary]], duplicates: dict[str, tuple[str, float]]) -> list[_Row]:
    """Each document's duplicate status and hidden passages, decided from the cached digests alone."""
    dedupers: dict[str, PassageDeduper] = {}  # one per collection, like the documents
    rows: list[_Row] = []
    for file, summary in documents:
        duplicate_of, similarity = duplicates.get(summary.doc_key, (None, None))
        hidden: dict[int, str] = {}
        keys = summary.passage_keys.split("\n") if summary.passage_keys else []
        if duplicate_of is None:
            deduper = dedupers.setdefault(collection_of(summary.doc_key), PassageDeduper())
            for i, passage_key in enumerate(keys):
                digest = summary.digests[i * DIGEST_SIZE:(i + 1) * DIGEST_SIZE]
                if (first := deduper.first_of(passage_key, digest)) is not None:
                    hidden[i] = first
        row = _Row(file, summary, duplicate_of, similarity, hidden, len(keys))
        if duplicate_of is None:
            counts = array("I", summary.sentences)
            row.sentences = sum(n for i, n in enumerate(counts) if i not in hidden)
        summary.passage_keys, summary.digests, summary.sentences = "", b"", b""  # not needed again
        row.fingerprint = hashlib.sha256(json.dumps(
            [file.key, duplicate_of, similarity, sorted(hidden.items())]).encode()).hexdigest()[:32]
        rows.append(row)
    return rows


class _CollectionSteps:
    """Cache keys of the collection-wide steps' results, and the ones this build used (to keep)."""

    def __init__(self, cache: BuildCache, pipeline: str) -> None:
        self.cache = cache
        self.pipeline = pipeline
        self.used: set[str] = set()

    def key(self, step: str, collection: str, inputs: list[str]) -> str:
        key = hashlib.sha256(json.dumps([self.pipeline, step, collection, inputs]).encode()).hexdigest()[:40]
        self.used.add(key)
        return key


def _previous_rows(out_path: Path, pipeline: str, rows: list[_Row]) -> dict[str, str] | None:
    """The live store's documents (doc_key -> fingerprint) when updating it is cheaper than a new one.

    Only a store written by this pipeline and schema qualifies, and only when at most UPDATE_SHARE of
    its documents' rows change; otherwise (or when it cannot be read) the store is written from nothing.
    """
    if not out_path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{out_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
        if (meta.get("schema_version"), meta.get("pipeline_version"), meta.get("pipeline")) != (
                str(SCHEMA_VERSION), PIPELINE_VERSION, pipeline):
            return None
        previous = json.loads(meta.get("document_rows", "null"))
    except (sqlite3.Error, ValueError):
        return None
    if not isinstance(previous, dict):
        return None
    changed = sum(1 for row in rows if previous.get(row.doc_key) != row.fingerprint)
    removed = len(previous.keys() - {row.doc_key for row in rows})
    return previous if changed + removed <= UPDATE_SHARE * len(previous) else None


class _Workers:
    """Worker processes for per-document jobs, started on first use; inline when not worth it."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._pool: ProcessPoolExecutor | None = None

    @property
    def parallel(self) -> bool:
        return self.count > 1

    def submit(self, fn: Callable[..., _T], *args: object) -> Future[_T]:
        if self._pool is None:
            # "spawn", not fork: the bot calls the build from a thread while its event loop runs.
            self._pool = ProcessPoolExecutor(max_workers=self.count, mp_context=get_context("spawn"),
                                             initializer=_worker_start)
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def _first_pass(files: list[_File], cache: BuildCache, workers: _Workers, report: BuildReport,
                bar: _Progress) -> tuple[list[tuple[_File, DocumentSummary]], dict[str, _Sketch]]:
    """Every readable document's summary, in document order, and its duplicate sketch (compact);
    skipped files go to the report.

    Cache misses go to the worker processes, a bounded number of documents in flight, so memory
    stays flat however large the corpus.
    """
    window: deque[tuple[_File, Future[DocumentSummary] | DocumentSummary]] = deque()
    documents: list[tuple[_File, DocumentSummary]] = []
    sketches: dict[str, _Sketch] = {}

    def settle() -> None:
        file, pending = window.popleft()
        summary = pending.result() if isinstance(pending, Future) else pending
        if summary.sketch is not None:
            sketches[summary.doc_key] = _Sketch.of(summary.sketch)
            summary.sketch = None
        report.warnings.extend((summary.doc_key, w) for w in summary.warnings)
        with contextlib.suppress(OSError):
            bar.advance(file.path.stat().st_size, "reading")
        if summary.skipped_reason is not None:
            report.skipped.append(Skipped(summary.doc_key, summary.skipped_reason))
        else:
            documents.append((file, summary))

    for file in files:
        if (hit := cache.summary(file.key)) is not None:
            window.append((file, hit))
        elif workers.parallel:
            window.append((file, workers.submit(_process_document, file, cache.folder)))
        else:
            window.append((file, _process_document(file, cache.folder)))
        while len(window) > IN_FLIGHT * workers.count:
            settle()
    while window:
        settle()
    return documents, sketches


def _write_file(path: Path, rows: list[_Row], previous: dict[str, str] | None, cache: BuildCache, pool: _Workers,
                questions_dir: Path, report: BuildReport, bar: _Progress, hash_now: str,
                steps: _CollectionSteps) -> None:
    writer = ContentWriter(path)
    try:
        _write(writer, rows, previous, cache, pool, questions_dir, report, bar, hash_now, steps)
    finally:
        writer.close()


def _write(writer: ContentWriter, rows: list[_Row], previous: dict[str, str] | None, cache: BuildCache,
           pool: _Workers, questions_dir: Path, report: BuildReport, bar: _Progress, hash_now: str,
           steps: _CollectionSteps) -> None:
    """Write the documents' own rows (all of them, or only those that changed since ``previous``),
    then everything that crosses documents (events, questions, yield, report) from nothing, each
    collection's from the cache when none of its documents changed."""
    mark = time.perf_counter()
    # A collection's events and questions are made from its documents as stored (their fingerprints, in order).
    inputs: dict[str, list[str]] = {}
    for row in rows:
        inputs.setdefault(collection_of(row.doc_key), []).append(f"{row.doc_key}:{row.fingerprint}")
    planned = len(rows)
    event_keys = {collection: steps.key("events", collection, parts) for collection, parts in inputs.items()}
    reused_events = {collection: found for collection, key in event_keys.items()
                     if (found := cache.collection(key, CollectionEvents)) is not None}
    current = {row.doc_key for row in rows}
    indexed: dict[str, dict[str, str]] = {}
    if previous is None:
        writer.begin()
        changed = rows
    else:
        indexed = writer.begin_update()
        changed = [row for row in rows if previous.get(row.doc_key) != row.fingerprint]
        rewritten = {row.doc_key for row in changed}
        writer.remove_documents([key for key in previous if key not in current or key in rewritten])
        report.incremental = (len(changed), len(previous.keys() - current))
        writer.set_ordinals((row.doc_key, ordinal) for ordinal, row in enumerate(rows))
    # (A collection kept whole keeps its merge by year too, for the next update.)
    by_year = {collection: steps.key("events by year", collection, []) for collection in inputs}
    latest = {collection: prior for collection, key in by_year.items() if collection not in reused_events
              and (prior := cache.collection(key, CollectionYears)) is not None
              and sum(1 for row in rows if collection_of(row.doc_key) == collection and row.duplicate_of is None
                      and _ident(row) not in prior.docs) <= MAX_FRESH}
    rows, merged = _write_documents(writer, rows, changed, cache, pool, report, bar, reused_events, latest)
    report.passages = sum(r.passages - len(r.hidden) for r in rows if r.duplicate_of is None)
    report.duplicate_passages = sum(len(r.hidden) for r in rows if r.duplicate_of is None)
    events, events_per_doc = merged.sorted(), merged.per_doc()
    report.timings["events"] = merged.seconds
    report.timings["passages+index"] = time.perf_counter() - mark - merged.seconds
    if bar.enabled:
        sys.stderr.write("\rgenerating questions…" + " " * 30)
        sys.stderr.flush()
    mark = time.perf_counter()
    writer.add_events(events)
    report.events = len(events)
    # Question lists check their quotes against the whole text of a document; nothing else
    # after this step needs it, so without lists it is not kept.
    keep_text = questions_dir.is_dir() and any(True for _ in document_paths(questions_dir))
    texts = writer.clean_texts() if keep_text else {}
    canonical = [CleanDocument(r.doc_key, r.summary.meta or DocMeta(title=r.doc_key), r.summary.raw_sha256,
                               texts.get(r.doc_key, ""), []) for r in rows if r.duplicate_of is None]
    del texts

    shard_keys: dict[str, list[str]] = {}

    def reuse(collection: str, shard: list[str] | None) -> tuple[CollectionQuestions | None,
                                                                   Callable[[CollectionQuestions], None]]:
        key = steps.key("questions", collection, [str(keep_text), *(inputs.get(collection, []) if shard is None
                                                                      else shard)])
        found = cache.collection(key, CollectionQuestions)
        if shard is not None:
            shard_keys.setdefault(collection, []).append(key)
            return found, functools.partial(cache.store_collection, key)
        if found is not None:
            steps.used.update(found.shards)  # kept for the next update, which generates one of them again

        def keep(made: CollectionQuestions) -> None:
            made.shards = shard_keys.get(collection, [])
            cache.store_collection(key, made)

        return found, keep

    canonical_rows = {row.doc_key: row for row in rows if row.duplicate_of is None}
    known = _QuestionInput({k: row.sentences for k, row in canonical_rows.items()},
                           {k: row.fingerprint for k, row in canonical_rows.items()},
                           {k: _Source(row.file, frozenset(row.hidden)) for k, row in canonical_rows.items()},
                           cache.folder, pool)

    every: list[Passage] | None = None

    def passages(collection: str | None) -> list[Passage]:
        nonlocal every
        if collection is None or keep_text:  # the lists read every passage: read them once
            every = writer.live_passages() if every is None else every
            return every if collection is None else [p for p in every if collection_of(p.doc_key) == collection]
        return writer.live_passages(collection)

    questions = _kept_questions(canonical, passages, events, questions_dir, report, reuse, known)
    every = None
    writer.add_questions(questions)
    report.questions = Counter(q.kind for q in questions)
    per_doc = Counter(q.doc_key for q in questions if q.doc_key)
    writer.set_yield((row.doc_key, events_per_doc[row.doc_key], per_doc[row.doc_key]) for row in rows)
    writer.add_build_report(report.rejected, ((s.path, s.reason) for s in report.skipped))
    report.timings["questions"] = time.perf_counter() - mark
    mark = time.perf_counter()
    report.build_id = hash_now[:16]
    entities = writer.finish({
        "build_id": report.build_id,
        "corpus_hash": hash_now,
        "pipeline_version": PIPELINE_VERSION,
        "pipeline": steps.pipeline,
        "schema_version": str(SCHEMA_VERSION),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sqlite_version": sqlite3.sqlite_version,
        "document_rows": json.dumps({row.doc_key: row.fingerprint for row in rows}, separators=(",", ":")),
    }, compact=previous is None, known_entities=_known_entities(reused_events, indexed, changed, events))
    if len(rows) == planned:  # (a document that vanished meanwhile is in the keys: keep nothing under them)
        for collection, made in merged.made.items():
            made.entities = {e.event_key: entities[e.event_key] for e in made.events}
            cache.store_collection(event_keys[collection], made)
            cache.store_collection(by_year[collection], merged.years[collection])
    report.timings["finish"] = time.perf_counter() - mark


def _known_entities(reused: dict[str, CollectionEvents], indexed: dict[str, dict[str, str]], changed: list[_Row],
                    events: list[Event]) -> dict[str, str]:
    """The entities of events indexed before: those of collections kept from the cache, and in an
    update those of every document whose rows were kept and whose events are the very ones it had
    (its events' full names come from its own passages: neither changed, so neither did they)."""
    known = {k: v for found in reused.values() for k, v in found.entities.items()}
    if indexed:
        rewritten = {row.doc_key for row in changed}
        now: dict[str, set[str]] = {}
        for event in events:
            now.setdefault(event.doc_key, set()).add(event.event_key)
        for doc_key, before in indexed.items():
            if doc_key not in rewritten and now.get(doc_key) == before.keys():
                known.update(before)
    return known


_Pending = Future[LiveEvents] | LiveEvents | None  # None: a document kept from the live store


MAX_FRESH = 16  # documents new to a collection's last merge by year that an update holds in memory


def _ident(row: _Row) -> str:
    return f"{row.doc_key}:{row.fingerprint}"


def _digest(parts: list[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class _Events:
    """Every canonical document's events, merged in document order within each collection.

    The same event told by several documents of a collection is kept once, with its sources
    (never across collections: a server must not see another server's document as a source).
    Events merge only within their start year, so a collection with a last merge by year
    (``CollectionYears``) and few new documents merges again only the years whose documents
    changed; the others' events come from that merge, and documents with events in no such
    year are not even read.
    """

    def __init__(self, cache: BuildCache, report: BuildReport, reused: dict[str, CollectionEvents],
                 latest: dict[str, CollectionYears]) -> None:
        self.cache = cache
        self.report = report
        self.reused = reused  # collections whose documents are as before: their events from the cache
        self.latest = latest  # collections updated year by year from their last merge
        self.held: dict[str, list[tuple[_Row, LiveEvents | None]]] = {}  # theirs, in order (None: as before)
        self.mergers: dict[str, EventMerger] = {}
        self.listed: dict[str, list[tuple[str, tuple[int, ...], str | None]]] = {}  # (ident, years, failure)
        self.per_year: dict[str, dict[int, dict[str, int]]] = {}
        self.made: dict[str, CollectionEvents] = {}  # the other collections'
        self.years: dict[str, CollectionYears] = {}  # every made collection's merge by year, to keep
        self.seconds = 0.0

    def add(self, row: _Row, pending: _Pending) -> None:
        mark = time.perf_counter()
        collection = collection_of(row.doc_key)
        if (reused := self.reused.get(collection)) is not None:
            if (failure := reused.failures.get(row.doc_key)) is not None:
                self.report.rejected.append(("events", row.doc_key, f"event extraction failed ({failure})"))
            return
        value = pending.result() if isinstance(pending, Future) else pending
        if (latest := self.latest.get(collection)) is not None:
            # Only the few new documents' events stay in memory; the others are read again if needed.
            fresh = _ident(row) not in latest.docs
            self.held.setdefault(collection, []).append(
                (row, (value or _cached_events(row, self.cache)) if fresh else None))
            self.seconds += time.perf_counter() - mark
            return
        if value is None:
            value = _cached_events(row, self.cache)
        made = self.made.setdefault(collection, CollectionEvents([], {}, {}))
        self.listed.setdefault(collection, []).append(
            (_ident(row), tuple(sorted({e.start_year for e in value.events})), value.failure))
        if value.failure is not None:
            made.failures[row.doc_key] = value.failure
            self.report.rejected.append(("events", row.doc_key, f"event extraction failed ({value.failure})"))
        merger = self.mergers.setdefault(collection, EventMerger(across_documents=True))
        per_year = self.per_year.setdefault(collection, {})
        for event in value.events:
            if collection != DEFAULT_COLLECTION:
                _scope_event(event, collection)
            if merger.add(event):
                made.per_doc[event.doc_key] = made.per_doc.get(event.doc_key, 0) + 1
                year = per_year.setdefault(event.start_year, {})
                year[event.doc_key] = year.get(event.doc_key, 0) + 1
        made.events = merger.events
        self.seconds += time.perf_counter() - mark

    def finish(self) -> None:
        """Merge the collections updated year by year; note every made collection's merge by year."""
        mark = time.perf_counter()
        for collection, listed in self.listed.items():
            merged: dict[int, list[Event]] = {}
            for event in self.made[collection].events:
                merged.setdefault(event.start_year, []).append(event)
            self.years[collection] = CollectionYears({ident: years for ident, years, _ in listed},
                                                     {ident: f for ident, _, f in listed if f is not None},
                                                     _year_inputs(listed), merged, self.per_year[collection])
        for collection, held in self.held.items():
            self._update(collection, self.latest[collection], held)
        self.seconds += time.perf_counter() - mark

    def _update(self, collection: str, latest: CollectionYears, held: list[tuple[_Row, LiveEvents | None]]) -> None:
        listed: list[tuple[str, tuple[int, ...], str | None]] = []
        made = CollectionEvents([], {}, {})
        for row, value in held:
            ident = _ident(row)
            if value is None:
                listed.append((ident, latest.docs[ident], latest.failures.get(ident)))
            else:
                listed.append((ident, tuple(sorted({e.start_year for e in value.events})), value.failure))
            if (failure := listed[-1][2]) is not None:
                made.failures[row.doc_key] = failure
                self.report.rejected.append(("events", row.doc_key, f"event extraction failed ({failure})"))
        inputs = _year_inputs(listed)
        again = {year for year, digest in inputs.items() if latest.inputs.get(year) != digest}
        merger = EventMerger(across_documents=True)
        per_year: dict[int, dict[str, int]] = {year: found for year, found in latest.per_doc.items()
                                               if year in inputs and year not in again}
        for (row, value), (_, years, _) in zip(held, listed, strict=True):
            if again.isdisjoint(years):
                continue
            for event in (value or _cached_events(row, self.cache)).events:
                if event.start_year not in again:
                    continue
                if collection != DEFAULT_COLLECTION:
                    _scope_event(event, collection)
                if merger.add(event):
                    year = per_year.setdefault(event.start_year, {})
                    year[event.doc_key] = year.get(event.doc_key, 0) + 1
        merged = {year: found for year, found in latest.events.items() if year in inputs and year not in again}
        for event in merger.events:
            merged.setdefault(event.start_year, []).append(event)
        made.events = [event for found in merged.values() for event in found]
        for counts in per_year.values():
            for doc_key, n in counts.items():
                made.per_doc[doc_key] = made.per_doc.get(doc_key, 0) + n
        self.made[collection] = made
        self.years[collection] = CollectionYears({ident: years for ident, years, _ in listed},
                                                 {ident: f for ident, _, f in listed if f is not None},
                                                 inputs, merged, per_year)

    def per_doc(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for found in (*self.reused.values(), *self.made.values()):
            counts.update(found.per_doc)
        return counts

    def sorted(self) -> list[Event]:
        return sorted((e for found in (*self.reused.values(), *self.made.values()) for e in found.events),
                      key=lambda e: (e.sort_key, e.doc_key, e.event_key))


def _year_inputs(listed: list[tuple[str, tuple[int, ...], str | None]]) -> dict[int, str]:
    """year -> a digest of the documents (in order) with events in it."""
    docs: dict[int, list[str]] = {}
    for ident, years, _ in listed:
        for year in years:
            docs.setdefault(year, []).append(ident)
    return {year: _digest(found) for year, found in docs.items()}


def _write_documents(writer: ContentWriter, rows: list[_Row], changed: list[_Row], cache: BuildCache,
                     pool: _Workers, report: BuildReport, bar: _Progress,
                     reused: dict[str, CollectionEvents], latest: dict[str, CollectionYears],
                     ) -> tuple[list[_Row], _Events]:
    """Store each changed document and its passages, and merge every canonical document's events,
    a few documents in memory at a time; return the rows stored (without documents that vanished
    meanwhile) and the events.

    A changed document whose passages are partly hidden has its events extracted again from the
    others (in a worker); every other document's events come with its entry or from the cache.
    """
    events = _Events(cache, report, reused, latest)
    stored: list[_Row] = []
    window: deque[tuple[_Row, _Pending]] = deque()
    changed_keys = {row.doc_key for row in changed}
    for ordinal, row in enumerate(rows):
        pending: _Pending = None
        if row.doc_key in changed_keys:
            work = cache.work(row.file.key)
            if work is None:  # the entry vanished or broke since the first pass: redo the document here
                work = _run_pipeline(row.file.path, row.file.doc_key)[1]
                if work is None:
                    report.skipped.append(Skipped(row.doc_key, "changed or removed while the build was running"))
                    continue
            doc = work.doc
            doc.duplicate_of, doc.similarity = row.duplicate_of, row.similarity
            passages = work.passages if row.duplicate_of is None else []
            for i, passage_key in row.hidden.items():
                passages[i].duplicate_of = passage_key
            writer.add_document(doc, ordinal, passages)
            bar.advance(len(doc.clean_text), "indexing")
            pending = LiveEvents(work.events, work.event_failure)
            if row.hidden and row.duplicate_of is None and collection_of(row.doc_key) not in reused:
                pending = cache.live_events(row.file.key, row.variant)
                if pending is None:
                    live = [p for p in passages if p.duplicate_of is None]
                    pending = (pool.submit(_live_events, row.file.key, row.variant, doc, live, cache.folder)
                               if pool.parallel else _live_events(row.file.key, row.variant, doc, live, cache.folder))
            del work
        stored.append(row)
        if row.duplicate_of is None:
            window.append((row, pending))
        while len(window) > IN_FLIGHT * pool.count:
            events.add(*window.popleft())
    while window:
        events.add(*window.popleft())
    events.finish()
    return stored, events


def _cached_events(row: _Row, cache: BuildCache) -> LiveEvents:
    """The live events of a document whose rows this build kept: from the cache, else extracted again."""
    if not row.hidden:
        if (value := cache.events(row.file.key)) is not None:
            return value
    elif (value := cache.live_events(row.file.key, row.variant)) is not None:
        return value
    work = cache.work(row.file.key) or _run_pipeline(row.file.path, row.file.doc_key)[1]
    if work is None:
        return LiveEvents([], "DocumentGone")
    if not row.hidden:
        return LiveEvents(work.events, work.event_failure)
    live = [p for i, p in enumerate(work.passages) if i not in row.hidden]
    return _live_events(row.file.key, row.variant, work.doc, live, cache.folder)


def scoped_key(key: str, collection: str) -> str:
    """A content-derived key made unique to its collection.

    Keys come from the text alone, so the same sentence in two collections would give one event
    (or question) key, kept by whichever collection came first and missing from the other. The
    default collection's keys stay as they always were (scores and reports keep pointing at them);
    every other collection's are hashed with the collection's name, as stable as the text itself.
    """
    if collection == DEFAULT_COLLECTION:
        return key
    return make_key(key[0], collection, key)


def _scope_event(event: Event, collection: str) -> None:
    event.event_key = scoped_key(event.event_key, collection)
    event.sources = [replace(s, event_key=scoped_key(s.event_key, collection)) for s in event.sources]


def _live_events(key: str, variant: str, doc: CleanDocument, live: list[Passage], cache_folder: Path) -> LiveEvents:
    """Events from the live passages only (a worker's job), kept in the cache for the next build."""
    try:
        value = LiveEvents(extract_events(doc, live))
    except Exception as exc:  # one document's bad luck must not stop the build
        log.exception("event extraction failed for %s", doc.doc_key)
        value = LiveEvents([], exc.__class__.__name__)
    BuildCache(cache_folder).store_live_events(key, variant, value)
    return value


def _kept_questions(canonical: list[CleanDocument], passages: Callable[[str | None], list[Passage]],
                    events: list[Event], questions_dir: Path, report: BuildReport,
                    reuse: _Reuse, known: _QuestionInput) -> list[Question]:
    """Generated and hand-written questions, one per key, without the malformed ones."""
    questions: dict[str, Question] = {}
    for q in _generate_questions(canonical, passages, events, questions_dir, report, reuse, known):
        if q.question_key in questions:
            continue
        if not q.prompt or not q.answer or q.answer in q.distractors:
            report.rejected.append(("store", q.prompt[:80], "empty prompt/answer or a distractor equals the answer"))
            continue
        questions[q.question_key] = q
    return list(questions.values())


def cli_build(settings: Settings, force: bool, quiet: bool) -> int:
    """``python -m bot build``: print the summary; 0 on success, 1 if nothing could be built."""
    if not force and not store_is_stale(settings):
        print(f"The content store {settings.content_path} is up to date (use --force to rebuild).")
        return 0
    show_bar = (not quiet and sys.stderr.isatty()
                and _total_bytes(settings.documents_dir) > PROGRESS_BYTES)
    try:
        report = build_store(settings.documents_dir, settings.questions_dir, settings.content_path,
                             progress=show_bar, cache_dir=build_cache_dir(settings))
    except (OSError, sqlite3.Error) as exc:
        print(f"The content store could not be written to {settings.content_path}: {exc}", file=sys.stderr)
        return 1
    print(report.format(details=not quiet))
    if report.documents == 0:
        print(f"No readable .txt or .md documents in {settings.documents_dir}: add some and build again.",
              file=sys.stderr)
        return 1
    return 0

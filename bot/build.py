"""The build: documents folder -> content store (SQLite + FTS5), swapped in atomically.

Pass 1 reads and cleans each document once (streaming, one file at a time) and keeps a small
shingle sketch; duplicates are decided on the sketches; pass 2 cuts canonical documents into
passages, extracts events and streams rows into a temporary database, which finally replaces
the live store with ``os.replace`` (readers never see a half-written file).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import logging
import os
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot import corpus
from bot.corpus.clean import clean_document
from bot.corpus.collections import collection_of
from bot.corpus.dates import extract_events
from bot.corpus.dedupe import PassageDeduper, find_duplicates, sketch
from bot.corpus.events import EventMerger
from bot.corpus.model import CleanDocument, Event, Passage, Question
from bot.corpus.passages import make_passages
from bot.corpus.qlists import load_question_lists
from bot.corpus.questions import generate_questions
from bot.corpus.readers import Skipped, document_paths, iter_documents
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
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (stage, item, reason)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (doc_key, message)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for benchmarks
    megabytes: float = 0.0
    build_id: str = ""
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
                if stage != "list":
                    lines.append(f"  [{stage}] {reason}: {n}")
        lines.append(f"Built in {self.seconds:.2f} s ({self.megabytes:.1f} MB of text).")
        return "\n".join(lines)


# --- change detection ---------------------------------------------------------------------

def pipeline_sources() -> list[Path]:
    """The code whose output the store holds: bot/corpus/, this module, the store's schema and writer.

    Nothing else (benchmarks, tests, the Discord side) feeds the corpus hash, so changing it does
    not rebuild every installed store.
    """
    return [*sorted(Path(corpus.__file__).parent.rglob("*.py")), Path(__file__),
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


def ensure_store(settings: Settings) -> BuildReport | None:
    """Rebuild when the store is missing or the documents changed; None when it was current."""
    if not store_is_stale(settings):
        return None
    return build_store(settings.documents_dir, settings.questions_dir, settings.content_path)


# --- events and questions -----------------------------------------------------------------
# One generator's failure is reported and the build goes on without its output.

def _extract_events(doc: CleanDocument, passages: list[Passage], report: BuildReport) -> list[Event]:
    try:
        return extract_events(doc, passages)
    except Exception as exc:  # one document's bad luck must not stop the build
        log.exception("event extraction failed for %s", doc.doc_key)
        report.rejected.append(("events", doc.doc_key, f"event extraction failed ({exc.__class__.__name__})"))
        return []


def _generate_questions(docs: list[CleanDocument], passages: list[Passage], events: list[Event],
                        questions_dir: Path, report: BuildReport) -> list[Question]:
    questions: list[Question] = []
    try:
        # Within each collection: a question (its distractors, a "which source" choice) must never
        # show one server another server's documents.
        for collection, group in _by_collection(docs).items():
            made, rejections = generate_questions(
                group, [p for p in passages if collection_of(p.doc_key) == collection],
                [e for e in events if collection_of(e.doc_key) == collection])
            questions.extend(made)
            report.rejected.extend(("questions", item, reason) for item, reason in rejections)
    except Exception as exc:
        log.exception("question generation failed")
        report.rejected.append(("questions", "*", f"question generation failed ({exc.__class__.__name__})"))
    if questions_dir.is_dir():
        try:
            made, rejections = load_question_lists(questions_dir, docs, passages)
            questions.extend(made)
            # A list rejection's message already names its file and question: keep it once.
            report.rejected.extend(("list", item, reason.removeprefix(f"{item}: ")) for item, reason in rejections)
        except Exception as exc:
            log.exception("question lists failed")
            report.rejected.append(("list", str(questions_dir), f"could not be read ({exc.__class__.__name__})"))
    return questions


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


def build_store(documents_dir: Path, questions_dir: Path, out_path: Path, *,
                progress: bool = False) -> BuildReport:
    """Build the whole store into a temp file next to ``out_path`` and swap it in atomically.

    Raises only on a failure to write the store itself (then the previous store is untouched);
    every problem with a document or question list ends up in the report instead.
    """
    # The build allocates millions of small objects and frees nothing until the end, which is the
    # worst case for the cyclic GC (repeated full scans of a growing heap): ~30% of build time.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_store(documents_dir, questions_dir, out_path, progress=progress)
    finally:
        if gc_was_enabled:
            gc.enable()


def _build_store(documents_dir: Path, questions_dir: Path, out_path: Path, *, progress: bool) -> BuildReport:
    began = time.perf_counter()
    report = BuildReport(out_path=out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    hash_now = corpus_hash(documents_dir, questions_dir)
    total_bytes = _total_bytes(documents_dir)
    report.megabytes = total_bytes / 1_048_576
    bar = _Progress(total_bytes * 2, progress)

    # Pass 1: read, clean and sketch each document, one at a time.
    docs: list[CleanDocument] = []
    sketches = []
    for item in iter_documents(documents_dir):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        report.warnings.extend((item.doc_key, w) for w in item.warnings)
        size = len(item.text)
        try:
            doc = clean_document(item)
        except Exception as exc:  # a cleaning bug on one odd file must not stop the others
            log.exception("cleaning failed for %s", item.doc_key)
            report.skipped.append(Skipped(item.doc_key, f"could not be cleaned ({exc.__class__.__name__})"))
            continue
        del item
        if not any(p.kind == "body" for p in doc.paragraphs):
            report.warnings.append((doc.doc_key, "no body text found (only headings, captions or references)"))
        sketches.append(sketch(doc, len(docs)))
        docs.append(doc)
        bar.advance(size, "reading")
    report.timings["read+clean"] = time.perf_counter() - began
    mark = time.perf_counter()
    # Duplicates only within a collection: a copy in another server's collection is that server's.
    duplicates: dict[str, tuple[str, float]] = {}
    for collection in {collection_of(s.doc_key) for s in sketches}:
        duplicates.update(find_duplicates([s for s in sketches if collection_of(s.doc_key) == collection]))
    report.timings["duplicates"] = time.perf_counter() - mark
    del sketches
    for doc in docs:
        if doc.doc_key in duplicates:
            doc.duplicate_of, doc.similarity = duplicates[doc.doc_key]
            report.duplicates.append((doc.doc_key, doc.duplicate_of, doc.similarity or 0.0))
    report.documents = len(docs)

    fd, tmp_name = tempfile.mkstemp(prefix=".content-", suffix=".building", dir=out_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = ContentWriter(tmp)
        try:
            _write(writer, docs, questions_dir, report, bar, hash_now)
        finally:
            writer.close()
        os.replace(tmp, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        bar.finish()
    report.seconds = time.perf_counter() - began
    return report


def _write(writer: ContentWriter, docs: list[CleanDocument], questions_dir: Path,
           report: BuildReport, bar: _Progress, hash_now: str) -> None:
    writer.begin()
    indexed = _index_documents(writer, docs, report, bar)
    if bar.enabled:
        sys.stderr.write("\rgenerating questions…" + " " * 30)
        sys.stderr.flush()
    mark = time.perf_counter()
    writer.add_events(indexed.events)
    report.events = len(indexed.events)
    questions = _kept_questions(indexed, questions_dir, report)
    writer.add_questions(questions)
    report.questions = Counter(q.kind for q in questions)
    per_doc = Counter(q.doc_key for q in questions if q.doc_key)
    writer.set_yield((d.doc_key, indexed.events_per_doc[d.doc_key], per_doc[d.doc_key]) for d in docs)
    writer.add_build_report(report.rejected, ((s.path, s.reason) for s in report.skipped))
    report.timings["questions"] = time.perf_counter() - mark
    mark = time.perf_counter()
    report.build_id = hash_now[:16]
    writer.finish({
        "build_id": report.build_id,
        "corpus_hash": hash_now,
        "pipeline_version": PIPELINE_VERSION,
        "schema_version": str(SCHEMA_VERSION),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sqlite_version": sqlite3.sqlite_version,
    })
    report.timings["finish"] = time.perf_counter() - mark


@dataclass
class _Indexed:
    """What the passage step hands to the question step."""

    canonical: list[CleanDocument] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)  # live ones: not repeated elsewhere
    events: list[Event] = field(default_factory=list)  # in date order
    events_per_doc: Counter[str] = field(default_factory=Counter)


def _index_documents(writer: ContentWriter, docs: list[CleanDocument], report: BuildReport,
                     bar: _Progress) -> _Indexed:
    """Cut each canonical document into passages, store and index them, and extract its events."""
    indexed = _Indexed()
    dedupers: dict[str, PassageDeduper] = {}  # one per collection, like the documents
    # The same event told by several documents of a collection is kept once, with its sources
    # (never across collections: a server must not see another server's document as a source).
    mergers: dict[str, EventMerger] = {}
    kept_keys: set[str] = set()  # content-derived, so one sentence in two collections has one key
    spent_events = 0.0
    mark = time.perf_counter()
    for ordinal, doc in enumerate(docs):
        passages: list[Passage] = []
        if doc.duplicate_of is None:
            indexed.canonical.append(doc)
            passages = make_passages(doc)
            dedupers.setdefault(collection_of(doc.doc_key), PassageDeduper()).mark(passages)
            live = [p for p in passages if p.duplicate_of is None]
            report.passages += len(live)
            report.duplicate_passages += len(passages) - len(live)
            indexed.passages.extend(live)
            event_mark = time.perf_counter()
            merger = mergers.setdefault(collection_of(doc.doc_key), EventMerger(across_documents=True))
            for event in _extract_events(doc, live, report):
                if event.event_key in kept_keys:
                    continue  # kept already, here or in another collection (keys are unique in the store)
                if merger.add(event):
                    kept_keys.add(event.event_key)
                    indexed.events_per_doc[event.doc_key] += 1
            spent_events += time.perf_counter() - event_mark
        writer.add_document(doc, ordinal, passages)
        bar.advance(len(doc.clean_text), "indexing")
    indexed.events = sorted((e for m in mergers.values() for e in m.events),
                            key=lambda e: (e.sort_key, e.doc_key, e.event_key))
    report.timings["events"] = spent_events
    report.timings["passages+index"] = time.perf_counter() - mark - spent_events
    return indexed


def _kept_questions(indexed: _Indexed, questions_dir: Path, report: BuildReport) -> list[Question]:
    """Generated and hand-written questions, one per key, without the malformed ones."""
    questions: dict[str, Question] = {}
    for q in _generate_questions(indexed.canonical, indexed.passages, indexed.events, questions_dir, report):
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
                             progress=show_bar)
    except (OSError, sqlite3.Error) as exc:
        print(f"The content store could not be written to {settings.content_path}: {exc}", file=sys.stderr)
        return 1
    print(report.format(details=not quiet))
    if report.documents == 0:
        print(f"No readable .txt or .md documents in {settings.documents_dir}: add some and build again.",
              file=sys.stderr)
        return 1
    return 0

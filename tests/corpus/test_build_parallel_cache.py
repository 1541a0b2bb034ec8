"""The parallel, cached build makes exactly what the plain pipeline makes.

A reference build runs the pipeline stages one after another with every document in memory (the
build as it was before worker processes and the per-document cache). The real build must give the
same passages, events and questions, key for key and word for word: with one worker or two, from
nothing or from a cache, after documents are edited, added and removed, and with a broken cache.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from store_paths import DOCUMENTS, ESSAY, NEWS, PAPER, QUESTIONS

import bot.build as build_module
from bot.build import build_store
from bot.corpus.clean import clean_document
from bot.corpus.dates import extract_events
from bot.corpus.dedupe import PassageDeduper, find_duplicates, sketch
from bot.corpus.events import EventMerger
from bot.corpus.facts import without_repeats
from bot.corpus.model import CleanDocument, Passage, Question
from bot.corpus.passages import make_passages
from bot.corpus.qlists import load_question_lists
from bot.corpus.questions import generate_questions
from bot.corpus.readers import RawDocument, iter_documents


def reference_build(folder: Path, questions_dir: Path) -> dict[str, list]:
    """The pipeline's stages in their plain order, everything in memory."""
    docs: list[CleanDocument] = []
    for item in iter_documents(folder):
        if isinstance(item, RawDocument):
            docs.append(clean_document(item))
    duplicates = find_duplicates([sketch(doc, i) for i, doc in enumerate(docs)])
    deduper = PassageDeduper()
    canonical: list[CleanDocument] = []
    all_passages: list[Passage] = []
    live_passages: list[Passage] = []
    merger = EventMerger(across_documents=True)
    for doc in docs:
        doc.duplicate_of, doc.similarity = duplicates.get(doc.doc_key, (None, None))
        if doc.duplicate_of is not None:
            continue
        canonical.append(doc)
        passages = make_passages(doc)
        deduper.mark(passages)
        all_passages.extend(passages)
        live = [p for p in passages if p.duplicate_of is None]
        live_passages.extend(live)
        for event in extract_events(doc, live):
            merger.add(event)
    events = sorted(merger.events, key=lambda e: (e.sort_key, e.doc_key, e.event_key))
    made, _ = generate_questions(canonical, live_passages, events)
    listed, _ = load_question_lists(questions_dir, canonical, live_passages) if questions_dir.is_dir() else ([], [])
    made, _repeats = without_repeats(made, listed)  # one fact, one question: the list question wins
    questions: dict[str, Question] = {}
    for q in [*made, *listed]:
        if q.question_key not in questions and q.prompt and q.answer and q.answer not in q.distractors:
            questions[q.question_key] = q
    return {
        "documents": [(d.doc_key, d.meta.title, d.duplicate_of) for d in docs],
        "passages": sorted((p.passage_key, p.doc_key, p.text, p.duplicate_of) for p in all_passages),
        "events": [(e.event_key, e.passage_key, e.expr_text, e.start_year, e.summary) for e in events],
        "questions": [(q.question_key, q.kind, q.prompt, q.answer, q.distractors, q.passage_key)
                      for q in questions.values()],
    }


def stored(path: Path) -> dict[str, list]:
    """The same view of a built store."""
    import json

    con = sqlite3.connect(path)
    try:
        return {
            "documents": con.execute("SELECT doc_key, title, duplicate_of FROM documents ORDER BY ordinal").fetchall(),
            "passages": sorted(con.execute("SELECT passage_key, doc_key, text, duplicate_of FROM passages")),
            "events": con.execute("SELECT event_key, passage_key, expr_text, start_year, summary FROM events "
                                  "ORDER BY id").fetchall(),
            "questions": [(k, kind, prompt, answer, json.loads(distractors), passage)
                          for k, kind, prompt, answer, distractors, passage in con.execute(
                              "SELECT question_key, kind, prompt, answer, distractors, passage_key FROM questions "
                              "ORDER BY id")],
        }
    finally:
        con.close()


def full_dump(path: Path) -> dict[str, list]:
    """Every row the build writes except the build's own time stamp and internal row ids."""
    con = sqlite3.connect(path)
    try:
        dump = {}
        for table, order in (("documents", "doc_key"), ("passages", "passage_key"), ("events", "id"),
                             ("questions", "id"), ("rejected", "id"), ("skipped", "path")):
            rows = con.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            names = [c[1] for c in con.execute(f"PRAGMA table_info({table})")]
            dump[table] = [tuple(v for n, v in zip(names, row, strict=True) if n != "id") for row in rows]
        dump["meta"] = con.execute("SELECT key, value FROM meta WHERE key NOT IN ('built_at') ORDER BY key").fetchall()
        return dump
    finally:
        con.close()


def _paragraphs(path: Path, minimum: int = 200) -> list[str]:
    """The document's long lines: its body paragraphs (the bundled files have one per line)."""
    return [line for line in path.read_text(encoding="utf-8").split("\n") if len(line) > minimum]


def make_corpus(tmp_path: Path) -> Path:
    """The bundled documents (one a near-duplicate of another), plus documents that exercise the
    cross-document steps: one repeats paragraphs of two earlier documents (its later dates then
    depend on which of its passages stay live), one is a near-copy, and files that are skipped."""
    folder = tmp_path / "documents"
    shutil.copytree(DOCUMENTS, folder)
    essay, news = _paragraphs(folder / ESSAY), _paragraphs(folder / NEWS)
    (folder / "zz-digest.txt").write_text(
        "Digest of the week\n\n" + essay[1] + "\n\nOn March 3 the delegation arrived, and talks went on "
        "until the 5th. In May the ministers signed a second protocol on rail freight.\n\n" + news[0]
        + "\n\nBy December the new line carried 40 trains a week, twice the figure of the year before.\n",
        encoding="utf-8")
    (folder / "zz-essay-copy.txt").write_text("\n\n".join(essay[:-1]) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not really")
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def one_worker(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("one") / "content.sqlite3"
    build_store(corpus, QUESTIONS, out, workers=1)
    return out


def test_the_build_matches_the_plain_pipeline(corpus: Path, one_worker: Path) -> None:
    expected = reference_build(corpus, QUESTIONS)
    got = stored(one_worker)
    # The corpus does exercise the cross-document steps.
    assert [d for d in expected["documents"] if d[2]] and [p for p in expected["passages"] if p[3]]
    for part in ("documents", "passages", "events", "questions"):
        assert got[part] == expected[part], part


def test_two_workers_build_the_same_store(corpus: Path, one_worker: Path, tmp_path: Path) -> None:
    out = tmp_path / "content.sqlite3"
    report = build_store(corpus, QUESTIONS, out, workers=2, cache_dir=tmp_path / "cache")
    assert report.documents == 7 and {s.path for s in report.skipped} == {"empty.txt", "scan.pdf"}
    assert full_dump(out) == full_dump(one_worker)


SKIPPED = ["empty.txt", "scan.pdf"]


def _count_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The documents the build runs through the pipeline (in this process: one worker)."""
    ran: list[str] = []
    original: Callable = build_module._run_pipeline

    def counting(path: Path, doc_key: str):
        ran.append(doc_key)
        return original(path, doc_key)

    monkeypatch.setattr(build_module, "_run_pipeline", counting)
    return ran


def test_a_rebuild_processes_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_corpus(tmp_path)
    cache = tmp_path / "cache"
    ran = _count_runs(monkeypatch)
    build_store(folder, QUESTIONS, tmp_path / "first.sqlite3", cache_dir=cache, workers=1)
    assert len(ran) == 9  # every file: a skipped one (empty.txt, scan.pdf) is not cached but read again
    first_entries = {p.name for p in cache.iterdir()}

    ran.clear()
    build_store(folder, QUESTIONS, tmp_path / "again.sqlite3", cache_dir=cache, workers=1)
    assert ran == SKIPPED
    assert full_dump(tmp_path / "again.sqlite3") == full_dump(tmp_path / "first.sqlite3")

    # Edit one document's text, another's metadata, add one, remove one.
    news = folder / NEWS
    news.write_text(news.read_text(encoding="utf-8").replace("Moscow", "Moskva"), encoding="utf-8")
    paper = folder / PAPER
    paper.write_text(paper.read_text(encoding="utf-8").replace("kind: paper", "kind: opinion"), encoding="utf-8")
    (folder / "aa-new.md").write_text("# Ferry notes\n\nIn 1999 a ferry began to cross the strait twice a day. "
                                      "By 2004 it carried 300 cars on each crossing.\n", encoding="utf-8")
    (folder / "zz-essay-copy.txt").unlink()
    ran.clear()
    cached = tmp_path / "cached.sqlite3"
    build_store(folder, QUESTIONS, cached, cache_dir=cache, workers=1)
    assert sorted(ran) == sorted(["aa-new.md", NEWS, PAPER, *SKIPPED])

    fresh = tmp_path / "fresh.sqlite3"
    build_store(folder, QUESTIONS, fresh, workers=1)
    assert full_dump(cached) == full_dump(fresh)
    assert stored(fresh) == {k: v for k, v in reference_build(folder, QUESTIONS).items()}
    # The old entries of the edited and removed documents are gone; the others were kept.
    entries = {p.name for p in cache.iterdir()}
    assert len(entries - first_entries) >= 3 and len(first_entries - entries) >= 3
    assert not [p for p in cache.iterdir() if p.suffix == ".tmp"]


def test_a_broken_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_corpus(tmp_path)
    cache = tmp_path / "cache"
    good = tmp_path / "good.sqlite3"
    build_store(folder, QUESTIONS, good, cache_dir=cache, workers=1)
    entries = sorted(p for p in cache.iterdir() if p.name.count(".") == 1)
    assert len(entries) == 7
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # truncated
    entries[1].write_bytes(b"not a pickle at all")
    entries[2].write_bytes(entries[3].read_bytes())  # another document's entry under this name
    for variant in (p for p in cache.iterdir() if p.name.count(".") == 2):
        variant.write_bytes(b"\x80\x05junk")
    ran = _count_runs(monkeypatch)
    again = tmp_path / "again.sqlite3"
    build_store(folder, QUESTIONS, again, cache_dir=cache, workers=1)
    assert len(ran) == 5 and set(SKIPPED) <= set(ran)
    assert full_dump(again) == full_dump(good)
    ran.clear()
    build_store(folder, QUESTIONS, tmp_path / "third.sqlite3", cache_dir=cache, workers=1)
    assert ran == SKIPPED  # the broken entries were written again


def test_deleting_the_cache_is_safe(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path)
    cache = tmp_path / "cache"
    build_store(folder, QUESTIONS, tmp_path / "a.sqlite3", cache_dir=cache, workers=1)
    shutil.rmtree(cache)
    build_store(folder, QUESTIONS, tmp_path / "b.sqlite3", cache_dir=cache, workers=1)
    assert full_dump(tmp_path / "a.sqlite3") == full_dump(tmp_path / "b.sqlite3")

"""The build: report, atomic swap, staleness, key stability, and the ContentStore on a real build."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from store_paths import DOCUMENTS, EDITORIAL, NEWS, PAPER, PAPER_PDF, QUESTIONS

import bot.build as build_module
from bot.build import build_store, cli_build, ensure_store, store_is_stale
from bot.config import Settings
from bot.store.content import ContentStore


def _settings(tmp_path: Path, documents: Path, questions: Path | None = None) -> Settings:
    return Settings(token=None, data_dir=tmp_path / "var", documents_dir=documents,
                    questions_dir=questions or tmp_path / "no-questions")


def _copy_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    shutil.copytree(DOCUMENTS, folder)
    return folder


def _keys(path: Path) -> dict[str, set[str]]:
    con = sqlite3.connect(path)
    try:
        return {
            "passages": {r[0] for r in con.execute("SELECT passage_key FROM passages")},
            "events": {r[0] for r in con.execute("SELECT event_key FROM events")},
            "questions": {r[0] for r in con.execute("SELECT question_key FROM questions")},
        }
    finally:
        con.close()


def test_bundled_report(bundled_store) -> None:
    _path, report = bundled_store
    assert report.documents == 5 and report.skipped == []
    assert [(d, c) for d, c, _ in report.duplicates] == [(PAPER_PDF, PAPER)]
    assert report.passages >= 80
    text = report.format()
    for needle in ("Documents: 5", "duplicate of", "Passages:", "Timeline events:", "Questions:", "Built in"):
        assert needle in text


async def test_store_api_on_bundled_build(bundled_store) -> None:
    path, report = bundled_store
    store = await ContentStore.open(path)
    try:
        docs = await store.documents()
        assert [d.duplicate_of is not None for d in docs] == [False] * 4 + [True]
        pdf = await store.document(PAPER_PDF)
        assert pdf is not None and pdf.duplicate_of == PAPER and pdf.passages == 0
        editorial = await store.document(EDITORIAL)
        assert editorial is not None and editorial.kind == "opinion" and editorial.date == "2017-07"
        assert [d.doc_key for d in await store.find_documents("global times")] == [EDITORIAL]
        assert await store.find_documents("strategic ties")
        summary = await store.summary()
        assert (summary.documents, summary.duplicates, summary.passages) == (5, 1, report.passages)
        assert summary.built_at and store.build_id
        for _ in range(20):
            passage = await store.random_passage()
            assert passage is not None and passage.doc_key != PAPER_PDF and passage.duplicate_of is None
        for _ in range(20):  # after unfiltered picks: a document's own bounds, not the corpus's
            news = await store.random_passage(NEWS)
            assert news is not None and news.doc_key == NEWS
        around = await store.neighbours(news.passage_key, before=1, after=1)
        assert news.passage_key in [p.passage_key for p in around]
        assert [p.ordinal for p in around] == sorted(p.ordinal for p in around)
        assert (await store.passage(news.passage_key)) == news
        assert await store.passage("p-does-not-exist") is None
        assert await store.neighbours("p-does-not-exist") == []
        events = await store.events()
        assert [e.sort_key for e in events] == sorted(e.sort_key for e in events)
        assert all(e.doc_key != PAPER_PDF for e in events)
        if events:
            first = events[0]
            assert await store.event(first.event_key) == first
            narrowed = await store.events(from_year=first.start_year, to_year=first.start_year)
            assert first in narrowed
            if first.start_month:
                assert first in await store.events_on(first.start_month)
        questions = await store.questions()
        assert all(q.doc_key != PAPER_PDF and q.answer not in q.distractors for q in questions)
        assert sum(n for _, n in await store.topics()) == len(questions)
        assert await store.questions(kinds=[]) == []
        # The filters match the stored rows exactly (topic without regard to case), best first.
        con = sqlite3.connect(store.path)
        try:
            topic, difficulty = con.execute(
                "SELECT topic, difficulty FROM questions WHERE kind IN ('when', 'list') LIMIT 1").fetchone()
            stored = [k for (k,) in con.execute(
                "SELECT question_key FROM questions WHERE topic = ? COLLATE NOCASE AND difficulty = ? "
                "AND kind IN ('when', 'list') ORDER BY quality DESC, id", (topic, difficulty))]
        finally:
            con.close()
        filtered = await store.questions(topic=topic.upper(), difficulty=difficulty, kinds=["when", "list"])
        assert stored and [q.question_key for q in filtered] == stored
        assert [q.question_key for q in await store.questions()] == [q.question_key for q in questions]
    finally:
        await store.close()


async def test_timeline_year_filter_matches_the_stored_rows(bundled_store) -> None:
    """Events overlapping [from, to] (ranges included), in date order, for every kind of span."""
    path, _ = bundled_store
    con = sqlite3.connect(path)
    try:
        def stored(first: int | None, last: int | None) -> list[str]:
            return [k for (k,) in con.execute(
                "SELECT event_key FROM events WHERE (? IS NULL OR coalesce(end_year, start_year) >= ?) "
                "AND (? IS NULL OR start_year <= ?) ORDER BY sort_key, id", (first, first, last, last))]

        ranges = con.execute("SELECT start_year, end_year FROM events WHERE end_year > start_year").fetchall()
        assert ranges, "the bundled corpus has ranged events (2000–2004)"
        start, end = ranges[0]
        spans = [(None, None), (1946, 1946), (1990, 1999), (None, 1950), (2020, None), (3000, None),
                 (start + 1, end - 1), (end, end), (start - 1, start), (end + 1, end + 5)]
        store = await ContentStore.open(path)
        try:
            for first, last in spans:
                got = [e.event_key for e in await store.events(from_year=first, to_year=last)]
                assert got == stored(first, last), (first, last)
            # A span strictly inside a range finds the ranged event.
            assert any(e.start_year == start for e in await store.events(from_year=start + 1, to_year=end - 1))
        finally:
            await store.close()
    finally:
        con.close()


def test_every_stored_passage_is_a_slice_of_its_document(bundled_store) -> None:
    path, _ = bundled_store
    con = sqlite3.connect(path)
    try:
        texts = dict(con.execute("SELECT doc_key, clean_text FROM documents"))
        rows = con.execute('SELECT doc_key, start, "end", text FROM passages').fetchall()
    finally:
        con.close()
    assert rows
    for doc_key, start, end, text in rows:
        assert texts[doc_key][start:end] == text


def test_keys_survive_cosmetic_changes_and_new_documents(tmp_path: Path) -> None:
    folder = _copy_corpus(tmp_path)
    first = tmp_path / "first.sqlite3"
    build_store(folder, QUESTIONS, first)
    before = _keys(first)
    # Cosmetic edits: curly quotes, doubled spaces, CRLF line ends; plus a brand-new document.
    news = folder / NEWS
    text = news.read_text(encoding="utf-8")
    news.write_bytes(text.replace('"', "\u201c").replace(". ", ".  ").replace("\n", "\r\n").encode("utf-8"))
    (folder / "new-notes.md").write_text("# Notes\n\nIn 1999 a new bridge opened across the river, and "
                                         "traffic between the two towns doubled within a year.\n",
                                         encoding="utf-8")
    second = tmp_path / "second.sqlite3"
    build_store(folder, QUESTIONS, second)
    after = _keys(second)
    for kind in ("passages", "events", "questions"):
        assert before[kind] <= after[kind], kind
    assert len(after["passages"]) > len(before["passages"])


def test_malformed_files_do_not_stop_the_build(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("The bridge opened in 1999. Traffic doubled within a year, "
                                     "as the two towns grew closer together.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    report = build_store(folder, tmp_path / "none", tmp_path / "out.sqlite3")
    assert report.documents == 1 and report.passages == 1
    assert {s.path for s in report.skipped} == {"empty.txt", "binary.txt", "photo.jpg"}
    assert "empty.txt" in report.format()


def test_failed_build_leaves_previous_store_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "content.sqlite3"
    build_store(DOCUMENTS, QUESTIONS, out)
    original = out.read_bytes()

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build_module, "_write", explode)
    with pytest.raises(RuntimeError):
        build_store(DOCUMENTS, QUESTIONS, out)
    assert out.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content.sqlite3"]  # no temp file left


def test_staleness_and_ensure_store(tmp_path: Path) -> None:
    folder = _copy_corpus(tmp_path)
    settings = _settings(tmp_path, folder)
    assert store_is_stale(settings)
    report = ensure_store(settings)
    assert report is not None and settings.content_path.exists()
    assert not store_is_stale(settings)
    assert ensure_store(settings) is None
    (folder / EDITORIAL).write_text((folder / EDITORIAL).read_text(encoding="utf-8") + "\nOne more line.\n",
                                    encoding="utf-8")
    assert store_is_stale(settings)


def test_cli_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = _settings(tmp_path, _copy_corpus(tmp_path))
    assert cli_build(settings, force=False, quiet=True) == 0
    assert "Documents: 5" in capsys.readouterr().out
    assert cli_build(settings, force=False, quiet=True) == 0
    assert "up to date" in capsys.readouterr().out
    empty = tmp_path / "empty-docs"
    empty.mkdir()
    assert cli_build(_settings(tmp_path / "other", empty), force=True, quiet=True) == 1


def test_built_store_passes_integrity_checks(bundled_store) -> None:
    path, _ = bundled_store
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # FTS5 checks its index against the external content table (raises if they disagree).
        con.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('integrity-check', 1)")
        con.rollback()
    finally:
        con.close()


async def test_store_in_a_folder_with_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "data #1 ?x=%20"
    folder.mkdir()
    out = folder / "content.sqlite3"
    build_store(DOCUMENTS, QUESTIONS, out)
    settings = Settings(token=None, data_dir=folder, documents_dir=DOCUMENTS, questions_dir=QUESTIONS)
    assert not store_is_stale(settings)
    store = await ContentStore.open(out)
    try:
        assert (await store.summary()).documents == 5
        assert await store.search("Gorbachev")
    finally:
        await store.close()



def test_only_the_pipeline_feeds_the_corpus_hash() -> None:
    """Benchmarks, tests and the Discord side can change without rebuilding every installed store."""
    from bot.build import pipeline_sources

    bot_dir = Path(__file__).resolve().parents[2] / "bot"
    names = {p.resolve().relative_to(bot_dir).as_posix() for p in pipeline_sources()}
    outside = {"build.py", "store/content_schema.py", "store/content_writer.py"}
    assert {"corpus/clean.py", "corpus/dates.py", "corpus/lexicon.txt", *outside} <= names  # a word list changes output too
    assert {n for n in names if not n.startswith("corpus/")} == outside


def test_a_long_document_gives_random_quotes_from_a_spread_sample_of_its_passages(tmp_path: Path) -> None:
    """Each document's readability is judged on at most QUOTE_SAMPLE body passages, evenly spread, so a
    big corpus builds without judging every page."""
    docs = tmp_path / "docs"
    docs.mkdir()
    towns = ["Arden", "Bexley", "Corran", "Dunmore", "Elstow", "Fenwick", "Garth", "Hollins", "Irby", "Jessop"]
    paragraphs = [" ".join(f"In {1700 + i * 5 + j} the mill at {towns[(i + j) % 10]} ground {100 + i + j} tons of "
                           f"wheat for the market, and the miller sold the flour to bakers in {towns[(i + 3) % 10]}."
                           for j in range(8)) for i in range(100)]
    (docs / "mills.txt").write_text("# The mills of the county\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    out = tmp_path / "content.sqlite3"
    build_store(docs, tmp_path / "no-questions", out)
    with sqlite3.connect(out) as db:
        rows = db.execute("SELECT doc_key, ordinal, readable FROM passages WHERE kind = 'body' ORDER BY doc_key, ordinal")
        by_doc: dict[str, list[tuple[int, int]]] = {}
        for doc_key, ordinal, readable in rows:
            by_doc.setdefault(doc_key, []).append((ordinal, readable))
    long_doc = next(v for k, v in by_doc.items() if len(v) > build_module.QUOTE_SAMPLE)
    judged = [o for o, r in long_doc if r]
    assert 0 < len(judged) <= build_module.QUOTE_SAMPLE
    assert min(judged) < len(long_doc) // 4 and max(judged) > 3 * len(long_doc) // 4  # spread, not the first 40

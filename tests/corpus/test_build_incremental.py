"""Updating the live store in place gives exactly the store a full build gives.

When documents are added, changed or removed, the build copies the live store, rewrites only the
changed documents' rows and recomputes what crosses documents (duplicate documents and passages,
event merging, questions). These tests build a corpus in steps, updating one store, and compare
it with a full build of the same folder from nothing: the same rows in every table (row ids
aside where they are internal to one build), the same search index and the same timeline order.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from store_paths import DOCUMENTS, EDITORIAL, ESSAY, NEWS, PAPER, QUESTIONS
from test_build_parallel_cache import make_corpus

import bot.build as build_module
from bot.build import BuildReport, build_store, scoped_key
from bot.corpus.collections import DEFAULT_COLLECTION

# Words that occur across the corpus: each a search whose hits and their order are compared.
SEARCH_TERMS = ["china", "russia", "trade", "treaty", "railway", "ferry", "border", "1991", "soviet", "delegation"]


@pytest.fixture(autouse=True)
def _update_small_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    """These corpora have a few documents, so one change is more than the share a real update allows."""
    monkeypatch.setattr(build_module, "UPDATE_SHARE", 100.0)


def store_dump(path: Path) -> dict[str, object]:
    """Every table's rows (passages without their build-internal id, quotable passages by key), the
    indexes' contents, the schema."""
    con = sqlite3.connect(path)
    try:
        dump: dict[str, object] = {}
        tables = [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%_fts%' ORDER BY name")]
        for table in tables:
            names = [c[1] for c in con.execute(f"PRAGMA table_info({table})")]
            rows = con.execute(f"SELECT * FROM {table}").fetchall()
            if table == "quotable":  # (n, the passage's id): the key instead of the id
                names, rows = ["n", "passage_key"], con.execute(
                    "SELECT q.n, p.passage_key FROM quotable q JOIN passages p ON p.id = q.passage_id").fetchall()
            keep = [i for i, n in enumerate(names) if not (table == "passages" and n == "id")
                    and not (table == "meta" and n == "value")]
            dump[table] = sorted((tuple(row[i] for i in keep) for row in rows), key=repr)
        # The meta values, except the time of the build and the per-document fingerprints' order.
        meta = dict(con.execute("SELECT key, value FROM meta"))
        meta.pop("built_at")
        meta["document_rows"] = json.loads(meta["document_rows"])
        dump["meta values"] = meta
        # Ids that mean something: the timeline's order and the questions' order.
        dump["timeline"] = con.execute("SELECT id, event_key FROM events ORDER BY sort_key, id").fetchall()
        dump["events_fts"] = con.execute("SELECT rowid, summary, sentence, entities FROM events_fts ORDER BY rowid").fetchall()
        dump["search"] = {term: con.execute(
            "SELECT p.passage_key, round(bm25(passages_fts), 6) FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid"
            " WHERE passages_fts MATCH ? ORDER BY rank, p.passage_key", (term,)).fetchall() for term in SEARCH_TERMS}
        # The index itself (not its external content): every term with its row and occurrence counts.
        con.execute("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, passages_fts, row)")
        dump["index terms"] = con.execute("SELECT term, doc, cnt FROM temp.vocabulary ORDER BY term").fetchall()
        dump["schema"] = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        for index in ("passages_fts", "events_fts"):
            con.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")
        return dump
    finally:
        con.close()


def full_build(folder: Path, tmp_path: Path, name: str) -> dict[str, object]:
    out = tmp_path / f"{name}.sqlite3"
    report = build_store(folder, QUESTIONS, out, workers=1)
    assert report.incremental is None
    return store_dump(out)


def update(folder: Path, out: Path, cache: Path) -> BuildReport:
    report = build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
    assert report.incremental is not None, "the live store was written from nothing, not updated"
    return report


def test_adding_changing_and_removing_documents_updates_the_store_as_a_full_build(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path)
    # B: a digest repeating paragraphs of two documents (its passages hidden, its events merged),
    # a near-copy of the essay (a duplicate document) and a document sorted before all others.
    held_back = tmp_path / "held-back"
    held_back.mkdir()
    for name in ("zz-digest.txt", "zz-essay-copy.txt", EDITORIAL):
        shutil.move(folder / name, held_back / name)
    out, cache = tmp_path / "live.sqlite3", tmp_path / "cache"
    first = build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
    assert first.incremental is None

    for name in ("zz-digest.txt", "zz-essay-copy.txt", EDITORIAL):
        shutil.move(held_back / name, folder / name)
    (folder / "aa-ferry.md").write_text(
        "# Ferry notes\n\nIn 1999 a ferry began to cross the Amur twice a day between Blagoveshchensk and "
        "Heihe. By 2004 it carried 300 cars on each crossing, and in 2006 a second ferry joined it.\n",
        encoding="utf-8")
    added = update(folder, out, cache)
    assert added.incremental is not None and added.incremental[0] >= 4 and added.incremental[1] == 0
    expected = full_build(folder, tmp_path, "added")
    got = store_dump(out)
    for part in expected:
        assert got[part] == expected[part], part
    # The corpus exercises every cross-document step.
    assert [d for d in got["documents"] if d[10] is not None]  # a duplicate document
    con = sqlite3.connect(out)
    try:
        assert con.execute("SELECT count(*) FROM passages WHERE duplicate_of IS NOT NULL").fetchone()[0] > 0
        assert con.execute("SELECT count(*) FROM events WHERE sources != '[]'").fetchone()[0] > 0
        # Readability verdicts both ways, in several documents: the flags compared above mean something.
        flags = con.execute("SELECT readable, count(DISTINCT doc_key) FROM passages WHERE kind = 'body'"
                            " GROUP BY readable ORDER BY readable").fetchall()
        assert [flag for flag, _ in flags] == [0, 1] and all(docs >= 3 for _, docs in flags), flags
        assert con.execute("SELECT count(*) FROM quotable").fetchone()[0] == con.execute(
            "SELECT count(*) FROM passages WHERE readable AND duplicate_of IS NULL").fetchone()[0]
    finally:
        con.close()

    # Change one document (its passages hide others' or stop hiding them), remove another, and
    # remove the essay whose near-copy then becomes a canonical document.
    news = folder / NEWS
    news.write_text(news.read_text(encoding="utf-8").replace("Moscow", "Moskva"), encoding="utf-8")
    (folder / ESSAY).unlink()
    (folder / "aa-ferry.md").unlink()
    changed = update(folder, out, cache)
    assert changed.incremental is not None and changed.incremental[1] == 2
    assert f"{changed.incremental[0]} documents written again, 2 removed." in changed.format()
    expected = full_build(folder, tmp_path, "changed")
    got = store_dump(out)
    for part in expected:
        assert got[part] == expected[part], part


def test_an_unchanged_corpus_rewrites_no_document(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path)
    out, cache = tmp_path / "live.sqlite3", tmp_path / "cache"
    build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
    before = store_dump(out)
    (folder / PAPER).touch()  # the same bytes: nothing to do but the checks
    assert update(folder, out, cache).incremental == (0, 0)
    assert store_dump(out) == before


def test_a_store_from_another_pipeline_is_written_from_nothing(tmp_path: Path) -> None:
    folder = make_corpus(tmp_path)
    out, cache = tmp_path / "live.sqlite3", tmp_path / "cache"
    build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
    con = sqlite3.connect(out)
    con.execute("UPDATE meta SET value = 'other' WHERE key = 'pipeline'")
    con.commit()
    con.close()
    report = build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
    assert report.incremental is None
    assert store_dump(out) == full_build(folder, tmp_path, "fresh")


LIFE = Path(__file__).parent / "documents" / "biography-marie-curie.txt"


def test_the_same_text_in_two_collections_is_in_both(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    for name in (NEWS, PAPER):
        shutil.copy(DOCUMENTS / name, folder / name)
    shutil.copy(LIFE, folder / LIFE.name)  # a life full of dated facts: generated questions in each collection
    build_store(folder, QUESTIONS, tmp_path / "alone.sqlite3", workers=1)
    (folder / "club").mkdir()
    shutil.copy(DOCUMENTS / NEWS, folder / "club" / NEWS)
    shutil.copy(DOCUMENTS / ESSAY, folder / "club" / ESSAY)
    shutil.copy(LIFE, folder / "club" / LIFE.name)
    build_store(folder, QUESTIONS, tmp_path / "both.sqlite3", workers=1)

    def events(path: Path) -> dict[str, list[str]]:
        con = sqlite3.connect(path)
        try:
            found: dict[str, list[str]] = {}
            for key, doc_key in con.execute("SELECT event_key, doc_key FROM events ORDER BY event_key"):
                found.setdefault(doc_key, []).append(key)
            return found
        finally:
            con.close()

    alone, both = events(tmp_path / "alone.sqlite3"), events(tmp_path / "both.sqlite3")
    # The default collection keeps its keys; the copy in the other collection has all its events
    # too, under keys of its own.
    assert both[NEWS] == alone[NEWS] and alone[NEWS]
    assert sorted(both[f"club/{NEWS}"]) == sorted(scoped_key(k, "club") for k in alone[NEWS])
    assert not set(both[f"club/{NEWS}"]) & set(both[NEWS])
    con = sqlite3.connect(tmp_path / "both.sqlite3")
    try:
        questions = con.execute("SELECT question_key, doc_key, event_key FROM questions").fetchall()
        event_docs = dict(con.execute("SELECT event_key, doc_key FROM events"))
    finally:
        con.close()
    asked = {doc for _, doc, _ in questions if doc}
    assert {LIFE.name, f"club/{LIFE.name}"} <= asked, asked
    # A question's event is one of its own collection's events.
    for _key, doc_key, event_key in questions:
        if event_key is not None:
            assert event_docs[event_key].startswith("club/") == (doc_key or "").startswith("club/")
    assert scoped_key("e0123456789abcde", DEFAULT_COLLECTION) == "e0123456789abcde"


def test_the_document_hash_covers_its_metadata_file(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    for name in (NEWS, PAPER):
        shutil.copy(DOCUMENTS / name, folder / name)
    out, cache = tmp_path / "live.sqlite3", tmp_path / "cache"

    def hashes() -> dict[str, str]:
        build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
        con = sqlite3.connect(out)
        try:
            return dict(con.execute("SELECT doc_key, raw_sha256 FROM documents"))
        finally:
            con.close()

    plain = hashes()
    (folder / f"{NEWS}.yaml").write_text("title: Victory Day visit\n", encoding="utf-8")
    with_sidecar = hashes()
    (folder / f"{NEWS}.yaml").write_text("title: Victory Day visit, 2025\n", encoding="utf-8")
    edited = hashes()
    assert with_sidecar[PAPER] == plain[PAPER] == edited[PAPER]
    assert len({plain[NEWS], with_sidecar[NEWS], edited[NEWS]}) == 3


def test_a_document_in_its_own_collection_leaves_the_others_questions_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_corpus(tmp_path)
    out, cache = tmp_path / "live.sqlite3", tmp_path / "cache"
    build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
    asked: list[set[str]] = []
    original = build_module.generate_questions

    def counting(docs, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append({d.doc_key for d in docs})
        return original(docs, *args, **kwargs)

    monkeypatch.setattr(build_module, "generate_questions", counting)
    compared: list[set[str]] = []
    find_duplicates = build_module.find_duplicates
    monkeypatch.setattr(build_module, "find_duplicates",
                        lambda sketches: compared.append({s.doc_key for s in sketches}) or find_duplicates(sketches))
    merged: list[str] = []
    cached_events = build_module._cached_events
    monkeypatch.setattr(build_module, "_cached_events", lambda row, cache: merged.append(row.doc_key) or cached_events(row, cache))
    (folder / "guild-1").mkdir()
    shutil.copy(DOCUMENTS / NEWS, folder / "guild-1" / NEWS)  # the same text as a default document
    shutil.copy(DOCUMENTS / ESSAY, folder / "guild-1" / ESSAY)
    updated = update(folder, out, cache)
    # The default collection's duplicates, merged events and questions all come from the cache.
    assert asked == [{f"guild-1/{NEWS}", f"guild-1/{ESSAY}"}]
    assert compared == [{f"guild-1/{NEWS}", f"guild-1/{ESSAY}"}]
    assert merged == []

    asked.clear()
    fresh = tmp_path / "fresh.sqlite3"
    full = build_store(folder, QUESTIONS, fresh, workers=1)
    assert len(asked) == 2
    assert store_dump(out) == store_dump(fresh)
    # The build report counts the reused collection's candidates and drops as a full build does.
    assert updated.question_tally.lines() == full.question_tally.lines()
    assert updated.rejected == full.rejected


def test_a_store_that_cannot_be_updated_is_written_from_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_corpus(tmp_path)
    out, cache = tmp_path / "live.sqlite3", tmp_path / "cache"
    build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
    (folder / NEWS).write_text((DOCUMENTS / NEWS).read_text(encoding="utf-8").replace("Moscow", "Moskva"),
                               encoding="utf-8")

    def damaged(self: object, doc_keys: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("bot.store.content_writer.ContentWriter.remove_documents", damaged)
    report = build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
    assert report.incremental is None
    fresh = tmp_path / "fresh.sqlite3"
    full = build_store(folder, QUESTIONS, fresh, workers=1)
    assert store_dump(out) == store_dump(fresh)
    assert report.rejected == full.rejected and report.question_tally.lines() == full.question_tally.lines()


def test_an_update_indexes_again_only_the_events_that_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The entities of a kept document's events come from the live store when its events are the same."""
    folder = make_corpus(tmp_path)
    out, cache = tmp_path / "live.sqlite3", tmp_path / "cache"
    build_store(folder, QUESTIONS, out, cache_dir=cache, workers=1)
    (folder / "zz-lighthouse.md").write_text(
        "# The Skerry lighthouse\n\nIn 1871 the engineers lit the Skerry lighthouse for the first time. "
        "Its keepers left in 1998, when the lamp was automated, and in 2011 the tower was painted red.\n",
        encoding="utf-8")
    worked_out: list[str] = []
    real = build_module.content_writer.event_entities

    def counting(sentence: str, names: dict[str, set[str]]) -> str:
        worked_out.append(sentence)
        return real(sentence, names)

    monkeypatch.setattr(build_module.content_writer, "event_entities", counting)
    update(folder, out, cache)
    con = sqlite3.connect(out)
    try:
        new_events = con.execute("SELECT count(*) FROM events WHERE doc_key = 'zz-lighthouse.md'").fetchone()[0]
        total = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    assert new_events >= 2
    assert len(worked_out) == new_events < total
    assert store_dump(out) == full_build(folder, tmp_path, "lighthouse")

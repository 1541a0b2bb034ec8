"""A large collection's questions are generated in shards of whole documents.

A collection with more candidate sentences than one generator run samples is split by a hash of
each document's key, so adding, changing or removing one document generates one shard again and
reuses the others' questions from the cache. The result must not depend on the path: a full build
and a build updated one document at a time hold the same questions. A collection under the
threshold is generated whole, exactly as before sharding existed.

The thresholds are lowered here so that two dozen real documents make a multi-shard collection.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from store_paths import DOCUMENTS, QUESTIONS
from test_build_incremental import store_dump
from test_build_parallel_cache import reference_build, stored

import bot.build as build_module
from bot.build import _across_shards, build_store, question_shard
from bot.corpus.facts import same_fact
from bot.corpus.model import CleanDocument, Question
from bot.corpus.questions import Tally
from bot.store.content_schema import QUESTION_COLUMNS, columns, question_from_row

TEST_DOCUMENTS = Path(__file__).resolve().parent / "documents"
NO_LISTS = Path("no-question-lists")  # the hand-written lists cite the bundled documents only: left out


def collection(tmp_path: Path) -> Path:
    """The bundled documents and the tests' own (news, history, science, biography): 24 documents."""
    folder = tmp_path / "documents"
    folder.mkdir()
    for source in (DOCUMENTS, TEST_DOCUMENTS):
        for path in sorted(source.glob("*.txt")):
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def shards(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[set[str]]]:
    """Four shards of at most 120 sentences, above 300 sentences; the documents of each generator run."""
    monkeypatch.setattr(build_module, "QUESTION_SHARDS", 4)
    monkeypatch.setattr(build_module, "SHARD_ABOVE", 300)
    monkeypatch.setattr(build_module, "SHARD_SENTENCES", 120)
    monkeypatch.setattr(build_module, "UPDATE_SHARE", 100.0)  # a few documents: any change is a large share
    runs: list[set[str]] = []
    original = build_module.generate_questions

    def counting(docs: list[CleanDocument], *args, **kwargs):  # type: ignore[no-untyped-def]
        runs.append({d.doc_key for d in docs})
        return original(docs, *args, **kwargs)

    monkeypatch.setattr(build_module, "generate_questions", counting)
    yield runs


def questions(path: Path) -> list[Question]:
    con = sqlite3.connect(path)
    try:
        return [question_from_row(row) for row in con.execute(f"SELECT {columns(QUESTION_COLUMNS)} FROM questions")]
    finally:
        con.close()


def test_adding_or_removing_a_document_generates_its_shard_only(tmp_path: Path, shards: list[set[str]],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = collection(tmp_path)
    read: list[str] = []  # documents whose events were read from the cache to be merged
    cached_events = build_module._cached_events
    monkeypatch.setattr(build_module, "_cached_events", lambda row, cache: read.append(row.doc_key)
                        or cached_events(row, cache))
    added = "history-panama-canal.txt"
    held = tmp_path / added
    shutil.move(folder / added, held)
    out, cache = tmp_path / "live.sqlite3", tmp_path / "cache"
    first = build_store(folder, NO_LISTS, out, cache_dir=cache, workers=1)
    # A multi-shard collection, each shard generated once, every canonical document in exactly one.
    canonical = {p.name for p in folder.iterdir()} - {doc for doc, _, _ in first.duplicates}
    assert len(shards) == 4 and sum(len(run) for run in shards) == len(canonical) >= 20
    assert set().union(*shards) == canonical
    for run in shards:
        assert {question_shard(doc) for doc in run} == {question_shard(next(iter(run)))}

    # A rebuild with nothing changed generates nothing and keeps what the next update needs.
    shards.clear()
    assert build_store(folder, NO_LISTS, out, cache_dir=cache, workers=1).incremental == (0, 0)
    assert shards == []

    shutil.move(held, folder / added)
    read.clear()
    report = build_store(folder, NO_LISTS, out, cache_dir=cache, workers=1)
    # Events merge within their year: only documents with events in the new one's years are read again.
    assert 0 < len(set(read)) < len(canonical) // 2, read
    assert report.incremental == (1, 0)
    assert len(shards) == 1 and added in shards[0]
    assert shards[0] == {doc for doc in canonical | {added} if question_shard(doc) == question_shard(added)}
    added_store = store_dump(out)

    shards.clear()
    fresh = tmp_path / "fresh.sqlite3"
    build_store(folder, NO_LISTS, fresh, workers=1)
    assert len(shards) == 4
    assert added_store == store_dump(fresh)
    assert {q.doc_key for q in questions(fresh)} >= {added}

    # Removing another document: its shard alone, and again what a full build makes.
    removed = "history-berlin-wall.txt"
    (folder / removed).unlink()
    shards.clear()
    build_store(folder, NO_LISTS, out, cache_dir=cache, workers=1)
    assert len(shards) == 1 and removed not in shards[0]
    assert shards[0] == {doc for doc in canonical - {removed} if question_shard(doc) == question_shard(removed)}
    fresh.unlink()
    build_store(folder, NO_LISTS, fresh, workers=1)
    assert store_dump(out) == store_dump(fresh)

    # A document retelling another shard's events: those events gain it as a source, which the
    # generator does not read, so their shard is not generated again.
    retold = "zz-retold.txt"
    curie = "biography-marie-curie.txt"
    assert question_shard(retold) != question_shard(curie)
    (folder / retold).write_text(
        "Physics prizes\n\nThe committee met in Stockholm that autumn. In 1903 the Nobel Prize in Physics "
        "was shared by Henri Becquerel, Pierre Curie and Marie Curie. In April 1906 Pierre Curie died in a Paris "
        "street, struck by a horse-drawn cart.\n", encoding="utf-8")
    shards.clear()
    build_store(folder, NO_LISTS, out, cache_dir=cache, workers=1)
    assert shards == [{doc for doc in canonical - {removed} | {added, retold}
                       if question_shard(doc) == question_shard(retold)}]
    con = sqlite3.connect(out)
    try:
        told_too = con.execute("SELECT doc_key FROM events WHERE sources LIKE ?", (f"%{retold}%",)).fetchall()
    finally:
        con.close()
    assert (curie,) in told_too
    fresh.unlink()
    build_store(folder, NO_LISTS, fresh, workers=1)
    assert store_dump(out) == store_dump(fresh)


def test_worker_processes_generate_the_shards_a_single_process_generates(tmp_path: Path,
                                                                           shards: list[set[str]]) -> None:
    """With two workers the shards are generated in the worker processes (none in this one), and the
    store holds exactly what one process writes: the same questions, keys and rejections."""
    folder = collection(tmp_path)
    inline, parallel = tmp_path / "inline.sqlite3", tmp_path / "parallel.sqlite3"
    build_store(folder, NO_LISTS, inline, workers=1)
    assert len(shards) == 4
    shards.clear()
    build_store(folder, NO_LISTS, parallel, workers=2)
    assert shards == []  # every run was a worker's
    assert store_dump(parallel) == store_dump(inline)
    assert len(questions(parallel)) >= 20


def test_the_shards_questions_ask_each_fact_once(tmp_path: Path, shards: list[set[str]]) -> None:
    """What one generator run keeps apart across its sentences, the merge keeps apart across shards:
    a question another shard made from the same sentence, or on the same fact with the same answer,
    or under the same key, is dropped, the better one kept."""
    folder = collection(tmp_path)
    build_store(folder, NO_LISTS, tmp_path / "content.sqlite3", workers=1)
    made = questions(tmp_path / "content.sqlite3")
    assert len({q.question_key for q in made}) == len(made)
    # (Within one shard a run keeps its own rules; between shards, same answer or sentence, same fact: once.)
    assert [(a.prompt, b.prompt) for i, a in enumerate(made) for b in made[i + 1:]
            if question_shard(a.doc_key or "") != question_shard(b.doc_key or "")
            and (a.answer.casefold() == b.answer.casefold() or a.explanation == b.explanation)
            and same_fact(a, b)] == []
    facts = [q for q in made if q.kind in ("when", "entity", "number")]
    assert len({q.doc_key for q in facts}) >= 5
    other = "zz-elsewhere.txt"
    copies = [replace(q, doc_key=other, question_key=f"{q.question_key}-again", quality=q.quality - 0.01)
              for q in facts[:8]]  # the same sentence told in another document
    reworded = [replace(q, doc_key=other, question_key=f"{q.question_key}-reworded", quality=q.quality - 0.01,
                        explanation=f"As the report says, {q.explanation}") for q in facts[8:16]]
    same_key = [replace(q, doc_key=other, quality=q.quality - 0.01) for q in facts[16:20]]
    tally = Tally()
    kept = _across_shards([*made, *copies, *reworded, *same_key], tally)
    assert kept == sorted(made, key=lambda q: (-q.quality, q.question_key))
    assert tally.dropped_later == len(copies) + len(reworded)
    assert tally.drops["asks a fact another question already asks"] == len(copies) + len(reworded)
    # The better of the two is kept, whichever shard made it.
    better = [replace(q, quality=q.quality + 0.5) for q in copies]
    kept = _across_shards([*made, *better], Tally())
    assert {q.question_key for q in kept} >= {q.question_key for q in better}
    assert not {q.question_key for q in kept} & {q.question_key for q in facts[:8]}


def test_a_collection_under_the_threshold_is_generated_whole_as_before(tmp_path: Path) -> None:
    """The bundled corpus and the tests' documents, each alone and together: one generator run over the
    whole collection, the very questions the plain pipeline makes."""
    runs: list[int] = []
    original = build_module.generate_questions
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build_module, "generate_questions",
                      lambda docs, *a, **k: runs.append(len(docs)) or original(docs, *a, **k))
        both = collection(tmp_path)
        for folder, lists in ((DOCUMENTS, QUESTIONS), (TEST_DOCUMENTS, NO_LISTS), (both, NO_LISTS)):
            runs.clear()
            out = tmp_path / f"{len(list(folder.iterdir()))}.sqlite3"
            build_store(folder, lists, out, workers=1)
            assert len(runs) == 1
            assert stored(out)["questions"] == reference_build(folder, lists)["questions"]

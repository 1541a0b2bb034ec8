"""A random quote (/quote, Another quote) comes from the passages the build judged readable.

The build stores each passage's verdict (bot.corpus.readability.readable_passage) and numbers the
quotable ones, so a draw is a lookup: never an unreadable passage, every readable body passage about
equally often, from any document or from the one asked for, and no readability check while the bot
answers. A store written before the flag existed is refused with a clear message, and the next
build writes it again from nothing.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from bot.build import build_store
from bot.corpus import readability
from bot.corpus.readability import readable_passage
from bot.store.content import ContentStore, StoreMissing
from bot.store.content_schema import PASSAGE_COLUMNS, columns, passage_from_row

# Four documents, each with clean paragraphs and paragraphs the shared check refuses (garble,
# a repeated clause, an aside to the reader, a name slipped into capitals, a link prompt).
DOCUMENTS = {
    "amur.txt": ("The Amur crossings", [
        "The bridge across the Amur opened in 2019 after a decade of planning.",
        "When they meet, and when they meet, the two leaders talk about trade.",
        "The ferry crossed the river twice a day in summer and once a day in spring.",
        "Russia is deep \"Oligarchic system\" Still standing still in the face of reform.",
    ]),
    "railway.txt": ("The Chinese Eastern Railway", [
        "The railway reached Harbin in 1903, and the city grew around its station.",
        "The volume of freight grew quickly (see Table 3) in the following decade.",
        "Its workshops employed several thousand people by the end of the 1920s.",
    ]),
    "summit.txt": ("The May summit", [
        "Xi Jinping arrived in Moscow in May. XI's visit lasted three days.",
        "The delegation left Beijing on Tuesday. It reached Moscow the same evening.",
        "Click here to read more about the summit.",
        "The two sides signed eleven agreements on energy, transport and education.",
    ]),
    "treaty.txt": ("The 2001 treaty", [
        "The treaty was signed in 2001 and renewed twenty years later in Moscow.",
        "Trade between the two countries doubled between 2015 and 2020.",
        "Click here to read more about the treaty.",
    ]),
}


def write_corpus(folder: Path, names: list[str] | None = None) -> None:
    folder.mkdir(exist_ok=True)
    for name in names or list(DOCUMENTS):
        title, paragraphs = DOCUMENTS[name]
        (folder / name).write_text(f"---\ntitle: {title}\n---\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def verdicts(store: Path) -> dict[str, tuple[str, bool]]:
    """passage_key -> (doc_key, what the shared check says now) for every live body passage."""
    con = sqlite3.connect(store)
    try:
        rows = con.execute(f"SELECT {columns(PASSAGE_COLUMNS)} FROM passages"
                           " WHERE kind = 'body' AND duplicate_of IS NULL").fetchall()
    finally:
        con.close()
    passages = [passage_from_row(row) for row in rows]
    return {p.passage_key: (p.doc_key, readable_passage(p.text, p.sentences)) for p in passages}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "docs")
    out = tmp_path / "content.sqlite3"
    build_store(tmp_path / "docs", tmp_path / "no-questions", out)
    return out


async def test_a_random_quote_is_never_unreadable_and_each_readable_passage_comes_up(store: Path) -> None:
    judged = verdicts(store)
    readable = {key for key, (_, ok) in judged.items() if ok}
    refused = {key for key, (_, ok) in judged.items() if not ok}
    # Both kinds in every document: the draw has something to pass over everywhere.
    assert {judged[k][0] for k in readable} == {judged[k][0] for k in refused} == set(DOCUMENTS)
    content = await ContentStore.open(store)
    try:
        drawn = Counter()
        for _ in range(len(readable) * 300):
            passage = await content.random_passage()
            assert passage is not None and passage.readable
            drawn[passage.passage_key] += 1
    finally:
        await content.close()
    assert set(drawn) == readable  # none refused, none left out
    # Uniform: each about 300 times (a passage after a run of refused ones is not favoured).
    assert all(150 < n < 450 for n in drawn.values()), drawn


async def test_a_quote_from_one_document_is_a_readable_passage_of_it(store: Path) -> None:
    judged = verdicts(store)
    content = await ContentStore.open(store)
    try:
        for doc_key in DOCUMENTS:
            expected = {key for key, (doc, ok) in judged.items() if doc == doc_key and ok}
            drawn = {p.passage_key for p in [await content.random_passage(doc_key) for _ in range(100)]
                     if p is not None and p.doc_key == doc_key}
            assert drawn == expected, doc_key
        assert await content.random_passage("no-such-document.txt") is None
    finally:
        await content.close()


async def test_a_document_with_nothing_readable_gives_no_quote(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_corpus(docs, ["railway.txt"])
    (docs / "garbled.txt").write_text(
        "---\ntitle: Garbled\n---\nClick here to read more about the summit.\n\n"
        "When they meet, and when they meet, the two leaders talk about trade.\n", encoding="utf-8")
    out = tmp_path / "content.sqlite3"
    build_store(docs, tmp_path / "no-questions", out)
    content = await ContentStore.open(out)
    try:
        assert await content.random_passage("garbled.txt") is None
        assert {(await content.random_passage()).doc_key for _ in range(50)} == {"railway.txt"}  # type: ignore[union-attr]
    finally:
        await content.close()


async def test_a_random_quote_runs_no_readability_check(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The verdicts are the build's: drawing quotes neither calls the check nor loads its lexicon."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a readability check ran at request time")

    for name in ("readable_passage", "unreadable", "translationese", "garbled"):
        monkeypatch.setattr(readability, name, refuse)
    readability._lexicon.cache_clear()
    content = await ContentStore.open(store)
    try:
        await content.warm()
        for doc_key in (None, *DOCUMENTS):
            for _ in range(20):
                assert await content.random_passage(doc_key) is not None
    finally:
        await content.close()
    assert readability._lexicon.cache_info().currsize == 0


async def test_a_store_from_before_the_flag_is_refused_then_rebuilt(tmp_path: Path) -> None:
    docs, cache, out = tmp_path / "docs", tmp_path / "cache", tmp_path / "content.sqlite3"
    write_corpus(docs)
    build_store(docs, tmp_path / "no-questions", out, cache_dir=cache)
    con = sqlite3.connect(out)  # what schema 4 wrote: no flag, no quotable table
    con.execute("ALTER TABLE passages DROP COLUMN readable")
    con.execute("DROP TABLE quotable")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(StoreMissing, match=r"another version of the bot .*python -m bot build"):
        await ContentStore.open(out)
    report = build_store(docs, tmp_path / "no-questions", out, cache_dir=cache)
    assert report.incremental is None  # written from nothing, not patched
    content = await ContentStore.open(out)
    try:
        passage = await content.random_passage()
        assert passage is not None and passage.readable
    finally:
        await content.close()

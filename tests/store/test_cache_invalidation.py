"""The content store's caches (timeline, questions, topics, counts, per-filter lists) belong to one
build: a rebuild swaps a new ContentStore in (QuizBot.reload_content), and nothing cached from the
old file may answer after it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.build import build_store
from bot.console.transport import LocalDiscord
from bot.corpus import readability
from bot.corpus.readability import readable_passage
from bot.store import content as content_module
from bot.store.content import ContentStore

DOCS = Path(__file__).parent / "event_docs"


async def test_a_rebuild_replaces_every_cached_answer(tmp_path: Path) -> None:
    documents, questions, store = tmp_path / "documents", tmp_path / "questions", tmp_path / "content.sqlite3"
    documents.mkdir()
    questions.mkdir()
    shutil.copy(DOCS / "a-news.txt", documents)
    build_store(documents, questions, store)
    async with LocalDiscord.open(content_path=store) as local:
        before = local.bot.content
        await before.warm()
        old_summary = await before.summary()
        old_years = [e.start_year for e in await before.events()]
        assert await before.events(search="Yeltsin") == []
        first = await local.slash("timeline", search="Yeltsin")
        assert first.ephemeral  # nothing yet

        for name in ("b-paper.txt", "c-opinion.txt"):
            shutil.copy(DOCS / name, documents)
        build_store(documents, questions, store)
        await local.bot.reload_content()

        after = local.bot.content
        assert after is not before
        summary = await after.summary()
        assert summary.documents == old_summary.documents + 2
        assert summary.events > old_summary.events and summary.built_at >= old_summary.built_at
        years = [e.start_year for e in await after.events()]
        assert len(years) > len(old_years) and 1949 in years and 1949 not in old_years
        assert [e.start_year for e in await after.events(search="Yeltsin")] == [1996, 1999]
        assert [e.start_year for e in await after.events_on(12)] == [1991, 1999]
        reply = await local.slash("timeline", search="Yeltsin")
        assert not reply.ephemeral and [f["name"] for f in reply.embeds[0]["fields"]] == ["1996", "31 Dec 1999"]
        help_text = (await local.slash("help")).text
        assert f"{summary.documents} documents" in help_text


async def test_random_quotes_check_each_passage_once_per_store(content_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """/quote's readability verdicts are remembered per passage, and per store: a store opened
    anew (what a rebuild does) checks again, and a passage judged unreadable is still never quoted."""
    checked: list[str] = []

    def counting(text: str, sentences: list[tuple[int, int]]) -> bool:
        checked.append(text)
        return readable_passage(text, sentences) and "China" not in text  # one more reason to refuse

    monkeypatch.setattr(content_module, "readable_passage", counting)
    for _ in range(2):
        store = await ContentStore.open(content_path)
        try:
            before = len(checked)
            quoted = [await store.random_passage() for _ in range(400)]
            assert all(p is not None and "China" not in p.text for p in quoted)
            assert len(checked) - before == len(set(checked[before:])), "a passage was judged twice"
            assert len({p.passage_key for p in quoted if p is not None}) > 5
        finally:
            await store.close()
    assert len(checked) > len(set(checked))  # the second store judged them again


async def test_warm_loads_the_readability_lexicon_off_the_loop(content_path: Path) -> None:
    """The first /quote checks a passage against a word lexicon read from a file: warm() loads it
    in a thread, so the first quote after start-up does not stall the event loop for it."""
    readability._lexicon.cache_clear()
    store = await ContentStore.open(content_path)
    try:
        assert readability._lexicon.cache_info().currsize == 0
        await store.warm()
        assert readability._lexicon.cache_info().currsize == 1
        hits = readability._lexicon.cache_info().hits
        assert await store.random_passage() is not None
        assert readability._lexicon.cache_info().misses == 1 and readability._lexicon.cache_info().hits >= hits
    finally:
        await store.close()

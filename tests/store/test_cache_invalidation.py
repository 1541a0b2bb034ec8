"""The content store's caches (timeline, questions, topics, counts, per-filter lists) belong to one
build: a rebuild swaps a new ContentStore in (QuizBot.reload_content), and nothing cached from the
old file may answer after it."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.build import build_store
from bot.console.transport import LocalDiscord

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


async def test_random_quotes_after_a_rebuild_come_from_the_new_store(tmp_path: Path) -> None:
    """The number of quotable passages is remembered per store: a rebuilt one draws from all of its own."""
    documents, questions, store = tmp_path / "documents", tmp_path / "questions", tmp_path / "content.sqlite3"
    documents.mkdir()
    questions.mkdir()
    shutil.copy(DOCS / "a-news.txt", documents)
    build_store(documents, questions, store)
    async with LocalDiscord.open(content_path=store) as local:
        before = {(await local.bot.content.random_passage()).doc_key for _ in range(200)}  # type: ignore[union-attr]
        assert before == {"a-news.txt"}
        for name in ("b-paper.txt", "c-opinion.txt"):
            shutil.copy(DOCS / name, documents)
        build_store(documents, questions, store)
        await local.bot.reload_content()
        after = {(await local.bot.content.random_passage()).doc_key for _ in range(300)}  # type: ignore[union-attr]
        assert after == {"a-news.txt", "b-paper.txt", "c-opinion.txt"}

"""A topic typed as symbols only (``*``, an emoji, a quote mark) names nothing: it must not match
every document or topic, while symbols around a real name still find it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.quiz.picker import resolve_topic
from bot.store.content import ContentStore

SYMBOLS = ["*", "***", '"', "“”", "🇷🇺", "🤔 ?!", "—", "# _ ~", "(...)"]


@pytest.fixture
async def content(content_path: Path):
    store = await ContentStore.open(content_path)
    try:
        yield store
    finally:
        await store.close()


@pytest.mark.parametrize("text", SYMBOLS)
async def test_a_topic_of_symbols_matches_nothing(content: ContentStore, text: str) -> None:
    assert await resolve_topic(content, text) is None
    assert await content.find_documents(text) == []


async def test_symbols_around_a_real_name_still_find_it(content: ContentStore) -> None:
    topics = [name for name, _count in await content.topics()][:3]
    documents = [d for d in await content.documents() if d.duplicate_of is None][:3]
    assert topics and documents
    for name in topics:
        found = await resolve_topic(content, f"*{name}*")
        assert found is not None and found.topic == name
    for doc in documents:
        found = await resolve_topic(content, f"“{doc.title}”")
        assert found is not None and found.doc_key == doc.doc_key

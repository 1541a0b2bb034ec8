"""ScopedContent and CollectionSettings: each reader query sees only the caller's collections."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.build import build_store
from bot.corpus.collections import DEFAULT_COLLECTION, collection_of, guild_collection
from bot.store.collections import CollectionSettings
from bot.store.content import ContentStore
from bot.store.scoped import Scope, ScopedContent
from bot.store.state import StateDB

ROOT = Path(__file__).resolve().parents[2]
HARBOUR = ("The Harbour Commission of Valmora was founded on 3 March 1874 by Tobias Krell. In 1881 it opened "
           "the first dry dock, and in 1889 it bought the lighthouse at Cape Orvel.\n\nThe Valmora grain "
           "exchange was built in 1902. During the strike of 1911 the dockworkers of Valmora stopped all "
           "loading. The last sailing ship left Valmora in 1952.\n")
OBSERVATORY = ("The Quellberg Observatory was built in 1791 for Margarethe Vossler. A telescope arrived in 1838. "
               "In 1866 a fire destroyed the Quellberg library.\n\nThe university took over Quellberg in 1921, "
               "and since 1984 the building has been a museum.\n")
# A word, and the collections whose documents hold it (guild-2 has a copy of the harbour text).
WORDS = {"Putin": {DEFAULT_COLLECTION}, "Valmora": {"guild-1", "guild-2"}, "Quellberg": {"guild-2"}}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scoped")
    docs = root / "documents"
    (docs / "guild-1").mkdir(parents=True)
    (docs / "guild-2").mkdir()
    shutil.copyfile(ROOT / "data/documents/global-times-2017-strategic-ties.txt", docs / "gt.txt")
    (docs / "guild-1" / "harbour.txt").write_text(HARBOUR)
    (docs / "guild-2" / "observatory.txt").write_text(OBSERVATORY)
    # The same text in two collections is each collection's own, not a duplicate of the other.
    (docs / "guild-2" / "harbour-copy.txt").write_text(HARBOUR)
    # Builds make no "Who …?" questions, which were this one document's only generated kind: a list question.
    (root / "questions").mkdir()
    (root / "questions" / "gt.yaml").write_text(
        "title: Global Times\nquestions:\n"
        "  - prompt: According to the Global Times, in which city was the 2017 G20 summit held?\n"
        "    answer: Hamburg\n    distractors: [Osaka, Hangzhou, Buenos Aires]\n    source: gt.txt\n"
        "    quote: the G20 summit 2017 held in Hamburg, Germany.\n")
    build_store(docs, root / "questions", root / "content.sqlite3")
    return root / "content.sqlite3"


@pytest.fixture
async def store(store_path: Path) -> AsyncIterator[ContentStore]:
    opened = await ContentStore.open(store_path)
    yield opened
    await opened.close()


def scoped(store: ContentStore, *collections: str) -> ScopedContent:
    return ScopedContent(store, Scope(frozenset(collections)))


async def test_the_store_records_each_documents_collection(store: ContentStore) -> None:
    docs = {d.doc_key: d.collection for d in await store.documents()}
    assert docs == {"gt.txt": "default", "guild-1/harbour.txt": "guild-1", "guild-2/observatory.txt": "guild-2",
                    "guild-2/harbour-copy.txt": "guild-2"}
    assert (await store.document("guild-2/harbour-copy.txt")).duplicate_of is None  # type: ignore[union-attr]


@pytest.mark.parametrize("seen", [("default", "guild-1", "guild-2"), ("default",), ("guild-1",), ("guild-2",), ("default", "guild-2"),
                                  ("guild-1", "guild-2")])
async def test_every_query_keeps_to_the_scope(store: ContentStore, seen: tuple[str, ...]) -> None:
    view = scoped(store, *seen)
    assert {d.collection for d in await view.documents()} == set(seen)
    for word, holders in WORDS.items():
        hits = await view.search(word, limit=10)
        assert bool(hits) == bool(holders & set(seen)), word
        assert all(collection_of(h.passage.doc_key) in seen for h in hits)
        assert all(collection_of(d.doc_key) in seen for d in await view.find_documents(word))
    events = await view.events()
    assert events and {collection_of(e.doc_key) for e in events} <= set(seen)
    for word, holders in WORDS.items():  # a searched timeline and /fact's random event
        matched = await view.events(search=word)
        assert {collection_of(e.doc_key) for e in matched} <= set(seen), word
        if not holders & set(seen):
            assert not matched and await view.random_event(word) is None, word
    for _ in range(20):
        event = await view.random_event()
        assert event is not None and collection_of(event.doc_key) in seen
    questions = await view.questions()
    assert questions and {collection_of(q.doc_key) for q in questions} <= set(seen)
    assert sum(n for _, n in await view.topics()) == len(questions)
    for _ in range(20):
        passage = await view.random_passage()
        assert passage is not None and collection_of(passage.doc_key) in seen
    summary = await view.summary()
    assert summary.documents == len(await view.documents()) and summary.questions == len(questions)


async def test_keyed_lookups_outside_the_scope_find_nothing(store: ContentStore) -> None:
    outside = (await store.search("Valmora", limit=1))[0].passage
    event = next(e for e in await store.events() if e.doc_key.startswith("guild-1/"))
    question = next(q for q in await store.questions() if q.doc_key and q.doc_key.startswith("guild-1/"))
    view = scoped(store, "default", "guild-2")
    assert await view.passage(outside.passage_key) is None
    assert await view.neighbours(outside.passage_key) == []
    assert await view.document("guild-1/harbour.txt") is None
    assert await view.search("Valmora", doc_key="guild-1/harbour.txt") == []
    assert await view.random_passage("guild-1/harbour.txt") is None
    assert await view.event(event.event_key) is None
    assert await view.question(question.question_key) is None
    assert await view.clean_text("guild-1/harbour.txt") is None
    inside = scoped(store, "guild-1")
    assert await inside.passage(outside.passage_key) == outside
    assert await inside.event(event.event_key) == event


async def test_questions_never_borrow_another_collections_titles(store: ContentStore) -> None:
    titles = {d.doc_key: d.title for d in await store.documents()}
    for q in await store.questions():
        others = {t for k, t in titles.items() if collection_of(k) != collection_of(q.doc_key)}
        assert not others & {q.answer, *q.distractors}, q.prompt


async def test_collection_settings_default_choice_share_and_persist(tmp_path: Path) -> None:
    state = await StateDB.open(tmp_path / "state.sqlite3")
    try:
        settings = await CollectionSettings.load(state)
        assert settings.scope(None) == Scope.default()
        assert settings.scope(5).collections == {"default", guild_collection(5)}
        await settings.choose(5, frozenset({"guild-6", "history"}))
        assert settings.scope(5).collections == {"history"}  # guild-6 is another server's, not shared
        await settings.share("guild-6", True)
        assert settings.scope(5).collections == {"guild-6", "history"}
        again = await CollectionSettings.load(state)
        assert again.scope(5) == settings.scope(5) and again.shared() == {"guild-6"}
        await again.share("guild-6", False)
        await again.choose(5, None)
        assert (await CollectionSettings.load(state)).scope(5).collections == {"default", "guild-5"}
    finally:
        await state.close()


@pytest.mark.parametrize("seen", [(DEFAULT_COLLECTION,), ("guild-1",), ("guild-2", DEFAULT_COLLECTION),
                                  (DEFAULT_COLLECTION, "guild-1", "guild-2")])
async def test_the_shared_scoped_content_answers_as_a_fresh_one(store: ContentStore, seen: tuple[str, ...]) -> None:
    """ScopedContent.of keeps one object per store and scope, with what it derived cached; asked
    twice, it answers exactly as a new ScopedContent does (the whole store's scope included)."""
    shared = ScopedContent.of(store, Scope(frozenset(seen)))
    assert ScopedContent.of(store, Scope(frozenset(reversed(seen)))) is shared
    fresh = scoped(store, *seen)
    for _ in range(2):
        assert await shared.documents() == await fresh.documents()
        # One mapping by key for every caller (open paginators hold it), equal to a fresh one's.
        assert await shared.document_map() is await shared.document_map()
        assert await shared.document_map() == await fresh.document_map() == \
               {d.doc_key: d for d in await fresh.documents()}
        assert await shared.questions() == await fresh.questions()
        assert await shared.topics() == await fresh.topics()
        assert await shared.summary() == await fresh.summary()
        for word in WORDS:
            assert [h.passage.passage_key for h in await shared.search(word)] == \
                   [h.passage.passage_key for h in await fresh.search(word)]
            assert [e.event_key for e in await shared.events(search=word)] == \
                   [e.event_key for e in await fresh.events(search=word)]
        passage = await shared.random_passage()
        assert (passage is None) == (not [d for d in await fresh.documents() if d.passages])
        assert passage is None or collection_of(passage.doc_key) in seen
    (await shared.documents()).clear()  # a caller's copy: the cache is not touched
    assert await shared.documents() == await fresh.documents()


async def test_a_rebuilt_store_gets_its_own_scoped_content(store_path: Path, tmp_path: Path) -> None:
    """A rebuild opens a new ContentStore: nothing cached for the old one answers for it."""
    scope = Scope(frozenset({DEFAULT_COLLECTION, "guild-1", "guild-2"}))
    old = await ContentStore.open(store_path)
    try:
        before = ScopedContent.of(old, scope)
        assert len(await before.documents()) == 4
        docs = tmp_path / "documents"
        (docs / "guild-1").mkdir(parents=True)
        (docs / "guild-1" / "harbour.txt").write_text(HARBOUR)
        build_store(docs, tmp_path / "questions", tmp_path / "content.sqlite3")
        new = await ContentStore.open(tmp_path / "content.sqlite3")
        try:
            after = ScopedContent.of(new, scope)
            assert after is not before and after.store is new
            assert [d.doc_key for d in await after.documents()] == ["guild-1/harbour.txt"]
            assert (await after.summary()).documents == 1 and (await before.summary()).documents == 4
            assert await after.search("Putin") == [] and await before.search("Putin")
        finally:
            await new.close()
    finally:
        await old.close()

"""Full-text search: hostile inputs never raise, ranking and snippets, duplicates never returned."""

from __future__ import annotations

import pytest
from store_paths import EDITORIAL, PAPER, PAPER_PDF

from bot.store.content import ContentStore, StoreMissing, fts_query

HOSTILE = ['"', "NEAR(", "-", "AND", "*", "Sino-Russian", "🙂", "x" * 5000, "", "   ", "OR OR",
           "NOT", "(", ")", "^Yeltsin", "body:Putin", "'", "US$244.8", '"unbalanced', "Gorbachev's visit",
           "a" + "\x00" + "b", "漢字", "\\", "%_", "; DROP TABLE passages; --", "NEAR(a b, 3)",
           "China " * 2000]


@pytest.fixture
async def store(bundled_store):
    path, _report = bundled_store
    opened = await ContentStore.open(path)
    yield opened
    await opened.close()


@pytest.mark.parametrize("text", HOSTILE)
async def test_hostile_inputs_never_raise(store: ContentStore, text: str) -> None:
    hits = await store.search(text)
    assert isinstance(hits, list)
    for hit in hits:
        assert hit.passage.text and hit.doc.doc_key == hit.passage.doc_key


@pytest.mark.parametrize("text", HOSTILE)
def test_every_query_is_quoted_tokens(text: str) -> None:
    expr = fts_query(text)
    if expr is not None:
        for part in expr.replace(" AND ", "\x1f").split("\x1f"):
            assert part.startswith('"') and part.rstrip("*").endswith('"')
        assert len(expr) < 1000


async def test_search_finds_highlights_and_ranks(store: ContentStore) -> None:
    hits = await store.search("Gorbachev visited China")
    assert hits
    assert "gorbachev" in hits[0].passage.text.lower()
    assert "\x02" in hits[0].snippet and "\x03" in hits[0].snippet
    assert [h.score for h in hits] == sorted(h.score for h in hits)


async def test_hyphenated_and_stemmed_queries(store: ContentStore) -> None:
    assert any("Sino-Russian" in h.passage.text for h in await store.search("Sino-Russian"))
    cooperate = await store.search("cooperate")  # porter: cooperate ~ cooperation
    assert any("cooperation" in h.passage.text.lower() for h in cooperate)
    assert await store.search("yelts")  # the last word is a prefix


async def test_or_fallback_when_and_finds_nothing(store: ContentStore) -> None:
    assert await store.search("Gorbachev zzqqxxy") != []


async def test_duplicates_never_returned(store: ContentStore) -> None:
    for q in ("security dilemma", "Putin Era", "new security concept", "Fig"):
        for hit in await store.search(q, limit=50):
            assert hit.doc.doc_key != PAPER_PDF and hit.doc.duplicate_of is None
            assert hit.passage.duplicate_of is None
    assert await store.search("security dilemma", doc_key=PAPER_PDF) == []
    assert await store.search("security dilemma", doc_key=PAPER)


async def test_paging_and_doc_filter(store: ContentStore) -> None:
    first = await store.search("China Russia", limit=3)
    second = await store.search("China Russia", limit=3, offset=3)
    assert len(first) == 3 and len(second) == 3
    assert not {h.passage.passage_key for h in first} & {h.passage.passage_key for h in second}


async def test_missing_store_raises_store_missing(tmp_path) -> None:
    with pytest.raises(StoreMissing):
        await ContentStore.open(tmp_path / "nope.sqlite3")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreMissing):
        await ContentStore.open(junk)


def test_stopwords_dropped_only_when_other_words_remain() -> None:
    assert fts_query("the treaty of 1991") == '"treaty" AND "1991"*'
    assert fts_query("the") == '"the"'
    assert fts_query("Sino-Russian") == '"Sino-Russian"*'


async def test_search_with_doc_filter_stays_in_that_document(store: ContentStore) -> None:
    hits = await store.search("Putin", doc_key=EDITORIAL)
    assert hits and all(h.doc.doc_key == EDITORIAL for h in hits)


async def test_common_words_filter_instead_of_rank(store: ContentStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """At scale a very common word only filters; results must still hold every word."""
    import bot.store.content as content

    exact = await store.search("Gorbachev China", limit=10)
    monkeypatch.setattr(content, "FREQUENT", 8)  # "China" is now "common" in the bundled corpus
    store._counts.clear()
    mixed = await store.search("Gorbachev China", limit=10)
    assert mixed and {h.passage.passage_key for h in mixed} == {h.passage.passage_key for h in exact}
    for hit in mixed:
        where = f"{hit.passage.section} {hit.passage.text}".lower()  # section and text are indexed
        assert "gorbachev" in where and "china" in where
    everywhere = await store.search("China Russia", limit=10)  # both common: unranked, still AND
    assert len(everywhere) == 10
    for hit in everywhere:
        where = f"{hit.passage.section} {hit.passage.text}".lower()
        assert "china" in where and "russia" in where
    assert await store.search("Gorbachev zzqqxxy")  # OR fallback still works

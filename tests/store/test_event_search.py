"""/timeline search: and /fact search: match the event itself (its sentence, summary and the
entities it involves), never merely the passage it sits in.

The three documents (news, paper, opinion) put several dated events in one passage, so a word of
the passage that is not in an event's own sentence is at hand for every case.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.build import build_store
from bot.console.transport import LocalDiscord
from bot.corpus.entities import event_entities, full_names
from bot.store.content import ContentStore

DOCS = Path(__file__).parent / "event_docs"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("events") / "content.sqlite3"
    (out.parent / "no-questions").mkdir()
    build_store(DOCS, out.parent / "no-questions", out)
    return out


@pytest.fixture
async def store(store_path: Path) -> AsyncIterator[ContentStore]:
    opened = await ContentStore.open(store_path)
    try:
        yield opened
    finally:
        await opened.close()


async def years(store: ContentStore, query: str, first: int | None = None, last: int | None = None) -> list[int]:
    return [e.start_year for e in await store.events(from_year=first, to_year=last, search=query)]


async def test_a_person_finds_only_the_events_that_involve_them(store: ContentStore) -> None:
    # 2001 and 2005 share Putin's passage but not his involvement.
    assert await years(store, "Putin") == [2000, 2004]
    assert await years(store, "Yeltsin") == [1996, 1999]
    assert await years(store, "Mao") == [1949, 1976]


async def test_a_full_name_finds_the_sentences_that_use_part_of_it(store: ContentStore) -> None:
    assert await years(store, "Vladimir Putin") == [2000, 2004]  # "In 2004, Putin visited…"
    assert await years(store, "Boris Yeltsin") == [1996, 1999]  # "Yeltsin resigned…"
    assert await years(store, "Mao Zedong") == [1949, 1976]  # family name first: "Mao died…"


async def test_an_alias_finds_the_place_however_it_is_written(store: ContentStore) -> None:
    assert 1991 in await years(store, "USSR")  # the sentence says "the Soviet Union"
    assert await years(store, "Soviet Union") == await years(store, "USSR")


async def test_words_only_elsewhere_in_the_passage_do_not_match(store: ContentStore) -> None:
    # "customs" is in the 2005 event's sentence; "campaign" only in the 2000 one, same passage.
    assert await years(store, "customs") == [2005]
    assert await years(store, "campaign") == [2000]
    assert await years(store, "campaign customs") == []  # every word, in the event itself
    # "pipeline" is in the sentence both 2007 and 2011 come from.
    assert await years(store, "pipeline") == [2007, 2011]


async def test_search_keeps_date_order_and_the_year_range(store: ContentStore) -> None:
    assert await years(store, "Beijing") == [1996, 2001, 2004]
    assert await years(store, "Beijing", 2000, 2003) == [2001]
    assert await years(store, "Beijing", 1990) == [1996, 2001, 2004]
    assert await years(store, "Beijing", None, 1999) == [1996]


async def test_unfinished_last_word_and_hostile_input(store: ContentStore) -> None:
    assert await years(store, "Yelts") == [1996, 1999]  # type-ahead, as in /search
    for hostile in ('"', "NEAR(", "*", "AND OR NOT", "'; DROP TABLE events; --", "x" * 5000):
        assert isinstance(await store.events(search=hostile), list)
    assert await years(store, "zzzqqqxxy") == []


def test_entities_of_a_sentence() -> None:
    names = full_names(["President Vladimir Putin met Xi Jinping.", "In Beijing, Li Wei spoke."])
    assert event_entities("In 2004, Putin visited.", names) == "Vladimir Putin"
    assert event_entities("Xi spoke in 2013.", names) == "Xi Jinping"
    assert "USSR" in event_entities("Soviet troops left in 1989.", names).split()  # a demonym
    assert "President" not in event_entities("Putin spoke.", names)  # titles are not names
    assert event_entities("The weather was fine in 1990.", names) == ""


async def test_timeline_and_fact_commands_use_the_event_search(store_path: Path) -> None:
    async with LocalDiscord.open(content_path=store_path) as local:
        timeline = await local.slash("timeline", search="Putin")
        assert not timeline.ephemeral
        fields = timeline.embeds[0]["fields"]
        assert [f["name"] for f in fields] == ["2000", "2004"]
        for _ in range(6):
            fact = await local.slash("fact", search="Yeltsin")
            assert "Yeltsin" in fact.embeds[0]["description"]
        missing = await local.slash("timeline", search="campaign customs")
        assert missing.ephemeral and "no dated events" in missing.content


@pytest.mark.parametrize("query", ["Russia", "China", "treaty", "Soviet Union", "Putin", "the"])
async def test_matches_read_page_by_page_agree_with_the_timeline(content_path: Path, query: str) -> None:
    """On the bundled store (ranges included): a search in a span is the span's events that the
    search matches, in the same order, whether read at once, one by one or a slice at a time."""
    bundled = await ContentStore.open(content_path)
    try:
        everywhere = {e.event_key for e in await bundled.events(search=query)}
        timeline = list(await bundled.events())
        spans = [(None, None), (1950, 1991), (1991, None), (None, 1960),
                 (timeline[len(timeline) // 2].start_year, timeline[len(timeline) // 2].start_year)]
        for first, last in spans:
            found = await bundled.events(from_year=first, to_year=last, search=query)
            every = list(found)
            expected = [e for e in await bundled.events(from_year=first, to_year=last) if e.event_key in everywhere]
            assert [e.event_key for e in every] == [e.event_key for e in expected], (first, last)
            assert len(found) == len(every)
            assert [found[i] for i in range(len(found))] == every
            for begin, end in ((0, 8), (1, 3), (len(every) - 2, len(every) + 5)):
                assert list(found[begin:end]) == every[begin:end]
            if every:
                assert found[-1] == every[-1]
    finally:
        await bundled.close()


async def test_a_span_reads_like_a_list_of_the_timeline(content_path: Path) -> None:
    bundled = await ContentStore.open(content_path)
    try:
        timeline = list(await bundled.events())
        for first, last in ((None, None), (1950, 1991), (1991, None), (None, 1960), (2100, 2200)):
            span = await bundled.events(from_year=first, to_year=last)
            every = list(span)
            expected = [e for e in timeline
                        if (first is None or (e.end_year or e.start_year) >= first)
                        and (last is None or e.start_year <= last)]
            assert sorted(e.event_key for e in every) == sorted(e.event_key for e in expected), (first, last)
            assert len(span) == len(every) and [span[i] for i in range(len(span))] == every
            for begin, end in ((0, 8), (2, 5), (len(every) - 3, len(every) + 4)):
                assert list(span[begin:end]) == every[begin:end]
            if every:
                assert span[-1] == every[-1]
    finally:
        await bundled.close()


async def test_a_random_event_is_one_of_the_matches(store: ContentStore) -> None:
    import random

    rng = random.Random(7)
    for query, years_found in (("Beijing", {1996, 2001, 2004}), ("Putin", {2000, 2004}), (None, None)):
        picked = {(await store.random_event(query, rng)).start_year for _ in range(40)}  # type: ignore[union-attr]
        if years_found is None:
            assert len(picked) > 3 and picked <= {e.start_year for e in await store.events()}
        else:
            assert picked == years_found  # every match can be drawn, nothing else is
    assert await store.random_event("zzzqqqxxy", rng) is None

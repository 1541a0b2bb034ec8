"""/timeline, /fact and /onthisday through the real command tree (bot.console.transport.LocalDiscord).

Expectations come from the content store (a real event's year, how many events a range holds),
so the tests hold for any reasonable corpus, not only the five bundled documents.
"""

from __future__ import annotations

import asyncio
import math
import re
import sqlite3
from collections import Counter
from datetime import date

import pytest

from bot.console.transport import LocalDiscord, Reply
from bot.corpus.model import Event
from bot.exts.reference._format import EVENTS_PER_PAGE, event_date
from bot.ui import paginator


def _buttons(reply: Reply) -> dict[str, dict]:
    """Label -> component, for the paginator's buttons."""
    out = {}
    for row in reply.components:
        for comp in row.get("components", []):
            if comp.get("type") == 2:
                out[comp.get("label")] = comp
    return out


def _counter(reply: Reply) -> tuple[int, int]:
    footer = reply.embeds[0]["footer"]["text"]
    match = re.search(r"Page (\d+)/(\d+)", footer)
    assert match, footer
    return int(match[1]), int(match[2])


async def _events(local: LocalDiscord) -> list[Event]:
    return await local.bot.content.events()


async def test_timeline_pages_first_last_and_jumps(local: LocalDiscord) -> None:
    events = await _events(local)
    pages = math.ceil(len(events) / EVENTS_PER_PAGE)
    assert pages >= 3, "the bundled corpus has enough events for three pages"
    alice = local.user("alice")

    first = await local.slash("timeline", user=alice)
    assert not first.ephemeral
    assert _counter(first) == (1, pages)
    buttons = _buttons(first)
    assert buttons["First"]["disabled"] and buttons["Previous"]["disabled"]
    assert not buttons["Next"]["disabled"] and not buttons["Last"]["disabled"]
    assert f"1/{pages}" in buttons  # the counter between the arrows
    assert len(first.embeds[0]["fields"]) == EVENTS_PER_PAGE
    assert event_date(events[0]) in first.embeds[0]["fields"][0]["name"]

    second = await local.click(first, "Next", user=alice)
    assert second.response_type == 7  # the same message, turned
    assert _counter(second) == (2, pages)
    assert event_date(events[EVENTS_PER_PAGE]) in second.embeds[0]["fields"][0]["name"]

    last = await local.click(first, "Last", user=alice)
    assert _counter(last) == (pages, pages)
    buttons = _buttons(last)
    assert buttons["Next"]["disabled"] and buttons["Last"]["disabled"]
    assert not buttons["First"]["disabled"]
    assert len(last.embeds[0]["fields"]) == len(events) - (pages - 1) * EVENTS_PER_PAGE
    assert event_date(events[-1]) in last.embeds[0]["fields"][-1]["name"]

    back = await local.click(first, "First", user=alice)
    assert _counter(back) == (1, pages)
    assert back.embeds[0]["fields"] == first.embeds[0]["fields"]


async def test_only_the_invoker_turns_pages(local: LocalDiscord) -> None:
    alice, bob = local.user("alice"), local.user("bob")
    first = await local.slash("timeline", user=alice)
    before = local.message(first.message_id)["embeds"]

    nosy = await local.click(first, "Next", user=bob)
    assert nosy.ephemeral
    assert "/timeline" in nosy.content and "your own" in nosy.content
    assert local.message(first.message_id)["embeds"] == before  # page unchanged

    mine = await local.click(first, "Next", user=alice)
    assert _counter(mine)[0] == 2


async def test_a_single_page_has_no_buttons(local: LocalDiscord) -> None:
    by_year = Counter(e.start_year for e in await _events(local))
    year = next(y for y, n in by_year.items() if n <= EVENTS_PER_PAGE)
    reply = await local.slash("timeline", from_year=year, to_year=year)
    assert reply.components == []
    assert all(str(year) in f["name"] for f in reply.embeds[0]["fields"])
    assert "Page" not in (reply.embeds[0].get("footer") or {}).get("text", "")


async def test_an_empty_range_gets_a_friendly_message(local: LocalDiscord) -> None:
    first_year = min(e.start_year for e in await _events(local))
    reply = await local.slash("timeline", from_year=1, to_year=max(first_year - 100, 1))
    assert reply.ephemeral
    assert "no dated events" in reply.content
    assert reply.components == []


async def test_reversed_years_are_swapped_and_said(local: LocalDiscord) -> None:
    years = sorted({e.start_year for e in await _events(local)})
    low, high = years[1], years[-2]
    reply = await local.slash("timeline", from_year=high, to_year=low)
    assert not reply.ephemeral
    assert "swapped" in reply.embeds[0]["description"]
    assert f"{low}–{high}" in reply.embeds[0]["title"]
    assert reply.embeds[0]["fields"], "the swapped range has events"


@pytest.mark.parametrize("year", [99999, -44, 0])
async def test_impossible_years_get_a_clear_message(local: LocalDiscord, year: int) -> None:
    reply = await local.slash("timeline", from_year=year)
    assert reply.ephemeral
    assert str(year) in reply.content and "between" in reply.content


@pytest.mark.parametrize("search", ["?!?", "…", "-- ++"])
async def test_a_punctuation_search_is_refused_politely(local: LocalDiscord, search: str) -> None:
    reply = await local.slash("timeline", search=search)
    assert reply.ephemeral
    assert "no letters or digits" in reply.content


async def test_search_matches_words_of_the_event_sentence_too(local: LocalDiscord) -> None:
    content = local.bot.content
    events = await _events(local)
    # A word that is in an event's own sentence but not in its (shortened) summary.
    for event in events:
        passage = await content.passage(event.passage_key)
        sentence = passage.text[event.sent_start:event.sent_end]
        extra = [w for w in re.findall(r"[A-Za-z]{6,}", sentence) if w.casefold() not in
                 event.summary.casefold()]
        if extra:
            break
    else:
        pytest.skip("every sentence word is in its event summary")
    reply = await local.slash("timeline", search=extra[0])
    assert not reply.ephemeral
    every_page = [reply]
    while (_buttons(every_page[-1]).get("Next") or {"disabled": True})["disabled"] is False:
        every_page.append(await local.click(reply, "Next", user=local.user("tester")))
    summaries = " ".join(f["value"] for page in every_page for f in page.embeds[0]["fields"])
    assert event.summary[:40] in summaries.replace("\\", "")


async def test_inferred_years_are_marked(local: LocalDiscord) -> None:
    inferred = [e for e in await _events(local) if e.certainty == "inferred"]
    if not inferred:
        pytest.skip("no inferred dates in this corpus")
    year = inferred[0].start_year
    reply = await local.slash("timeline", from_year=year, to_year=year)
    assert f"{event_date(inferred[0])} (year inferred)" in reply.text


async def test_page_buttons_are_disabled_after_the_timeout(local: LocalDiscord) -> None:
    local.bot.get_cog("Reference").page_timeout = 0.2
    reply = await local.slash("timeline")
    assert any(not c["disabled"] for c in _buttons(reply).values())
    await local.wait_for_message(
        lambda s: s.message_id == reply.message_id and s.kind == "edit"
        and all(c.get("disabled") for row in s.components for c in row["components"]), timeout=30)
    message = local.message(reply.message_id)
    assert all(c["disabled"] for row in message["components"] for c in row["components"])


async def test_an_expired_paginator_answers_cleanly(local: LocalDiscord) -> None:
    alice = local.user("alice")
    reply = await local.slash("timeline", user=alice)
    nonce = reply.custom_ids[0].split(":")[1]
    live = paginator.find(nonce)
    assert live is not None
    live.stop()  # what a restart does: the view in memory is gone, the message is not
    await asyncio.sleep(0)

    clicked = await local.click(reply, "Next", user=alice)
    assert clicked.response_type == 7
    assert all(c["disabled"] for row in local.message(reply.message_id)["components"] for c in row["components"])
    note = clicked.followups[0]
    assert note.ephemeral and "expired" in note.content and "/timeline" in note.content


async def test_fact_quotes_its_sentence_and_shows_the_passage_privately(local: LocalDiscord) -> None:
    content = local.bot.content
    fact = await local.slash("fact")
    assert not fact.ephemeral
    assert fact.buttons and fact.buttons[0][0] == "Show passage"
    passage_key = fact.buttons[0][1].removeprefix("ref:passage:")
    passage = await content.passage(passage_key)
    assert passage is not None
    description = fact.embeds[0]["description"]
    assert "\n> " in description and "**" in description  # quoted, with the date in bold
    assert fact.embeds[0]["fields"][0]["name"] == "Source"

    shown = await local.click(fact, "Show passage", user=local.user("bob"))
    assert shown.ephemeral
    first_words = " ".join(passage.text.split()[:6])
    assert first_words in shown.embeds[0]["description"].replace("\\", "")


async def test_fact_with_a_search_picks_a_matching_fact(local: LocalDiscord) -> None:
    event = (await _events(local))[0]
    word = max(re.findall(r"[A-Za-z]{5,}", event.summary), key=len)
    fact = await local.slash("fact", search=word)
    passage = await local.click(fact, "Show passage")  # the word is in the fact or in its passage
    assert _fts_matches(fact.text + passage.text, word)  # as the store's tokenizer stems it: "countries" ~ "country"
    missing = await local.slash("fact", search="zzzqqqxxy")
    assert missing.ephemeral and "zzzqqqxxy" in missing.content


def _fts_matches(text: str, word: str) -> bool:
    """Whether ``word`` matches ``text`` the way the content store's search does (FTS5, porter stems)."""
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61 remove_diacritics 2')")
        con.execute("INSERT INTO t VALUES (?)", (text,))
        return bool(con.execute("SELECT count(*) FROM t WHERE t MATCH ?", (f'"{word}"',)).fetchone()[0])
    finally:
        con.close()


def _cog_today(local: LocalDiscord, day: date) -> None:
    local.bot.get_cog("Reference").today = lambda: day


async def test_on_this_day_exact_date(local: LocalDiscord) -> None:
    dated = [e for e in await _events(local) if e.start_day is not None and e.start_month is not None]
    event = dated[0]
    _cog_today(local, date(2030, event.start_month, event.start_day))
    reply = await local.slash("onthisday")
    assert "On this day" in reply.embeds[0]["title"]
    assert event_date(event) in reply.text


async def test_on_this_day_falls_back_to_the_month_and_says_so(local: LocalDiscord) -> None:
    events = await _events(local)
    months = {e.start_month for e in events if e.start_month}
    month = sorted(months)[0]
    days = {e.start_day for e in events if e.start_month == month and e.start_day}
    day = next(d for d in range(1, 29) if d not in days)
    _cog_today(local, date(2030, month, day))
    reply = await local.slash("onthisday")
    assert "This month" in reply.embeds[0]["title"]
    assert "exactly" in reply.embeds[0]["description"]


async def test_on_this_day_with_nothing_is_friendly(local: LocalDiscord) -> None:
    months = {e.start_month for e in await _events(local) if e.start_month}
    empty = [m for m in range(1, 13) if m not in months]
    if not empty:
        pytest.skip("every month has an event")
    _cog_today(local, date(2030, empty[0], 15))
    reply = await local.slash("onthisday")
    assert reply.ephemeral and "Nothing in the documents" in reply.text


@pytest.mark.parametrize(("options", "phrase"), [
    ({"from_year": 3000}, "from 3000 onwards"),
    ({"to_year": 2}, "up to 2"),
    ({"from_year": 3000, "to_year": 3000}, "in 3000"),
    ({"from_year": 3000, "to_year": 3100}, "between 3000 and 3100"),
])
async def test_an_empty_range_reads_as_a_sentence(local: LocalDiscord, options: dict[str, int], phrase: str) -> None:
    reply = await local.slash("timeline", **options)
    assert reply.ephemeral
    assert f"I found no dated events {phrase} in the documents." in reply.content, reply.content
    assert "for from" not in reply.content and "for up to" not in reply.content

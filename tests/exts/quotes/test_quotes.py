"""/quote and /search through the real command tree: highlights, buttons, sources, bad input."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from bot.console.transport import LocalDiscord, Reply
from bot.ui.text import embed_size


def _no_raw_markers(reply: Reply) -> None:
    assert "\x02" not in reply.text and "\x03" not in reply.text


async def _a_word_in_two_passages(local: LocalDiscord) -> str:
    """A distinctive word the store finds in at least two passages (for Next match)."""
    content = local.bot.content
    for word in ("Shanghai", "Putin", "Moscow", "Soviet", "Russia"):
        if len(await content.search(word, limit=2)) == 2:
            return word
    pytest.skip("no word found in two passages")


async def test_quote_without_search_is_a_random_attributed_passage(local: LocalDiscord) -> None:
    reply = await local.slash("quote")
    assert not reply.ephemeral
    description = reply.embeds[0]["description"]
    assert description.startswith("According to ")
    assert "\n> " in description
    assert reply.embeds[0]["fields"][0]["name"] == "Source"
    assert [label for label, _ in reply.buttons] == ["Another quote", "More context"]


async def test_quote_search_highlights_the_match(local: LocalDiscord) -> None:
    word = await _a_word_in_two_passages(local)
    reply = await local.slash("quote", search=word)
    _no_raw_markers(reply)
    assert re.search(rf"\*\*{word}\w*\*\*", reply.embeds[0]["description"], re.IGNORECASE)
    assert [label for label, _ in reply.buttons] == ["Next match", "More context"]


async def test_next_match_moves_on_and_others_see_it_privately(local: LocalDiscord) -> None:
    word = await _a_word_in_two_passages(local)
    hits = await local.bot.content.search(word, limit=2)
    first = await local.slash("quote", search=word, user=local.user("alice"))
    before = local.message(first.message_id)["embeds"]

    second = await local.click(first, "Next match", user=local.user("bob"))
    assert second.ephemeral  # bob did not run /quote: alice's message stays as it was
    assert local.message(first.message_id)["embeds"] == before
    assert "Match 2" in second.embeds[0]["title"]
    words = " ".join(hits[1].passage.text.split()[:5])
    assert words in second.embeds[0]["description"].replace("\\", "").replace("**", "")


async def test_more_context_shows_the_neighbours_privately(local: LocalDiscord) -> None:
    reply = await local.slash("quote", search=await _a_word_in_two_passages(local))
    key = next(cid for _, cid in reply.buttons if cid.startswith("ref:ctx:")).removeprefix("ref:ctx:")
    neighbours = await local.bot.content.neighbours(key, before=1, after=1)
    context = await local.click(reply, "More context", user=local.user("bob"))
    assert context.ephemeral
    assert "This passage" in context.embeds[0]["description"]
    assert ("Before" in context.text) == (neighbours[0].passage_key != key)
    assert ("After" in context.text) == (neighbours[-1].passage_key != key)


async def test_source_autocomplete_answers_titles_within_limits(local: LocalDiscord) -> None:
    docs = await local.bot.content.documents()
    everything = await local.autocomplete("quote", "source", "")
    assert 0 < len(everything) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in everything)
    canonical = next(d for d in docs if d.duplicate_of is None)
    word = max(re.findall(r"\w+", canonical.title), key=len)
    narrowed = await local.autocomplete("search", "source", word.lower())
    assert canonical.doc_key in [c["value"] for c in narrowed]


async def test_a_source_limits_the_quote_to_that_document(local: LocalDiscord) -> None:
    docs = [d for d in await local.bot.content.documents() if d.duplicate_of is None and d.passages]
    doc = docs[-1]
    reply = await local.slash("quote", source=doc.doc_key)
    assert doc.title in reply.embeds[0]["fields"][0]["value"].replace("\\", "")
    by_title = await local.slash("quote", source=doc.title.upper())  # a typed title resolves too
    assert doc.title in by_title.embeds[0]["fields"][0]["value"].replace("\\", "")


async def test_an_unknown_source_lists_valid_ones(local: LocalDiscord) -> None:
    reply = await local.slash("quote", source="The Necronomicon")
    assert reply.ephemeral
    assert "Necronomicon" in reply.content
    titles = [d.title for d in await local.bot.content.documents() if d.duplicate_of is None]
    assert any(t[:40] in reply.content.replace("\\", "") for t in titles)
    search = await local.slash("search", query="Putin", source="nope nope")
    assert search.ephemeral and "nope nope" in search.content


async def test_search_lists_highlighted_hits_and_opens_one_privately(local: LocalDiscord) -> None:
    word = await _a_word_in_two_passages(local)
    reply = await local.slash("search", query=word)
    assert not reply.ephemeral
    _no_raw_markers(reply)
    fields = reply.embeds[0]["fields"]
    assert 2 <= len(fields) <= 10
    assert all("**" in f["value"] and "— " in f["value"] for f in fields)  # highlight and citation
    select = reply.components[0]["components"][0]
    assert select["custom_id"] == "ref:open" and len(select["options"]) == len(fields)

    chosen = select["options"][1]["value"]
    opened = await local.select(reply, "ref:open", [chosen], user=local.user("bob"))
    assert opened.ephemeral
    passage = await local.bot.content.passage(chosen)
    assert " ".join(passage.text.split()[:5]) in opened.embeds[0]["description"].replace("\\", "")


@pytest.mark.parametrize("query", ["", "   "])
async def test_search_needs_words(local: LocalDiscord, query: str) -> None:
    reply = await local.slash("search", query=query)
    assert reply.ephemeral and "what to look for" in reply.content


@pytest.mark.parametrize("query", ["?!", "***", "((("])
async def test_search_of_only_punctuation_is_refused(local: LocalDiscord, query: str) -> None:
    for command, option in (("search", "query"), ("quote", "search")):
        reply = await local.slash(command, options={option: query})
        assert reply.ephemeral and "no letters or digits" in reply.content


async def test_nothing_found_suggests_fewer_words(local: LocalDiscord) -> None:
    reply = await local.slash("search", query="zzqxj wvvkq")
    assert reply.ephemeral
    assert "zzqxj wvvkq" in reply.content and "fewer words" in reply.content


@pytest.mark.parametrize("command,option", [("search", "query"), ("quote", "search"), ("timeline", "search"),
                                            ("fact", "search")])
async def test_mentions_in_search_text_never_ping(local: LocalDiscord, command: str, option: str) -> None:
    reply = await local.slash(command, options={option: "@everyone <@123> zzqxj"})
    for sent in reply.all:
        if sent.kind in ("message", "edit"):
            assert sent.data["allowed_mentions"]["parse"] == []
            assert "@everyone" not in sent.text and "<@123>" not in sent.text
    assert "@\u200beveryone" in reply.text  # echoed, visibly escaped


def _longest_passage_key(path: Path) -> str:
    """The longest passage in a built store (read straight from the file: the API has no "all passages")."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        return db.execute("SELECT passage_key FROM passages ORDER BY length(text) DESC LIMIT 1").fetchone()[0]


def _assert_fits(reply: Reply) -> None:
    for embed in reply.embeds:
        assert len(embed.get("description") or "") <= 4096 and embed_size(embed) <= 6000
        for fld in embed.get("fields") or []:
            assert len(fld["value"]) <= 1024


async def test_the_longest_passage_fits_every_limit(local: LocalDiscord) -> None:
    content = local.bot.content
    longest = await content.passage(_longest_passage_key(content.path))
    words = " ".join(re.findall(r"[A-Za-z]{4,}", longest.text)[:8])  # only this passage has them all
    quote = await local.slash("quote", search=words, source=longest.doc_key)
    context = await local.click(quote, "More context")
    search = await local.slash("search", query=words)
    opened = await local.select(search, "ref:open", [longest.passage_key])
    for reply in (quote, context, search, opened):
        _assert_fits(reply)
    assert " ".join(longest.text.split()[-4:]) in quote.embeds[0]["description"].replace("\\", "")


# One enormous sentence: the passage splitter cuts only at sentence ends, so it stays one passage.
CLAUSE = "the delegates met @everyone and <@123> under the_pact in Harbin on 1 May 1999, "


@pytest.fixture(scope="module")
def huge_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus with one enormous paragraph full of markdown and mention syntax."""
    from bot.build import build_store

    root = tmp_path_factory.mktemp("huge")
    docs, questions = root / "documents", root / "questions"
    docs.mkdir()
    questions.mkdir()
    (docs / "huge.txt").write_text(
        "---\ntitle: \"A long_report\"\nauthor: Test Outlet\nkind: opinion\ndate: 2001\n---\n"
        "A very long report\n\nIn short, " + CLAUSE * 80 + "and that was all.\n\n"
        "A short closing paragraph about Harbin, where the delegates met again in June 2000.\n",
        encoding="utf-8")
    out = root / "content.sqlite3"
    build_store(docs, questions, out)
    return out


async def test_a_huge_passage_is_cut_never_mid_word_and_never_pings(huge_store: Path) -> None:
    async with LocalDiscord.open(content_path=huge_store) as local:
        quote = await local.slash("quote", search="delegates pact")
        context = await local.click(quote, "More context")
        fact = await local.slash("fact", search="delegates")
        shown = await local.click(fact, "Show passage")
        search = await local.slash("search", query="delegates")
        for reply in (quote, context, fact, shown, search):
            _assert_fits(reply)
            assert "@everyone" not in reply.text and "<@123>" not in reply.text
            assert reply.first.data["allowed_mentions"]["parse"] == []
        description = quote.embeds[0]["description"]
        lead, body = description.split("\n", 1)
        assert "(opinion)" in lead  # opinion is attributed as such
        assert body.endswith("…")
        last_word = re.findall(r"\w+", body)[-1]
        assert last_word in set(re.findall(r"\w+", CLAUSE))  # a whole word, not a piece of one
        assert "the\\_pact" in body and "@\u200beveryone" in body  # literal, not markup or a ping


async def test_a_duplicate_source_quotes_its_original(local: LocalDiscord) -> None:
    docs = await local.bot.content.documents()
    duplicate = next(d for d in docs if d.duplicate_of is not None)
    original = next(d for d in docs if d.doc_key == duplicate.duplicate_of)
    reply = await local.slash("quote", source=duplicate.doc_key)
    assert not reply.ephemeral
    assert original.title in reply.embeds[0]["fields"][0]["value"].replace("\\", "")
    choices = await local.autocomplete("quote", "source", "")
    assert duplicate.doc_key not in [c["value"] for c in choices]  # offered once, as the original


async def test_next_match_works_when_only_some_words_match(local: LocalDiscord) -> None:
    word = await _a_word_in_two_passages(local)
    query = f"{word} zzqxjunmatched"  # no passage has both: the store falls back to either word
    hits = await local.bot.content.search(query, limit=2)
    assert len(hits) == 2
    first = await local.slash("quote", search=query)
    second = await local.click(first, "Next match")
    assert "Match 2" in second.embeds[0]["title"]
    assert " ".join(hits[1].passage.text.split()[:5]) in \
        second.embeds[0]["description"].replace("\\", "").replace("**", "")


@pytest.mark.parametrize("command,option", [("quote", "search"), ("quote", "source"), ("timeline", "search"),
                                            ("fact", "search")])
async def test_an_empty_optional_text_means_it_was_not_given(local: LocalDiscord, command: str,
                                                             option: str) -> None:
    reply = await local.slash(command, options={option: "  "})
    assert not reply.ephemeral and reply.embeds  # a normal answer, as without the option


async def test_an_unknown_source_with_mentions_does_not_ping(local: LocalDiscord) -> None:
    reply = await local.slash("quote", source="@everyone <@&42>")
    assert reply.ephemeral
    assert reply.first.data["allowed_mentions"]["parse"] == []
    assert "@everyone" not in reply.content and "<@&42>" not in reply.content

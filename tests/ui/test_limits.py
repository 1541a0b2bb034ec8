"""Discord's limits: the text helpers with hostile input, and the whole command tree against the rules.

discord.py lets several violations through (a 150-character explicit description, 30 choices)
that Discord then rejects at sync time, so every command's payload is re-checked with the fake
Discord's rules (``tests/e2e/commandrules.py``).
"""

from __future__ import annotations

import re

import discord
import pytest
from discord import app_commands
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.fake.commandrules import validate_commands
from bot.console.transport import LocalDiscord, validate_embed, validate_message
from bot.ui import text
from bot.ui.text import (
    chunk,
    cut_at_sentence,
    embed_size,
    escape_markdown,
    fit_embed,
    fit_embeds,
    highlight,
    truncate,
)


async def test_every_command_in_the_tree_follows_discords_rules(local: LocalDiscord) -> None:
    tree = local.bot.tree
    commands = tree.get_commands()
    assert commands, "no commands loaded"
    assert not local.bot.failed_extensions, local.bot.failed_extensions
    payloads = [command.to_dict(tree) for command in commands]
    assert validate_commands(payloads) == []


def test_the_validator_catches_what_discord_py_lets_through() -> None:
    tree = app_commands.CommandTree(discord.Client(intents=discord.Intents.none()))

    @app_commands.command(name="bad", description="x" * 150)  # discord.py accepts this
    @app_commands.choices(pick=[app_commands.Choice(name=f"c{i}", value=i) for i in range(30)])
    async def bad(interaction: discord.Interaction, pick: int) -> None:
        return None

    problems = " | ".join(validate_commands([bad.to_dict(tree)]))
    assert "description must be 1-100 characters, got 150" in problems
    assert "30 choices, at most 25" in problems
    manual = {"name": "Mixed", "description": "ok", "options": [
        {"type": 3, "name": "late", "description": "d", "required": False},
        {"type": 3, "name": "early", "description": "d", "required": True,
         "choices": [{"name": "n" * 101, "value": "v"}], "autocomplete": True}]}
    problems = " | ".join(validate_commands([manual]))
    for expected in ("name 'Mixed' must be lowercase", "required options must come before optional ones",
                     "autocomplete may not be set when choices are present", "choices[0]: name must be 1-100"):
        assert expected in problems
    huge = {"name": "huge", "description": "d", "options": [
        {"type": 3, "name": f"o{i}", "description": "d" * 100, "required": False,
         "choices": [{"name": "n" * 100, "value": "v" * 100} for _ in range(25)]} for i in range(5)]}
    assert any("at most 8000" in p for p in validate_commands([huge]))
    twins = [{"name": "same", "description": "d"}, {"name": "same", "description": "d"}]
    assert any("share the name" in p for p in validate_commands(twins))


# -- text helpers ---------------------------------------------------------------------------------
HOSTILE = ("@everyone look **here** <@123456789012345678> and <@&42> in <#77> ~~gone~~ ||spoiler|| "
           "`code` > quote _under_ \\ back @here")


def test_escape_markdown_neutralises_mentions_and_markup() -> None:
    escaped = escape_markdown(HOSTILE)
    assert "@everyone" not in escaped and "@here" not in escaped
    assert not re.search(r"<@&?\d+>|<#\d+>", escaped)
    for raw in ("**here**", "~~gone~~", "||spoiler||", "`code`", "_under_"):
        assert raw not in escaped
    assert "\\*\\*here\\*\\*" in escaped
    assert escape_markdown("> a quote\n# heading\nplain").splitlines()[:2] == ["\\> a quote", "\\# heading"]


def test_highlight_bolds_only_the_match_after_escaping() -> None:
    result = highlight("the **\x02hegemony\x03** of @everyone")
    assert "**hegemony**" in result
    assert "\\*\\*" in result and "@everyone" not in result
    assert "\x02" not in result and "\x03" not in result


@pytest.mark.parametrize("limit", [1, 2, 5, 10, 50, 100, 333])
def test_truncate_respects_the_limit(limit: int) -> None:
    sentence = "Sino-Soviet relations went through alliance, split and normalisation " * 5
    cut = truncate(sentence, limit)
    assert 0 < len(cut) <= limit
    assert cut.endswith("…")
    if limit >= 50:  # long enough to hold whole words: the cut falls between words
        body = cut[:-1]
        assert sentence.startswith(body)
        assert sentence[len(body)] in " ,-"


def test_truncate_keeps_short_text_and_never_cuts_mid_word() -> None:
    assert truncate("short", 10) == "short"
    cut = truncate("alpha beta gamma delta", 14)
    assert cut == "alpha beta…"


def test_cut_at_sentence_prefers_sentence_boundaries() -> None:
    paragraph = "First sentence here. Second one is longer than that. Third never fits at all."
    cut = cut_at_sentence(paragraph, 60)
    assert cut == "First sentence here. Second one is longer than that. …"
    assert len(cut) <= 60
    # No sentence end within the limit: fall back to a word boundary.
    assert cut_at_sentence("no full stop in this long run of words", 20) == truncate(
        "no full stop in this long run of words", 20)


def test_chunk_splits_at_breaks_within_the_limit() -> None:
    text_ = "\n\n".join(f"Paragraph {i}: " + "word " * 150 for i in range(10))
    pieces = chunk(text_, 2000)
    assert all(len(p) <= 2000 for p in pieces)
    assert "".join(p.replace(" ", "").replace("\n", "") for p in pieces) == \
        text_.replace(" ", "").replace("\n", "")
    assert chunk("x" * 4500, 2000) == ["x" * 2000, "x" * 2000, "x" * 500]
    assert chunk("   ") == []


def test_fit_embed_enforces_every_limit() -> None:
    embed = discord.Embed(title="T" * 300, description="word " * 1500)
    embed.set_author(name="A" * 300)
    embed.set_footer(text="F" * 2100)
    for i in range(30):
        embed.add_field(name="N" * 300 if i % 2 else "", value="v " * 700)
    fitted = fit_embed(embed)
    data = fitted.to_dict()
    assert validate_embed(data) == []
    assert embed_size(data) <= text.EMBED_TOTAL
    assert len(data["title"]) <= 256 and data["title"].endswith("…")


def test_limits_are_discords_numbers() -> None:
    assert (text.CONTENT, text.EMBED_TITLE, text.EMBED_DESCRIPTION, text.EMBED_FIELDS, text.EMBED_FIELD_NAME,
            text.EMBED_FIELD_VALUE, text.EMBED_FOOTER, text.EMBED_AUTHOR, text.EMBED_TOTAL) == \
        (2000, 256, 4096, 25, 256, 1024, 2048, 256, 6000)
    assert (text.BUTTON_LABEL, text.CUSTOM_ID, text.CHOICES, text.CHOICE_NAME, text.SELECT_OPTIONS) == \
        (80, 100, 25, 100, 25)


# -- properties over arbitrary text --------------------------------------------------------------
HOSTILE_ALPHABET = st.sampled_from([*"ab .,!?\n*_`~|>#-[]()@<>&:/\\\x02\x03", "everyone", "here", "123",
                                    "https://x.io/a_b", "é", "🙂"])
hostile_text = st.lists(HOSTILE_ALPHABET, max_size=300).map("".join)


@settings(max_examples=200, deadline=None)
@given(hostile_text, st.integers(min_value=1, max_value=400))
def test_cuts_never_exceed_their_limit(value: str, limit: int) -> None:
    assert len(truncate(value, limit)) <= limit
    assert len(cut_at_sentence(value, limit)) <= limit
    pieces = chunk(value, max(limit, 20))
    assert all(len(p) <= max(limit, 20) for p in pieces)
    assert "".join("".join(pieces).split()) == "".join(value.split())


@settings(max_examples=200, deadline=None)
@given(hostile_text)
def test_escaped_text_never_forms_a_mention(value: str) -> None:
    for escaped in (escape_markdown(value), highlight(value)):
        assert not re.search(r"@(everyone|here)", escaped)
        assert not re.search(r"<(@[!&]?|#)\d+>", escaped)
    assert "\x02" not in highlight(value) and "\x03" not in highlight(value)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(hostile_text, st.text(max_size=5000), st.integers(0, 40), st.text(max_size=2500)),
                min_size=1, max_size=12))
def test_fit_embeds_always_fits_a_message(specs: list[tuple[str, str, int, str]]) -> None:
    embeds = []
    for title, description, fields, footer in specs:
        embed = discord.Embed(title=title * 3 or None, description=description or None)
        for i in range(fields):
            embed.add_field(name=f"field {i} " * 30, value=description[: 1500] or "v")
        if footer:
            embed.set_footer(text=footer)
        embeds.append(embed)
    fitted = fit_embeds(embeds)
    payload = {"embeds": [e.to_dict() for e in fitted], "allowed_mentions": {"parse": []}, "content": "x"}
    assert validate_message(payload, creating=True) == []
    assert 1 <= len(fitted) <= 10


@settings(max_examples=50, deadline=None)
@given(hostile_text, st.text(max_size=300), st.lists(st.tuples(st.text(max_size=300), st.text(max_size=1100)),
                                                      max_size=30), st.text(max_size=300), st.text(max_size=300))
def test_embed_size_counts_an_embed_as_its_payload(title: str, description: str, fields: list[tuple[str, str]],
                                                   footer: str, author: str) -> None:
    # Counted in place (no to_dict() copy on every reply), it still counts what Discord counts.
    embed = discord.Embed(title=title or None, description=description or None)
    for name, value in fields:
        embed.add_field(name=name, value=value)
    if footer:
        embed.set_footer(text=footer)
    if author:
        embed.set_author(name=author)
    assert embed_size(embed) == embed_size(embed.to_dict())

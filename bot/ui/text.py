"""Discord's size limits and the text helpers that keep every message inside them.

Everything the bot shows passes through here: quoted document text is unbounded and may
contain markdown or mention syntax, so it is escaped, cut at a word or sentence boundary,
and fitted into embeds before it leaves. Discord answers a message over a limit with a 400.
"""

from __future__ import annotations

import re
from typing import Any

import discord

# Messages and embeds (developers/resources/message.mdx).
CONTENT = 2000
EMBEDS_PER_MESSAGE = 10
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
EMBED_FIELD_NAME = 256
EMBED_FIELD_VALUE = 1024
EMBED_FOOTER = 2048
EMBED_AUTHOR = 256
EMBED_TOTAL = 6000
# Components (developers/components/reference.mdx).
ACTION_ROWS = 5
BUTTONS_PER_ROW = 5
BUTTON_LABEL = 80
CUSTOM_ID = 100
SELECT_OPTIONS = 25
SELECT_OPTION_LABEL = 100
SELECT_OPTION_VALUE = 100
SELECT_OPTION_DESCRIPTION = 100
SELECT_PLACEHOLDER = 150
# Application commands (developers/interactions/application-commands.mdx).
CHOICES = 25
CHOICE_NAME = 100
CHOICE_VALUE = 100
# Modals (developers/interactions/receiving-and-responding.mdx, components/reference.mdx).
MODAL_TITLE = 45
TEXT_INPUT_LABEL = 45
TEXT_INPUT_VALUE = 4000

ELLIPSIS = "…"
ZWSP = "\u200b"

# Characters that end a sentence, optionally followed by closing quotes/brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s|$)")


def truncate(text: str, limit: int) -> str:
    """Shorten ``text`` to at most ``limit`` characters, never mid-word, ending with "…"."""
    text = text.strip()
    if len(text) <= limit:
        return text
    if limit <= 1:
        return ELLIPSIS[:limit]
    room = text[: limit - 1]
    cut = room.rstrip()
    # Back up to the last whitespace unless the cut already falls on one.
    if len(cut) == len(room) and not text[limit - 1].isspace():
        space = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\t"))
        if space > limit // 3:  # a single giant word: cutting it beats returning almost nothing
            cut = cut[:space].rstrip()
    return cut.rstrip(" ,;:-–—") + ELLIPSIS


def cut_at_sentence(text: str, limit: int) -> str:
    """Shorten to whole sentences within ``limit`` (with "…"), else fall back to a word boundary."""
    text = text.strip()
    if len(text) <= limit:
        return text
    best = -1
    for match in _SENTENCE_END.finditer(text):
        if match.end() + 2 > limit:  # room for " …"
            break
        best = match.end()
    if best >= limit // 4:
        return text[:best] + " " + ELLIPSIS
    return truncate(text, limit)


_MENTION = re.compile(r"<(@[!&]?|#)(\d+)>")
_EVERYONE = re.compile(r"@(everyone|here)")
# Markup characters, plus brackets so document text cannot form a masked link "[text](url)".
_INLINE_MARKUP = re.compile(r"([*_`~|\\\[\]])")
# A bare link, kept verbatim: it may hold "_" (common in URLs, never formatted inside a link)
# but not "*", "|", "~" or backticks, and trailing punctuation belongs to the sentence.
_URL = re.compile(r"(https?://[^\s<>()*|~`\[\]]*[^\s<>()*|~`\[\].,;:!?\"'])")
_LINE_START = re.compile(r"^(\s*)(>|#{1,3} |-# |- |\* |\d+\. )", re.MULTILINE)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker[0].isdigit():  # "1. ": Discord shows "\1." literally, but "1\." stops the list
        return indent + marker[:-2] + "\\. "
    return indent + "\\" + marker


def escape_markdown(text: str) -> str:
    """Make document or user text render literally: no markup, no mention look-alikes.

    ``allowed_mentions`` already stops pings; this stops ``@everyone`` or ``<@123>`` from
    *looking* like a mention, and ``*``, ``_``, backticks, spoilers and quotes from garbling.
    """
    # Links stay byte-for-byte (a backslash inside one would break it); only the text around
    # them is escaped. Mentions are neutralised everywhere.
    pieces = _URL.split(text)
    for i in range(0, len(pieces), 2):
        pieces[i] = _INLINE_MARKUP.sub(r"\\\1", pieces[i])
    text = _LINE_START.sub(_escape_line_start, "".join(pieces))
    return neutralise_mentions(text)


def neutralise_mentions(text: str) -> str:
    """Only the mention part of :func:`escape_markdown`, for text that is meant to carry markdown."""
    text = _MENTION.sub(lambda m: f"<{m.group(1)}{ZWSP}{m.group(2)}>", text)
    return _EVERYONE.sub(lambda m: f"@{ZWSP}{m.group(1)}", text)


def highlight(snippet: str) -> str:
    """Escape a search snippet, then turn the store's \\x02…\\x03 match markers into **bold**."""
    escaped = escape_markdown(snippet)
    escaped = re.sub(r"\x02\s*\x03", "", escaped)
    return escaped.replace("\x02", "**").replace("\x03", "**")


def chunk(text: str, limit: int = CONTENT) -> list[str]:
    """Split long text into pieces of at most ``limit`` characters, at paragraph, line or word breaks."""
    text = text.strip()
    if not text:
        return []
    pieces: list[str] = []
    while len(text) > limit:
        window = text[: limit + 1]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            pos = window.rfind(sep, 0, limit)
            if pos > limit // 3:
                cut = pos + (1 if sep == ". " else 0)
                break
        if cut <= 0:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def embed_size(embed: discord.Embed | dict[str, Any]) -> int:
    """Characters Discord counts towards the 6000 total of one embed."""
    if isinstance(embed, discord.Embed):  # read in place: to_dict() copies the whole embed
        return (len(embed.title or "") + len(embed.description or "")
                + sum(len(fld.name or "") + len(fld.value or "") for fld in embed.fields)
                + len(embed.footer.text or "") + len(embed.author.name or ""))
    data = embed
    total = len(data.get("title") or "") + len(data.get("description") or "")
    for fld in data.get("fields") or []:
        total += len(fld.get("name") or "") + len(fld.get("value") or "")
    total += len((data.get("footer") or {}).get("text") or "")
    total += len((data.get("author") or {}).get("name") or "")
    return total


def fit_embed(embed: discord.Embed, total: int = EMBED_TOTAL) -> discord.Embed:
    """Cut ``embed`` down (in place, and return it) to every embed limit and to ``total`` characters."""
    if embed.title:
        embed.title = truncate(str(embed.title), EMBED_TITLE)
    if embed.description:
        embed.description = truncate(str(embed.description), EMBED_DESCRIPTION)
    if embed.author.name:
        embed.set_author(name=truncate(embed.author.name, EMBED_AUTHOR), url=embed.author.url,
                         icon_url=embed.author.icon_url)
    if embed.footer.text:
        embed.set_footer(text=truncate(embed.footer.text, EMBED_FOOTER), icon_url=embed.footer.icon_url)
    fields = embed.fields
    fitted = [(truncate(fld.name or ZWSP, EMBED_FIELD_NAME) or ZWSP,
               truncate(fld.value or ZWSP, EMBED_FIELD_VALUE) or ZWSP, fld.inline) for fld in fields[:EMBED_FIELDS]]
    if len(fields) > EMBED_FIELDS or any((fld.name, fld.value) != (name, value)
                                         for fld, (name, value, _) in zip(fields, fitted, strict=True)):
        embed.clear_fields()
        for name, value, inline in fitted:
            embed.add_field(name=name, value=value, inline=inline)
    if embed_size(embed) <= total:  # the usual case: nothing more to cut
        return embed
    # Over the total: drop trailing fields first, then shorten description, footer, title.
    while embed_size(embed) > total and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if embed_size(embed) > total and embed.description:
        embed.description = _shorter(embed.description, embed_size(embed) - total)
    if embed_size(embed) > total and embed.footer.text:
        embed.set_footer(text=_shorter(embed.footer.text, embed_size(embed) - total))
    if embed_size(embed) > total and embed.title:
        embed.title = _shorter(embed.title, embed_size(embed) - total)
    return embed


def _shorter(text: str, excess: int) -> str | None:
    keep = len(text) - excess
    return truncate(text, keep) if keep >= 2 else None


def fit_embeds(embeds: list[discord.Embed]) -> list[discord.Embed]:
    """At most 10 embeds, each fitted, together within the 6000-character message total
    (the last ones give way first; one that cannot fit at all is dropped)."""
    fitted = [fit_embed(e) for e in embeds[:EMBEDS_PER_MESSAGE]]
    while fitted and sum(embed_size(e) for e in fitted) > EMBED_TOTAL:
        last = fitted[-1]
        budget = EMBED_TOTAL - sum(embed_size(e) for e in fitted[:-1])
        if budget < 2:
            fitted.pop()
            continue
        fit_embed(last, total=budget)
        if embed_size(last) > budget or not (last.title or last.description or last.fields):
            fitted.pop()
    return fitted

"""What /documents shows: a document's yield, and the pages of /documents list."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.library import DocumentYield
from bot.store.content import DocumentInfo
from bot.ui.cite import format_partial_date
from bot.ui.passages import inline
from bot.ui.text import truncate

COLOUR = discord.Colour.dark_green()
DOCS_PER_PAGE = 8
REASONS_SHOWN = 6


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def counts(doc: DocumentInfo) -> str:
    return (f"{_plural(doc.passages, 'passage')} · {_plural(doc.events, 'event')} · "
            f"{_plural(doc.questions, 'question')}")


def byline(doc: DocumentInfo) -> str:
    return " · ".join([inline(doc.author) if doc.author else "author unknown", doc.kind or "kind unknown",
                       format_partial_date(doc.date) if doc.date else "undated"])


def yield_embed(result: DocumentYield, *, heading: str) -> discord.Embed:
    """A document's yield: what it gave the bot, or why it gave nothing."""
    info = result.info
    embed = discord.Embed(title=heading, colour=COLOUR if info is not None else discord.Colour.orange())
    if info is None:
        reason = result.skipped or "the build did not read it"
        embed.description = f"`{truncate(result.doc_key, 200)}` gave nothing: {inline(reason)}."
        return embed
    embed.description = f"**{inline(truncate(info.title, 200))}**\n{byline(info)}\n{counts(info)}"
    if info.duplicate_of:
        embed.add_field(name="Duplicate", value=f"It repeats `{truncate(info.duplicate_of, 200)}`, so only that "
                                                "one is searched and quizzed.", inline=False)
    elif info.passages == 0:
        embed.add_field(name="No passages", value="No body text was found (only headings, captions or "
                                                  "references).", inline=False)
    if result.rejected:
        lines = [f"{n} × {inline(truncate(reason, 150))}" for reason, n in result.rejected.most_common(REASONS_SHOWN)]
        more = sum(result.rejected.values()) - sum(n for _, n in result.rejected.most_common(REASONS_SHOWN))
        if more:
            lines.append(f"… and {more} more")
        embed.add_field(name="Left out", value="\n".join(lines), inline=False)
    embed.set_footer(text=f"File: {truncate(result.doc_key, 200)} · collection {info.collection}")
    return embed


def list_pages(docs: Sequence[DocumentInfo], collection: str) -> list[discord.Embed]:
    pages = []
    header = f"{_plural(len(docs), 'document')} in this server's collection `{collection}`."
    for start in range(0, len(docs), DOCS_PER_PAGE):
        embed = discord.Embed(title="This server's documents", description=header, colour=COLOUR)
        for doc in docs[start:start + DOCS_PER_PAGE]:
            value = f"{byline(doc)}\n{counts(doc)}\nFile: `{truncate(doc.doc_key, 150)}`"
            if doc.duplicate_of:
                value += f"\nDuplicate of `{truncate(doc.duplicate_of, 150)}`"
            embed.add_field(name=truncate(inline(doc.title), 250), value=value, inline=False)
        pages.append(embed)
    return pages

"""The buttons and the select on quotes, facts and search results.

All of them are ``DynamicItem``s whose state lives in the custom_id (a passage key, a search
offset, a document id, the query), so they keep answering after a restart. Register them with
``register(bot)``. Everything they reveal is private (ephemeral) except "Next match" pressed
by the person who ran /quote, which turns the quote in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord

from bot.corpus.model import Passage
from bot.exts.quotes._source import doc_by_short_id, short_id
from bot.store.content import DocumentInfo
from bot.ui import passage_buttons, reply
from bot.ui.errors import UserFacingError, routes_errors
from bot.ui.passage_buttons import PASSAGE_KEY, ContextButton, content_of, send_passage
from bot.ui.passages import (
    marked_terms,
    quote_embed,
    shown,
)
from bot.ui.text import CUSTOM_ID

if TYPE_CHECKING:
    from bot.store.scoped import ScopedContent

_NEXT_PREFIX = "ref:next:"
SEARCH_WINDOW = 50  # the most results the store returns at once


@dataclass(frozen=True)
class Found:
    passage: Passage
    doc: DocumentInfo
    terms: list[str]


def _query_words(query: str) -> list[str]:
    return [w for w in re.findall(r"\w+", query) if len(w) >= 3]


async def find_quote(content: ScopedContent, query: str | None, doc_key: str | None, offset: int) -> Found | None:
    """The ``offset``-th best match for ``query`` (a random passage when there is no query)."""
    if query is None:
        passage = await content.random_passage(doc_key)
        doc = await content.document(passage.doc_key) if passage is not None else None
        return Found(passage, doc, []) if passage is not None and doc is not None else None
    if offset < SEARCH_WINDOW:
        # Ask from the top: the store falls back from AND to OR only for a search from offset 0,
        # so "Next match" after an OR-only first match would otherwise find nothing.
        hits = await content.search(query, doc_key=doc_key, limit=offset + 1)
        hits = hits[offset:]
    else:
        hits = await content.search(query, doc_key=doc_key, limit=1, offset=offset)
    if not hits:
        return None
    hit = hits[0]
    terms = list(dict.fromkeys([*marked_terms(hit.snippet), *_query_words(query)]))
    return Found(hit.passage, hit.doc, terms)


def quote_message(found: Found, query: str | None, doc_key: str | None,
                  offset: int) -> tuple[discord.Embed, discord.ui.View]:
    """The /quote reply: the quote embed plus Next match / More context."""
    title = "A quote from the documents" if query is None else f"Match {offset + 1} for “{shown(query, 60)}”"
    embed = quote_embed(found.passage, found.doc, terms=found.terms, title=title)
    view = discord.ui.View(timeout=None)
    view.add_item(NextMatchButton(None if query is None else offset + 1,
                                  short_id(doc_key) if doc_key else None, query or ""))
    view.add_item(ContextButton(found.passage.passage_key))
    return embed, view


def _fit_query(query: str, room: int) -> str:
    """The query cut to fit a custom_id, at a word boundary."""
    if len(query) <= room:
        return query
    cut = query[:room]
    return cut[: cut.rfind(" ")] if " " in cut else cut


class NextMatchButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
                      template=r"ref:next:(?P<offset>\d{1,4}|r):(?P<doc>d[0-9a-f]{15}|-):(?P<query>.*)"):
    """"Next match" (or "Another quote" for a random one): the same search, one result further."""

    def __init__(self, offset: int | None, doc: str | None, query: str) -> None:
        head = f"{_NEXT_PREFIX}{'r' if offset is None else offset}:{doc or '-'}:"
        query = _fit_query(query, CUSTOM_ID - len(head))
        super().__init__(discord.ui.Button(label="Another quote" if offset is None else "Next match",
                                           style=discord.ButtonStyle.primary, custom_id=head + query))
        self.offset, self.doc, self.query = offset, doc, query

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> NextMatchButton:
        offset = None if match["offset"] == "r" else int(match["offset"])
        return cls(offset, None if match["doc"] == "-" else match["doc"], match["query"])

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        content = content_of(interaction)
        doc_key = None
        if self.doc is not None:
            doc = await doc_by_short_id(content, self.doc)
            if doc is None:
                raise UserFacingError("That source is no longer in the documents. Run /quote again.")
            doc_key = doc.doc_key
        query = self.query if self.offset is not None and self.query else None
        offset = self.offset or 0
        found = await find_quote(content, query, doc_key, offset)
        if found is None:
            if query is None:
                raise UserFacingError("There are no quotable passages left to show.")
            raise UserFacingError(f"That was the last match for “{shown(query)}”. "
                                  "Run /quote again to start from the best one.")
        embed, view = quote_message(found, query, doc_key, offset)
        if _ran_it(interaction):
            await reply.edit(interaction, embed=embed, view=view)
        else:  # someone else's quote: show them the next one without changing it for everybody
            await reply.send(interaction, embed=embed, view=view, ephemeral=True)


def _ran_it(interaction: discord.Interaction) -> bool:
    """Did the clicker run the command this message answers (or is the message theirs alone)?"""
    message = interaction.message
    if message is None:
        return False
    if message.flags.ephemeral:
        return True
    metadata = message.interaction_metadata
    return metadata is not None and metadata.user.id == interaction.user.id


class OpenSelect(discord.ui.DynamicItem[discord.ui.Select[discord.ui.View]], template=r"ref:open"):
    """The select under /search results: open any hit in full, privately."""

    def __init__(self, options: list[discord.SelectOption] | None = None) -> None:
        super().__init__(discord.ui.Select(custom_id="ref:open", placeholder="Open a result in full…",
                                           options=options or [], min_values=1, max_values=1))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> OpenSelect:
        options = item.options if isinstance(item, discord.ui.Select) else []
        return cls(options)

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        values = self.item.values
        if not values or not re.fullmatch(PASSAGE_KEY, values[0]):
            raise UserFacingError("Pick one of the results from the list.")
        await send_passage(interaction, values[0])


def register(bot: discord.Client) -> None:
    passage_buttons.register(bot)
    bot.add_dynamic_items(NextMatchButton, OpenSelect)


"""The buttons that show a passage, shared by every feature that cites one (quotes, facts, search).

Both are ``DynamicItem``s whose state (the passage key) lives in the custom_id, so they keep
answering after a restart. Register them once with ``register(bot)``; it is idempotent.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.corpus.model import Passage
from bot.store.content import DocumentInfo
from bot.ui import reply
from bot.ui.errors import UserFacingError, routes_errors
from bot.ui.passages import FULL_LIMIT, block, citation, colour_for, inline, lead_in, quote_embed
from bot.ui.scope import content_of as content_of  # re-exported: features import it from here
from bot.ui.text import cut_at_sentence, highlight

GONE = "That passage is no longer in the documents (they were rebuilt). Run the command again."
PASSAGE_KEY = r"p[0-9a-f]{15}"


def passage_embed(passage: Passage, doc: DocumentInfo) -> discord.Embed:
    """The whole passage (cut at a sentence only if it is enormous)."""
    title = inline(passage.section) if passage.section else "The whole passage"
    return quote_embed(passage, doc, title=title, limit=FULL_LIMIT)


async def send_passage(interaction: discord.Interaction, passage_key: str) -> None:
    content = content_of(interaction)
    passage = await content.passage(passage_key)
    doc = await content.document(passage.doc_key) if passage is not None else None
    if passage is None or doc is None:
        raise UserFacingError(GONE)
    await reply.send(interaction, embed=passage_embed(passage, doc), ephemeral=True)


def context_embed(passages: list[Passage], focus: str, doc: DocumentInfo) -> discord.Embed:
    """The passage with its neighbours, in document order, the focus marked."""
    each = FULL_LIMIT // max(len(passages), 1) - 40
    seen_focus = False
    parts: list[str] = [lead_in(doc)]
    for passage in passages:
        if passage.passage_key == focus:
            label, seen_focus = "**This passage**", True
        else:
            label = "**After**" if seen_focus else "**Before**"
        parts.append(f"{label}\n{block(highlight(cut_at_sentence(passage.text, each)))}")
    embed = discord.Embed(title="More context", description="\n\n".join(parts), colour=colour_for(doc))
    embed.add_field(name="Source", value=citation(doc, next((p for p in passages if p.passage_key == focus),
                                                            None)), inline=False)
    return embed


class PassageButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=rf"ref:passage:(?P<key>{PASSAGE_KEY})"):
    """"Show passage": the whole passage a fact came from, privately."""

    def __init__(self, passage_key: str) -> None:
        super().__init__(discord.ui.Button(label="Show passage", style=discord.ButtonStyle.secondary,
                                           custom_id=f"ref:passage:{passage_key}"))
        self.passage_key = passage_key

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> PassageButton:
        return cls(match["key"])

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        await send_passage(interaction, self.passage_key)


class ContextButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=rf"ref:ctx:(?P<key>{PASSAGE_KEY})"):
    """"More context": the passages before and after, privately."""

    def __init__(self, passage_key: str) -> None:
        super().__init__(discord.ui.Button(label="More context", style=discord.ButtonStyle.secondary,
                                           custom_id=f"ref:ctx:{passage_key}"))
        self.passage_key = passage_key

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ContextButton:
        return cls(match["key"])

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        content = content_of(interaction)
        passage = await content.passage(self.passage_key)
        doc = await content.document(passage.doc_key) if passage is not None else None
        if passage is None or doc is None:
            raise UserFacingError(GONE)
        passages = await content.neighbours(self.passage_key, before=1, after=1) or [passage]
        await reply.send(interaction, embed=context_embed(passages, self.passage_key, doc), ephemeral=True)


def register(bot: discord.Client) -> None:
    bot.add_dynamic_items(PassageButton, ContextButton)

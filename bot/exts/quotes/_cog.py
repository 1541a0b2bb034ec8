"""/quote and /search: passages from the documents, quoted with their source."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.exts.quotes._source import resolve_source, source_choices
from bot.exts.quotes._views import OpenSelect, find_quote, quote_message
from bot.ui import reply
from bot.ui.errors import UserFacingError
from bot.ui.passage_buttons import content_of
from bot.ui.passages import clean_search, colour_for, hit_field, plain_snippet, shown
from bot.ui.text import SELECT_OPTION_LABEL, truncate

if TYPE_CHECKING:
    from bot.app import QuizBot

SEARCH_RESULTS = 8


def _no_match(query: str, source: str | None) -> str:
    where = f" in *{shown(source)}*" if source else ""
    hint = " Try fewer words, or a different spelling." if len(query.split()) > 1 else \
        " Try a different word or spelling."
    return f"Nothing in the documents matches “{shown(query)}”{where}.{hint}"


class Quotes(commands.Cog):
    """Quotable, searchable passages, each with its source."""

    def __init__(self, bot: QuizBot) -> None:
        self.bot = bot

    @app_commands.command(name="quote", description="A passage from the documents, quoted with its source.")
    @app_commands.describe(search="words to look for (a random passage when empty)",
                           source="only quote this document")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def quote(self, interaction: discord.Interaction[QuizBot], search: str | None = None,
                    source: str | None = None) -> None:
        content = content_of(interaction)
        query = clean_search(search)
        doc = await resolve_source(content, source)
        doc_key = doc.doc_key if doc is not None else None
        found = await find_quote(content, query, doc_key, 0)
        if found is None:
            if query is None:
                where = f"*{shown(doc.title)}* has" if doc else "The documents have"
                raise UserFacingError(f"{where} no quotable passages yet.")
            raise UserFacingError(_no_match(query, doc.title if doc else None))
        embed, view = quote_message(found, query, doc_key, 0)
        await reply.send(interaction, embed=embed, view=view)

    @app_commands.command(name="search", description="Find passages in the documents that mention something.")
    @app_commands.describe(query="words or a name to look for", source="only search this document")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def search(self, interaction: discord.Interaction[QuizBot], query: str, source: str | None = None) -> None:
        content = content_of(interaction)
        cleaned = clean_search(query, what="search")
        if cleaned is None:
            raise UserFacingError("Tell me what to look for: a word, a name or a phrase, for example `Putin`.")
        doc = await resolve_source(content, source)
        hits = await content.search(cleaned, doc_key=doc.doc_key if doc else None, limit=SEARCH_RESULTS)
        if not hits:
            raise UserFacingError(_no_match(cleaned, doc.title if doc else None))
        where = f" in *{shown(doc.title)}*" if doc else ""
        embed = discord.Embed(title=f"Search: {shown(cleaned, 200)}", colour=colour_for(doc),
                              description=f"The {len(hits)} best match{'es' if len(hits) > 1 else ''}{where}. "
                                          "Pick one below to read it in full (only you will see it).")
        options: list[discord.SelectOption] = []
        for number, hit in enumerate(hits, start=1):
            name, value = hit_field(number, hit)
            embed.add_field(name=name, value=value, inline=False)
            if any(o.value == hit.passage.passage_key for o in options):
                continue  # a select's option values must be unique
            options.append(discord.SelectOption(
                label=truncate(f"{number}. {hit.doc.title}", SELECT_OPTION_LABEL),
                value=hit.passage.passage_key, description=plain_snippet(hit) or None))
        view = discord.ui.View(timeout=None)
        view.add_item(OpenSelect(options))
        await reply.send(interaction, embed=embed, view=view)

    @quote.autocomplete("source")
    @search.autocomplete("source")
    async def _source_autocomplete(self, interaction: discord.Interaction[QuizBot],
                                   current: str) -> list[app_commands.Choice[str]]:
        try:
            return await source_choices(content_of(interaction), current)
        except UserFacingError:  # the store is still being built: no suggestions yet
            return []

"""/documents: add, list, info, remove (Manage Server) and share (the bot's owner).

Glue only: the rules and the file work are in bot.library; the rebuild is bot.rebuilder's.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.corpus.collections import DEFAULT_COLLECTION, guild_collection, valid_collection_name
from bot.corpus.model import DocKind
from bot.corpus.readers.base import valid_date
from bot.exts.documents._format import list_pages, yield_embed
from bot.exts.documents._views import ConfirmRemove
from bot.library import (
    UploadMeta,
    UploadRejected,
    check_upload,
    document_yield,
    remove_document,
    store_upload,
)
from bot.ui import reply
from bot.ui.errors import UserFacingError
from bot.ui.paginator import Paginator
from bot.ui.passages import inline
from bot.ui.permissions import require_manage_guild
from bot.ui.scope import content_of
from bot.ui.text import CHOICE_NAME, truncate

if TYPE_CHECKING:
    from bot.app import QuizBot

log = logging.getLogger(__name__)

MANAGING = "manage this server's documents"
OWNER_ONLY = "Only the bot's owner can share a server's documents with other servers."
DOWNLOAD_FAILED = ("I could not download that attachment from Discord (it may have been deleted, or the "
                   "connection failed). Please try again.")
REBUILD_FAILED = ("The file is saved, but rebuilding the documents failed, so the bot still uses the previous "
                  "ones. The owner can run `python -m bot build` to see why.")


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Documents(commands.GroupCog, group_name="documents",
                group_description="This server's own documents: add, list, inspect and remove them."):
    def __init__(self, bot: QuizBot) -> None:
        self.bot = bot
        super().__init__()

    async def _rebuild(self) -> bool:
        try:
            await self.bot.rebuilder.rebuild()
        except Exception:
            return False  # logged by the rebuilder
        return True

    @app_commands.command(name="add", description="Add a document (a file) to this server's collection.")
    @app_commands.describe(file="a text, Markdown, PDF, web page, Word or EPUB file", title="the document's title (else read from the file)",
                           author="who wrote it", kind="what sort of writing it is",
                           date="when it was written: YYYY, YYYY-MM or YYYY-MM-DD")
    async def add(self, interaction: discord.Interaction[QuizBot], file: discord.Attachment,
                  title: app_commands.Range[str, 1, 200] | None = None,
                  author: app_commands.Range[str, 1, 200] | None = None,
                  kind: DocKind | None = None,
                  date: app_commands.Range[str, 4, 10] | None = None) -> None:
        guild_id = require_manage_guild(interaction, MANAGING)
        try:
            filename = check_upload(file.filename, file.size)
        except UploadRejected as exc:
            raise UserFacingError(str(exc)) from None
        if date is not None and not valid_date(date.strip()):
            raise UserFacingError("Please give the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2017-07).")
        meta = UploadMeta(title=title, author=author, kind=kind, date=date.strip() if date else None)
        await interaction.response.send_message(f"Downloading `{inline(filename)}`…", ephemeral=True)
        try:
            data = await file.read()
        except (TimeoutError, discord.HTTPException, aiohttp.ClientError) as exc:
            log.info("attachment %s could not be downloaded (%s: %s)", file.id, exc.__class__.__name__, exc)
            await reply.edit(interaction, content=DOWNLOAD_FAILED)
            return
        collection = guild_collection(guild_id)
        try:
            stored = await asyncio.to_thread(store_upload, self.bot.settings.documents_dir, collection,
                                             filename, data, meta)
        except UploadRejected as exc:
            await reply.edit(interaction, content=str(exc))
            return
        verb = "Replaced" if stored.replaced else "Saved"
        await reply.edit(interaction, content=f"{verb} `{inline(stored.doc_key)}`. Rebuilding the documents "
                                              "(the bot keeps answering meanwhile)…")
        if not await self._rebuild():
            await reply.edit(interaction, content=REBUILD_FAILED)
            return
        result = await document_yield(self.bot.content, stored.doc_key)
        heading = "Document replaced" if stored.replaced else "Document added"
        await reply.edit(interaction, content=None, embed=yield_embed(result, heading=heading))

    @app_commands.command(name="list", description="This server's own documents and what each yields.")
    async def list_(self, interaction: discord.Interaction[QuizBot]) -> None:
        guild_id = require_manage_guild(interaction, MANAGING)
        collection = guild_collection(guild_id)
        docs = [d for d in await self.bot.content.documents() if d.collection == collection]
        if not docs:
            raise UserFacingError("This server has no documents of its own yet: add one with `/documents add`.")
        await Paginator(list_pages(docs, collection), owner_id=interaction.user.id,
                        command="documents list").start(interaction)

    @app_commands.command(name="info", description="What one document yields, and what was left out and why.")
    @app_commands.describe(document="a document this server can read")
    async def info(self, interaction: discord.Interaction[QuizBot], document: str) -> None:
        require_manage_guild(interaction, MANAGING)
        content = content_of(interaction)
        doc = await content.document(document)
        if doc is None:
            found = await content.find_documents(document, limit=1)
            doc = found[0] if found else None
        if doc is None:
            raise UserFacingError(f"No document here matches “{inline(truncate(document, 80))}”.")
        result = await document_yield(self.bot.content, doc.doc_key)
        await reply.send(interaction, embed=yield_embed(result, heading="Document"), ephemeral=True)

    @app_commands.command(name="remove", description="Remove one of this server's documents (asks first).")
    @app_commands.describe(document="one of this server's own documents")
    async def remove(self, interaction: discord.Interaction[QuizBot], document: str) -> None:
        guild_id = require_manage_guild(interaction, MANAGING)
        own = guild_collection(guild_id)
        doc = await self.bot.content.document(document)
        if doc is None or doc.collection != own:
            candidates = [d for d in await self.bot.content.find_documents(document, limit=10_000)
                          if d.collection == own]
            doc = candidates[0] if candidates else None
        if doc is None:
            raise UserFacingError(f"This server has no document of its own matching “{inline(truncate(document, 80))}”"
                                  " (only documents added here with `/documents add` can be removed here).")
        doc_key, title = doc.doc_key, truncate(inline(doc.title), 200)

        async def do_remove(click: discord.Interaction) -> None:
            removed = await asyncio.to_thread(remove_document, self.bot.settings.documents_dir, doc_key)
            if not removed:
                await click.edit_original_response(content=f"“{title}” was already gone.")
                return
            if not await self._rebuild():
                await click.edit_original_response(content=f"Removed the file of “{title}”, but rebuilding failed, "
                                                           "so it may still show until the next rebuild.")
                return
            await click.edit_original_response(content=f"Removed “{title}”. It no longer appears in search, the "
                                                       "timeline or new quizzes.")

        view = ConfirmRemove(interaction.user.id, title, do_remove)
        await interaction.response.send_message(f"Remove “{title}” (`{inline(doc_key)}`) from this server's "
                                                "documents? Running quizzes finish with their questions.",
                                                view=view, ephemeral=True)
        view.message = await interaction.original_response()

    @app_commands.command(name="share", description="Owner only: let other servers choose a server's collection.")
    @app_commands.describe(collection="a collection name, such as guild-123456789",
                           shared="True to share it, False to make it private again")
    async def share(self, interaction: discord.Interaction[QuizBot], collection: str, shared: bool = True) -> None:
        if not await self.bot.is_owner(interaction.user):
            raise UserFacingError(OWNER_ONLY)
        name = collection.strip().lower()
        if not valid_collection_name(name) or name == DEFAULT_COLLECTION:
            raise UserFacingError(f"“{inline(truncate(collection, 80))}” is not a collection that can be shared.")
        await self.bot.collections.share(name, shared)
        if shared:
            await reply.send(interaction, f"Shared `{name}`: other servers can now pick it with "
                                          "`/settings collections`.", ephemeral=True)
        else:
            await reply.send(interaction, f"`{name}` is private again: only its own server sees it.",
                             ephemeral=True)

    @info.autocomplete("document")
    async def visible_documents(self, interaction: discord.Interaction[QuizBot],
                                current: str) -> list[app_commands.Choice[str]]:
        if not self.bot.content_ready:
            return []
        docs = await content_of(interaction).find_documents(current, limit=25)
        return [app_commands.Choice(name=truncate(d.title, CHOICE_NAME), value=d.doc_key[:100]) for d in docs]

    @remove.autocomplete("document")
    async def own_documents(self, interaction: discord.Interaction[QuizBot],
                            current: str) -> list[app_commands.Choice[str]]:
        if not self.bot.content_ready or interaction.guild_id is None:
            return []
        own = guild_collection(interaction.guild_id)
        docs = [d for d in await self.bot.content.find_documents(current, limit=10_000) if d.collection == own]
        return [app_commands.Choice(name=truncate(d.title, CHOICE_NAME), value=d.doc_key[:100]) for d in docs[:25]]

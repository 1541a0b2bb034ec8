"""/sources and /help: what the bot knows and what it can do."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import __version__
from bot.exts.info._format import help_embed, source_pages
from bot.store.content import CorpusSummary
from bot.ui import reply
from bot.ui.errors import UserFacingError
from bot.ui.paginator import DEFAULT_TIMEOUT, Paginator
from bot.ui.scope import content_of

if TYPE_CHECKING:
    from bot.app import QuizBot


class Info(commands.Cog):
    """The corpus and the commands, described from the live data so they never go stale."""

    def __init__(self, bot: QuizBot, *, page_timeout: float = DEFAULT_TIMEOUT) -> None:
        self.bot = bot
        self.page_timeout = page_timeout

    @app_commands.command(name="sources", description="The documents behind the bot and what each yields.")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def sources(self, interaction: discord.Interaction[QuizBot]) -> None:
        docs = await content_of(interaction).documents()
        if not docs:
            raise UserFacingError("There are no documents yet: put some in the documents folder and rebuild.")
        await Paginator(source_pages(docs), owner_id=interaction.user.id, command="sources",
                        timeout=self.page_timeout).start(interaction)

    @app_commands.command(name="help", description="What this bot does and every command it has.")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def help(self, interaction: discord.Interaction[QuizBot]) -> None:
        summary: CorpusSummary | None
        try:
            summary = await content_of(interaction).summary()
        except UserFacingError:  # still building: help must work anyway
            summary = None
        await reply.send(interaction, embed=help_embed(self.bot.tree.get_commands(), summary, __version__),
                         ephemeral=True)

"""/quote and /search: quoted passages with their source, and the buttons on them."""

from __future__ import annotations

from discord.ext import commands

from bot.exts.quotes import _views
from bot.exts.quotes._cog import Quotes


async def setup(bot: commands.Bot) -> None:
    _views.register(bot)
    await bot.add_cog(Quotes(bot))

"""/sources and /help."""

from __future__ import annotations

from discord.ext import commands

from bot.exts.info._cog import Info
from bot.ui import paginator


async def setup(bot: commands.Bot) -> None:
    paginator.register(bot)
    await bot.add_cog(Info(bot))

"""/settings: per-server settings (for now, the daily question), for members who can manage the server."""

from __future__ import annotations

from discord.ext import commands

from bot.exts.settings._cog import ServerSettings


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ServerSettings(bot))

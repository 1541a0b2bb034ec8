"""/settings: per-server settings (for now, the daily question), for members who can manage the server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.settings._cog import ServerSettings

if TYPE_CHECKING:
    from bot.app import QuizBot


async def setup(bot: QuizBot) -> None:
    await bot.add_cog(ServerSettings(bot))

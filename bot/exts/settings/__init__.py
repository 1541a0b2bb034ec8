"""/settings: per-server settings (the daily question, report threshold and collections), for members who can manage the server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.settings._cog import ServerSettings
from bot.exts.settings._views import CollectionsSelect, ResetButton

if TYPE_CHECKING:
    from bot.app import QuizBot


async def setup(bot: QuizBot) -> None:
    # Registered once: a collections picker left open across a restart still works.
    bot.add_dynamic_items(CollectionsSelect, ResetButton)
    await bot.add_cog(ServerSettings(bot))

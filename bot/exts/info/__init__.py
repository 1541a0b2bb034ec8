"""/sources and /help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.info._cog import Info
from bot.ui import paginator

if TYPE_CHECKING:
    from bot.app import QuizBot


async def setup(bot: QuizBot) -> None:
    paginator.register(bot)
    await bot.add_cog(Info(bot))

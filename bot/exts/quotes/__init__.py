"""/quote and /search: quoted passages with their source, and the buttons on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.quotes import _views
from bot.exts.quotes._cog import Quotes

if TYPE_CHECKING:
    from bot.app import QuizBot


async def setup(bot: QuizBot) -> None:
    _views.register(bot)
    await bot.add_cog(Quotes(bot))

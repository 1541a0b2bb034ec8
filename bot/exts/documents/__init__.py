"""/documents add · list · info · remove · share: a server's own documents, managed from Discord."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.documents._cog import Documents
from bot.ui import paginator

if TYPE_CHECKING:
    from bot.app import QuizBot


async def setup(bot: QuizBot) -> None:
    paginator.register(bot)
    await bot.add_cog(Documents(bot))

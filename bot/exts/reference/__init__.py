"""/timeline, /fact and /onthisday: the dated events in the documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.reference._cog import Reference
from bot.ui import paginator, passage_buttons

if TYPE_CHECKING:
    from bot.app import QuizBot


async def setup(bot: QuizBot) -> None:
    passage_buttons.register(bot)  # /fact's "Show passage" button (idempotent if quotes registered it too)
    paginator.register(bot)
    await bot.add_cog(Reference(bot))

"""/questions: members report quiz questions from the reveal; moderators review, hide and restore them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.questions._cog import Questions
from bot.exts.questions._views import ReasonSelect
from bot.ui import paginator, report_button

if TYPE_CHECKING:
    from bot.app import QuizBot


async def setup(bot: QuizBot) -> None:
    # Registered once: the Report button and the reason menu work on messages from before a restart.
    report_button.register(bot)
    bot.add_dynamic_items(ReasonSelect)
    paginator.register(bot)  # review pages after the paginator is gone
    await bot.add_cog(Questions(bot))

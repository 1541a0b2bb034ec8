"""/quiz: multi-round games with answer buttons, scoring, leaderboards and the daily question."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.exts.quiz._cog import Quiz
from bot.ui import paginator, report_button

if TYPE_CHECKING:
    from bot.app import QuizBot


async def setup(bot: QuizBot) -> None:
    paginator.register(bot)  # leaderboard pages after the paginator is gone
    report_button.register(bot)  # "Report question" under every reveal (the questions feature answers it)
    await bot.add_cog(Quiz(bot))

"""The "Report question" button under every quiz reveal.

The quiz shows it; the questions feature (``bot.exts.questions``) answers it, found by its cog name
through :class:`ReportFlow`, so neither feature imports the other. The button is a ``DynamicItem``
whose state (the question key, content-derived and stable across rebuilds) lives in its custom_id:
it keeps working after a restart and after the documents are rebuilt. Register it once per bot
with :func:`register`; it is idempotent, so every feature that needs it may call it.
"""

from __future__ import annotations

import re
from typing import Any

import discord
from discord.ext import commands

from bot.ui import reply
from bot.ui.client import quiz_bot
from bot.ui.errors import routes_errors

QUESTION_KEY = r"[A-Za-z0-9_-]{1,64}"
REPORTS_COG = "Questions"
UNAVAILABLE = "Reporting questions is not available right now; please try again later."
LABEL = "Report question"


class ReportFlow(commands.Cog):
    """The cog that answers the button (named ``REPORTS_COG``) inherits this and overrides the method."""

    async def open_report(self, interaction: discord.Interaction, question_key: str) -> None:
        raise NotImplementedError


def report_custom_id(question_key: str) -> str:
    return f"qreport:{question_key}"


class ReportButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
                   template=rf"qreport:(?P<key>{QUESTION_KEY})"):
    def __init__(self, question_key: str) -> None:
        super().__init__(discord.ui.Button(label=LABEL, emoji="🚩", style=discord.ButtonStyle.secondary,
                                           custom_id=report_custom_id(question_key)))
        self.question_key = question_key

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ReportButton:
        return cls(match["key"])

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        flow = quiz_bot(interaction).get_cog(REPORTS_COG)
        if not isinstance(flow, ReportFlow):
            await reply.send(interaction, UNAVAILABLE, ephemeral=True)
            return
        await flow.open_report(interaction, self.question_key)


def report_view(question_key: str) -> discord.ui.View:
    """A view with the Report button (empty for a key no custom_id could carry)."""
    view = discord.ui.View(timeout=None)
    if re.fullmatch(QUESTION_KEY, question_key):
        view.add_item(ReportButton(question_key))
    return view


def register(bot: discord.Client) -> None:
    bot.add_dynamic_items(ReportButton)

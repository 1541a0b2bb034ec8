"""Answer buttons that survive restarts: the game, round and choice live in the custom_id.

``AnswerButton`` is a ``DynamicItem`` registered once (``bot.add_dynamic_items``), so a click on
any question message ever posted — before or after a restart — reaches the quiz cog, which looks
the round up in the state database. The buttons show letters only: nobody sees how others voted
before the reveal.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.store.game_records import LETTERS, Round
from bot.ui import reply
from bot.ui.client import quiz_bot
from bot.ui.errors import routes_errors
from bot.ui.report_button import report_view
from bot.ui.text import BUTTON_LABEL, truncate

UNAVAILABLE = "Quizzes are not available right now; please try again in a moment."


def custom_id(game_id: int, round_no: int, choice: int) -> str:
    return f"quiz:{game_id}:{round_no}:{choice}"


def button_label(letter: str, option: str) -> str:
    return truncate(f"{letter} · {option}", BUTTON_LABEL)


class AnswerButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
                   template=r"quiz:(?P<game>[0-9]{1,19}):(?P<round>[0-9]{1,3}):(?P<choice>[0-3])"):
    def __init__(self, game_id: int, round_no: int, choice: int, *, label: str | None = None,
                 style: discord.ButtonStyle = discord.ButtonStyle.primary, disabled: bool = False) -> None:
        super().__init__(discord.ui.Button(label=label or LETTERS[choice], style=style, disabled=disabled,
                                           custom_id=custom_id(game_id, round_no, choice)))
        self.game_id = game_id
        self.round_no = round_no
        self.choice = choice

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> AnswerButton:
        return cls(int(match["game"]), int(match["round"]), int(match["choice"]))

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        from bot.exts.quiz._cog import Quiz  # the cog module imports this one

        cog = quiz_bot(interaction).get_cog(Quiz.__cog_name__)
        if not isinstance(cog, Quiz):
            await reply.send(interaction, UNAVAILABLE, ephemeral=True)
            return
        await cog.answer(interaction, self.game_id, self.round_no, self.choice)


def question_view(rnd: Round) -> discord.ui.View:
    """One button per option (two for two-option kinds), letters and option text."""
    view = discord.ui.View(timeout=None)
    for index, option in enumerate(rnd.snapshot.options):
        view.add_item(AnswerButton(rnd.game_id, rnd.round_no, index, label=button_label(LETTERS[index], option)))
    return view


def revealed_view(rnd: Round) -> discord.ui.View:
    """The same buttons, disabled, with the right one green: the message stays readable forever."""
    view = discord.ui.View(timeout=None)
    for index, option in enumerate(rnd.snapshot.options):
        right = index == rnd.snapshot.answer_index
        view.add_item(AnswerButton(
            rnd.game_id, rnd.round_no, index, label=button_label(LETTERS[index], option), disabled=True,
            style=discord.ButtonStyle.success if right else discord.ButtonStyle.secondary))
    return view


def reveal_view(rnd: Round) -> discord.ui.View:
    """Under the reveal: "Report question" (answered by the questions feature, keyed by the question)."""
    return report_view(rnd.snapshot.question_key)

"""The bot behind a component interaction, typed as the bot's own class.

Slash-command handlers declare ``discord.Interaction[QuizBot]`` directly. Button, select and view
callbacks cannot: discord.py types them for any client (``Item.callback`` takes
``Interaction[ClientT]``), so narrowing the parameter in an override breaks the override rule.
They keep ``discord.Interaction`` and ask :func:`quiz_bot` for the bot. Every item and view of this
bot is registered on ``QuizBot``, the only client that loads its extensions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import discord

if TYPE_CHECKING:
    from bot.app import QuizBot


def quiz_bot(interaction: discord.Interaction) -> QuizBot:
    return cast("QuizBot", interaction.client)

"""The confirmation asked before /documents remove deletes a file."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

import discord

from bot.ui import reply
from bot.ui.errors import ErrorRoutedView

CONFIRM_SECONDS = 120.0


class ConfirmRemove(ErrorRoutedView):
    """Remove / Keep buttons for the member who asked; ``on_confirm`` does the removal."""

    def __init__(self, owner_id: int, title: str,
                 on_confirm: Callable[[discord.Interaction], Awaitable[None]]) -> None:
        super().__init__(timeout=CONFIRM_SECONDS)
        self.owner_id = owner_id
        self.title = title
        self.on_confirm = on_confirm
        self.message: discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await reply.send(interaction, "Only the member who asked to remove it can confirm.", ephemeral=True)
            return False
        return True

    @discord.ui.button(label="Remove it", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        self.stop()
        await interaction.response.edit_message(content=f"Removing “{self.title}” and rebuilding…", view=None)
        await self.on_confirm(interaction)

    @discord.ui.button(label="Keep it", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        self.stop()
        await interaction.response.edit_message(content=f"Kept “{self.title}”; nothing was removed.", view=None)

    async def on_timeout(self) -> None:
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(content=f"Not removed: “{self.title}” stays (no answer in time).",
                                        view=None)

"""The one check behind every Manage Server command and component.

Discord hides such commands from members without the permission (``default_permissions``), but a
server's admins can change that, and the hint does nothing for buttons and menus, so each handler
checks the member's real permissions in that channel.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from bot.ui.errors import UserFacingError


def require_manage_guild(interaction: discord.Interaction[Any], doing: str) -> int:
    """The server's id, once the member is known to hold Manage Server there.

    ``doing`` finishes the refusal: "You need the **Manage Server** permission to {doing}."
    Outside a server it raises ``NoPrivateMessage``, which the error handler answers politely.
    """
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    if not interaction.permissions.manage_guild:
        raise UserFacingError(f"You need the **Manage Server** permission to {doing}.")
    return interaction.guild_id

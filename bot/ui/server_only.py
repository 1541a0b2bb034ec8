"""A cog whose commands work only in a server, checked on every interaction it receives.

``app_commands.guild_only()`` only tells Discord not to offer the commands in direct messages; a
stale client can still send one, which then gets the error handler's polite "server only" reply.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands


class ServerOnlyCog(commands.GroupCog):
    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if interaction.guild_id is None:
            raise app_commands.NoPrivateMessage()
        return True

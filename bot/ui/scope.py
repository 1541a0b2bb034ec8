"""The one place an interaction's view of the documents is decided.

``content_of(interaction)`` is the content store as that interaction may see it: in a server,
the collections the server chose (``/settings collections``) that it may use; in a DM or through
a user install, the default collection. Every feature reads the documents through it.
"""

from __future__ import annotations

import discord

from bot.store.scoped import Scope, ScopedContent
from bot.ui.client import quiz_bot


def scope_guild(interaction: discord.Interaction) -> int | None:
    """The server whose collections apply; None in a DM or where only a user installed the bot."""
    if interaction.guild_id is None:
        return None
    if interaction.is_user_integration() and not interaction.is_guild_integration():
        return None  # a user install used in a server that did not add the bot
    return interaction.guild_id


def scope_of(interaction: discord.Interaction) -> Scope:
    return quiz_bot(interaction).collections.scope(scope_guild(interaction))


def content_of(interaction: discord.Interaction) -> ScopedContent:
    """The content store as this interaction may see it (raises StoreNotReady while building)."""
    bot = quiz_bot(interaction)
    return ScopedContent.of(bot.content, bot.collections.scope(scope_guild(interaction)))

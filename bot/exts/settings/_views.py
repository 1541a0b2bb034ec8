"""The collections picker that ``/settings collections`` opens: a menu of the collections this server
may use, ticked where it reads them now, and a button back to the default.

Both are ``DynamicItem``s with fixed custom_ids: what they act on (the server) comes from the
interaction and what they offer is read again on every pick, so a picker left open across a
restart or a rebuild still works, and a collection that disappeared in between is refused, not saved.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import discord

from bot.corpus.collections import DEFAULT_COLLECTION, guild_collection
from bot.ui import reply
from bot.ui.client import quiz_bot
from bot.ui.errors import UserFacingError, routes_errors
from bot.ui.permissions import require_manage_guild
from bot.ui.text import escape_markdown

if TYPE_CHECKING:
    from bot.app import QuizBot

CHANGING = "change this server's settings"
PICK_ID = "settings:collections"
RESET_ID = "settings:collections:reset"
# Discord's limit on a select menu's options; a server with more picks the rest with `choose:`.
MENU_MAX = 25


async def available_collections(bot: QuizBot, guild_id: int) -> list[str]:
    """The collections this server may read: those in the store it may use, and its defaults."""
    settings = bot.collections
    return sorted({d.collection for d in await bot.content.documents() if settings.may_use(guild_id, d.collection)}
                  | settings.default_for(guild_id))


def listed(names: list[str] | frozenset[str]) -> str:
    return ", ".join(f"`{escape_markdown(n)}`" for n in sorted(names))


def picker_text(bot: QuizBot, guild_id: int, available: list[str]) -> str:
    settings = bot.collections
    current = settings.scope(guild_id).collections
    text = (f"This server reads and plays: {listed(current)}"
            f"{'' if settings.is_custom(guild_id) else ' (the default)'}.\n"
            "Tick the collections it should use below, or go back to the default.")
    if len(available) > MENU_MAX:
        text += (f"\nThe menu shows {MENU_MAX} of {len(available)} collections; name any of them with "
                 "`/settings collections choose:`.")
    return text


def picker_view(bot: QuizBot, guild_id: int, available: list[str]) -> discord.ui.View:
    current = bot.collections.scope(guild_id).collections
    # The chosen ones first, so a long list never hides what is ticked.
    shown = sorted(available, key=lambda c: (c not in current, c))[:MENU_MAX]
    view = discord.ui.View(timeout=None)
    view.add_item(CollectionsSelect(shown, current))
    view.add_item(ResetButton())
    return view


class CollectionsSelect(discord.ui.DynamicItem[discord.ui.Select[discord.ui.View]], template=PICK_ID):
    def __init__(self, shown: list[str] | None = None, current: frozenset[str] = frozenset()) -> None:
        names = shown or [DEFAULT_COLLECTION]
        options = [discord.SelectOption(label=n[:100], value=n[:100], default=n in current) for n in names]
        super().__init__(discord.ui.Select(custom_id=PICK_ID, options=options, min_values=1,
                                           max_values=len(options),
                                           placeholder="Collections this server reads and plays…"))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> CollectionsSelect:
        return cls()

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        bot = quiz_bot(interaction)
        guild_id = require_manage_guild(interaction, CHANGING)
        available = await available_collections(bot, guild_id)
        names = frozenset(self.item.values)
        gone = sorted(names - set(available))
        if gone or not names:
            raise UserFacingError(f"{listed(gone) or 'Nothing'} can no longer be chosen here; "
                                  "run `/settings collections` again for the current list.")
        await bot.collections.choose(guild_id, names)
        await reply.edit(interaction, f"This server now reads and plays: {listed(names)}.",
                         view=picker_view(bot, guild_id, available))


class ResetButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=RESET_ID):
    def __init__(self) -> None:
        super().__init__(discord.ui.Button(label="Back to the default", style=discord.ButtonStyle.secondary,
                                           custom_id=RESET_ID))

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ResetButton:
        return cls()

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        bot = quiz_bot(interaction)
        guild_id = require_manage_guild(interaction, CHANGING)
        await bot.collections.choose(guild_id, None)
        available = await available_collections(bot, guild_id)
        await reply.edit(interaction, f"Back to the default: `{DEFAULT_COLLECTION}` and this server's own "
                                      f"`{guild_collection(guild_id)}`.", view=picker_view(bot, guild_id, available))

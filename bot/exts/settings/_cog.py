"""/settings daily set · /settings daily off · /settings reports · /settings collections · /settings show.

Discord hides the group from members without Manage Server (``default_permissions``), but server
admins can change that and the hint does nothing for subcommands, so every change is also checked
here against the member's real permissions.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.corpus.collections import DEFAULT_COLLECTION, guild_collection
from bot.exts.settings._views import CHANGING, available_collections, listed, picker_text, picker_view
from bot.quiz import feedback, scoring
from bot.quiz.rules import DAILY_SECONDS, check_range
from bot.quiz.runner import Clock
from bot.quiz.schedule import due_daily_slot, next_daily_post, parse_hhmm
from bot.store.games import GameStore
from bot.store.reports import ReportStore
from bot.ui import reply
from bot.ui.errors import UserFacingError
from bot.ui.permissions import require_manage_guild
from bot.ui.server_only import ServerOnlyCog
from bot.ui.text import escape_markdown

if TYPE_CHECKING:
    from bot.app import QuizBot

# What the bot needs in the daily channel to post a question with buttons.
_POSTING = ("view_channel", "send_messages", "embed_links")


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ServerSettings(ServerOnlyCog, group_name="settings", group_description="This server's bot settings."):
    daily = app_commands.Group(name="daily", description="The daily quiz question.")

    def __init__(self, bot: QuizBot, *, clock: Clock = time.time) -> None:
        self.bot = bot
        self.store = GameStore(bot.state, scoring)
        self.reports = ReportStore(bot.state)
        self.clock = clock  # injectable for tests
        super().__init__()

    @daily.command(name="set", description="Post a quiz question every day in a channel at a time (UTC).")
    @app_commands.describe(channel="where to post the daily question",
                           time="the time of day in UTC, 24-hour HH:MM (for example 09:00 or 18:30)")
    async def daily_set(self, interaction: discord.Interaction[QuizBot], channel: discord.TextChannel, time: str) -> None:
        require_manage_guild(interaction, CHANGING)
        assert interaction.guild_id is not None
        hhmm = parse_hhmm(time)
        if hhmm is None:
            raise UserFacingError("Please give the time as HH:MM in UTC, 24-hour clock (for example 09:00 or "
                                  "18:30).")
        me = interaction.guild.me if interaction.guild else None
        if me is not None and isinstance(channel, discord.TextChannel):
            perms = channel.permissions_for(me)
            missing = [p for p in _POSTING if not getattr(perms, p)]
            if missing:
                names = ", ".join(p.replace("_", " ").title() for p in missing)
                raise UserFacingError(f"I can't post in {channel.mention}: I need the {names} permission there.")
        await self.store.set_daily(interaction.guild_id, channel.id, hhmm)
        # A time set just after it passed starts tomorrow, not with a surprise post right now.
        settings = await self.store.daily_settings(interaction.guild_id)
        now = self.clock()
        slot = due_daily_slot(now, hhmm, settings.last_posted)
        if slot is not None:
            await self.store.claim_daily(interaction.guild_id, slot.isoformat())
        first = next_daily_post(now, hhmm)
        await reply.send(interaction, f"Daily question on: every day at **{hhmm} UTC** in {channel.mention}, "
                                      f"open for {DAILY_SECONDS // 60} minutes. The first one comes "
                                      f"{discord.utils.format_dt(first, 'R')}.")

    @daily.command(name="off", description="Stop the daily quiz question.")
    async def daily_off(self, interaction: discord.Interaction[QuizBot]) -> None:
        require_manage_guild(interaction, CHANGING)
        assert interaction.guild_id is not None
        if await self.store.daily_off(interaction.guild_id):
            await reply.send(interaction, "Daily question off. Turn it back on with `/settings daily set`.")
        else:
            await reply.send(interaction, "The daily question was already off.", ephemeral=True)

    @app_commands.command(name="reports", description="How many member reports withhold a quiz question here.")
    @app_commands.describe(threshold=f"open reports that withhold a question ({feedback.THRESHOLD_MIN}–"
                                     f"{feedback.THRESHOLD_MAX}, default {feedback.DEFAULT_THRESHOLD})")
    async def reports_threshold(self, interaction: discord.Interaction[QuizBot],
                                threshold: app_commands.Range[int, feedback.THRESHOLD_MIN, feedback.THRESHOLD_MAX],
                                ) -> None:
        require_manage_guild(interaction, CHANGING)
        assert interaction.guild_id is not None
        problem = check_range("threshold", threshold, feedback.THRESHOLD_MIN, feedback.THRESHOLD_MAX)
        if problem:
            raise UserFacingError(problem)
        await self.reports.set_threshold(interaction.guild_id, threshold)
        withheld = len(await feedback.withheld_keys(self.reports, interaction.guild_id))
        now = f"{withheld} question{'s are' if withheld != 1 else ' is'} withheld right now"
        await reply.send(interaction, f"A quiz question is now withheld in this server once it has **{threshold}** "
                                      f"open report{'s' if threshold != 1 else ''}; {now}. Review them with "
                                      "`/questions reported`.")

    @app_commands.command(name="collections", description="Which document collections this server plays and reads.")
    @app_commands.describe(choose="collection names separated by commas, or 'reset' for the default; "
                                  "leave empty for a menu")
    async def collections(self, interaction: discord.Interaction[QuizBot],
                          choose: app_commands.Range[str, 1, 500] | None = None) -> None:
        guild_id = require_manage_guild(interaction, CHANGING)
        settings = self.bot.collections
        available = await available_collections(self.bot, guild_id)
        if choose is None:
            await reply.send(interaction, picker_text(self.bot, guild_id, available),
                             view=picker_view(self.bot, guild_id, available), ephemeral=True)
            return
        if choose.strip().lower() == "reset":
            await settings.choose(guild_id, None)
            await reply.send(interaction, f"Back to the default: `{DEFAULT_COLLECTION}` and this server's own "
                                          f"`{guild_collection(guild_id)}`.")
            return
        names = [n.strip().lower() for n in choose.replace(" ", ",").split(",") if n.strip()]
        unknown = [n for n in names if n not in available]
        if unknown or not names:
            shown = ", ".join(f"`{escape_markdown(n[:40])}`" for n in unknown[:5]) or "nothing"
            raise UserFacingError(f"I can't offer {shown} here. Available: {listed(available)}.")
        await settings.choose(guild_id, frozenset(names))
        await reply.send(interaction, f"This server now reads and plays: {listed(frozenset(names))}.")

    @app_commands.command(name="show", description="Show this server's settings.")
    async def show(self, interaction: discord.Interaction[QuizBot]) -> None:
        assert interaction.guild_id is not None
        settings = await self.store.daily_settings(interaction.guild_id)
        embed = discord.Embed(title="Server settings", colour=discord.Colour.blurple())
        if settings.enabled and settings.time:
            upcoming = next_daily_post(self.clock(), settings.time)
            value = (f"Every day at **{settings.time} UTC** in <#{settings.channel_id}>; next "
                     f"{discord.utils.format_dt(upcoming, 'R')}.")
        else:
            value = "Off. Turn it on with `/settings daily set`."
        embed.add_field(name="Daily question", value=value, inline=False)
        threshold = await feedback.server_threshold(self.reports, interaction.guild_id)
        embed.add_field(name="Question reports", value=f"A question is withheld after **{threshold}** open reports. "
                                                        "Change it with `/settings reports`.", inline=False)
        collections = ", ".join(f"`{c}`" for c in sorted(self.bot.collections.scope(interaction.guild_id).collections))
        embed.add_field(name="Collections", value=f"{collections} (change with `/settings collections`)",
                        inline=False)
        await reply.send(interaction, embed=embed, ephemeral=True)

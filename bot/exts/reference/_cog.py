"""/timeline, /fact and /onthisday: the dated events the documents mention."""

from __future__ import annotations

import asyncio
import calendar
import io
import random
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.corpus.keys import key_text
from bot.corpus.model import Event
from bot.exts.reference._format import (
    TIMELINE_COLOUR,
    EventPages,
    also_in_line,
    check_years,
    event_heading,
    range_label,
    range_phrase,
)
from bot.store.content import DocumentInfo
from bot.ui import reply
from bot.ui.errors import UserFacingError
from bot.ui.paginator import DEFAULT_TIMEOUT, Paginator
from bot.ui.passage_buttons import PassageButton, content_of
from bot.ui.passages import citation, clean_search, colour_for, fact_sentence, lead_in, shown
from bot.ui.text import escape_markdown
from bot.ui.timeline_chart import render

if TYPE_CHECKING:
    from bot.app import QuizBot
    from bot.store.scoped import ScopedContent


def utc_today() -> date:
    return datetime.now(UTC).date()


async def matching_events(content: ScopedContent, first: int | None, last: int | None,
                           query: str | None) -> Sequence[Event]:
    """Events in the range whose own sentence, summary or entities hold every word of ``query``."""
    return await content.events(from_year=first, to_year=last, search=query)


class Reference(commands.Cog):
    """The timeline of dated events, one fact at a time, and what happened on this day."""

    def __init__(self, bot: QuizBot, *, today: Callable[[], date] = utc_today,
                 rng: random.Random | None = None, page_timeout: float = DEFAULT_TIMEOUT) -> None:
        self.bot = bot
        self.today = today  # injectable: tests pin "today" to a date the documents mention
        self.rng = rng or random.Random()
        self.page_timeout = page_timeout

    async def _docs(self, interaction: discord.Interaction[QuizBot]) -> Mapping[str, DocumentInfo]:
        return await content_of(interaction).document_map()

    async def _paginate(self, interaction: discord.Interaction[QuizBot], pages: Sequence[discord.Embed],
                        command: str) -> None:
        await Paginator(pages, owner_id=interaction.user.id, command=command,
                        timeout=self.page_timeout).start(interaction)

    @app_commands.command(name="timeline", description="The dated events in the documents, in order.")
    @app_commands.describe(from_year="the first year to show", to_year="the last year to show",
                           search="only events mentioning these words",
                           image="show the span as a picture (a chart) instead of pages of text")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def timeline(self, interaction: discord.Interaction[QuizBot], from_year: int | None = None,
                       to_year: int | None = None, search: str | None = None, image: bool = False) -> None:
        first, last, note = check_years(from_year, to_year)
        query = clean_search(search)
        events = await matching_events(content_of(interaction), first, last, query)
        span = range_label(first, last)
        if not events:
            what = f" mentioning “{shown(query)}”" if query else ""
            when = f" {range_phrase(first, last)}" if span else ""
            swapped = f"{note} " if note else ""
            hint = " Try a wider range of years or fewer words." if (query or span) else ""
            raise UserFacingError(f"{swapped}I found no dated events{what}{when} in the documents.{hint}")
        title = "Timeline" + (f" · {span}" if span else "") + (f" · “{shown(query, 60)}”" if query else "")
        if image:  # the picture's title is drawn, not Markdown: the query as typed
            drawn = "Timeline" + (f" · {span}" if span else "") + (f" · “{query}”" if query else "")
            await self._picture(interaction, list(events), title, drawn, first, last, note)
            return
        pages = EventPages(events, await self._docs(interaction), title=title, note=note)
        await self._paginate(interaction, pages, "timeline")

    async def _picture(self, interaction: discord.Interaction[QuizBot], events: list[Event], title: str,
                       drawn: str, first: int | None, last: int | None, note: str | None) -> None:
        """The span as a PNG attachment. Deferred first: a dense span renders in a few tenths of a
        second, on a loaded machine more, and the drawing runs in a thread off the event loop."""
        await interaction.response.defer(thinking=True)
        chart = await asyncio.to_thread(render, events, await self._docs(interaction), title=drawn,
                                        from_year=first, to_year=last)
        count = f"{len(events)} event{'s' if len(events) != 1 else ''}"
        text = f"**{title}** · {count}. Run /timeline without `image` for the full text of each event."
        await reply.send(interaction, f"{note}\n{text}" if note else text,
                         files=[discord.File(io.BytesIO(chart.png), filename="timeline.png")])

    @app_commands.command(name="fact", description="One dated fact from the documents, with its source.")
    @app_commands.describe(search="words the fact should mention (a random fact when empty)")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def fact(self, interaction: discord.Interaction[QuizBot], search: str | None = None) -> None:
        content = content_of(interaction)
        query = clean_search(search)
        event = await content.random_event(query, self.rng)
        if event is None:
            if query is None:
                raise UserFacingError("The documents have no dated events yet.")
            raise UserFacingError(f"I found no dated fact mentioning “{shown(query)}”. Try another word.")
        passage = await content.passage(event.passage_key)
        doc = await content.document(event.doc_key)
        if passage is None or doc is None:
            raise UserFacingError("That fact's source is missing from the documents; try again.")
        quoted = fact_sentence(passage, event.sent_start, event.sent_end, event.expr_start, event.expr_end)
        sentence = passage.text[event.sent_start:event.sent_end]
        # The summary is a shortened sentence; when it is the whole sentence, the quote says it all.
        summary = "" if key_text(event.summary) == key_text(sentence) else f"{escape_markdown(event.summary)}\n\n"
        embed = discord.Embed(title=f"📅 {event_heading(event)}", colour=colour_for(doc),
                              description=f"{summary}{lead_in(doc)}\n{quoted}")
        embed.add_field(name="Source", value=citation(doc, passage), inline=False)
        also = also_in_line(await content.also_in(event))
        if also:
            embed.add_field(name="Also told", value=also[0].upper() + also[1:], inline=False)
        view = discord.ui.View(timeout=None)
        view.add_item(PassageButton(event.passage_key))
        await reply.send(interaction, embed=embed, view=view)

    @app_commands.command(name="onthisday", description="What happened on today's date, from the documents.")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    async def onthisday(self, interaction: discord.Interaction[QuizBot]) -> None:
        content = content_of(interaction)
        today = self.today()
        day_label = f"{today.day} {calendar.month_name[today.month]}"
        events = await content.events_on(today.month, today.day)
        title, note = f"On this day · {day_label}", None
        if not events:
            events = await content.events_on(today.month)
            month = calendar.month_name[today.month]
            title = f"This month · {month}"
            note = f"Nothing in the documents happened on {day_label} exactly, so here is {month}."
        if not events:
            await reply.send(interaction, embed=discord.Embed(
                title=f"On this day · {day_label}", colour=TIMELINE_COLOUR,
                description=f"Nothing in the documents happened on {day_label}, or in "
                            f"{calendar.month_name[today.month]} at all. Try /timeline or /fact instead."),
                ephemeral=True)
            return
        pages = EventPages(events, await self._docs(interaction), title=title, note=note)
        await self._paginate(interaction, pages, "onthisday")

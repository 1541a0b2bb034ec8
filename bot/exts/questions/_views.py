"""What the report flow and /questions look like: the reason menu, the note form, the review pages.

The reason menu is a ``DynamicItem`` (the question key is in its custom_id), so a menu left open
across a restart still works. The note form ("something else") is a modal with a fresh custom_id
each time it opens, so two members writing notes at once never share one.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord
from discord import app_commands

from bot.quiz.feedback import REASON_LABELS, is_withheld, reason_counts
from bot.store.reports import NOTE_MAX, REASONS, Flagged, Reason, Report, ShownQuestion
from bot.ui import reply
from bot.ui.client import quiz_bot
from bot.ui.errors import routes_errors
from bot.ui.report_button import QUESTION_KEY, REPORTS_COG, UNAVAILABLE
from bot.ui.text import CHOICE_NAME, EMBED_FIELD_VALUE, escape_markdown, truncate

COLOUR = discord.Colour.orange()
# A page must fit Discord's 6000-character embed total whole, or the last questions would be cut:
# 4 × (name 200 + value 1024) + title, summary and footer stay well under it.
PER_PAGE = 4
PROMPT_SHOWN = 200
NOTES_SHOWN = 3
REASON_HINTS: dict[Reason, str] = {
    "wrong_answer": "The answer marked right is not right.",
    "unclear": "The question is hard to understand or misleading.",
    "several_answers": "Another option is also right.",
    "other": "Tell us in a short note.",
}

RecordNote = Callable[[discord.Interaction, str, str], Awaitable[None]]


def reason_label(reason: Reason) -> str:
    return REASON_LABELS[reason]


class ReasonSelect(discord.ui.DynamicItem[discord.ui.Select[discord.ui.View]],
                   template=rf"qreason:(?P<key>{QUESTION_KEY})"):
    """Why a member reports a question; one pick records (or updates) their report."""

    def __init__(self, question_key: str) -> None:
        options = [discord.SelectOption(label=REASON_LABELS[r], value=r, description=REASON_HINTS[r])
                   for r in REASONS]
        super().__init__(discord.ui.Select(custom_id=f"qreason:{question_key}", options=options,
                                           placeholder="Why are you reporting this question?"))
        self.question_key = question_key

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str], /) -> ReasonSelect:
        return cls(match["key"])

    @routes_errors
    async def callback(self, interaction: discord.Interaction) -> None:
        from bot.exts.questions._cog import Questions  # the cog module imports this one

        cog = quiz_bot(interaction).get_cog(REPORTS_COG)
        if not isinstance(cog, Questions):
            await reply.send(interaction, UNAVAILABLE, ephemeral=True)
            return
        values = self.item.values
        await cog.choose_reason(interaction, self.question_key, values[0] if values else "")


def reason_view(question_key: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(ReasonSelect(question_key))
    return view


class NoteModal(discord.ui.Modal):
    """"Something else": a short note, then the report is recorded with it."""

    note: discord.ui.TextInput[NoteModal] = discord.ui.TextInput(
        label="What is wrong with this question?", style=discord.TextStyle.paragraph, min_length=3,
        max_length=NOTE_MAX, placeholder="For example: the date in the question is wrong.")

    def __init__(self, question_key: str, record: RecordNote) -> None:
        super().__init__(title="Report question", timeout=600,
                         custom_id=f"qnote:{question_key}:{secrets.token_hex(6)}")
        self.question_key = question_key
        self.record = record

    @routes_errors
    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.record(interaction, self.question_key, self.note.value)


def report_embed(question: ShownQuestion, mine: Report | None) -> discord.Embed:
    """The question being reported, as the member saw it revealed."""
    embed = discord.Embed(title="Report this question", colour=COLOUR,
                          description=truncate(escape_markdown(question.prompt), 1500))
    embed.add_field(name="Answer given", value=truncate(escape_markdown(question.answer), 300), inline=False)
    if mine is not None and not mine.handled:
        embed.set_footer(text=f"You reported it as “{reason_label(mine.reason)}”. Pick again to change your "
                              "report: it still counts once.")
    else:
        embed.set_footer(text="Pick a reason below. One report per member; only you see this.")
    return embed


def status_line(item: Flagged, threshold: int) -> str:
    if item.hidden:
        return "**Withheld**: hidden by a moderator"
    count = f"{item.open_reports} of {threshold} report{'s' if threshold != 1 else ''}"
    if is_withheld(item.hidden, item.open_reports, threshold):
        return f"**Withheld**: {count}"
    return f"Still asked: {count}"


def flagged_field(item: Flagged, threshold: int, gone: bool) -> tuple[str, str]:
    question = item.question
    lines = [f"Answer: {escape_markdown(truncate(question.answer, 200))}", status_line(item, threshold)]
    if item.reports:
        reasons = ", ".join(f"{reason_label(r)} ×{n}" for r, n in reason_counts(item))
        lines.append(f"Reports: {reasons}")
    if gone:
        lines.append("*No longer in the documents (removed by a rebuild).*")
    lines.append(f"Key: `{question.question_key}`")
    notes = [r.note for r in item.reports if r.note][:NOTES_SHOWN]
    lines.extend(f"> {escape_markdown(truncate(' '.join(n.split()), 160))}" for n in notes)
    return truncate(escape_markdown(question.prompt), PROMPT_SHOWN), truncate("\n".join(lines), EMBED_FIELD_VALUE)


def reported_pages(items: Sequence[Flagged], threshold: int, gone: set[str], server: str) -> list[discord.Embed]:
    """The review list, ``PER_PAGE`` questions a page, for the paginator."""
    withheld = sum(1 for i in items if is_withheld(i.hidden, i.open_reports, threshold))
    summary = (f"{len(items)} question{'s' if len(items) != 1 else ''} reported or hidden; {withheld} withheld "
               f"from quizzes here. A question is withheld after {threshold} open report"
               f"{'s' if threshold != 1 else ''} (`/settings reports`). `/questions restore` puts one back.")
    pages = []
    for start in range(0, len(items), PER_PAGE):
        embed = discord.Embed(title=truncate(f"Reported questions · {server}", 256), colour=COLOUR,
                              description=summary)
        for item in items[start:start + PER_PAGE]:
            name, value = flagged_field(item, threshold, item.question.question_key in gone)
            embed.add_field(name=name, value=value, inline=False)
        pages.append(embed)
    return pages


def choice(question: ShownQuestion, note: str = "") -> app_commands.Choice[str]:
    """An autocomplete entry: the prompt (and a note), the key as its value."""
    suffix = f" · {note}" if note else ""
    room = CHOICE_NAME - len(suffix)
    return app_commands.Choice(name=truncate(question.prompt, room) + suffix, value=question.question_key)

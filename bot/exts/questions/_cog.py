"""Question reports: the "Report question" flow under every reveal, and /questions for moderators.

Members report a revealed question with a reason (wrong answer, unclear, more than one right
answer, something else with a note); one report per member and question, a second one updates
theirs. All of it is private (ephemeral). ``/questions reported|hide|restore`` need Manage Server.

Only translation lives here: the SQL is in ``bot.store.reports`` and the withholding rule in
``bot.quiz.feedback`` (the quiz picker applies it).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.exts.questions._views import (
    NoteModal,
    choice,
    reason_label,
    reason_view,
    report_embed,
    reported_pages,
)
from bot.quiz.feedback import is_withheld, review_order, server_threshold
from bot.quiz.runner import Clock
from bot.store.reports import REASONS, Reason, ReportStatus, ReportStore, ShownQuestion
from bot.store.scoped import ScopedContent
from bot.ui import reply
from bot.ui.errors import UserFacingError
from bot.ui.paginator import Paginator
from bot.ui.permissions import require_manage_guild
from bot.ui.report_button import REPORTS_COG, ReportFlow
from bot.ui.server_only import ServerOnlyCog
from bot.ui.text import escape_markdown, truncate

if TYPE_CHECKING:
    from bot.app import QuizBot

GUILD_ONLY = "Questions can be reported only in a server, under the quiz question's answer."
UNKNOWN_QUESTION = ("I can't find that question among the quiz questions this server was shown, so it can't be "
                    "reported. Use the **Report question** button under a revealed answer.")
REVIEWING = "review reported questions"


def _quoted(question: ShownQuestion) -> str:
    return f"“{escape_markdown(truncate(question.prompt, 200))}”"


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Questions(ServerOnlyCog, ReportFlow, name=REPORTS_COG, group_name="questions",
                group_description="Review the quiz questions members reported."):
    """Reports from members, and the moderators' review of them."""

    def __init__(self, bot: QuizBot, *, clock: Clock = time.time) -> None:
        self.bot = bot
        self.store = ReportStore(bot.state)
        self.clock = clock  # injectable for tests
        super().__init__()

    # --- reporting (buttons, menu, note) -----------------------------------------------------

    async def _reported_question(self, interaction: discord.Interaction, question_key: str) -> ShownQuestion:
        if interaction.guild_id is None:
            raise UserFacingError(GUILD_ONLY)
        question = await self.store.shown_question(interaction.guild_id, question_key)
        if question is None:
            raise UserFacingError(UNKNOWN_QUESTION)
        return question

    async def open_report(self, interaction: discord.Interaction, question_key: str) -> None:
        """The Report button: show the question and the reasons, privately."""
        question = await self._reported_question(interaction, question_key)
        assert interaction.guild_id is not None
        mine = await self.store.member_report(interaction.guild_id, question_key, interaction.user.id)
        await reply.send(interaction, embed=report_embed(question, mine), view=reason_view(question_key),
                         ephemeral=True)

    async def choose_reason(self, interaction: discord.Interaction, question_key: str, value: str) -> None:
        """A reason was picked: "something else" asks for a note first; the others record at once."""
        reason = next((r for r in REASONS if r == value), None)
        if reason is None:
            raise UserFacingError("That is not one of the reasons I offer; please pick one from the menu.")
        question = await self._reported_question(interaction, question_key)
        if reason == "other":
            await interaction.response.send_modal(NoteModal(question.question_key, self.record_note))
            return
        await self.record(interaction, question, reason, None)

    async def record_note(self, interaction: discord.Interaction, question_key: str, note: str) -> None:
        question = await self._reported_question(interaction, question_key)
        if not note.strip():
            raise UserFacingError("Please write a short note saying what is wrong with the question.")
        await self.record(interaction, question, "other", note)

    async def record(self, interaction: discord.Interaction, question: ShownQuestion, reason: Reason,
                     note: str | None) -> None:
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        outcome = await self.store.report(guild_id, question, interaction.user.id, reason, note, self.clock())
        threshold = await server_threshold(self.store, guild_id)
        label = f"“{reason_label(reason)}”"
        if outcome.status is ReportStatus.UPDATED and outcome.previous is not None:
            before = reason_label(outcome.previous.reason)
            text = (f"You had already reported {_quoted(question)} (as “{before}”), so I updated your report "
                    f"to {label} instead of adding another: each member's report counts once.")
        else:
            text = f"Thank you: your report of {_quoted(question)} as {label} is recorded."
        if is_withheld(outcome.hidden, outcome.open_reports, threshold):
            text += (" This question is withheld from quizzes in this server until a moderator reviews it "
                     "(`/questions reported`).")
        else:
            text += (f" It has {outcome.open_reports} of the {threshold} reports that withhold a question "
                     "in this server.")
        await reply.send(interaction, text, ephemeral=True)

    # --- /questions ------------------------------------------------------------------------------

    @app_commands.command(name="reported", description="Questions members reported or that were hidden, "
                                                       "with the reasons.")
    async def reported(self, interaction: discord.Interaction[QuizBot]) -> None:
        require_manage_guild(interaction, REVIEWING)
        assert interaction.guild_id is not None
        items = await self.store.flagged(interaction.guild_id)
        if not items:
            raise UserFacingError("No question is reported or hidden in this server. Members report one with "
                                  "the **Report question** button under a quiz answer.")
        threshold = await server_threshold(self.store, interaction.guild_id)
        gone: set[str] = set()
        if self.bot.content_ready:
            content = self.bot.content
            gone = {i.question.question_key for i in items if await content.question(i.question.question_key) is None}
        server = interaction.guild.name if interaction.guild else "this server"
        pages = reported_pages(review_order(items, threshold), threshold, gone, server)
        await Paginator(pages, owner_id=interaction.user.id, command="questions reported",
                        ephemeral=True).start(interaction)

    @app_commands.command(name="hide", description="Stop asking a question in this server.")
    @app_commands.describe(question="a reported or recently asked question (suggestions as you type)")
    async def hide(self, interaction: discord.Interaction[QuizBot], question: str) -> None:
        require_manage_guild(interaction, REVIEWING)
        assert interaction.guild_id is not None
        found = await self._question_to_hide(interaction.guild_id, question)
        if await self.store.hide(interaction.guild_id, found, interaction.user.id, self.clock()):
            text = (f"Hidden: {_quoted(found)} won't be asked in this server until someone restores it with "
                    "`/questions restore`.")
        else:
            text = f"{_quoted(found)} was already hidden. `/questions restore` puts it back."
        await reply.send(interaction, text, ephemeral=True)

    @app_commands.command(name="restore", description="Ask a hidden or reported question again in this server.")
    @app_commands.describe(question="a hidden or reported question (suggestions as you type)")
    async def restore(self, interaction: discord.Interaction[QuizBot], question: str) -> None:
        require_manage_guild(interaction, REVIEWING)
        assert interaction.guild_id is not None
        wanted = question.strip()
        items = (await self.store.flagged(interaction.guild_id, question_key=wanted)
                 or await self.store.flagged(interaction.guild_id, text=wanted, limit=2))
        found = self._match([i.question for i in items], question)
        if found is None:
            raise UserFacingError(f"No hidden or reported question matches “{escape_markdown(truncate(question, 80))}”. "
                                  "Pick one from the suggestions, or see `/questions reported`.")
        outcome = await self.store.restore(interaction.guild_id, found.question_key, self.clock())
        if not outcome.changed:  # someone restored it a moment ago
            raise UserFacingError(f"{_quoted(found)} is neither hidden nor reported any more.")
        done = []
        if outcome.was_hidden:
            done.append("no longer hidden")
        if outcome.handled_reports:
            n = outcome.handled_reports
            done.append(f"its {n} open report{'s' if n != 1 else ''} marked handled (kept on record)")
        await reply.send(interaction, f"Restored: {_quoted(found)} is {' and '.join(done)}. It can be asked "
                                      "in this server again.", ephemeral=True)

    async def _question_to_hide(self, guild_id: int, text: str) -> ShownQuestion:
        wanted = text.strip()
        if wanted:
            known = await self.store.shown_question(guild_id, wanted)
            if known is not None:
                return known
            if self.bot.content_ready:
                # Only a question of this server's collections: a key must not reveal another's.
                scoped = ScopedContent(self.bot.content, self.bot.collections.scope(guild_id))
                stored = await scoped.question(wanted)
                if stored is not None:
                    return ShownQuestion(stored.question_key, stored.prompt, stored.answer)
        candidates = [i.question for i in await self.store.flagged(guild_id, text=wanted, limit=25)]
        candidates += await self.store.recently_shown(guild_id, wanted, limit=25)
        found = self._match(candidates, wanted)
        if found is None:
            raise UserFacingError(f"No question matches “{escape_markdown(truncate(text, 80))}”. Pick one from the "
                                  "suggestions: reported questions and the ones this server was asked.")
        return found

    @staticmethod
    def _match(candidates: list[ShownQuestion], text: str) -> ShownQuestion | None:
        """By key, else the one question whose prompt contains ``text``; several matches are an error."""
        wanted = text.strip()
        by_key = {q.question_key: q for q in candidates}
        if wanted in by_key:
            return by_key[wanted]
        folded = wanted.casefold()
        matches = {q.question_key: q for q in candidates if folded and folded in q.prompt.casefold()}
        if len(matches) > 1:
            raise UserFacingError(f"More than one question matches “{escape_markdown(truncate(text, 80))}”; pick "
                                  "one from the suggestions.")
        return next(iter(matches.values()), None)

    @hide.autocomplete("question")
    async def hide_autocomplete(self, interaction: discord.Interaction[QuizBot],
                                current: str) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None or not interaction.permissions.manage_guild:
            return []
        threshold = await server_threshold(self.store, interaction.guild_id)
        flagged = await self.store.flagged(interaction.guild_id, text=current.strip(), limit=25)
        choices: dict[str, app_commands.Choice[str]] = {}
        for item in review_order(flagged, threshold):
            if not item.hidden:
                n = item.open_reports
                choices[item.question.question_key] = choice(item.question, f"{n} report{'s' if n != 1 else ''}")
        for shown in await self.store.recently_shown(interaction.guild_id, current.strip(), limit=25):
            choices.setdefault(shown.question_key, choice(shown, "asked here"))
        return list(choices.values())[:25]

    @restore.autocomplete("question")
    async def restore_autocomplete(self, interaction: discord.Interaction[QuizBot],
                                   current: str) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None or not interaction.permissions.manage_guild:
            return []
        threshold = await server_threshold(self.store, interaction.guild_id)
        out = []
        for item in review_order(await self.store.flagged(interaction.guild_id, text=current.strip(), limit=25),
                                 threshold):
            n = item.open_reports
            state = "hidden" if item.hidden else f"{n} report{'s' if n != 1 else ''}"
            out.append(choice(item.question, state))
        return out


"""/quiz: games in a channel, single questions, stop, leaderboard, stats, and the daily question.

Only translation lives here: options in, polite errors out, rounds posted as channel messages.
The rules are in ``bot.quiz`` and the SQL in ``bot.store.games``.

Restarts: a game cut off by a restart is *ended*, not resumed — at start-up its open round is
closed and revealed and its standings are posted to its channel (answers already given count).
On shutdown (``cog_unload``, which ``Bot.close()`` runs first) running games are stopped the same
way, within ``SHUTDOWN_GRACE`` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.exts.quiz import _embeds
from bot.exts.quiz._views import answer_of, question_view, reveal_view, revealed_view
from bot.quiz import rules, scoring
from bot.quiz.picker import DOC_PREFIX, TopicFilter, pick_rounds, resolve_topic, suggest_topics
from bot.quiz.runner import (
    Clock,
    CutOff,
    GameRunner,
    Sleep,
    announce_cut_off,
    close_stale_games,
    end_stale_games,
)
from bot.quiz.schedule import due_daily_slot, period_start
from bot.store.game_records import (
    LETTERS,
    AnswerStatus,
    Game,
    GameMode,
    GameStatus,
    Round,
    RoundResult,
    RoundSnapshot,
    Standing,
)
from bot.store.games import GameStore
from bot.store.scoped import ScopedContent
from bot.ui import reply
from bot.ui.errors import UserFacingError, routes_errors
from bot.ui.paginator import Paginator
from bot.ui.scope import content_of
from bot.ui.server_only import ServerOnlyCog
from bot.ui.text import CHOICE_NAME, escape_markdown, truncate

if TYPE_CHECKING:
    from bot.app import QuizBot

log = logging.getLogger(__name__)

SHUTDOWN_GRACE = 5.0  # seconds cog_unload waits for games to post their standings
FIRST_ROUND_WAIT = 2.0  # seconds a start command waits for its first question to be posted
Difficulty = Literal["any", "easy", "medium", "hard"]


def jump_url(game: Game) -> str | None:
    if game.message_id is None:
        return None
    return f"https://discord.com/channels/{game.guild_id}/{game.channel_id}/{game.message_id}"


class ChannelIO:
    """The runner's voice: plain channel messages (REST), which never expire like interaction tokens."""

    def __init__(self, bot: QuizBot) -> None:
        self.bot = bot
        # The command that started each game: its token (valid 15 minutes) can still reach the starter
        # privately when the channel itself refuses the bot.
        self.starts: dict[int, discord.Interaction] = {}
        self.shutting_down = False  # set by cog_unload: games end because the bot stops

    def _channel(self, game: Game) -> discord.PartialMessageable:
        return self.bot.get_partial_messageable(game.channel_id, guild_id=game.guild_id)

    async def post_round(self, game: Game, rnd: Round) -> int | None:
        message = await self._channel(game).send(embed=_embeds.question_embed(game, rnd), view=question_view(rnd))
        return message.id

    async def post_reveal(self, game: Game, result: RoundResult) -> None:
        rnd = result.round
        channel = self._channel(game)
        if rnd.message_id is not None:
            try:
                # Edits do not inherit the bot's default, so say it again: document text never pings.
                await channel.get_partial_message(rnd.message_id).edit(
                    embed=_embeds.question_embed(game, rnd, closed=True), view=revealed_view(rnd),
                    allowed_mentions=discord.AllowedMentions.none())
            except discord.HTTPException:
                log.info("could not close the buttons of game %s round %s", game.game_id, rnd.round_no)
        await channel.send(embed=_embeds.reveal_embed(game, result), view=reveal_view(rnd))

    async def post_standings(self, game: Game, standings: list[Standing], status: GameStatus,
                             rounds_played: int) -> None:
        await self._channel(game).send(embed=_embeds.standings_embed(game, standings, status, rounds_played,
                                                                     shutdown=self.shutting_down))

    async def report_failure(self, game: Game, error: Exception) -> bool:
        interaction = self.starts.pop(game.game_id, None)
        if not isinstance(error, discord.Forbidden | discord.NotFound):
            return False
        if interaction is not None and not interaction.is_expired():
            if isinstance(error, discord.Forbidden):
                why = (f"I can't post in <#{game.channel_id}> any more: I need the **Send Messages** and "
                       "**Embed Links** permissions there")
            else:
                why = f"<#{game.channel_id}> is gone"
            await interaction.followup.send(f"{why}, so the quiz stopped. Every answer given so far still "
                                            "counts towards the leaderboard.", ephemeral=True)
        return True


@app_commands.guild_only()
class Quiz(ServerOnlyCog, group_name="quiz", group_description="Quizzes from the documents, with sources."):
    """Games, single questions, the server leaderboard and the daily question."""

    def __init__(self, bot: QuizBot, *, clock: Clock = time.time, sleep: Sleep = asyncio.sleep,
                 rng: random.Random | None = None) -> None:
        self.bot = bot
        self.store = GameStore(bot.state, scoring)
        self.io = ChannelIO(bot)
        # Injectable so tests play long games on simulated time.
        self.clock = clock
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.pause = rules.REVEAL_PAUSE
        self.cooldown = rules.ChannelCooldown(rules.START_COOLDOWN, lambda: self.clock())
        self.runners: dict[int, GameRunner] = {}
        self.tasks: dict[int, asyncio.Task[GameStatus]] = {}
        # Games created by a start command and not launched yet: a shutdown in between ends them.
        self.pending: dict[int, Game] = {}
        self.closing = False
        self._startup: asyncio.Task[None] | None = None
        super().__init__()

    # --- lifecycle ---------------------------------------------------------------------------

    async def cog_load(self) -> None:
        # End the games a restart cut off now, in setup_hook, before any command can arrive: their
        # channels are free at once (on_ready comes seconds later), and a game started in those
        # seconds is this process's own, not stale. What happened is posted once connected.
        cut = await close_stale_games(self.store, self.clock)
        if cut:
            log.info("ended %d quiz game(s) cut off by a restart", len(cut))
        self._startup = asyncio.create_task(self._announce_cut_off(cut), name="quiz-end-stale-games")
        self.daily_loop.start()

    async def _announce_cut_off(self, cut: list[CutOff]) -> None:
        await self.bot.wait_until_ready()
        try:
            await announce_cut_off(self.store, self.io, cut)
        except Exception:
            log.exception("could not post the end of the games a restart cut off")

    async def cog_unload(self) -> None:
        self.closing = self.io.shutting_down = True
        self.daily_loop.cancel()
        if self._startup is not None and not self._startup.done():
            self._startup.cancel()
        for game_id in list(self.pending):  # created by a start still under way: never launched
            await self._drop_pending(game_id)
        for runner in list(self.runners.values()):
            runner.stop(GameStatus.INTERRUPTED)
        running = [t for t in self.tasks.values() if not t.done()]
        if not running:
            return
        _done, late = await asyncio.wait(running, timeout=SHUTDOWN_GRACE)
        for task in late:
            task.cancel()  # the runner closes its round and marks the game ended, silently
        await asyncio.gather(*late, return_exceptions=True)

    async def launch_and_wait(self, interaction: discord.Interaction[QuizBot], game: Game,
                              rounds: list[RoundSnapshot]) -> None:
        """Launch, then hold the command until the first question is posted (bounded), so whoever
        reacts to the command's completion — the console, a test — already sees the buttons."""
        if self.closing:  # the bot is shutting down: cog_unload has ended this game already
            return
        runner = self.launch(game, rounds)
        self.io.starts[game.game_id] = interaction
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(runner.started.wait(), FIRST_ROUND_WAIT)

    def launch(self, game: Game, rounds: list[RoundSnapshot]) -> GameRunner:
        self.pending.pop(game.game_id, None)
        runner = GameRunner(self.store, self.io, game, rounds, clock=self.clock, sleep=self.sleep,
                            pause=self.pause)
        task = asyncio.create_task(runner.run(), name=f"quiz-game-{game.game_id}")
        self.runners[game.game_id] = runner
        self.tasks[game.game_id] = task
        game_id = game.game_id
        task.add_done_callback(lambda _task: self._forget(game_id))
        return runner

    async def _drop_pending(self, game_id: int) -> None:
        """End a game its start command created but never launched (a failure, or a shutdown)."""
        if self.pending.pop(game_id, None) is None:
            return
        try:
            await self.store.end_game(game_id, GameStatus.INTERRUPTED, self.clock())
        except Exception:
            log.exception("could not end quiz game %s, which never started", game_id)

    def _forget(self, game_id: int) -> None:
        self.io.starts.pop(game_id, None)
        self.runners.pop(game_id, None)
        self.tasks.pop(game_id, None)

    # --- answering ---------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Every interaction passes here; answer button clicks are taken (see ``answer_of``)."""
        answer = answer_of(interaction)
        if answer is not None:
            await self._answer_click(interaction, *answer)

    @routes_errors
    async def _answer_click(self, interaction: discord.Interaction, game_id: int, round_no: int,
                            choice: int) -> None:
        await self.answer(interaction, game_id, round_no, choice)

    async def answer(self, interaction: discord.Interaction, game_id: int, round_no: int, choice: int) -> None:
        """An answer button was clicked (any message, any age): record it once and say so privately."""
        outcome = await self.store.record_answer(
            guild_id=interaction.guild_id, game_id=game_id, round_no=round_no, user_id=interaction.user.id,
            display_name=interaction.user.display_name, choice=choice, now=self.clock())
        if outcome.status is AnswerStatus.RECORDED:
            message = f"Locked in: **{LETTERS[choice]}**. The answer is revealed when the time is up."
        elif outcome.status is AnswerStatus.ALREADY_ANSWERED:
            message = (f"You already answered this round: **{LETTERS[outcome.choice or 0]}** stands "
                       "(only your first click counts).")
        elif outcome.status is AnswerStatus.ROUND_OVER:
            message = "This round is over: its answer has been revealed, so this click does not count."
        elif outcome.status is AnswerStatus.BAD_CHOICE:
            message = "That is not one of this round's options."
        else:  # no such round here: gone, from another server, or a forged button
            message = "This round is over: this question is no longer in play."
        await reply.send(interaction, message, ephemeral=True)
        runner = self.runners.get(game_id)
        if outcome.status is AnswerStatus.RECORDED and runner is not None:
            runner.nudge(round_no, interaction.user.id)

    # --- starting games ----------------------------------------------------------------------

    async def _topic(self, content: ScopedContent, text: str | None) -> TopicFilter:
        where = await resolve_topic(content, text)
        if where is None:
            topics = ", ".join(f"**{escape_markdown(t)}**" for t in await suggest_topics(content))
            hint = f" Try one of these: {topics}." if topics else ""
            raise UserFacingError(f"No topic or document matches “{escape_markdown(truncate(text or '', 80))}”."
                                  f"{hint}")
        return where

    @staticmethod
    def _check_bot_can_post(interaction: discord.Interaction[QuizBot]) -> None:
        """Rounds are channel messages: without these permissions a game would start and go silent."""
        perms = interaction.app_permissions
        in_thread = isinstance(interaction.channel, discord.Thread)
        needs = {"view_channel": perms.view_channel, "embed_links": perms.embed_links,
                 "send_messages_in_threads" if in_thread else "send_messages":
                     perms.send_messages_in_threads if in_thread else perms.send_messages}
        missing = [name for name, granted in needs.items() if not granted]
        if missing:
            names = " and ".join(p.replace("_", " ").title() for p in missing)
            raise UserFacingError(f"I need the **{names}** permission{'s' if len(missing) > 1 else ''} in this "
                                  "channel to run a quiz here. A server admin can grant it in the channel settings.")

    async def _unread_collections(self, guild_id: int) -> dict[str, int]:
        """The collections this server may choose but does not read, with how many questions each holds."""
        settings = self.bot.collections
        reads = settings.scope(guild_id).collections
        found: dict[str, int] = {}
        for doc in await self.bot.content.documents():
            if doc.questions and doc.collection not in reads and settings.may_use(guild_id, doc.collection):
                found[doc.collection] = found.get(doc.collection, 0) + doc.questions
        return dict(sorted(found.items()))

    async def _check_channel_free(self, interaction: discord.Interaction[QuizBot]) -> None:
        running = await self.store.running_game(interaction.channel_id or 0)
        if running is not None:
            link = jump_url(running)
            where = f" Here it is: {link}" if link else ""
            raise UserFacingError("A quiz is already running in this channel; wait for it to finish or use "
                                  f"`/quiz stop`.{where}")
        retry = self.cooldown.retry_after(interaction.channel_id or 0)
        if retry > 0:
            at = discord.utils.format_dt(datetime.now(UTC) + timedelta(seconds=retry), "R")
            raise UserFacingError(f"A quiz was started in this channel moments ago; you can start another {at}.")

    async def _begin(self, interaction: discord.Interaction[QuizBot], *, mode: GameMode, rounds: int, seconds: int,
                     topic: str | None, difficulty: str | None,
                     ) -> tuple[Game, list[RoundSnapshot], TopicFilter]:
        """Check, pick questions, create the game (the database has the last word on one per channel)."""
        try:
            level = rules.normalise_difficulty(difficulty)
        except ValueError:
            raise UserFacingError("Difficulty must be easy, medium, hard or any.") from None
        self._check_bot_can_post(interaction)
        await self._check_channel_free(interaction)
        content = content_of(interaction)  # StoreNotReady while building
        where = await self._topic(content, topic)
        assert interaction.guild_id is not None and interaction.channel_id is not None
        picked = await pick_rounds(content, self.store, interaction.guild_id, where, level,
                                   rounds, self.rng)
        if not picked.rounds:
            about = "" if where.topic is None and where.doc_key is None else f" about {escape_markdown(where.label)}"
            harder = f" at {level} difficulty" if level else ""
            unread = await self._unread_collections(interaction.guild_id) if not about and not harder else {}
            if unread:
                # the server reads collections with no questions, while others it may choose have some: documents in
                # a sub-folder of the documents folder are a collection no server reads until it is chosen
                reads = sorted(self.bot.collections.scope(interaction.guild_id).collections)
                raise UserFacingError(
                    "There are no questions in the collections this server reads "
                    f"({', '.join(f'`{escape_markdown(c)}`' for c in reads)}). "
                    f"Questions are ready in {', '.join(f'`{escape_markdown(c)}` ({n})' for c, n in unread.items())}: "
                    "someone with Manage Server can choose them with `/settings collections`.")
            raise UserFacingError(f"There are no questions{about}{harder} yet. Try another topic or difficulty "
                                  "(leave both empty for any).")
        game = await self.store.create_game(
            guild_id=interaction.guild_id, channel_id=interaction.channel_id, starter_id=interaction.user.id,
            mode=mode, rounds=len(picked.rounds), seconds=seconds, topic=where.label, difficulty=level,
            now=self.clock())
        if game is None:  # someone else started one a moment ago
            await self._check_channel_free(interaction)
            raise UserFacingError("A quiz is already running in this channel.")
        self.pending[game.game_id] = game
        self.cooldown.mark(interaction.channel_id)
        return game, picked.rounds, where

    async def _linked(self, game: Game, announced: discord.Message | None) -> Game:
        """Remember the announcement as the game's message: "a quiz is already running" links to it."""
        if announced is None:
            return game  # the first question's message will be linked instead
        await self.store.set_game_message(game.game_id, announced.id)
        return await self.store.game(game.game_id) or game

    @app_commands.command(name="start", description="Start a quiz game in this channel.")
    @app_commands.describe(rounds="how many questions (1–30, default 10)",
                           topic="a topic or document (suggestions as you type; empty for all)",
                           difficulty="easy, medium, hard or any (default any)",
                           seconds="seconds to answer each question (10–120, default 20)")
    async def start(self, interaction: discord.Interaction[QuizBot],
                    rounds: app_commands.Range[int, rules.ROUNDS_MIN, rules.ROUNDS_MAX] = rules.ROUNDS_DEFAULT,
                    topic: str | None = None, difficulty: Difficulty = "any",
                    seconds: app_commands.Range[int, rules.SECONDS_MIN, rules.SECONDS_MAX] = rules.SECONDS_DEFAULT,
                    ) -> None:
        # Discord enforces the ranges, but never trust the client.
        for problem in (rules.check_range("rounds", rounds, rules.ROUNDS_MIN, rules.ROUNDS_MAX),
                        rules.check_range("seconds", seconds, rules.SECONDS_MIN, rules.SECONDS_MAX)):
            if problem:
                raise UserFacingError(problem)
        game, picked, where = await self._begin(interaction, mode="game", rounds=rounds, seconds=seconds,
                                                topic=topic, difficulty=difficulty)
        note = None
        if len(picked) < rounds:
            note = (f"Only {len(picked)} question{'s' if len(picked) != 1 else ''} match, so this game has "
                    f"{len(picked)} round{'s' if len(picked) != 1 else ''} instead of {rounds}.")
        try:
            announced = await reply.send(interaction, embed=_embeds.start_embed(game, where.label, game.difficulty,
                                                                                note))
            await self.launch_and_wait(interaction, await self._linked(game, announced), picked)
        finally:
            await self._drop_pending(game.game_id)

    @app_commands.command(name="question", description="Ask one quiz question in this channel.")
    @app_commands.describe(topic="a topic or document (suggestions as you type; empty for all)",
                           difficulty="easy, medium, hard or any (default any)")
    async def question(self, interaction: discord.Interaction[QuizBot], topic: str | None = None,
                       difficulty: Difficulty = "any") -> None:
        game, picked, where = await self._begin(interaction, mode="single", rounds=1,
                                                seconds=rules.SECONDS_DEFAULT, topic=topic, difficulty=difficulty)
        try:
            announced = await reply.send(interaction, f"One question on {escape_markdown(where.label)}: "
                                                      f"{game.seconds} seconds to answer, scored like a game round.")
            await self.launch_and_wait(interaction, await self._linked(game, announced), picked)
        finally:
            await self._drop_pending(game.game_id)

    @start.autocomplete("topic")
    @question.autocomplete("topic")
    async def topic_autocomplete(self, interaction: discord.Interaction[QuizBot],
                                 current: str) -> list[app_commands.Choice[str]]:
        if not self.bot.content_ready:  # still building: answer at once, no time-out
            return []
        content = content_of(interaction)
        wanted = current.casefold().strip()
        choices: list[app_commands.Choice[str]] = []
        for topic, count in await content.topics():
            if wanted in topic.casefold():
                label = f"{topic} ({count} question{'s' if count != 1 else ''})"
                choices.append(app_commands.Choice(name=truncate(label, CHOICE_NAME), value=topic[:100]))
        for doc in await content.find_documents(current, limit=10) if wanted else await content.documents():
            if doc.duplicate_of is None and doc.questions:
                choices.append(app_commands.Choice(name=truncate(f"📄 {doc.title}", CHOICE_NAME),
                                                   value=f"{DOC_PREFIX}{doc.doc_key}"[:100]))
        return choices[:25]

    # --- stopping ----------------------------------------------------------------------------

    @app_commands.command(name="stop", description="Stop the quiz running in this channel.")
    async def stop(self, interaction: discord.Interaction[QuizBot]) -> None:
        game = await self.store.running_game(interaction.channel_id or 0)
        if game is None:
            raise UserFacingError("No quiz is running in this channel.")
        perms = interaction.permissions
        if not rules.may_stop(game, interaction.user.id, perms.manage_messages):
            raise UserFacingError("Only the member who started this quiz, or someone with the Manage Messages "
                                  "permission, can stop it.")
        runner = self.runners.get(game.game_id)
        if runner is not None:
            runner.stop(GameStatus.STOPPED)
            await reply.send(interaction, f"Quiz stopped by {escape_markdown(interaction.user.display_name)}: "
                                          "the current question is revealed and the standings follow.")
            return
        # No runner plays it in this process (its task died): end it here so the channel is free again.
        await reply.send(interaction, f"Quiz stopped by {escape_markdown(interaction.user.display_name)}.")
        await end_stale_games(self.store, self.io, self.clock, [game])

    # --- boards ------------------------------------------------------------------------------

    @app_commands.command(name="leaderboard", description="This server's quiz standings.")
    @app_commands.describe(period="all time, this week or this month (UTC)")
    async def leaderboard(self, interaction: discord.Interaction[QuizBot],
                          period: Literal["all", "week", "month"] = "all") -> None:
        assert interaction.guild_id is not None
        since = period_start(period, self.clock())
        rows = await self.store.leaderboard(interaction.guild_id, since, limit=None)  # every member
        if not rows:
            when = {"all": "yet", "week": "this week", "month": "this month"}[period]
            raise UserFacingError(f"Nobody has answered a quiz question in this server {when}. "
                                  "Start one with `/quiz start`!")
        server = interaction.guild.name if interaction.guild else "this server"
        pages = _embeds.leaderboard_pages(rows, period, server)
        await Paginator(pages, owner_id=interaction.user.id, command="quiz leaderboard").start(interaction)

    @app_commands.command(name="stats", description="Quiz stats for you or another member.")
    @app_commands.describe(member="whose stats to show (default: yours)")
    async def stats(self, interaction: discord.Interaction[QuizBot], member: discord.Member | None = None) -> None:
        assert interaction.guild_id is not None
        who = member or interaction.user
        stats = await self.store.member_stats(interaction.guild_id, who.id)
        if stats.answered == 0:
            subject = "You have" if who.id == interaction.user.id else f"{escape_markdown(who.display_name)} has"
            raise UserFacingError(f"{subject} not answered any quiz question in this server yet.")
        await reply.send(interaction, embed=_embeds.stats_embed(stats, who.display_name))

    # --- the daily question ------------------------------------------------------------------

    @tasks.loop(minutes=1)
    async def daily_loop(self) -> None:
        try:
            await self.daily_tick()
        except Exception:
            log.exception("the daily question check failed; trying again in a minute")

    @daily_loop.before_loop
    async def _before_daily(self) -> None:
        await self.bot.wait_until_ready()

    async def daily_tick(self) -> list[Game]:
        """Post every daily question that is due (or missed by under an hour); never twice a day."""
        if not self.bot.content_ready:
            return []  # try again next minute, within the catch-up hour
        posted = []
        now = self.clock()
        for settings in await self.store.daily_enabled():
            slot = due_daily_slot(now, settings.time or "", settings.last_posted)
            if slot is None or not await self.store.claim_daily(settings.guild_id, slot.isoformat()):
                continue
            game = await self._post_daily(settings.guild_id, settings.channel_id or 0)
            if game is not None:
                posted.append(game)
        return posted

    async def _post_daily(self, guild_id: int, channel_id: int) -> Game | None:
        content = ScopedContent(self.bot.content, self.bot.collections.scope(guild_id))
        picked = await pick_rounds(content, self.store, guild_id, TopicFilter("any topic"), None, 1,
                                   self.rng)
        if not picked.rounds:
            log.warning("no question available for the daily question of guild %s", guild_id)
            return None
        game = await self.store.create_game(guild_id=guild_id, channel_id=channel_id, starter_id=None,
                                            mode="daily", rounds=1, seconds=rules.DAILY_SECONDS, topic=None,
                                            difficulty=None, now=self.clock())
        if game is None:
            return None
        self.launch(game, picked.rounds)
        return game

    async def wait_idle(self) -> None:
        """Wait for every running game task (tests and shutdown)."""
        with contextlib.suppress(Exception):
            await asyncio.gather(*self.tasks.values(), return_exceptions=True)

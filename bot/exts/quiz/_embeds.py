"""What quiz messages look like: question, reveal, standings, leaderboard, stats.

Pure functions from quiz records to embeds. Every piece of document text and every member name
is escaped (no markup, no mention look-alikes; pings are off bot-wide anyway) and cut to fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import discord

from bot.quiz import scoring
from bot.store.game_records import (
    LETTERS,
    BoardRow,
    Game,
    GameStatus,
    MemberStats,
    Period,
    Round,
    RoundResult,
    Standing,
)
from bot.ui.cite import attribution, format_citation
from bot.ui.text import EMBED_FIELD_VALUE, cut_at_sentence, escape_markdown, truncate

QUESTION_COLOUR = discord.Colour.blurple()
RIGHT_COLOUR = discord.Colour.green()
STANDINGS_COLOUR = discord.Colour.gold()
NAMES_SHOWN = 15  # winners listed by name in a reveal; the rest are counted
STANDINGS_SHOWN = 20
BOARD_PAGE = 10
PERIOD_LABEL = {"all": "all time", "week": "this week (since Monday, UTC)", "month": "this month (UTC)"}


def name(text: str) -> str:
    return escape_markdown(truncate(text, 64))


def when(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def round_title(game: Game, rnd: Round) -> str:
    if game.mode == "daily":
        return f"Daily question · {when(rnd.opened_at):%d %b %Y}"
    if game.mode == "single":
        return "Quiz question"
    return f"Question {rnd.round_no}/{game.rounds_planned}"


def _options(rnd: Round) -> str:
    return "\n".join(f"**{LETTERS[i]}** · {escape_markdown(o)}" for i, o in enumerate(rnd.snapshot.options))


def question_embed(game: Game, rnd: Round, *, closed: bool = False) -> discord.Embed:
    snap = rnd.snapshot
    embed = discord.Embed(title=round_title(game, rnd), colour=QUESTION_COLOUR,
                          description=f"{escape_markdown(snap.prompt)}\n\n{_options(rnd)}")
    if closed:
        embed.add_field(name="Time", value="Closed: the answer is below.", inline=False)
    else:
        closes = discord.utils.format_dt(when(rnd.closes_at), "R")
        embed.add_field(name="Time", value=f"Closes {closes}. Pick a button: only you see your choice, "
                                           "and your first click counts.", inline=False)
    embed.set_footer(text=f"{snap.topic} · {snap.difficulty}")
    return embed


def source_text(rnd: Round) -> str:
    """The explanation quoted with its citation; opinion is attributed, never stated as fact."""
    snap = rnd.snapshot
    quote = "> " + escape_markdown(cut_at_sentence(snap.explanation, 700)).replace("\n", "\n> ")
    if not snap.source_title:
        return quote
    lead = attribution(snap.source_author, snap.source_title, snap.source_kind)
    cite = format_citation(escape_markdown(snap.source_title),
                           escape_markdown(snap.source_author) if snap.source_author else None,
                           snap.source_date, snap.source_kind)
    return truncate(f"{escape_markdown(lead)}:\n{quote}\n— {cite}", EMBED_FIELD_VALUE)


def reveal_embed(game: Game, result: RoundResult) -> discord.Embed:
    rnd = result.round
    snap = rnd.snapshot
    letter = LETTERS[snap.answer_index]
    lines = []
    for i, option in enumerate(snap.options):
        mark = "✅" if i == snap.answer_index else "▫️"
        count = result.counts[i] if i < len(result.counts) else 0
        lines.append(f"{mark} **{LETTERS[i]}** · {escape_markdown(truncate(option, 120))} — {count}")
    embed = discord.Embed(title=truncate(f"{round_title(game, rnd)}: the answer is {letter}", 256),
                          colour=RIGHT_COLOUR, description="\n".join(lines))
    winners = result.winners
    if winners:
        shown = [f"{name(w.display_name)} (+{w.points})" for w in winners[:NAMES_SHOWN]]
        if len(winners) > NAMES_SHOWN:
            shown.append(f"and {len(winners) - NAMES_SHOWN} more")
        right = ", ".join(shown)
    elif result.answers:
        right = "Nobody this time."
    else:
        right = "Nobody answered."
    total = len(result.answers)
    embed.add_field(name=f"Right ({len(winners)} of {total})", value=truncate(right, EMBED_FIELD_VALUE),
                    inline=False)
    embed.add_field(name="From the source", value=source_text(rnd), inline=False)
    return embed


def standings_lines(standings: Sequence[Standing]) -> list[str]:
    lines = [f"**{s.place}.** {name(s.display_name)} — {s.points} points · {s.correct}/{s.answered} correct"
             for s in standings[:STANDINGS_SHOWN]]
    if len(standings) > STANDINGS_SHOWN:
        lines.append(f"…and {len(standings) - STANDINGS_SHOWN} more")
    return lines


def winner_line(standings: Sequence[Standing]) -> str:
    top = scoring.winners(standings)
    if not top:
        return "Nobody scored this time." if standings else "Nobody answered this time."
    names = [name(s.display_name) for s in top]
    if len(top) == 1:
        return f"🏆 Winner: {names[0]} with {top[0].points} points!"
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    return f"🏆 A tie for first: {joined} with {top[0].points} points each!"


def standings_embed(game: Game, standings: Sequence[Standing], status: GameStatus, played: int,
                    *, shutdown: bool = False) -> discord.Embed:
    """``shutdown``: the game ended because this bot is stopping (SIGTERM, Ctrl-C in the console)."""
    title = {GameStatus.FINISHED: "Final standings", GameStatus.STOPPED: "Quiz stopped: final standings",
             GameStatus.INTERRUPTED: "Quiz ended early: final standings"}.get(status, "Standings")
    body = [winner_line(standings), "", *standings_lines(standings)]
    embed = discord.Embed(title=title, colour=STANDINGS_COLOUR, description="\n".join(body).strip())
    note = f"{played} of {game.rounds_planned} rounds played" if played < game.rounds_planned \
        else f"{played} rounds played"
    if status is GameStatus.INTERRUPTED:
        why = "the bot was shut down" if shutdown else "the bot restarted or lost the channel"
        note += f" · {why}; every answer given still counts"
    embed.set_footer(text=note)
    return embed


def start_embed(game: Game, topic_label: str, difficulty: str | None, note: str | None) -> discord.Embed:
    rounds = "1 round" if game.rounds_planned == 1 else f"{game.rounds_planned} rounds"
    text = (f"{rounds} · {escape_markdown(topic_label)} · {difficulty or 'any difficulty'} · "
            f"{game.seconds} seconds per question.\n"
            f"Correct answers score {scoring.BASE} points, up to +{scoring.SPEED_MAX} for speed and "
            f"+{scoring.STREAK_STEP} per answer in a row (up to +{scoring.STREAK_CAP}).")
    if note:
        text += f"\n\n{note}"
    return discord.Embed(title="A quiz is starting!", colour=QUESTION_COLOUR, description=text)


def leaderboard_pages(rows: Sequence[BoardRow], period: Period, server: str) -> list[discord.Embed]:
    pages = []
    for start in range(0, len(rows), BOARD_PAGE):
        lines = [f"**#{r.rank}** {name(r.display_name)} — {r.points} points · {r.correct}/{r.answered} correct "
                 f"({r.accuracy:.0%})" for r in rows[start:start + BOARD_PAGE]]
        pages.append(discord.Embed(title=truncate(f"Leaderboard · {server}", 256), colour=STANDINGS_COLOUR,
                                   description="\n".join(lines)).set_footer(text=PERIOD_LABEL[period]))
    return pages


def stats_embed(stats: MemberStats, shown_name: str) -> discord.Embed:
    embed = discord.Embed(title=f"Quiz stats · {name(shown_name)}", colour=QUESTION_COLOUR)
    embed.add_field(name="Points", value=str(stats.points))
    embed.add_field(name="Answers", value=f"{stats.correct}/{stats.answered} correct")
    embed.add_field(name="Accuracy", value=f"{stats.accuracy:.0%}")
    embed.add_field(name="Best streak", value=str(stats.best_streak))
    rank = f"#{stats.rank} of {stats.ranked_members}" if stats.rank else "unranked"
    embed.add_field(name="Rank", value=rank)
    if stats.weakest_topic is not None:
        weakest = f"{escape_markdown(stats.weakest_topic)} ({stats.weakest_accuracy or 0:.0%} right)"
    else:
        weakest = "not enough answers yet"
    embed.add_field(name="Weakest topic", value=weakest)
    embed.set_footer(text="All time, this server")
    return embed

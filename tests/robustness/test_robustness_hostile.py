"""Hostile text in every free-text option of every slash command (and every autocomplete).

The options are discovered from the live command tree, so a command added later is covered
without touching this file. For each input, whatever the bot sends must: not be the
unexpected-error reply, not be logged at ERROR, never be able to ping (allowed_mentions
``parse == []`` on every message, and mention syntax from the input neutralised in the text),
and fit Discord's limits (LocalDiscord refuses anything Discord would reject with a 400).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import discord
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.console.transport import LocalDiscord

from .support import (
    HOSTILE,
    StepClock,
    TextOption,
    instant_games,
    problems_in,
    required_others,
    text_options,
    walk_commands,
)

# Pieces that hypothesis mixes into arbitrary text: mention and markdown syntax, FTS operators,
# control and bidi characters. Unicode text alone rarely hits them.
FRAGMENTS = ["@everyone", "@here", "<@123>", "<@&456>", "<#789>", "`", "```", "*", "_", "~~", "||", ">", "#",
             '"', "'", "NEAR(", "AND", "OR", "NOT", "-", ":", "^", "(", ")", "\u200b", "\u202e", "\u2066",
             "\x00", "\n", "😀", "Russia", "China", "1992", "--", ";", "%"]
hostile_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=8).map("".join)
EXAMPLES_PER_OPTION = 30


def error_records(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


async def exercise(local: LocalDiscord, option: TextOption, value: str, index: int) -> list[str]:
    """Run the command (and the option's autocomplete) with ``value``; every problem found."""
    admin = local.user("ada", admin=True)  # allowed everything, so the option itself is what is tested
    # A channel per call: a game started by one input cannot make the next one "already running".
    channel = local.channel(f"hostile-{index}")
    others = required_others(local, option)
    before = len(local.sent)
    problems: list[str] = []
    if option.autocomplete:
        await local.autocomplete(option.command, option.option, value, user=admin, channel=channel,
                                 options=others)
    with UserErrors() as refused:
        reply = await local.slash(option.command, user=admin, channel=channel,
                                  options={**others, option.option: value})
    # Bad input is refused politely *and privately* (the error handler logs each refusal at INFO).
    if refused.messages and not reply.ephemeral:
        problems.append(f"a refusal shown to everyone: {reply.text[:120]!r}")
    if refused.messages and not reply.text.strip():
        problems.append("an empty refusal")
    problems += problems_in(local, local.sent[before:])
    return [f"{option} = {value[:60]!r}: {p}" for p in problems]


class UserErrors(logging.Handler):
    """Collects what ``bot.ui.errors.report_error`` tells users (its "user error" INFO lines) while open."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []
        self.logger = logging.getLogger("bot.ui.errors")

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("user error"):
            self.messages.append(record.getMessage())

    def __enter__(self) -> UserErrors:
        self._level = self.logger.level
        self.logger.addHandler(self)
        if self.logger.getEffectiveLevel() > logging.INFO:
            self.logger.setLevel(logging.INFO)
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)
        self.logger.setLevel(self._level)


async def test_the_tree_has_the_text_options_we_expect_to_attack(local: LocalDiscord) -> None:
    # Discovery must find the known free-text options (if it found none, every other test here
    # would pass vacuously); new ones are picked up automatically.
    found = {str(o) for o in text_options(local.bot.tree)}
    assert {"/search query", "/quote search", "/quote source", "/quiz start topic"} <= found, found
    assert all(o.autocomplete for o in text_options(local.bot.tree) if o.option in ("source", "topic"))


async def test_every_text_option_survives_the_hostile_set(local: LocalDiscord,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    instant_games(local)
    caplog.set_level(logging.INFO)
    problems: list[str] = []
    index = 0
    for option in text_options(local.bot.tree):
        for value in HOSTILE:
            index += 1
            problems += await exercise(local, option, value, index)
    # Running games (a blank topic starts one) finish on the instant clock before we look at the log.
    cog = local.bot.get_cog("Quiz")
    if cog is not None:
        await asyncio.wait_for(cog.wait_idle(), 10)
        problems += problems_in(local, local.sent)
    assert not problems, "\n".join(problems[:40])
    assert not error_records(caplog), error_records(caplog)


async def test_hostile_search_never_turns_into_sql(local: LocalDiscord) -> None:
    # The injection attempt is answered like any search, and the tables it names still answer after.
    for value in ("'; DROP TABLE passages; --", "x'); DELETE FROM passages; --", '" OR 1=1 --'):
        await local.slash("search", query=value)
    reply = await local.slash("search", query="Russia")
    assert "Search: Russia" in reply.text and len(reply.embeds[0]["fields"]) >= 1
    assert (await local.slash("quote", search="Russia")).embeds


async def test_echoed_mentions_are_neutralised_but_readable(local: LocalDiscord) -> None:
    # The input is echoed back (so the user sees what was not found) but cannot ping or look like a ping.
    for query in ("zzqx @everyone <@123> <@&456>", "Russia @here <@!123>"):
        reply = await local.slash("search", query=query)
        # Echoed either way: "Nothing in the documents matches …" or the results' title.
        assert "everyone" in reply.text or "here" in reply.text
        assert "123" in reply.text
        assert problems_in(local, reply.all) == []


def property_check(runner: asyncio.Runner, local: LocalDiscord, option: TextOption,
                   counter: Iterator[int]) -> Callable[[], None]:
    """A hypothesis test for one option, run on ``runner``'s loop (where ``local`` lives)."""

    @settings(max_examples=EXAMPLES_PER_OPTION, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(value=hostile_text)
    def check(value: str) -> None:
        found = runner.run(exercise(local, option, value, next(counter)))
        assert not found, found

    return check


def test_property_based_text_in_every_option(content_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Hypothesis-generated text per option, a fixed number of derandomized examples each (CI
    sees the same inputs every run). A sync test that drives one bot on its own loop: hypothesis
    cannot wrap an async test directly."""
    caplog.set_level(logging.INFO)
    with asyncio.Runner() as runner:
        opened = LocalDiscord.open(content_path=content_path)
        local = runner.run(opened.__aenter__())
        try:
            instant_games(local)
            options = text_options(local.bot.tree)
            counter = iter(range(1_000_000))
            for option in options:
                property_check(runner, local, option, counter)()
            ran = next(counter)
            assert ran >= len(options) * EXAMPLES_PER_OPTION, f"only {ran} examples ran"
            cog = local.bot.get_cog("Quiz")
            if cog is not None:
                runner.run(asyncio.wait_for(cog.wait_idle(), 10))
        finally:
            runner.run(opened.__aexit__(None, None, None))
    errors = [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, errors


async def test_the_checks_catch_what_they_look_for(local: LocalDiscord) -> None:
    # The checker itself, on hand-made records: each fault is reported, a clean message is not.
    from bot.console.transport import Sent

    def message(content: str, mentions: dict | None) -> Sent:
        return Sent(seq=0, at=0.0, route="POST /x", kind="message", content=content,
                    data={"content": content, "allowed_mentions": mentions})

    none = {"parse": []}
    assert problems_in(local, [message("fine, @\u200beveryone <@\u200b123>", none)]) == []
    assert problems_in(local, [message("hi @everyone", none)])
    assert problems_in(local, [message("hi <@&456>", none)])
    assert problems_in(local, [message("hi", {"parse": ["users"]})])
    assert problems_in(local, [message("Sorry, something went wrong (reference 1a2b3c4d).", none)])
    member = local.user("ann")
    assert problems_in(local, [message(f"stopped by <@{member.id}>", none)]) == []  # the bot's own mention
    # Embeds: mentions render in descriptions and field values, not in titles or field names.
    embed = {"title": "<@123> @everyone", "description": "quiet",
             "fields": [{"name": "<@&456>", "value": "fine"}]}
    quiet = Sent(seq=0, at=0.0, route="POST /x", kind="message", embeds=[embed],
                 data={"embeds": [embed], "allowed_mentions": none})
    assert problems_in(local, [quiet]) == []
    loud = {**embed, "fields": [{"name": "n", "value": "hey @here"}]}
    assert problems_in(local, [Sent(seq=0, at=0.0, route="POST /x", kind="message", embeds=[loud],
                                    data={"embeds": [loud], "allowed_mentions": none})])


# -- names and numbers ----------------------------------------------------------------------------
HOSTILE_NAMES = ["@everyone", "@here <@123>", "<@&456>", "**bold** `x`", "> quote", "\u202eevil", "😀" * 8,
                 "x" * 32, "||spoiler||", "[a](https://e.xample)"]


async def test_hostile_member_names_never_ping_in_games_boards_and_stats(local: LocalDiscord,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    # Display names are user input too: they show up in reveals, standings, the board and stats.
    caplog.set_level(logging.INFO)
    clock = StepClock()
    cog = local.bot.get_cog("Quiz")
    cog.clock, cog.sleep = clock, clock.sleep
    channel = local.channel("quiz")
    players = [local.user(name) for name in HOSTILE_NAMES]
    await local.slash("quiz start", user=players[0], channel=channel, rounds=2)
    for round_no in (1, 2):
        await clock.parked()
        question = [s for s in local.sent if s.kind == "message" and f"Question {round_no}/2" in s.text
                    and s.buttons and "the answer is" not in s.text][-1]
        # Round 2: only half answer, so it does not end early and the stop below ends the game.
        for index, player in enumerate(players if round_no == 1 else players[:5]):
            await local.click(question.message_id, 1 + index % len(question.buttons), user=player)
        if round_no == 1:
            await clock.step()  # reveal
            await clock.step()  # pause
    await local.slash("quiz stop", user=players[0], channel=channel)
    await asyncio.wait_for(cog.wait_idle(), 5)
    await local.slash("quiz leaderboard", user=players[1], channel=channel)
    for player in players:
        await local.slash("quiz stats", user=players[2], channel=channel, member=player)
    shown = "\n".join(s.text for s in local.sent)
    assert "Quiz stopped by" in shown and "final standings" in shown.lower()
    assert "@\u200beveryone" in shown  # the names are shown, neutralised, not dropped
    assert problems_in(local, local.sent) == []
    assert not error_records(caplog)


async def test_integer_options_at_their_extremes(local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    # What a client can send: the declared bounds, or Discord's own (±2^53) where none are declared.
    caplog.set_level(logging.INFO)
    instant_games(local)
    admin = local.user("ada", admin=True)
    tried = 0
    for command in walk_commands(local.bot.tree):
        for param in command.parameters:
            if param.type is not discord.AppCommandOptionType.integer or param.choices:
                continue
            low = param.min_value if param.min_value is not None else -(2 ** 53)
            high = param.max_value if param.max_value is not None else 2 ** 53
            for value in {low, high, 0 if low <= 0 <= high else low, -1 if low <= -1 else low}:
                option = TextOption(command.qualified_name, param.display_name, False, param.required,
                                    tuple(p for p in command.parameters if p.name != param.name))
                tried += 1
                before = len(local.sent)
                await local.slash(option.command, user=admin, channel=local.channel(f"int-{tried}"),
                                  options={**required_others(local, option), option.option: value})
                assert problems_in(local, local.sent[before:]) == [], (str(option), value)
    assert tried >= 6  # /quiz start rounds and seconds, /timeline from_year and to_year at least
    await asyncio.wait_for(local.bot.get_cog("Quiz").wait_idle(), 10)
    assert not error_records(caplog)


async def test_every_text_option_while_the_content_store_is_missing(caplog: pytest.LogCaptureFixture) -> None:
    # First start (store still building) or a failed build: every command and autocomplete must
    # still answer politely, whatever is typed.
    caplog.set_level(logging.INFO)
    async with LocalDiscord.open() as local:
        assert not local.bot.content_ready
        problems: list[str] = []
        index = 0
        for option in text_options(local.bot.tree):
            for value in ("", "Russia", "@everyone <@123>", "x" * 6000, "'; DROP TABLE passages; --", "NEAR("):
                index += 1
                problems += await exercise(local, option, value, index)
        assert not problems, "\n".join(problems[:20])
        building = await local.slash("search", query="Russia")
        assert building.ephemeral and "still being built" in building.text
    assert not error_records(caplog)

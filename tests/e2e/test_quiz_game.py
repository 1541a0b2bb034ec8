"""Quiz games end to end, on the real bot process: several members play a whole game by clicking
the buttons the bot posted (a game started right after connecting, which on_ready must not end as one
cut off by a restart); SIGTERM in the middle of a game saves its answers and posts its
standings before exit 0; after a crash (SIGKILL) and a restart, the old question's buttons still
get a sensible private answer and the cut-off game is wrapped up.

The game runs in real time (a 10-second first round), so this module holds the only full game.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

import pytest

from bench.fake.botprocess import BotProcess
from bench.fake.fakediscord import FakeDiscord, iter_components

from .conftest import wait_content_ready

pytestmark = pytest.mark.asyncio(loop_scope="module")

ANSWER_ID = re.compile(r"^quiz:(?P<game>\d+):(?P<round>\d+):(?P<choice>\d)$")
SUCCESS_STYLE = 3
UNEXPECTED = "something went wrong"


def answer_buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The answer buttons of a question message, in choice order."""
    found = [c for c in iter_components(message) if ANSWER_ID.match(c.get("custom_id") or "")]
    return sorted(found, key=lambda c: int(ANSWER_ID.match(c["custom_id"])["choice"]))  # type: ignore[index]


def question_message(fake: FakeDiscord, channel: int, round_no: int, game: int | None = None
                     ) -> dict[str, Any] | None:
    for message in reversed(fake.channel_messages(channel)):
        for button in answer_buttons(message):
            match = ANSWER_ID.match(button["custom_id"])
            assert match is not None
            if int(match["round"]) == round_no and (game is None or int(match["game"]) == game):
                return message
    return None


def game_of(message: dict[str, Any]) -> int:
    match = ANSWER_ID.match(answer_buttons(message)[0]["custom_id"])
    assert match is not None
    return int(match["game"])


def revealed(message: dict[str, Any]) -> bool:
    buttons = answer_buttons(message)
    return bool(buttons) and all(b.get("disabled") for b in buttons)


def correct_choice(message: dict[str, Any]) -> int:
    right = [i for i, b in enumerate(answer_buttons(message)) if b.get("style") == SUCCESS_STYLE]
    assert len(right) == 1, f"a revealed question shows exactly one right answer: {answer_buttons(message)}"
    return right[0]


def standings_after(fake: FakeDiscord, channel: int, after: dict[str, Any]) -> dict[str, Any] | None:
    """The game's closing message: an embed without buttons that is not a round's reveal."""
    for message in fake.channel_messages(channel):
        if int(message["id"]) <= int(after["id"]) or message["components"] or not message["embeds"]:
            continue
        title = message["embeds"][0].get("title") or ""
        if "the answer is" not in title:
            return message
    return None


def state_rows(bot: BotProcess, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the bot's state database (read-only, beside the running bot, as an operator would)."""
    path = bot.data_dir / "state.sqlite3"
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5) as conn:
        return list(conn.execute(sql, params))


async def test_a_full_game_with_several_members(fake: FakeDiscord, bot: BotProcess) -> None:
    channel = fake.guild.channel_id
    start = await fake.slash("quiz start", {"rounds": 2, "seconds": 10}, user=fake.alice)
    assert start.in_time
    assert not start.ephemeral, "a game start is announced to the channel"
    first = await fake.wait_until(lambda: question_message(fake, channel, 1), 10, "round 1")
    game = game_of(first)
    buttons = answer_buttons(first)
    assert 2 <= len(buttons) <= 4
    # The game started right after the bot connected: discord.py's on_ready comes up to 2 s later, and
    # it must not take this game for one a restart cut off and end it.
    await bot.past_ready()
    await fake.settle()
    assert state_rows(bot, "SELECT status FROM games WHERE game_id = ?", (game,)) == [("running",)]
    assert not revealed(fake.current(first))

    picks = {fake.alice: 0, fake.bob: 1, fake.carol: 0}
    for user, choice in picks.items():
        reply = await fake.click(first, buttons[choice]["custom_id"], user=user)
        assert reply.in_time
        assert reply.ephemeral and "Locked in" in reply.text(), reply
    again = await fake.click(first, buttons[0]["custom_id"], user=fake.bob)
    assert again.ephemeral and "already answered" in again.text()
    assert "**B**" in again.text(), "the first click stands"

    # Round 1 never ends early: it closes after its 10 seconds and shows the right answer.
    await fake.wait_until(lambda: revealed(fake.current(first)), 20, "the reveal of round 1")
    right_1 = correct_choice(fake.current(first))
    second = await fake.wait_until(lambda: question_message(fake, channel, 2, game), 15, "round 2")
    for user in picks:  # everyone who played round 1 answers: round 2 closes at once
        reply = await fake.click(second, answer_buttons(second)[0]["custom_id"], user=user)
        assert reply.ephemeral and "Locked in" in reply.text(), reply
    await fake.wait_until(lambda: revealed(fake.current(second)), 10, "the early reveal of round 2")
    right_2 = correct_choice(fake.current(second))
    standings = await fake.wait_until(lambda: standings_after(fake, channel, second), 10, "the standings")
    board = "\n".join(e.get("description") or "" for e in standings["embeds"])
    for user in picks:
        assert user.name.title() in board, f"{user.name} missing from the standings: {board}"

    # The state database agrees with the clicks and the reveals: one row per member and round.
    rows = state_rows(bot, "SELECT round_no, user_id, choice, correct FROM answers WHERE game_id = ?", (game,))
    assert len(rows) == 6
    right = {1: right_1, 2: right_2}
    for round_no, user_id, choice, correct in rows:
        assert bool(correct) == (choice == right[round_no])
        if round_no == 1:
            assert choice == next(c for u, c in picks.items() if u.id == user_id)
    assert state_rows(bot, "SELECT status FROM games WHERE game_id = ?", (game,)) == [("finished",)]

    # A stale client of someone who did not play clicks a closed round: a polite private answer.
    late = await fake.click(first, buttons[1]["custom_id"], user=fake.admin, allow_disabled=True)
    assert late.ephemeral and "over" in late.text()


async def test_sigterm_mid_game_saves_answers_and_posts_standings(fake: FakeDiscord, bot: BotProcess) -> None:
    channel = fake.guild.other_channel_ids[0]
    await fake.slash("quiz start", {"rounds": 3, "seconds": 60}, user=fake.admin, channel=channel)
    first = await fake.wait_until(lambda: question_message(fake, channel, 1), 10, "round 1")
    game = game_of(first)
    for user in (fake.alice, fake.bob):
        reply = await fake.click(first, answer_buttons(first)[0]["custom_id"], user=user)
        assert "Locked in" in reply.text()

    code = await bot.stop(timeout=15)
    assert not bot.hung and code == 0, bot.tail(40)
    assert sorted(r[0] for r in state_rows(bot, "SELECT user_id FROM answers WHERE game_id = ?", (game,))) == \
        sorted([fake.alice.id, fake.bob.id])
    assert state_rows(bot, "SELECT status FROM games WHERE game_id = ?", (game,)) == [("interrupted",)]
    # Before exiting, it closed the open round and told the channel how the game ended.
    assert revealed(fake.current(first))
    assert standings_after(fake, channel, first) is not None


async def test_buttons_after_a_crash_and_restart(fake: FakeDiscord, bot: BotProcess) -> None:
    await bot.start()
    await wait_content_ready(fake)  # each start reopens the content store in the background
    channel = fake.guild.channel_id
    before = question_message(fake, channel, 1)
    start = await fake.slash("quiz start", {"rounds": 2, "seconds": 60}, user=fake.bob)
    assert start.in_time
    first = await fake.wait_until(
        lambda: (m := question_message(fake, channel, 1)) is not None and m is not before and m, 10, "round 1")
    game = game_of(first)
    reply = await fake.click(first, answer_buttons(first)[0]["custom_id"], user=fake.alice)
    assert "Locked in" in reply.text()

    await bot.kill()  # a crash: no shutdown code runs, the question keeps its live buttons
    assert not revealed(fake.current(first))
    await bot.start()
    click = await (await fake.click(first, answer_buttons(first)[1]["custom_id"], user=fake.carol)).settle()
    assert click.in_time
    assert click.ephemeral and click.text() and UNEXPECTED not in click.text().lower(), click

    # At start-up the bot wraps up the game the crash cut off: reveal, standings, alice's answer kept.
    await fake.wait_until(lambda: revealed(fake.current(first)), 15, "the cut-off round to be closed")
    await fake.wait_until(lambda: standings_after(fake, channel, first), 10, "the cut-off game's standings")
    assert state_rows(bot, "SELECT status FROM games WHERE game_id = ?", (game,)) == [("interrupted",)]
    users = {r[0] for r in state_rows(bot, "SELECT user_id FROM answers WHERE game_id = ?", (game,))}
    assert fake.alice.id in users

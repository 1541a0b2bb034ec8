"""A rebuild of the content store while games run.

The store is rebuilt at the same path from a corpus with one document removed (the document the
running game's questions come from), then swapped in with ``bot.reload_content()``. The running
game must finish on the questions it started with (its round snapshots in the state database),
every score must still point at a complete question record, and new games use the new store.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.build import build_store
from bot.console.transport import LocalDiscord, Sent

from .support import StepClock, problems_in

ROOT = Path(__file__).resolve().parents[2]
REMOVED = "global-times-2017-strategic-ties.txt"


@pytest.fixture
async def rebuildable(content_path: Path, tmp_path: Path) -> AsyncIterator[tuple[LocalDiscord, Path]]:
    """A bot on its own copy of the bundled store, plus a corpus copy the test may change."""
    store = tmp_path / "content" / "content.sqlite3"
    store.parent.mkdir()
    shutil.copyfile(content_path, store)
    documents = tmp_path / "documents"
    shutil.copytree(ROOT / "data" / "documents", documents)
    async with LocalDiscord.open(content_path=store) as local:
        yield local, documents


def question_posts(local: LocalDiscord, channel: int) -> list[Sent]:
    return [s for s in local.sent if s.kind == "message" and s.channel_id == channel and s.interaction_id is None
            and s.buttons and "the answer is" not in s.text and s.text.lstrip().startswith("Question")]


async def test_a_running_game_finishes_on_its_own_questions_after_a_rebuild(rebuildable) -> None:
    local, documents = rebuildable
    clock = StepClock()
    cog = local.bot.get_cog("Quiz")
    cog.clock, cog.sleep = clock, clock.sleep
    channel = local.channel("quiz")
    ann, bob = local.user("ann"), local.user("bob")
    start = await local.slash("quiz start", user=ann, channel=channel, rounds=3, topic=f"doc:{REMOVED}")
    assert "A quiz is starting" in start.text
    runner = next(iter(cog.runners.values()))
    planned = [s.question_key for s in runner.snapshots]
    assert len(planned) == 3
    before = local.bot.content
    assert [getattr(await before.question(k), "doc_key", None) for k in planned] == [REMOVED] * 3

    await clock.parked()
    first = question_posts(local, channel)[-1]
    await local.click(first.message_id, 1, user=ann)
    await local.click(first.message_id, 2, user=bob)

    # Rebuild at the same path without the game's document, and swap the store in mid-game.
    (documents / REMOVED).unlink()
    report = await asyncio.to_thread(build_store, documents, ROOT / "data" / "questions", local.bot.content_path)
    assert report is not None
    await local.bot.reload_content()
    after = local.bot.content
    assert after is not before
    assert await after.document(REMOVED) is None
    assert [await after.question(k) for k in planned] == [None] * 3  # the game's questions left the store

    # Play the rest: reveal 1, pause, round 2 (ann answers), reveal, pause, round 3, reveal.
    for round_no in (2, 3):
        await clock.step()  # time up: reveal round_no - 1
        await clock.step()  # the pause: round_no opens
        await clock.parked()
        post = question_posts(local, channel)[-1]
        assert f"Question {round_no}/3" in post.text
        await local.click(post.message_id, 1, user=ann)
    await clock.step()
    await asyncio.wait_for(cog.wait_idle(), 5)

    game_id = runner.game_id
    rows = await local.bot.state.fetchall(
        "SELECT round_no, question_key, prompt, options, answer_index, source_title FROM rounds "
        "WHERE game_id = ? ORDER BY round_no", (game_id,))
    assert [r["question_key"] for r in rows] == planned  # the questions it started with, in order
    assert all(r["prompt"] and r["options"] and r["source_title"] for r in rows)
    status = await local.bot.state.fetchone("SELECT status FROM games WHERE game_id = ?", (game_id,))
    assert status[0] == "finished"
    # Every score points at a complete question record (the round's snapshot).
    orphans = await local.bot.state.fetchall(
        "SELECT a.user_id FROM answers a LEFT JOIN rounds r ON r.game_id = a.game_id AND r.round_no = a.round_no "
        "WHERE a.game_id = ? AND (r.question_key IS NULL OR r.prompt IS NULL)", (game_id,))
    assert orphans == []
    answered = await local.bot.state.fetchall("SELECT COUNT(*) FROM answers WHERE game_id = ?", (game_id,))
    assert answered[0][0] == 4
    # The reveals still cite the removed document, from the snapshot.
    reveals = [s for s in local.sent if s.kind == "message" and s.channel_id == channel and "the answer is" in s.text]
    assert len(reveals) == 3 and all("China Russia strategic ties" in s.text for s in reveals)
    standings = await local.wait_for_message(lambda s: s.channel_id == channel and "Final standings" in s.text, timeout=30)
    assert "ann" in standings.text
    stats = await local.slash("quiz stats", user=ann, channel=channel)
    assert "3" in stats.text and "something went wrong" not in stats.text.lower()
    assert problems_in(local, local.sent) == []

    # A game started now draws only from the new store.
    other = local.channel("other")
    await local.slash("quiz start", user=bob, channel=other, rounds=5)
    runner2 = next(iter(cog.runners.values()))
    fresh = [s.question_key for s in runner2.snapshots]
    assert fresh and None not in [await after.question(k) for k in fresh]
    assert not set(fresh) & set(planned)
    runner2.stop()
    await clock.run_out(cog.wait_idle())


async def test_reference_commands_follow_the_rebuilt_store(rebuildable) -> None:
    local, documents = rebuildable
    listed = await local.slash("sources")
    assert "China Russia strategic ties" in listed.text
    (documents / REMOVED).unlink()
    await asyncio.to_thread(build_store, documents, ROOT / "data" / "questions", local.bot.content_path)
    await local.bot.reload_content()
    listed = await local.slash("sources")
    assert "China Russia strategic ties" not in listed.text
    gone = await local.slash("quote", search="Russia", source=REMOVED)
    assert gone.ephemeral and "something went wrong" not in gone.text.lower()
    assert (await local.slash("search", query="Russia")).embeds

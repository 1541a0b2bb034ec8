"""In-process memory figures for ``python -m bot bench``: a thousand servers, the Python heap, paginators.

Command latency, the burst and the bot process's memory are measured through a real gateway and
REST with the bot as its own process (bench/process.py). These figures need the bot's objects
(discord.py's view store, ``sys.getallocatedblocks``), so they drive the real command tree through
``bot.console.transport.LocalDiscord`` in a child process instead.

What this module does to the bench's own bot instance, and nothing else does:

* registers ``/bench-noop`` (answers "ok" and nothing more) on its tree at run time: the floor
  that discord.py and the local transport cost, never part of the shipped tree;
* sets the quiz cog's per-channel start cooldown to zero, so a small pool of channels can host
  one single-question game after another (each game is stopped and finished before its channel
  is used again: the "one game per channel" rule still holds);
* empties the transport's own records (``sent``, ``messages``, interaction tokens) between
  rounds, so memory figures are the bot's and not the test double's — those are attributes of
  ``LocalDiscord``, not of discord.py;
* feeds synthetic ``GUILD_CREATE`` payloads to ``ConnectionState.parse_guild_create`` (the
  gateway's own entry point, a discord.py internal like the ones bot/console/transport.py uses).

The memory figures come from a child process (``python -m bench.bot_driver memory ...``) so the
resident set is a bot's, not the benchmark's.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import sys
from pathlib import Path
from typing import Any

import discord
from discord import app_commands

from bench.store import memory_kib
from bot.console.transport import GUILD_ID, LocalDiscord, Reply, Sent
from bot.ui import paginator

NOOP = "bench-noop"
SEARCHES = ["China Russia", "Putin", "trade", "Sino-Soviet", "border", "strategic partnership"]
QUESTION_TIMEOUT = 15.0


class BenchFailure(Exception):
    """A correctness check failed (no response, an error reply, a lost or doubled answer)."""


def rss_kib() -> int:
    return memory_kib("VmRSS")


class Driver:
    """Runs the measured interactions on one LocalDiscord and keeps the bench's bookkeeping."""

    def __init__(self, local: LocalDiscord, channels: int = 8) -> None:
        self.local = local
        self.user = local.user("bench-player")
        self.pool = [local.channel(f"bench-quiz-{i}") for i in range(channels)]
        self.next_channel = 0
        self.searches = 0
        quiz: Any = local.bot.get_cog("Quiz")  # the cog's own class is the quiz feature's private business
        if quiz is None:
            raise BenchFailure("the quiz extension did not load: " + repr(local.bot.failed_extensions))
        self.quiz = quiz
        self.quiz.cooldown.per = 0.0  # see the module docstring
        _register_noop(local)

    # -- the harness's own records ----------------------------------------------------------------
    def prune(self) -> None:
        """Forget what the transport recorded (only call when no game is running)."""
        local = self.local
        local.sent.clear()
        local.messages.clear()
        local.response_times.clear()
        for private in ("_interactions", "_by_token"):  # the transport's per-interaction records
            records = getattr(local, private, None)
            if isinstance(records, dict):
                records.clear()

    # -- one measured interaction -----------------------------------------------------------------
    async def slash(self, name: str, **options: Any) -> float:
        reply = await self.local.slash(name, user=self.user, **options)
        return _answered(reply, name)

    async def search(self) -> float:
        query = SEARCHES[self.searches % len(SEARCHES)]
        self.searches += 1
        return await self.slash("search", query=query)

    async def quiz_round(self, click: bool = True) -> tuple[float, float | None]:
        """``/quiz question`` in a free channel, then an answer click; the game is stopped after."""
        channel = self.pool[self.next_channel % len(self.pool)]
        self.next_channel += 1
        since = len(self.local.sent)
        reply = await self.local.slash("quiz question", user=self.user, channel=channel)
        asked = _answered(reply, "quiz question")
        if reply.ephemeral:
            raise BenchFailure(f"/quiz question refused: {reply.text[:200]}")
        question = await self.local.wait_for_message(
            lambda s: s.channel_id == channel and s.interaction_id is None and bool(s.buttons),
            timeout=QUESTION_TIMEOUT, since=since)
        clicked = None
        if click:
            answer = await self.local.click(question, 1 + self.next_channel % len(question.buttons), user=self.user)
            clicked = _answered(answer, "answer click")
            if "Locked in" not in answer.text:
                raise BenchFailure(f"the answer click was not recorded: {answer.text[:200]}")
        await self.finish(game_id_of(question))
        return asked, clicked

    async def finish(self, game_id: int) -> None:
        """Stop a game and wait until it has revealed and ended (outside any measured window)."""
        runner = self.quiz.runners.get(game_id)
        if runner is not None:
            runner.stop()
        task = self.quiz.tasks.get(game_id)
        if task is not None:
            await asyncio.wait_for(asyncio.shield(task), QUESTION_TIMEOUT)


def _register_noop(local: LocalDiscord) -> None:
    async def noop(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("ok", ephemeral=True)

    if local.bot.tree.get_command(NOOP) is None:
        local.bot.tree.add_command(app_commands.Command(name=NOOP, description="Benchmark floor: does nothing.",
                                                        callback=noop))


def _answered(reply: Reply, what: str) -> float:
    if reply.response_time is None:
        raise BenchFailure(f"/{what} got no response")
    return reply.response_time


def game_id_of(message: Sent) -> int:
    for custom_id in message.custom_ids:
        if custom_id.startswith("quiz:"):
            return int(custom_id.split(":")[1])
    raise BenchFailure("the question message has no answer buttons")


# --- memory (child process) -----------------------------------------------------------------------

def guild_payload(number: int, rng: random.Random) -> dict[str, Any]:
    """A GUILD_CREATE as Discord sends it to a bot without the members/presences intents: a few
    dozen channels and roles, some emojis, and only the bot's own member."""
    gid = GUILD_ID + 1_000_000 + number
    base = gid * 1000

    def channel(i: int, kind: int, parent: int | None) -> dict[str, Any]:
        return {"id": str(base + i), "type": kind, "name": f"channel-{i}", "position": i, "guild_id": str(gid),
                "permission_overwrites": [{"id": str(gid), "type": 0, "allow": "0", "deny": "2048"}] if i % 7 == 0
                else [], "nsfw": False, "parent_id": str(parent) if parent else None, "topic": None,
                "rate_limit_per_user": 0, "last_message_id": None, "flags": 0, "bitrate": 64000,
                "user_limit": 0}

    categories = [base + i for i in range(1, 4)]
    channels = [channel(i, 4, None) for i in range(1, 4)]
    channels += [channel(i, 0, categories[i % 3]) for i in range(4, 4 + rng.randint(10, 40))]
    channels += [channel(i, 2, categories[0]) for i in range(100, 100 + rng.randint(1, 6))]
    roles = [{"id": str(gid), "name": "@everyone", "permissions": "1071698660929", "position": 0, "color": 0,
              "hoist": False, "managed": False, "mentionable": False}]
    roles += [{"id": str(base + 500 + i), "name": f"role-{i}", "permissions": "0", "position": i,
               "color": rng.randint(0, 0xFFFFFF), "hoist": i % 3 == 0, "managed": False, "mentionable": False}
              for i in range(1, rng.randint(5, 30))]
    emojis = [{"id": str(base + 800 + i), "name": f"emoji_{i}", "roles": [], "require_colons": True,
               "managed": False, "animated": False, "available": True} for i in range(rng.randint(0, 20))]
    me = {"user": {"id": "900000000000000001", "username": "QuizBot", "discriminator": "0", "avatar": None,
                   "bot": True}, "roles": [], "joined_at": "2024-01-01T00:00:00+00:00", "deaf": False,
          "mute": False, "flags": 0, "nick": None}
    return {"id": str(gid), "name": f"Server {number}", "icon": None, "owner_id": str(base + 999),
            "features": [], "emojis": emojis, "stickers": [], "roles": roles, "channels": channels, "threads": [],
            "members": [me], "voice_states": [], "presences": [], "stage_instances": [],
            "guild_scheduled_events": [], "member_count": rng.randint(5, 5000), "large": False,
            "unavailable": False, "verification_level": 1, "default_message_notifications": 1,
            "explicit_content_filter": 0, "mfa_level": 0, "nsfw_level": 0, "premium_tier": 0,
            "preferred_locale": "en-US", "system_channel_flags": 0, "joined_at": "2024-01-01T00:00:00+00:00"}


def close_timed_views(local: LocalDiscord) -> int:
    """Stop every open paginator: what their timeouts will do anyway.

    A /timeline paginator keeps its pages for five minutes; the benchmark packs thousands of
    commands into a minute, so at the end they are all still open. Closing them before a
    measurement separates "still in use" from "leaked".
    """
    views = paginator.open_paginators()
    for view in views:
        view.stop()
    return len(views)


def open_views(local: LocalDiscord) -> int:
    return len(paginator.open_paginators())


async def memory_child(store: Path, interactions: int, warm: int, guilds: int) -> dict[str, Any]:
    """Start-up, then 1,000 servers, then the interactions (with the servers still connected)."""
    gc.collect()
    async with LocalDiscord.open(content_path=store) as local:
        driver = Driver(local)
        gc.collect()
        figures: dict[str, Any] = {"start_kib": rss_kib()}
        state = local.bot._connection
        rng = random.Random(3)
        for number in range(guilds):
            state.parse_guild_create(guild_payload(number, rng))
        await asyncio.sleep(0)  # let guild_join listeners run
        gc.collect()
        figures["guilds"] = len(local.bot.guilds)
        figures["guilds_kib"] = rss_kib()

        async def measure(prefix: str) -> None:
            driver.prune()
            gc.collect()
            figures[f"{prefix}_kib"] = rss_kib()
            figures[f"{prefix}_views"] = open_views(local)
            close_timed_views(local)
            await asyncio.sleep(0)
            gc.collect()
            figures[f"{prefix}_blocks"] = sys.getallocatedblocks()

        done = 0
        cycle = 0
        while done < interactions:
            step = cycle % 5
            if step == 0:
                await driver.slash(NOOP)
                done += 1
            elif step == 1:
                await driver.slash("quote")
                done += 1
            elif step == 2:
                await driver.search()
                done += 1
            elif step == 3:
                await driver.slash("timeline")
                done += 1
            else:
                await driver.quiz_round()
                done += 2
            cycle += 1
            if cycle % 25 == 0:
                driver.prune()
            if "warm_kib" not in figures and done >= warm:
                await measure("warm")
                figures["warm_interactions"] = done
        await measure("end")
        figures["interactions"] = done
    return figures


async def timeline_child(store: Path, count: int) -> dict[str, Any]:
    """What one open /timeline paginator holds: RSS before and after ``count`` of them."""
    async with LocalDiscord.open(content_path=store) as local:
        driver = Driver(local)
        await driver.slash("timeline")  # warm-up, then closed so it does not count
        close_timed_views(local)
        driver.prune()
        gc.collect()
        before = rss_kib()
        for _ in range(count):
            await driver.slash("timeline")
            driver.prune()
        gc.collect()
        return {"before_kib": before, "after_kib": rss_kib(), "open": open_views(local)}


def _main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bot_driver")
    sub = parser.add_subparsers(dest="what", required=True)
    memory = sub.add_parser("memory")
    memory.add_argument("store", type=Path)
    memory.add_argument("--interactions", type=int, required=True)
    memory.add_argument("--warm", type=int, required=True)
    memory.add_argument("--guilds", type=int, required=True)
    timelines = sub.add_parser("timelines")
    timelines.add_argument("store", type=Path)
    timelines.add_argument("--count", type=int, required=True)
    args = parser.parse_args(argv)
    if args.what == "timelines":
        print(json.dumps(asyncio.run(timeline_child(args.store, args.count))), flush=True)
        return 0
    figures = asyncio.run(memory_child(args.store, args.interactions, args.warm, args.guilds))
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main())

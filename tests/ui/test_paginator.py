"""The paginator through the real view machinery: pages turn, and the edits Discord reports back
(MESSAGE_UPDATE) reach discord.py's view store without breaking it."""

from __future__ import annotations

import gc

import discord
from discord import app_commands

from bot.console.transport import LocalDiscord, Reply
from bot.ui import paginator
from bot.ui.paginator import Paginator


def _pages_command(count: int) -> app_commands.Command:
    async def callback(interaction: discord.Interaction) -> None:
        pages = [discord.Embed(title=f"Chapter {n}", description=f"Text of chapter {n}.") for n in range(1, count + 1)]
        await Paginator(pages, owner_id=interaction.user.id, command="chapters").start(interaction)

    return app_commands.Command(name="chapters", description="Paged chapters", callback=callback)


def _buttons(local: LocalDiscord, reply: Reply) -> dict[str, dict[str, object]]:
    """The page buttons on the reply's message as it is now, by action (custom_id pg:<nonce>:<action>:…)."""
    message = local.message(reply.message_id or 0)
    return {c["custom_id"].split(":")[2]: c for row in message["components"] for c in row["components"]}


def _title(local: LocalDiscord, reply: Reply) -> str:
    return str(local.message(reply.message_id or 0)["embeds"][0]["title"])


async def test_turning_pages_keeps_the_bot_answering(bare_local: LocalDiscord) -> None:
    bare_local.bot.tree.add_command(_pages_command(5))
    alice = bare_local.user("alice")
    first = await bare_local.slash("chapters", user=alice)
    assert _title(bare_local, first) == "Chapter 1"
    turns = [("Next", "Chapter 2", "2/5"), ("Next", "Chapter 3", "3/5"), ("Last", "Chapter 5", "5/5"),
             ("Previous", "Chapter 4", "4/5"), ("First", "Chapter 1", "1/5")]
    for label, title, counter in turns:
        turned = await bare_local.click(first, label, user=alice)
        assert turned.response_type == 7 and _title(bare_local, first) == title
        assert _buttons(bare_local, first)["count"]["label"] == counter
        bare_local.check()  # every edit came back as MESSAGE_UPDATE and was parsed
    again = await bare_local.slash("chapters", user=bare_local.user("bob"))
    assert _title(bare_local, again) == "Chapter 1" and again.buttons


async def test_pages_of_several_sizes_stop_at_their_ends(bare_local: LocalDiscord) -> None:
    for count in (2, 3, 7):
        bare_local.bot.tree.remove_command("chapters")
        bare_local.bot.tree.add_command(_pages_command(count))
        reply = await bare_local.slash("chapters")
        for _ in range(count + 1):  # one click past the end: the button is disabled by then
            if _buttons(bare_local, reply)["next"].get("disabled"):
                break
            await bare_local.click(reply, "Next")
        assert _title(bare_local, reply) == f"Chapter {count}"
        bare_local.check()


def _timed_command(name: str, count: int, timeout: float, *, ephemeral: bool = False,
                   deferred: bool = False) -> app_commands.Command:
    async def callback(interaction: discord.Interaction) -> None:
        if deferred:  # the pages then go out as a followup, edited by its own message id
            await interaction.response.defer(ephemeral=ephemeral)
        pages = [discord.Embed(title=f"{name} {n}") for n in range(1, count + 1)]
        await Paginator(pages, owner_id=interaction.user.id, command=name, timeout=timeout,
                        ephemeral=ephemeral).start(interaction)

    return app_commands.Command(name=name, description="Timed pages", callback=callback)


def _all_disabled(local: LocalDiscord, reply: Reply) -> bool:
    message = local.message(reply.message_id or 0)
    return all(c.get("disabled") for row in message["components"] for c in row["components"])


async def test_each_paginator_is_disabled_at_its_own_timeout(bare_local: LocalDiscord) -> None:
    # Deadlines in another order than the pages were opened, a private one and two sent as followups:
    # one timer serves them all, and each message is edited through the token that last touched it.
    specs = [("slow", 3, 0.6, False, False), ("quick", 2, 0.05, False, False), ("private", 4, 0.3, True, False),
             ("late", 2, 0.2, False, True), ("latepriv", 3, 0.1, True, True)]
    for name, count, timeout, ephemeral, deferred in specs:
        bare_local.bot.tree.add_command(_timed_command(name, count, timeout, ephemeral=ephemeral, deferred=deferred))
    alice = bare_local.user("alice")
    replies = {name: await bare_local.slash(name, user=alice) for name, *_ in specs}
    turned = await bare_local.click(replies["slow"], "Next", user=alice)
    assert turned.response_type == 7 and _title(bare_local, replies["slow"]) == "slow 2"
    for name, reply in replies.items():
        await bare_local.wait_for_message(
            lambda s, r=reply: s.message_id == r.message_id and s.kind == "edit"
            and all(c.get("disabled") for row in s.components for c in row["components"]), timeout=30)
        assert _all_disabled(bare_local, reply), name
        assert paginator.find(reply.custom_ids[0].split(":")[1]) is None, name
    assert _buttons(bare_local, replies["slow"])["count"]["label"] == "2/3"  # disabled where it was left
    bare_local.check()


async def test_a_click_moves_the_timeout(bare_local: LocalDiscord) -> None:
    bare_local.bot.tree.add_command(_pages_command(4))
    alice = bare_local.user("alice")
    reply = await bare_local.slash("chapters", user=alice)
    live = paginator.find(reply.custom_ids[0].split(":")[1])
    assert live is not None
    before = live.deadline
    await bare_local.click(reply, "Next", user=alice)
    assert live.deadline > before and paginator.find(live.nonce) is live
    refused = await bare_local.click(reply, "Next", user=bare_local.user("bob"))  # not the owner's click
    assert refused.ephemeral and "/chapters" in refused.content and _title(bare_local, reply) == "Chapter 2"


def _forget_records(local: LocalDiscord) -> None:
    """Empty the test double's own records of every message and interaction (its private ones
    too, as bench/bot_driver.py does), so what is left is the bot's."""
    local.sent.clear()
    local.messages.clear()
    local.response_times.clear()
    local._interactions.clear()
    local._by_token.clear()


async def test_an_open_paginator_holds_a_handful_of_objects(bare_local: LocalDiscord) -> None:
    # Hundreds stay open for minutes, and each full garbage collection walks everything they hold
    # while the event loop waits: no discord.py view, no Interaction, no timeout task per paginator.
    reader = bare_local.user("reader")
    for count in (2, 5, 9):
        bare_local.bot.tree.remove_command("chapters")
        bare_local.bot.tree.add_command(_pages_command(count))
        await bare_local.slash("chapters", user=reader)  # warm: first-call caches are not the paginator's
        _forget_records(bare_local)
        gc.collect()
        before, opened = len(gc.get_objects()), len(paginator.open_paginators())
        for _ in range(30):
            await bare_local.slash("chapters", user=reader)
        _forget_records(bare_local)
        gc.collect()
        assert len(paginator.open_paginators()) - opened == 30
        each = (len(gc.get_objects()) - before) / 30
        # The paginator, its page list and embeds, and the webhook that disables it at timeout.
        assert each <= 5 + count, f"{each:.1f} tracked objects per open paginator of {count} pages"

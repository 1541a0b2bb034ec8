"""The paginator through the real view machinery: pages turn, and the edits Discord reports back
(MESSAGE_UPDATE) reach discord.py's view store without breaking it."""

from __future__ import annotations

import discord
from discord import app_commands

from bot.console.transport import LocalDiscord, Reply
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

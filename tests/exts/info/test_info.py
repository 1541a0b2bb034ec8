"""/sources and /help, and every reference command in a DM, through the real command tree."""

from __future__ import annotations

import pytest
from discord import app_commands

from bot import __version__
from bot.console.transport import LocalDiscord

REFERENCE_COMMANDS = [
    ("timeline", {}), ("fact", {}), ("onthisday", {}), ("quote", {}), ("search", {"query": "Russia"}),
    ("sources", {}), ("help", {}),
]


async def test_sources_lists_every_document_and_the_duplicate(local: LocalDiscord) -> None:
    docs = await local.bot.content.documents()
    duplicates = [d for d in docs if d.duplicate_of is not None]
    assert duplicates, "the bundled corpus holds a duplicate"
    reply = await local.slash("sources")
    pages = [reply]
    while any(label == "Next" for label, _ in pages[-1].buttons) and not _disabled(pages[-1], "Next"):
        pages.append(await local.click(reply, "Next"))
    text = "\n".join(p.text for p in pages).replace("\\", "")
    for doc in docs:
        assert doc.doc_key in text
        assert f"{doc.passages} passage" in text and f"{doc.events} event" in text
    original = next(d for d in docs if d.doc_key == duplicates[0].duplicate_of)
    field = next(f for p in pages for f in p.embeds[0]["fields"] if f"File: `{duplicates[0].doc_key}`" in f["value"])
    assert "Duplicate of" in field["value"] and original.doc_key in field["value"]
    canonical = next(f for p in pages for f in p.embeds[0]["fields"] if f"File: `{original.doc_key}`" in f["value"])
    assert duplicates[0].doc_key in canonical["value"]  # and the original says where its copy is


def _disabled(reply, label: str) -> bool:
    for row in reply.components:
        for comp in row["components"]:
            if comp.get("label") == label:
                return bool(comp.get("disabled"))
    return True


async def test_help_lists_every_registered_command(local: LocalDiscord) -> None:
    reply = await local.slash("help")
    assert reply.ephemeral
    names = []
    for command in local.bot.tree.get_commands():
        if isinstance(command, app_commands.Group):
            names += [c.qualified_name for c in command.walk_commands() if isinstance(c, app_commands.Command)]
        elif isinstance(command, app_commands.Command):
            names.append(command.qualified_name)
    assert {"timeline", "quote", "search", "sources", "help"} <= set(names)
    for name in names:
        assert f"**/{name}**" in reply.embeds[0]["description"]
    summary = await local.bot.content.summary()
    assert f"{summary.passages} passages" in reply.text
    assert __version__ in reply.embeds[0]["footer"]["text"]


async def test_help_follows_commands_added_later(local: LocalDiscord) -> None:
    @app_commands.command(name="zebra", description="A command added after start-up")
    async def zebra(interaction) -> None: ...

    local.bot.tree.add_command(zebra)
    reply = await local.slash("help")
    assert "**/zebra** — A command added after start-up" in reply.embeds[0]["description"]


@pytest.mark.parametrize("command,options", REFERENCE_COMMANDS)
async def test_reference_commands_work_in_a_dm(local: LocalDiscord, command: str, options: dict) -> None:
    alice = local.user("alice")
    reply = await local.slash(command, user=alice, channel=local.dm(alice), options=options)
    assert reply.embeds, reply.content
    assert "only in a server" not in reply.text


@pytest.mark.parametrize("command,_", REFERENCE_COMMANDS)
def test_reference_commands_allow_dms_and_user_installs(local: LocalDiscord, command: str, _: dict) -> None:
    cmd = local.bot.tree.get_command(command)
    assert cmd is not None
    assert cmd.allowed_contexts is not None and cmd.allowed_contexts.dm_channel and cmd.allowed_contexts.guild
    assert cmd.allowed_installs is not None and cmd.allowed_installs.user

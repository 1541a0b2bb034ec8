"""Command sync happens at start-up only when the tree changed since the last sync (hash in state DB)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import discord
from discord import app_commands

from bot.app import QuizBot, sync_scope_key, tree_hash, tree_payload
from bot.local import LocalDiscord, local_settings
from bot.store.state import StateDB


def _command(name: str, description: str) -> app_commands.Command:
    async def callback(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(name)

    return app_commands.Command(name=name, description=description, callback=callback)


class TreeBot(QuizBot):
    """A bot whose 'extensions' are a fixed list of commands, and which syncs like production."""

    def __init__(self, *args, commands: list[tuple[str, str]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._commands = commands

    async def load_all_extensions(self) -> None:
        for name, description in self._commands:
            self.tree.add_command(_command(name, description))


async def _start(state_path: Path, commands: list[tuple[str, str]], *, dev_guild: int | None = None,
                 ) -> list[tuple[str, list[dict]]]:
    """One bot start-up (not local: it syncs as in production); returns the PUTs it made."""
    settings = local_settings(state_path.parent)
    if dev_guild is not None:
        settings = dataclasses.replace(settings, dev_guild_id=dev_guild)
    state = await StateDB.open(state_path)
    try:
        bot = TreeBot(settings, state=state, local=False, open_content=False, commands=commands)
        async with LocalDiscord.open(bot=bot) as local:
            return list(local.sync_calls)
    finally:
        await state.close()


async def test_sync_only_when_the_tree_changed(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    tree = [("alpha", "First"), ("beta", "Second")]
    first = await _start(path, tree)
    assert [scope for scope, _ in first] == ["global"]
    assert sorted(c["name"] for c in first[0][1]) == ["alpha", "beta"]

    assert await _start(path, tree) == []  # same tree: no sync on the second start

    changed = await _start(path, [("alpha", "First, reworded"), ("beta", "Second")])
    assert [scope for scope, _ in changed] == ["global"]
    assert {c["name"]: c["description"] for c in changed[0][1]}["alpha"] == "First, reworded"

    assert await _start(path, [("alpha", "First, reworded"), ("beta", "Second")]) == []


async def test_dev_guild_gets_an_instant_guild_sync_and_no_global_one(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    tree = [("alpha", "First")]
    calls = await _start(path, tree, dev_guild=4242)
    assert [scope for scope, _ in calls] == ["guild:4242"]
    assert [c["name"] for c in calls[0][1]] == ["alpha"]
    assert await _start(path, tree, dev_guild=4242) == []
    # The global scope keeps its own hash: switching the dev guild off syncs globally once.
    assert [scope for scope, _ in await _start(path, tree)] == ["global"]


async def test_local_mode_never_syncs(bare_local: LocalDiscord) -> None:
    assert bare_local.bot.local
    assert bare_local.sync_calls == []


async def test_manual_sync_records_the_hash(bare_local: LocalDiscord) -> None:
    bot = bare_local.bot
    bot.tree.add_command(_command("gamma", "Third"))
    assert await bot.sync_if_changed() is True
    digest = await bot.state.get_meta(sync_scope_key(None))
    assert digest == tree_hash(tree_payload(bot.tree))
    assert await bot.sync_if_changed() is False
    assert len(bare_local.sync_calls) == 1


def test_hash_ignores_command_order() -> None:
    tree = app_commands.CommandTree(discord.Client(intents=discord.Intents.none()))
    tree.add_command(_command("b", "B"))
    tree.add_command(_command("a", "A"))
    other = app_commands.CommandTree(discord.Client(intents=discord.Intents.none()))
    other.add_command(_command("a", "A"))
    other.add_command(_command("b", "B"))
    assert tree_hash(tree_payload(tree)) == tree_hash(tree_payload(other))

"""Command sync happens at start-up only when the tree changed since the last sync (hash in state DB)."""

from __future__ import annotations

import dataclasses
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import discord
import pytest
from discord import app_commands

from bot.app import QuizBot, sync_scope_key, tree_hash, tree_payload
from bot.console.transport import LocalDiscord, local_settings
from bot.store.state import StateDB


def _command(name: str, description: str) -> app_commands.Command:
    async def callback(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(name)

    return app_commands.Command(name=name, description=description, callback=callback)


class TreeBot(QuizBot):
    """A bot whose 'extensions' are a fixed list of commands, and which syncs like production."""

    def __init__(self, *args, commands: list[tuple[str, str]], application_id: int | None = None,
                 **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._commands = commands
        self._app_id = application_id

    async def setup_hook(self) -> None:
        if self._app_id is not None:  # another application (a new token) on the same data folder
            self._connection.application_id = self._app_id
        await super().setup_hook()

    async def load_all_extensions(self) -> None:
        for name, description in self._commands:
            self.tree.add_command(_command(name, description))


async def _start(state_path: Path, commands: list[tuple[str, str]], *, dev_guild: int | None = None,
                 application_id: int | None = None) -> list[tuple[str, list[dict]]]:
    """One bot start-up (not local: it syncs as in production); returns the PUTs it made."""
    settings = local_settings(state_path.parent)
    if dev_guild is not None:
        settings = dataclasses.replace(settings, dev_guild_id=dev_guild)
    state = await StateDB.open(state_path)
    try:
        bot = TreeBot(settings, state=state, local=False, open_content=False, commands=commands,
                      application_id=application_id)
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


@pytest.mark.parametrize("dev_guild", [None, 4242])
async def test_a_new_application_on_the_same_data_folder_registers_its_commands(
        tmp_path: Path, dev_guild: int | None) -> None:
    """The record of the last sync belongs to one application: a new bot token (a new application)
    has none of our commands yet, however unchanged the tree is."""
    path = tmp_path / "state.sqlite3"
    tree = [("alpha", "First"), ("beta", "Second")]
    assert len(await _start(path, tree, dev_guild=dev_guild)) == 1
    assert await _start(path, tree, dev_guild=dev_guild) == []
    moved = await _start(path, tree, dev_guild=dev_guild, application_id=900000000000000077)
    assert len(moved) == 1 and sorted(c["name"] for c in moved[0][1]) == ["alpha", "beta"]
    assert await _start(path, tree, dev_guild=dev_guild, application_id=900000000000000077) == []


async def test_local_mode_never_syncs(bare_local: LocalDiscord) -> None:
    assert bare_local.bot.local
    assert bare_local.sync_calls == []


async def test_manual_sync_records_the_hash(bare_local: LocalDiscord) -> None:
    bot = bare_local.bot
    bot.tree.add_command(_command("gamma", "Third"))
    assert await bot.sync_if_changed() is True
    digest = await bot.state.get_meta(sync_scope_key(bot.application_id, None))
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


class _FakeApi(http.server.BaseHTTPRequestHandler):
    """Just enough of Discord's REST API for ``python -m bot sync``; records the PUTs."""

    puts: list[tuple[str, list[dict]]] = []  # noqa: RUF012  # reset per test by the fixture
    endpoint_url: str | None = None  # the portal's "Interactions Endpoint URL" field

    def _json(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        user = {"id": "900000000000000001", "username": "QuizBot", "discriminator": "0", "avatar": None,
                "bot": True}
        if self.path.endswith("/users/@me"):
            self._json(200, user)
        elif self.path.endswith("/oauth2/applications/@me"):
            self._json(200, {"id": "900000000000000001", "name": "QuizBot", "icon": None, "description": "",
                             "bot_public": True, "bot_require_code_grant": False, "verify_key": "0" * 64,
                             "owner": user, "flags": 0, "team": None, "summary": "", "rpc_origins": [],
                             "interactions_endpoint_url": type(self).endpoint_url})
        else:
            self._json(404, {"message": "Unknown", "code": 0})

    def do_PUT(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"[]")
        type(self).puts.append((self.path.split("/api/v10", 1)[1], body))
        self._json(200, [{**c, "id": str(1000 + i), "application_id": "900000000000000001", "version": "1"}
                         for i, c in enumerate(body)])

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def fake_api() -> Iterator[tuple[str, list[tuple[str, list[dict]]]]]:
    _FakeApi.puts = []
    _FakeApi.endpoint_url = None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FakeApi)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v10", _FakeApi.puts
    finally:
        server.shutdown()
        server.server_close()


FAKE_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAw.FAKE00.fake_token_for_tests_only_0000000000"


def test_python_m_bot_sync_to_a_guild_then_clear(run_cli, tmp_path: Path, fake_api) -> None:
    base, puts = fake_api
    env = {"DISCORD_TOKEN": FAKE_TOKEN, "BOT_DISCORD_API_BASE": base}
    result = run_cli(["sync", "--guild", "4242"], tmp_path, **env)
    assert result.returncode == 0, result.stderr
    assert [path for path, _ in puts] == ["/applications/900000000000000001/guilds/4242/commands"]
    names = sorted(c["name"] for c in puts[0][1])
    assert names and "help" in names
    assert f"Synced {len(names)} slash commands to server 4242" in result.stdout
    assert FAKE_TOKEN not in result.stdout + result.stderr

    cleared = run_cli(["sync", "--guild", "4242", "--clear"], tmp_path, **env)
    assert cleared.returncode == 0 and puts[-1][1] == []
    assert "Removed the slash commands from server 4242" in cleared.stdout


def test_an_interactions_endpoint_url_is_reported_clearly(run_cli, tmp_path: Path, fake_api) -> None:
    base, _ = fake_api
    _FakeApi.endpoint_url = "https://example.invalid/interactions"
    result = run_cli(["sync", "--guild", "1"], tmp_path, DISCORD_TOKEN=FAKE_TOKEN, BOT_DISCORD_API_BASE=base)
    assert result.returncode == 0, result.stderr
    assert "Interactions Endpoint URL set (https://example.invalid/interactions)" in result.stdout
    assert "Clear that field" in result.stdout

"""Start-up as an operator meets it, on the real process: a token Discord rejects stops the bot
with exit code 78 (EX_CONFIG, which systemd's RestartPreventExitStatus and the docs rely on) and
one readable sentence; and at DEBUG level, through a RESUME (whose payload carries the token),
the token never reaches the log.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.fake.botprocess import BotProcess, bot_environment, run_cli
from bench.fake.fakediscord import FakeDiscord
from bot.config import EXIT_CONFIG

from .conftest import wait_content_ready

pytestmark = pytest.mark.asyncio(loop_scope="module")

# Well-shaped, obviously fake, and not the token the fake Discord accepts.
OTHER_TOKEN = "MTAwb3RoZXItZmFrZS10b2tlbg.b3RoZXI.rejected-by-the-fake-discord-too"


async def test_a_rejected_token_exits_78_with_one_sentence(fake: FakeDiscord, tmp_path: Path) -> None:
    env = bot_environment(fake, tmp_path / "data", DISCORD_TOKEN=OTHER_TOKEN)
    code, output = await run_cli(["run"], env, cwd=tmp_path)
    assert code == EXIT_CONFIG, output
    assert "Discord rejected DISCORD_TOKEN" in output
    assert "Traceback" not in output
    assert OTHER_TOKEN not in output
    assert fake.identify_count == 0, "it must not get as far as the gateway"
    assert fake.auth_failures == ["GET /api/v10/users/@me"]
    fake.auth_failures.clear()  # expected here; the autouse check must not count it as a bot fault


async def test_a_non_loopback_api_base_is_refused_before_any_network(fake: FakeDiscord, tmp_path: Path) -> None:
    env = bot_environment(fake, tmp_path / "data", BOT_DISCORD_API_BASE="https://example.com/api/v10")
    requests = len(fake.requests)
    code, output = await run_cli(["run"], env, cwd=tmp_path)
    assert code == EXIT_CONFIG, output
    assert "BOT_DISCORD_API_BASE" in output and "Traceback" not in output
    assert len(fake.requests) == requests


async def test_the_token_never_reaches_the_log_even_at_debug(fake: FakeDiscord, tmp_path: Path) -> None:
    bot = BotProcess(fake, tmp_path / "data", tmp_path / "work", name="debug", BOT_LOG_LEVEL="DEBUG")
    await bot.start()
    try:
        await wait_content_ready(fake)
        resumes = fake.resume_count
        await fake.drop_gateway(code=4000)
        await fake.wait_resumed(resumes + 1)
        assert (await fake.slash("help")).text()
    finally:
        code = await bot.stop()
    output = bot.output()
    assert code == 0, bot.tail(30)
    assert " DEBUG " in output, "the run should have logged at DEBUG"
    assert fake.token not in output
    # Nor any of its three parts (a log line could split or truncate it).
    for part in fake.token.split("."):
        assert part not in output


async def test_a_dev_guild_gets_the_commands_instantly_and_global_is_untouched(
        fake: FakeDiscord, tmp_path: Path) -> None:
    puts = len(fake.command_puts)
    bot = BotProcess(fake, tmp_path / "data", tmp_path / "work", name="devguild",
                     BOT_DEV_GUILD_ID=str(fake.guild.id))
    await bot.start()
    try:
        new = fake.command_puts[puts:]
        assert [scope for scope, _ in new] == [fake.guild.id], "one PUT, to the dev guild only"
        assert ("PUT", f"/api/v10/applications/{fake.app_id}/guilds/{fake.guild.id}/commands", 200) in fake.requests
        help_command = fake.command("help")
        assert help_command["guild_id"] == str(fake.guild.id)
        reply = await fake.slash("help")
        assert reply.interaction["data"]["guild_id"] == str(fake.guild.id)
        assert reply.text()
        await bot.past_ready()
        # The operator's first question answered in the log: which bot, how many servers.
        assert f"connected as {fake.bot_user.name} (id {fake.app_id}) in 1 server" in bot.output()
    finally:
        assert await bot.stop() == 0, bot.tail(30)

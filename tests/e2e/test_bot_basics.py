"""The bot as it runs in production (``python -m bot``) against the fake Discord: it connects,
syncs valid commands once, answers every registered command and autocomplete within Discord's
3 seconds, survives a dropped gateway connection, keeps its buttons working across a restart
and stops cleanly on SIGTERM.

The tests run in file order on one bot process (module-scoped); the last one stops it.
"""

from __future__ import annotations

import asyncio
import sys
import time
from typing import Any

import pytest

from bench.fake.botprocess import REPO, BotProcess
from bench.fake.driver import FakeAttachment
from bench.fake.fakediscord import FakeDiscord, Reply, iter_components
from bench.fake.payloads import MANAGE_GUILD

from .conftest import wait_content_ready

pytestmark = pytest.mark.asyncio(loop_scope="module")

# GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT: a self-hosted bot must not need them.
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)
SUB_COMMAND, GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, NUMBER, ATTACHMENT = 3, 4, 5, 6, 7, 8, 10, 11
# What a user would sensibly type into options of these names (the rest get a value by type).
SENSIBLE = {"search": "Russia", "query": "Russia", "from_year": 1990, "to_year": 2025, "rounds": 1,
            "seconds": 10, "time": "09:00", "topic": None, "source": None}
UNEXPECTED = "something went wrong"


def leaf_commands(commands: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Every runnable slash command path ("quiz start") with its option schema."""
    found: list[tuple[str, list[dict[str, Any]]]] = []

    def walk(prefix: str, options: list[dict[str, Any]]) -> None:
        subs = [o for o in options if o["type"] in (SUB_COMMAND, GROUP)]
        if not subs:
            found.append((prefix, options))
        for sub in subs:
            walk(f"{prefix} {sub['name']}", sub.get("options") or [])

    for command in commands:
        if command.get("type", 1) == 1:
            walk(command["name"], command.get("options") or [])
    return sorted(found)


def sample_value(option: dict[str, Any], fake: FakeDiscord) -> Any:
    if option.get("choices"):
        return option["choices"][0]["value"]
    kind = option["type"]
    if kind in (INTEGER, NUMBER):
        value = SENSIBLE.get(option["name"])
        low, high = option.get("min_value"), option.get("max_value")
        value = value if isinstance(value, int | float) else (low if low is not None else 1)
        if low is not None:
            value = max(value, low)
        if high is not None:
            value = min(value, high)
        return value
    if kind == BOOLEAN:
        return False
    if kind == USER:
        return fake.bob
    if kind == CHANNEL:
        return fake.guild.channel_id
    if kind == ROLE:
        return fake.guild.id  # @everyone
    if kind == ATTACHMENT:  # a type no reader takes: refused before anything is written to data/
        return FakeAttachment("notes.bin", b"Russia and China signed a treaty in 2001.\n")
    return SENSIBLE.get(option["name"]) or "Russia"


def sample_options(schema: list[dict[str, Any]], fake: FakeDiscord) -> dict[str, Any]:
    """Required options, plus optional ones a user would typically fill in."""
    chosen = {}
    for option in schema:
        if option.get("required") or SENSIBLE.get(option["name"]) is not None:
            chosen[option["name"]] = sample_value(option, fake)
    return chosen


def all_commands(fake: FakeDiscord) -> list[dict[str, Any]]:
    return [c for scope in fake.commands.values() for c in scope]


async def test_connects_and_syncs_a_valid_command_tree(fake: FakeDiscord, bot: BotProcess) -> None:
    # One IDENTIFY, without privileged intents, and the commands PUT once, accepted by Discord's rules.
    assert fake.identify_count == 1
    intents = fake.identify_payloads[0]["intents"]
    assert intents & PRIVILEGED_INTENTS == 0, f"privileged intents requested: {intents}"
    assert len(fake.command_puts) == 1
    scope, body = fake.command_puts[0]
    assert scope is None  # no BOT_DEV_GUILD_ID: global commands
    assert fake.sync_errors == []
    assert ("PUT", f"/api/v10/applications/{fake.app_id}/commands", 200) in fake.requests
    names = {c["name"] for c in body}
    assert "help" in names and len(names) == len(body)
    assert {c["name"] for c in all_commands(fake)} == names


async def test_gateway_url_comes_from_gateway_bot(fake: FakeDiscord, bot: BotProcess) -> None:
    # discord.py alone dials a hard-coded gateway; with BOT_DISCORD_API_BASE the bot must ask the
    # (fake) API. bench/fake/shim keeps the hard-coded default on loopback if it ever does not.
    assert ("GET", "/api/v10/gateway/bot", 200) in fake.requests
    assert fake.gateway_paths[0] == "/gateway"


async def test_the_docker_healthcheck_probe_sees_the_running_bot_healthy(fake: FakeDiscord, bot: BotProcess) -> None:
    env = {"BOT_DATA_DIR": str(bot.data_dir), "PATH": ""}
    probe = await asyncio.create_subprocess_exec(
        sys.executable, str(REPO / "deploy" / "healthcheck.py"), env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(probe.communicate(), 30)
    assert probe.returncode == 0, err.decode()
    assert out.decode().strip() == "healthy"


async def test_every_command_answers_within_three_seconds(fake: FakeDiscord, bot: BotProcess) -> None:
    leaves = leaf_commands(all_commands(fake))
    assert len(leaves) >= len(all_commands(fake))
    timings: list[tuple[str, float]] = []
    failures: list[str] = []
    for path, schema in leaves:
        options = sample_options(schema, fake)
        # The admin may use every command (settings included); members' limits are tested elsewhere.
        reply = await fake.slash(path, options, user=fake.admin)
        timings.append((path, reply.elapsed))
        if not reply.in_time:
            failures.append(f"/{path} {options}: Discord refused the late first response {reply.record.rejected}")
        text = reply.text()
        if UNEXPECTED in text.lower():
            failures.append(f"/{path} {options}: {text[:200]}")
        elif not text and not reply.custom_ids():
            failures.append(f"/{path} {options}: an empty reply")
    print("\nfirst-response times:", ", ".join(f"/{p} {t * 1000:.0f} ms" for p, t in timings))
    assert not failures, failures


async def test_settings_refuse_an_ordinary_member_privately(fake: FakeDiscord, bot: BotProcess) -> None:
    settings = next((c for c in all_commands(fake) if c["name"] == "settings"), None)
    if settings is None:
        pytest.skip("/settings is not registered")
    # Discord hides it from members (a hint that admins can change), and the bot enforces it too.
    assert int(settings["default_member_permissions"]) & MANAGE_GUILD
    changing = [(p, s) for p, s in leaf_commands([settings]) if p != "settings show"]
    assert changing
    for path, schema in changing:
        reply = await fake.slash(path, sample_options(schema, fake), user=fake.alice)
        assert reply.ephemeral, f"/{path}: a refusal is private"
        assert "Manage Server" in reply.text(), f"/{path}: {reply.text()[:200]}"


async def test_every_autocomplete_answers_within_three_seconds(fake: FakeDiscord, bot: BotProcess) -> None:
    checked = 0
    for path, schema in leaf_commands(all_commands(fake)):
        for option in schema:
            if not option.get("autocomplete"):
                continue
            reply = await fake.autocomplete(path, {option["name"]: "ru"}, focused=option["name"], user=fake.bob)
            assert reply.type == 8, f"/{path} {option['name']}: callback type {reply.type}"
            assert reply.in_time
            assert all(isinstance(c["name"], str) and c["name"] for c in reply.choices)
            checked += 1
    if checked == 0:
        pytest.skip("no command offers autocomplete yet")


async def test_search_select_opens_a_result_privately(fake: FakeDiscord, bot: BotProcess) -> None:
    results = await fake.slash("search", {"query": "Russia"}, user=fake.alice)
    assert results.message is not None
    select = next((c for c in iter_components(results.message) if c.get("type") == 3), None)
    assert select is not None, f"/search offers no select: {results}"
    option = select["options"][-1]
    opened = await (await fake.select(results.message, select["custom_id"], [option["value"]],
                                      user=fake.bob)).settle()
    assert opened.in_time
    assert opened.ephemeral, "opening a result is for the clicker only"
    assert "russia" in opened.text().lower(), opened.text()[:300]
    assert fake.current(results.message)["embeds"] == results.message["embeds"]


async def test_next_match_on_someone_elses_quote_is_private(fake: FakeDiscord, bot: BotProcess) -> None:
    quote = await fake.slash("quote", {"search": "Russia"}, user=fake.alice)
    assert quote.message is not None
    shown = [dict(e) for e in quote.message["embeds"]]
    button = next((c for c in iter_components(quote.message) if c.get("label") == "Next match"), None)
    if button is None:
        pytest.skip("only one passage matches: no Next match button")
    other = await (await fake.click(quote.message, button["custom_id"], user=fake.bob)).settle()
    assert other.text() and UNEXPECTED not in other.text().lower()
    assert other.type != 7, "someone else's click must not change the quote for everybody"
    assert fake.current(quote.message)["embeds"] == shown
    mine = await fake.click(quote.message, button["custom_id"], user=fake.alice)
    assert mine.type == 7 and fake.current(quote.message)["embeds"] != shown, "the author pages in place"


async def find_reply_with_buttons(fake: FakeDiscord) -> Reply:
    """A reply that carries buttons, from whichever content command offers them."""
    for path, options in (("timeline", {}), ("search", {"query": "Russia"}), ("quote", {"search": "Russia"})):
        if not any(c["name"] == path for c in all_commands(fake)):
            continue
        reply = await fake.slash(path, options, user=fake.carol)
        if reply.custom_ids():
            return reply
    pytest.skip("no command answers with buttons yet")


async def test_paging_a_reply_keeps_the_bot_answering(fake: FakeDiscord, bot: BotProcess) -> None:
    # Every page turn edits the message; Discord reports each edit back as MESSAGE_UPDATE, which
    # discord.py hands to the paginator's view. An error there would end the bot's connection.
    pages = await fake.slash("timeline", user=fake.alice)
    assert pages.message is not None
    mid = int(pages.message["id"])
    turned = 0
    for action in ("next", "next", "last", "first"):
        buttons = {c["custom_id"].split(":")[2]: c for c in iter_components(fake.current(pages.message))
                   if c.get("custom_id", "").startswith("pg:")}
        if action not in buttons or buttons[action].get("disabled"):
            continue
        reported = fake.reported_edits.count(mid)
        shown = fake.current(pages.message)["embeds"]
        reply = await fake.click(pages.message, buttons[action]["custom_id"], user=fake.alice)
        assert reply.type == 7 and fake.current(pages.message)["embeds"] != shown
        await fake.wait_until(lambda n=reported: fake.reported_edits.count(mid) > n, 5, "the MESSAGE_UPDATE")
        turned += 1
    if not turned:
        pytest.skip("the timeline fits on one page")
    # The gateway delivers events in order: this command comes after every MESSAGE_UPDATE above.
    after = await fake.slash("help", user=fake.bob)
    assert after.text() and after.in_time
    assert bot.running, bot.tail(30)


async def test_gateway_drop_is_resumed_and_the_bot_keeps_answering(fake: FakeDiscord, bot: BotProcess) -> None:
    identifies = fake.identify_count
    for code in (4000, None):  # a resumable close code, then a connection cut without a close frame
        resumes = fake.resume_count
        await fake.drop_gateway(code=code)
        # Sent while the bot is disconnected: it arrives through the RESUME replay, still within 3 s.
        reply = await fake.slash("help", user=fake.bob)
        assert reply.text()
        await fake.wait_resumed(resumes + 1, timeout=15)
        reply = await fake.slash("help", user=fake.carol)
        assert reply.in_time
    assert fake.identify_count == identifies, "the bot identified again instead of resuming"


async def test_reconnect_request_and_invalid_session_are_survived(fake: FakeDiscord, bot: BotProcess) -> None:
    resumes = fake.resume_count
    await fake.request_reconnect()
    await fake.wait_resumed(resumes + 1, timeout=15)
    assert (await fake.slash("help", user=fake.bob)).text()
    identified = fake.ready_count
    await fake.invalidate_session()
    await fake.wait_identified(identified + 1, timeout=15)
    reply = await fake.slash("help", user=fake.carol)
    assert reply.text() and reply.in_time
    assert fake.gateway_paths[-1] == "/gateway", "a new session must use the URL from /gateway/bot again"


async def test_buttons_still_answer_after_a_restart_and_commands_are_not_resynced(
        fake: FakeDiscord, bot: BotProcess) -> None:
    old = await find_reply_with_buttons(fake)
    message = old.message
    assert message is not None
    puts = len(fake.command_puts)
    await bot.restart()
    await wait_content_ready(fake)  # each start reopens the content store in the background
    assert bot.starts == 2
    # Same tree, same BOT_DATA_DIR: the hash in the state database says there is nothing to sync.
    assert len(fake.command_puts) == puts
    clicked = 0
    for custom_id in old.custom_ids():
        # A click may update the message: look at the components as they are now.
        now = {c.get("custom_id"): c for c in iter_components(fake.current(message))}
        if custom_id not in now or now[custom_id].get("disabled") or now[custom_id].get("type") != 2:
            continue
        reply = await (await fake.click(message, custom_id, user=fake.carol)).settle()
        assert reply.in_time
        assert UNEXPECTED not in reply.text().lower(), reply.text()
        # Either the message changed in place, or the clicker got a note only they can see.
        notes = [m for m in reply.followups if int(m["flags"]) & 64]
        assert reply.type == 7 or notes or (reply.ephemeral and reply.text()), f"{custom_id!r}: {reply}"
        clicked += 1
    assert clicked, f"no enabled button among {old.custom_ids()}"


async def test_sigterm_stops_cleanly(fake: FakeDiscord, bot: BotProcess) -> None:
    await fake.settle()  # nothing in flight: this test is about shutdown, not a cut-off reply
    started = time.monotonic()
    code = await bot.stop(timeout=10)
    assert not bot.hung, "the bot did not exit within 10 s of SIGTERM:\n" + bot.tail(60)
    assert code == 0, bot.tail(30)
    print(f"\nSIGTERM to exit: {time.monotonic() - started:.2f} s")

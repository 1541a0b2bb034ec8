"""Fixtures for the end-to-end tests: a fake Discord and the bot as a real ``python -m bot`` process.

Both are module-scoped (one bot start per test module keeps the suite fast), so test modules
that use them declare ``pytestmark = pytest.mark.asyncio(loop_scope="module")``.

After every test that uses the fake, nothing the bot did may be something Discord would refuse
(limits, allowed_mentions, unknown routes, late or double responses) and the bot must not have
logged an error: ``discord_rules`` checks both, so each test proves that much for free.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from bench.fake.botprocess import BotProcess
from bench.fake.fakediscord import FakeDiscord

# The first start builds the content store in a thread (well under a second for the bundled corpus).
CONTENT_TIMEOUT = 30.0


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


async def wait_content_ready(fake: FakeDiscord, timeout: float = CONTENT_TIMEOUT) -> None:
    """The bot builds its content store in the background at first start; wait until a content
    command answers with content rather than the "still building" message."""
    from bot.ui.errors import STORE_BUILDING

    probe = next((name for name in ("sources", "timeline", "quote", "search")
                  if any(c["name"] == name for cs in fake.commands.values() for c in cs)), None)
    if probe is None:
        return
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        reply = await fake.slash(probe, user=fake.carol)
        if STORE_BUILDING not in reply.text():
            return
        if loop.time() > deadline:
            raise AssertionError(f"the content store was not ready after {timeout}s")
        await asyncio.sleep(0.2)


async def start_bot(fake: FakeDiscord, root: Path, name: str = "bot", **env: str) -> BotProcess:
    bot = BotProcess(fake, root / "data", root / "work", name=name, **env)
    await bot.start()
    try:
        await wait_content_ready(fake)
    except BaseException:
        await bot.stop()
        raise
    return bot


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotProcess]:
    process = await start_bot(fake, tmp_path_factory.mktemp("e2e-bot"))
    try:
        yield process
    finally:
        await process.stop()


@pytest.fixture(autouse=True)
def discord_rules(request: pytest.FixtureRequest) -> Iterator[None]:
    if "fake" not in request.fixturenames:
        yield
        return
    server: FakeDiscord = request.getfixturevalue("fake")
    process: BotProcess | None = request.getfixturevalue("bot") if "bot" in request.fixturenames else None
    problems_before = len(server.problems())
    errors_before = len(process.error_lines()) if process else 0
    yield
    problems = server.problems()[problems_before:]
    errors = process.error_lines()[errors_before:] if process else []
    assert not problems, f"the bot did things Discord would refuse: {problems}"
    assert not errors, "the bot logged errors:\n" + "\n".join(errors)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Attach the end of the bot's log to a failing e2e test's report."""
    report = yield
    process = getattr(item, "funcargs", {}).get("bot")
    if report.failed and isinstance(process, BotProcess):
        report.sections.append(("bot log (last lines)", process.tail(60)))
    return report

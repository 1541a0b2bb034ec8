"""A page button clicked at once, before the HTTP reply that sent the page has reached the bot.

Every page click reaches the paginator through its ``pg:`` handler, by the nonce in the custom_id;
the paginator is registered before its page is sent, so such a click finds it and is answered
exactly once (the fake's rules fail the test on a second response, the click's timeout on none).
The fake holds the reply (``hold_next_response``) while the click goes through the gateway.
"""

from __future__ import annotations

from typing import Any

import pytest

from bench.fake.botprocess import BotProcess
from bench.fake.fakediscord import FakeDiscord, Reply, iter_components
from bench.fake.payloads import FakeUser

pytestmark = pytest.mark.asyncio(loop_scope="module")

CLICK_TIMEOUT = 5.0  # within Discord's 3 seconds the click is answered or it never will be
# Paginated replies over different lists: the whole timeline, a search, a span of years.
PAGED = [("timeline", None), ("timeline", {"search": "China"}), ("timeline", {"from_year": 2000, "to_year": 2030})]


def _footer(message: dict[str, Any]) -> str:
    return str((message["embeds"][0].get("footer") or {}).get("text", ""))


def _button(message: dict[str, Any], action: str) -> str | None:
    return next((c["custom_id"] for c in iter_components(message)
                 if c.get("custom_id", "").startswith("pg:") and f":{action}:" in c["custom_id"]
                 and not c.get("disabled")), None)


async def _paged_reply_held(fake: FakeDiscord, command: str, options: dict[str, Any] | None,
                            ) -> tuple[Reply, str, Any]:
    """The command's first page, its Next button, and the gate holding the reply's HTTP response."""
    gate = fake.hold_next_response()
    try:
        pages = await fake.slash(command, options, user=fake.alice)
    except BaseException:
        gate.set()
        raise
    assert pages.message is not None, f"/{command} sent no message: {pages.text()[:200]}"
    next_id = _button(pages.message, "next")
    if next_id is None:
        gate.set()
        pytest.skip(f"/{command} {options or ''} fits on one page")
    return pages, next_id, gate


@pytest.mark.parametrize(("command", "options"), PAGED)
async def test_the_owner_s_immediate_click_turns_the_page(fake: FakeDiscord, bot: BotProcess, command: str,
                                                          options: dict[str, Any] | None) -> None:
    pages, next_id, gate = await _paged_reply_held(fake, command, options)
    assert pages.message is not None
    try:
        turned = await fake.click(pages.message, next_id, user=fake.alice, timeout=CLICK_TIMEOUT)
        assert turned.record.callback is not None, "the click before the reply was not answered"
        assert turned.type == 7 and "Page 2/" in _footer(fake.current(pages.message))
    finally:
        gate.set()
    # Once the reply is in, the next click is answered the same way.
    again = _button(fake.current(pages.message), "next") or _button(fake.current(pages.message), "first")
    assert again is not None
    turned = await fake.click(pages.message, again, user=fake.alice, timeout=CLICK_TIMEOUT)
    assert turned.type == 7 and "Page 2/" not in _footer(fake.current(pages.message))
    assert bot.running, bot.tail(30)


@pytest.mark.parametrize(("command", "options"), PAGED[:2])
async def test_someone_else_s_immediate_click_gets_a_private_note(fake: FakeDiscord, bot: BotProcess, command: str,
                                                                  options: dict[str, Any] | None) -> None:
    pages, next_id, gate = await _paged_reply_held(fake, command, options)
    assert pages.message is not None
    other: FakeUser = fake.bob
    try:
        refused = await fake.click(pages.message, next_id, user=other, timeout=CLICK_TIMEOUT)
        assert refused.record.callback is not None, "the click before the reply was not answered"
        assert refused.ephemeral and f"/{command}" in refused.text()
        assert "Page 1/" in _footer(fake.current(pages.message))
    finally:
        gate.set()

"""The real clock behind reply's 3-second deadline (tests elsewhere put simulated time there)."""

from __future__ import annotations

import asyncio

import pytest

from bot.ui import reply


async def test_the_deadline_gives_up_on_a_hung_answer_and_cancels_it() -> None:
    cancelled = asyncio.Event()

    async def hung() -> str:
        try:
            await asyncio.Event().wait()
        finally:
            cancelled.set()
        return "never"

    with pytest.raises(TimeoutError):
        await reply._wait_for(hung(), 0.05)
    assert cancelled.is_set()  # the request is abandoned, not left running


async def test_answers_within_the_deadline_come_back_as_they_are() -> None:
    async def quick(value: int) -> int:
        await asyncio.sleep(0)
        return value

    assert [await reply._wait_for(quick(n), 5.0) for n in (0, 7, 42)] == [0, 7, 42]
    with pytest.raises(ValueError, match="bad"):  # an error of the answer itself is not a timeout
        await reply._wait_for(_raises(), 5.0)


async def _raises() -> None:
    raise ValueError("bad")

"""Shared test doubles for the quiz tests: questions, a fake content store, a controllable clock."""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
from collections.abc import Awaitable
from dataclasses import dataclass
from pathlib import Path

from bot.app import QuizBot
from bot.console.transport import local_settings
from bot.corpus.model import Question
from bot.store.state import StateDB

T0 = 1_780_000_000.0  # 2026-05-28T20:26:40Z, a Thursday


def make_question(n: int, *, topic: str = "trade", difficulty: str = "easy", kind: str = "when",
                  doc_key: str | None = "doc-a.txt", two: bool = False, prompt: str | None = None) -> Question:
    answer = f"answer {n}"
    distractors = [f"wrong {n}a"] if two else [f"wrong {n}a", f"wrong {n}b", f"wrong {n}c"]
    return Question(
        question_key=f"q{n:04d}", kind=kind, prompt=prompt or f"Question number {n}?", answer=answer,
        distractors=distractors, explanation=f"The source sentence for question {n}.", doc_key=doc_key,
        passage_key=f"p{n:04d}", event_key=None, topic=topic, difficulty=difficulty, answer_type="TEXT",
        quality=0.5,
    )


@dataclass(frozen=True)
class FakeDoc:
    doc_key: str
    title: str
    author: str | None = "Global Times"
    kind: str | None = "opinion"
    date: str | None = "2017-07"
    url: str | None = None
    duplicate_of: str | None = None
    passages: int = 1
    events: int = 0
    questions: int = 5
    collection: str = "default"


class FakeContent:
    """The part of the ContentStore contract the quiz uses."""

    def __init__(self, questions: list[Question], docs: list[FakeDoc] | None = None) -> None:
        self._questions = questions
        self._docs = {d.doc_key: d for d in (docs or [FakeDoc("doc-a.txt", "China Russia strategic ties")])}

    async def questions(self, topic=None, difficulty=None, kinds=None):
        return [q for q in self._questions
                if (topic is None or q.topic == topic) and (difficulty is None or q.difficulty == difficulty)
                and (kinds is None or q.kind in kinds)]

    async def question(self, key):
        return next((q for q in self._questions if q.question_key == key), None)

    async def topics(self):
        counts: dict[str, int] = {}
        for q in self._questions:
            counts[q.topic] = counts.get(q.topic, 0) + 1
        return sorted(counts.items(), key=lambda kv: -kv[1])

    async def document(self, doc_key):
        return self._docs.get(doc_key)

    async def documents(self):
        return list(self._docs.values())

    async def find_documents(self, text, limit=25):
        return [d for d in self._docs.values() if text.lower() in d.title.lower()][:limit]


class FakeClock:
    """UNIX time that only moves when told to; ``sleep`` waits for ``advance`` to pass its deadline."""

    def __init__(self, start: float = T0) -> None:
        self.now = start
        self._waiters: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()
        self._slept = asyncio.Event()  # set whenever something goes to sleep on this clock

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> Awaitable[None]:
        """Counted from the time at the call, not from when the caller's task next runs: the runner
        reads the clock and calls ``sleep(closes_at - now)`` in one step, and an ``advance`` that ran
        before its sleeper task started used to miss that sleeper, so the round never closed."""
        if seconds <= 0:
            return asyncio.ensure_future(asyncio.sleep(0))
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (self.now + seconds, next(self._seq), future))
        self._slept.set()
        return future

    @property
    def sleepers(self) -> int:
        return sum(1 for _, _, f in self._waiters if not f.done())

    async def settle(self, limit: float = 2.0) -> None:
        """Wait (real time, bounded) until something sleeps on this clock again: the runner is parked."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while self.sleepers == 0 and loop.time() < deadline:
            self._slept.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._slept.wait(), deadline - loop.time())

    async def advance(self, seconds: float) -> None:
        """Move time forward, waking sleepers in deadline order and letting each one run on."""
        target = self.now + seconds
        while self._waiters and self._waiters[0][0] <= target:
            deadline, _, future = heapq.heappop(self._waiters)
            if future.done():
                continue
            self.now = max(self.now, deadline)
            future.set_result(None)
            await asyncio.sleep(0)
            await self.settle(0.5)
        self.now = target
        await asyncio.sleep(0)


class AutoClock(FakeClock):
    """Every sleep returns at once with the clock moved on: nobody ever clicks in time."""

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


def local_quiz_bot(tmp: Path, state: StateDB, content: FakeContent, extensions: list[str]) -> QuizBot:
    """A local QuizBot on ``content`` that owns (and closes) ``state``, with only ``extensions``."""
    bot = QuizBot(local_settings(tmp), state=state, content=content, local=True, build_content=False,
                  open_content=False, extensions=extensions)
    bot._owns_state = True
    return bot

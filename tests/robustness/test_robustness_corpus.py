"""Hostile *document* text: a corpus full of mention syntax, markdown, code fences, bidi and
zero-width characters, giant words and paragraphs, shown through every command that displays
documents (quotes, search, timeline, facts, on this day, sources, quiz rounds and reveals).

Nothing may ping, look like a live mention, break a limit or end in the unexpected-error reply.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.build import build_store
from bot.console.transport import LocalDiscord

from .support import instant_games, problems_in

PARAGRAPHS = [
    "@everyone On 12 March 1999 the council met in <#789> and <@123> told <@&456> that @here was ready.",
    "**Bold claims** and __underlined__ ~~struck~~ ||spoiled|| words: `inline code` and ``` fenced ``` "
    "on 4 June 2001, when the treaty was signed by the two governments in Moscow.",
    "```python\nimport os\nos.system('rm -rf /')\n```\nThe code above was published on 1 May 2005.",
    "> a quoted line\n# a heading\n- a list item\n1. numbered: in 2010 the talks resumed in Beijing.",
    "Zero\u200bwidth\u200cjoin\u200dchars\ufeff and right\u202eto\u202cleft \u2066isolates\u2069 "
    "appeared in the report of 7 November 2012 on the Shanghai summit.",
    "Emoji 😀🔥🇺🇦👨‍👩‍👧 filled the statement of 9 May 2015, the Victory Day parade in Moscow.",
    "A" * 5000,
    ("The delegation travelled again. " * 300) + "This happened on 3 September 2018 in Vladivostok.",
    "[a link](https://example.com) <https://example.com> and a mention of @everyone on 21 June 2020 in Kazan.",
    # a sentence a build asks as "In which year …?" with its markup and mentions in the prompt: the quiz rounds below
    # play hostile text (a build asks no blanked sentence, so the ones above give no question)
    "Russian engineers completed the **Trans-Siberian Railway** from <@123> Moscow to ||Vladivostok|| @everyone in 1916.",
]


def hostile_document(title: str) -> str:
    return (f"---\ntitle: {title}\nauthor: <@123> @everyone\nkind: news\ndate: 2020-06\n---\n"
            + "\n\n".join(PARAGRAPHS) + "\n")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-corpus")
    documents, questions = root / "documents", root / "questions"
    documents.mkdir()
    questions.mkdir()
    (documents / "hostile.txt").write_text(hostile_document("@everyone **Hostile** <@123> report"),
                                           encoding="utf-8")
    (documents / "plain-markdown.md").write_text(hostile_document("`Fenced` ||spoiler|| notes"), encoding="utf-8")
    out = root / "content.sqlite3"
    build_store(documents, questions, out)
    return out


@pytest.fixture
async def local(hostile_store: Path) -> AsyncIterator[LocalDiscord]:
    async with LocalDiscord.open(content_path=hostile_store) as harness:
        yield harness


async def test_hostile_documents_through_every_reading_command(local: LocalDiscord,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    summary = await local.bot.content.summary()
    assert summary is not None
    reference = local.bot.get_cog("Reference")
    if reference is not None:
        reference.today = lambda: date(2024, 3, 12)  # a day the documents mention
    calls = [("sources", {}), ("help", {}), ("timeline", {}), ("timeline", {"search": "everyone"}),
             ("fact", {}), ("fact", {"search": "Moscow"}), ("onthisday", {}),
             ("quote", {}), ("quote", {"search": "everyone"}), ("quote", {"search": "code"}),
             ("search", {"query": "everyone"}), ("search", {"query": "Moscow"}), ("search", {"query": "AAAA"}),
             ("search", {"query": "delegation"})]
    replies = []
    for name, options in calls:
        replies.append(await local.slash(name, options=options))
    # Every button on those replies (next page, more context, open a result) shows more document text.
    for reply in replies:
        for _label, custom_id in reply.buttons:
            if custom_id and reply.message_id in local.messages:
                msg = local.message(reply.message_id)
                live = [c for row in msg.get("components") or [] for c in row.get("components") or []
                        if c.get("custom_id") == custom_id and not c.get("disabled")]
                if live:
                    await local.click(reply.message_id, custom_id)
    shown = "\n".join(s.text for s in local.sent)
    assert "Moscow" in shown and "treaty" in shown  # document text did reach the replies
    assert problems_in(local, local.sent) == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_hostile_documents_in_quiz_rounds(local: LocalDiscord, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    instant_games(local)
    topics = await local.bot.content.topics()
    assert topics, "the hostile corpus must yield quiz questions, or this test plays nothing"
    channel = local.channel("quiz")
    start = await local.slash("quiz start", user=local.user("ann"), channel=channel, rounds=5)
    assert "A quiz is starting" in start.text or start.ephemeral
    await asyncio.wait_for(local.bot.get_cog("Quiz").wait_idle(), 10)
    assert problems_in(local, local.sent) == []
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]

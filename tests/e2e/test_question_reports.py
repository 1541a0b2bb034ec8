"""Question reports end to end, on the real bot process: members report a revealed question with
the Report button (reason menu, and a note in a modal), the third report withholds it from games in
this server, moderators list, restore and hide it with /questions, and all of it survives a rebuild
of the documents and a restart, including a report made through the old button afterwards.

Withholding is observed the way a member would: a 30-round game on the reported question's
document says how many of its questions it could find ("Only N questions match").
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bench.fake.botprocess import REPO, BotProcess
from bench.fake.driver import Reply
from bench.fake.fakediscord import FakeDiscord, iter_components

from .conftest import start_bot, wait_content_ready

pytestmark = pytest.mark.asyncio(loop_scope="module")

ANSWER_ID = re.compile(r"^quiz:\d+:\d+:\d$")
REPORT_ID = re.compile(r"^qreport:(?P<key>[A-Za-z0-9_-]+)$")
ONLY = re.compile(r"Only (\d+) questions? match")
NOTE_LABEL = "What is wrong with this question?"
NEW_DOCUMENT = """---
title: The harbour ferry timetable
author: Port Gazette
kind: news
date: 2019-04-02
---
The harbour ferry company published its summer timetable on Tuesday. From May 2019 the first
ferry will leave the north pier at 6:15 and the last one at 23:40. The company said that the
new boats, built in Rotterdam, carry 450 passengers each.
"""


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e-reports")


@pytest.fixture(scope="module")
def documents(root: Path) -> Path:
    """The bundled documents, copied so a test can add one (a rebuild at the next start)."""
    target = root / "documents"
    shutil.copytree(REPO / "data" / "documents", target)
    return target


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(fake: FakeDiscord, root: Path, documents: Path) -> AsyncIterator[BotProcess]:
    process = await start_bot(fake, root, BOT_DOCUMENTS_DIR=str(documents))
    try:
        yield process
    finally:
        await process.stop()


def rows(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read one of the bot's databases (read-only, beside the running bot, as an operator would)."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5) as conn:
        return list(conn.execute(sql, params))


def small_document(bot: BotProcess) -> str:
    """The document with the fewest questions (at least 2, under 30): a 30-round game on it shows its count."""
    counts = rows(bot.data_dir / "content.sqlite3",
                  "SELECT doc_key, COUNT(*) AS n FROM questions WHERE doc_key IS NOT NULL GROUP BY doc_key "
                  "HAVING n BETWEEN 2 AND 29 ORDER BY n, doc_key")
    assert counts, "no document has between 2 and 29 questions"
    return str(counts[0][0])


def report_button(message: dict[str, Any]) -> str | None:
    return next((c["custom_id"] for c in iter_components(message) if REPORT_ID.match(c.get("custom_id") or "")),
                None)


async def game_size(fake: FakeDiscord, doc_key: str, channel: int, *, keep_reveal: bool = False
                    ) -> tuple[int, dict[str, Any] | None]:
    """Start a 30-round game on ``doc_key`` and stop it at once: how many questions it found (and, if
    asked for, the reveal of its first round, which carries a Report button)."""
    start = await fake.slash("quiz start", {"rounds": 30, "seconds": 10, "topic": f"doc:{doc_key}"},
                             user=fake.admin, channel=channel)
    found = ONLY.search(start.text())
    assert found, start.text()
    announced = int(start.record.original_id or 0)

    def posted(match: Callable[[dict[str, Any]], bool]) -> Callable[[], dict[str, Any] | None]:
        return lambda: next((m for m in fake.channel_messages(channel) if int(m["id"]) > announced and match(m)),
                            None)

    # Stop only once the first question is out (the start answers before it when the bot is busy).
    await fake.wait_until(posted(lambda m: any(ANSWER_ID.match(c.get("custom_id") or "") for c in iter_components(m))),
                          10, "the first question")
    stopped = await fake.slash("quiz stop", user=fake.admin, channel=channel)
    assert "Quiz stopped" in stopped.text()
    reveal = posted(lambda m: report_button(m) is not None)

    message = await fake.wait_until(reveal, 10, "the reveal of the stopped game's round")
    await fake.settle()
    return int(found.group(1)), message if keep_reveal else None


async def report(fake: FakeDiscord, reveal: dict[str, Any], user: Any, reason: str, note: str = "") -> Reply:
    opened = await fake.click(reveal, report_button(reveal) or "", user=user)
    assert opened.in_time and opened.ephemeral and "Report this question" in opened.text(), opened
    menu = opened.message
    assert menu is not None
    select = next(c["custom_id"] for c in iter_components(menu) if c.get("type") == 3)
    picked = await fake.select(menu, select, [reason], user=user)
    if reason != "other":
        return picked
    return await fake.submit_modal(picked, {NOTE_LABEL: note}, user=user)


@dataclass
class Reported:
    """What the tests of this module hand on to each other (they run in order, on one bot)."""

    doc_key: str = ""
    size: int = 0  # questions a game on doc_key finds while nothing is withheld
    reveal: dict[str, Any] = field(default_factory=dict)  # the reveal message the reports were made on
    key: str = ""  # its question


@pytest.fixture(scope="module")
def shared() -> Reported:
    return Reported()


async def test_three_reports_withhold_the_question(fake: FakeDiscord, bot: BotProcess, shared: Reported) -> None:
    ch = fake.guild.channel_ids
    shared.doc_key = small_document(bot)
    shared.size, reveal = await game_size(fake, shared.doc_key, ch[0], keep_reveal=True)
    assert reveal is not None
    shared.reveal = reveal
    match = REPORT_ID.match(report_button(reveal) or "")
    assert match is not None and len(match.group(0)) <= 100
    shared.key = match["key"]

    first = await report(fake, reveal, fake.alice, "wrong_answer")
    assert first.ephemeral and "your report of" in first.text() and "1 of the 3 reports" in first.text()
    again = await report(fake, reveal, fake.alice, "unclear")
    assert again.ephemeral and "already reported" in again.text() and "1 of the 3 reports" in again.text()
    second = await report(fake, reveal, fake.bob, "several_answers")
    assert "2 of the 3 reports" in second.text()
    third = await report(fake, reveal, fake.carol, "other", note="The date in the question is wrong.")
    assert third.ephemeral and "is withheld from quizzes in this server" in third.text(), third

    state = bot.data_dir / "state.sqlite3"
    assert sorted(rows(state, "SELECT user_id, reason, note FROM question_reports WHERE question_key = ?",
                       (shared.key,))) == sorted([(fake.alice.id, "unclear", None),
                                                  (fake.bob.id, "several_answers", None),
                                                  (fake.carol.id, "other", "The date in the question is wrong.")])
    withheld, _ = await game_size(fake, shared.doc_key, ch[1])
    assert withheld == shared.size - 1

    listed = await fake.slash("questions reported", user=fake.admin)
    assert listed.ephemeral and "**Withheld**: 3 of 3 reports" in listed.text()
    assert "More than one right answer ×1" in listed.text() and "The date in the question is wrong." in listed.text()
    refused = await fake.slash("questions reported", user=fake.bob)
    assert refused.ephemeral and "Manage Server" in refused.text()


async def test_reports_survive_a_rebuild_and_the_old_button_still_reports(
        fake: FakeDiscord, bot: BotProcess, documents: Path, shared: Reported) -> None:
    content = bot.data_dir / "content.sqlite3"
    before = rows(content, "SELECT COUNT(*) FROM documents")[0][0]
    assert rows(content, "SELECT COUNT(*) FROM questions WHERE question_key = ?", (shared.key,)) == [(1,)]
    (documents / "harbour-ferry-2019.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
    assert await bot.restart() == 0
    await wait_content_ready(fake)
    assert rows(content, "SELECT COUNT(*) FROM documents")[0][0] == before + 1  # rebuilt at start-up
    assert rows(content, "SELECT COUNT(*) FROM questions WHERE question_key = ?", (shared.key,)) == [(1,)]

    listed = await fake.slash("questions reported", user=fake.admin)
    assert "**Withheld**: 3 of 3 reports" in listed.text()
    still, _ = await game_size(fake, shared.doc_key, fake.guild.channel_ids[0])
    assert still == shared.size - 1
    late = await report(fake, shared.reveal, fake.admin, "unclear")  # the button posted before the rebuild
    assert late.ephemeral and "your report of" in late.text() and "withheld" in late.text(), late
    listed = await fake.slash("questions reported", user=fake.admin)
    assert "4 of 3 reports" in listed.text()


async def test_restore_and_hide(fake: FakeDiscord, bot: BotProcess, shared: Reported) -> None:
    ch = fake.guild.channel_ids
    choices = (await fake.autocomplete("questions restore", {"question": ""}, "question", user=fake.admin)).choices
    assert choices and choices[0]["value"] == shared.key and "4 reports" in choices[0]["name"]
    restored = await fake.slash("questions restore", {"question": shared.key}, user=fake.admin)
    assert restored.ephemeral and "4 open reports marked handled" in restored.text(), restored
    back, _ = await game_size(fake, shared.doc_key, ch[1])
    assert back == shared.size

    choices = (await fake.autocomplete("questions hide", {"question": ""}, "question", user=fake.admin)).choices
    assert shared.key in {c["value"] for c in choices}  # recently asked here
    hidden = await fake.slash("questions hide", {"question": shared.key}, user=fake.admin)
    assert hidden.ephemeral and "Hidden:" in hidden.text()
    gone, _ = await game_size(fake, shared.doc_key, ch[2])
    assert gone == shared.size - 1
    listed = await fake.slash("questions reported", user=fake.admin)
    assert "hidden by a moderator" in listed.text()
    again = await fake.slash("questions restore", {"question": shared.key}, user=fake.admin)
    assert "no longer hidden" in again.text()
    rows_left = rows(bot.data_dir / "state.sqlite3",
                     "SELECT COUNT(*), SUM(handled) FROM question_reports WHERE question_key = ?", (shared.key,))
    assert rows_left == [(4, 4)]  # handled reports are kept on record


async def test_threshold_setting_and_bad_input(fake: FakeDiscord, bot: BotProcess, shared: Reported) -> None:
    refused = await fake.slash("settings reports", {"threshold": 1}, user=fake.alice)
    assert refused.ephemeral and "Manage Server" in refused.text()
    lowered = await fake.slash("settings reports", {"threshold": 1}, user=fake.admin)
    assert "once it has **1** open report" in lowered.text()
    shown = await fake.slash("settings show", user=fake.admin)
    assert "withheld after **1** open reports" in shown.text()
    await fake.slash("settings reports", {"threshold": 3}, user=fake.admin)

    # A forged button: a question key this server never saw answered.
    forged = dict(shared.reveal)
    forged["components"] = [{"type": 1, "components": [
        {"type": 2, "style": 2, "label": "Report question", "custom_id": "qreport:q0000000000000ff"}]}]
    fake.messages[int(forged["id"])] = forged
    try:
        bad = await fake.click(forged, "qreport:q0000000000000ff", user=fake.alice)
        assert bad.ephemeral and "can't find that question" in bad.text(), bad
    finally:
        fake.messages[int(forged["id"])] = shared.reveal

    unknown = await fake.slash("questions hide", {"question": "no such question at all"}, user=fake.admin)
    assert unknown.ephemeral and "No question matches" in unknown.text()

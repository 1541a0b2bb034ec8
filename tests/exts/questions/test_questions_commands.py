"""Reporting questions and reviewing them, through the real command tree, buttons, menu and modal
(bot.console.transport.LocalDiscord), on simulated time."""

from __future__ import annotations

import random
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.console.transport import (
    LocalDiscord,
    LocalUser,
    LocalViolation,
    Reply,
    Sent,
    iter_components,
    message_text,
)
from bot.quiz.picker import TopicFilter, pick_rounds
from bot.store.state import StateDB
from tests.quiz.helpers import AutoClock, FakeClock, FakeContent, local_quiz_bot, make_question

EXTENSIONS = ["bot.exts.quiz", "bot.exts.settings", "bot.exts.questions"]
REPORT_ID = re.compile(r"^qreport:(q\d{4})$")


def use_clock(local: LocalDiscord, clock: FakeClock) -> None:
    quiz = local.bot.get_cog("Quiz")
    quiz.clock, quiz.sleep = clock, clock.sleep
    quiz.daily_loop.cancel()
    local.bot.get_cog("ServerSettings").clock = clock
    local.bot.get_cog("Questions").clock = clock


@asynccontextmanager
async def world(tmp_path: Path, content: FakeContent, clock: FakeClock, *,
                before: LocalDiscord | None = None) -> AsyncIterator[LocalDiscord]:
    """A bot on ``tmp_path``'s state file; ``before``: the same Discord world (users, old messages)."""
    state = await StateDB.open(tmp_path / "state.sqlite3")
    local = LocalDiscord(local_quiz_bot(tmp_path, state, content, EXTENSIONS))
    if before is not None:
        local.adopt_world(before)
    await local._start()
    try:
        use_clock(local, clock)
        yield local
    finally:
        await local._stop()
    local.check()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def local(tmp_path, clock) -> AsyncIterator[LocalDiscord]:
    async with world(tmp_path, FakeContent([make_question(i) for i in range(1, 7)]), clock) as harness:
        yield harness


async def reveal_of_one_question(local: LocalDiscord, clock: FakeClock, channel_name: str = "quiz") -> Sent:
    """Ask one question (/quiz question), let its time run out, return the reveal message."""
    before = len(local.sent)
    clock.now += 60  # past the channel's start cooldown
    await local.slash("quiz question", user=local.user("host"), channel=local.channel(channel_name))
    await clock.advance(20)
    return await local.wait_for_message(lambda s: s.kind == "message" and "the answer is" in s.text, since=before, timeout=30)


def report_key(reveal: Sent) -> str:
    keys = [m.group(1) for _, cid in reveal.buttons if cid and (m := REPORT_ID.match(cid))]
    assert len(keys) == 1, reveal.buttons
    return keys[0]


async def report(local: LocalDiscord, reveal: Sent | int, user: LocalUser, reason: str,
                 note: str | None = None) -> Reply:
    """Click Report under ``reveal``, pick ``reason`` (and write ``note`` in the form for "other")."""
    message = reveal if isinstance(reveal, int) else reveal.message_id
    assert message is not None
    custom_id = next(c["custom_id"] for c in iter_components(local.message(message)["components"])
                     if c.get("custom_id", "").startswith("qreport:"))
    opened = await local.click(message, custom_id, user=user)
    assert opened.ephemeral and "Report this question" in opened.text, opened.text
    picked = await local.select(opened, "Why are you reporting this question?", [reason], user=user)
    if reason != "other":
        return picked
    assert picked.modal is not None and picked.modal["title"] == "Report question"
    return await local.submit_modal(picked, {"What is wrong with this question?": note or ""}, user=user)


async def picks(local: LocalDiscord, seeds: int = 40) -> set[str]:
    """Every question key the picker hands this server over many random draws of a whole game."""
    quiz = local.bot.get_cog("Quiz")
    seen: set[str] = set()
    for seed in range(seeds):
        picked = await pick_rounds(local.bot.content, quiz.store, local.guild.id, TopicFilter("any topic"), None, 30,
                                   random.Random(seed))
        seen |= {r.question_key for r in picked.rounds}
    return seen


async def test_three_members_report_a_question_and_it_is_withheld(local, clock):
    ann, bob, cy, ada = local.user("ann"), local.user("bob"), local.user("cy"), local.user("ada", admin=True)
    reveal = await reveal_of_one_question(local, clock)
    key = report_key(reveal)
    assert await picks(local) == {f"q{i:04d}" for i in range(1, 7)}

    first = await report(local, reveal, ann, "wrong_answer")
    assert first.ephemeral and "your report of “Question number" in first.text and "“Wrong answer”" in first.text
    assert "1 of the 3 reports" in first.text
    # The same member again: the report is updated, not counted twice.
    again = await report(local, reveal, ann, "unclear")
    assert again.ephemeral and "already reported" in again.text and "(as “Wrong answer”)" in again.text
    assert "updated your report to “Unclear question”" in again.text and "1 of the 3 reports" in again.text
    opened = await local.click(reveal.message_id, f"qreport:{key}", user=ann)
    assert "You reported it as “Unclear question”" in opened.text  # the menu says what stands

    second = await report(local, reveal, bob, "several_answers")
    assert "2 of the 3 reports" in second.text
    assert key in await picks(local)  # two reports: still asked
    third = await report(local, reveal, cy, "other", note="The **date** is wrong, see @everyone")
    assert third.ephemeral and "is withheld from quizzes in this server" in third.text
    assert key not in await picks(local)  # never picked again here, whatever the draw

    listed = await local.slash("questions reported", user=ada, channel=local.channel("general"))
    assert listed.ephemeral
    assert f"Question number {key[-1]}?" in listed.text and f"Answer: answer {key[-1]}" in listed.text
    assert "**Withheld**: 3 of 3 reports" in listed.text
    assert "Unclear question ×1" in listed.text and "More than one right answer ×1" in listed.text
    assert "Something else ×1" in listed.text
    assert "The \\*\\*date\\*\\* is wrong" in listed.text and "@everyone" not in listed.text
    refused = await local.slash("questions reported", user=ann, channel=local.channel("general"))
    assert refused.ephemeral and "Manage Server" in refused.content


async def test_the_threshold_is_a_server_setting(local, clock):
    ann, ada = local.user("ann"), local.user("ada", admin=True)
    shown = await local.slash("settings show", user=ada, channel=local.channel("general"))
    assert "withheld after **3** open reports" in shown.text
    refused = await local.slash("settings reports", user=ann, channel=local.channel("general"), threshold=1)
    assert refused.ephemeral and "Manage Server" in refused.content

    reveal = await reveal_of_one_question(local, clock)
    key = report_key(reveal)
    await report(local, reveal, ann, "unclear")
    assert key in await picks(local)
    lowered = await local.slash("settings reports", user=ada, channel=local.channel("general"), threshold=1)
    assert "once it has **1** open report;" in lowered.text and "1 question is withheld right now" in lowered.text
    assert key not in await picks(local)
    raised = await local.slash("settings reports", user=ada, channel=local.channel("general"), threshold=5)
    assert "0 questions are withheld right now" in raised.text
    assert key in await picks(local)
    shown = await local.slash("settings show", user=ada, channel=local.channel("general"))
    assert "withheld after **5** open reports" in shown.text


async def test_hide_and_restore_by_hand(local, clock):
    ann, bob, ada = local.user("ann"), local.user("bob"), local.user("ada", admin=True)
    general = local.channel("general")
    reveal = await reveal_of_one_question(local, clock)
    key = report_key(reveal)
    await report(local, reveal, ann, "wrong_answer")
    await report(local, reveal, bob, "unclear")

    # Suggestions: reported questions first (with their count), then what this server was asked.
    choices = await local.autocomplete("questions hide", "question", "", user=ada, channel=general)
    assert choices[0] == {"name": f"Question number {key[-1]}? · 2 reports", "value": key}
    assert await local.autocomplete("questions hide", "question", "", user=ann, channel=general) == []
    hidden = await local.slash("questions hide", user=ada, channel=general, question=key)
    assert hidden.ephemeral and "Hidden: “Question number" in hidden.text
    assert key not in await picks(local)
    twice = await local.slash("questions hide", user=ada, channel=general, question=key)
    assert "was already hidden" in twice.text
    listed = await local.slash("questions reported", user=ada, channel=general)
    assert "**Withheld**: hidden by a moderator" in listed.text and "Wrong answer ×1" in listed.text

    # A question this server was never asked can be hidden by its key, from the content store.
    unseen = next(f"q{i:04d}" for i in range(1, 7) if f"q{i:04d}" != key)
    other = await local.slash("questions hide", user=ada, channel=general, question=unseen)
    assert f"Hidden: “Question number {unseen[-1]}?”" in other.text
    assert {key, unseen}.isdisjoint(await picks(local))

    choices = await local.autocomplete("questions restore", "question", "number", user=ada, channel=general)
    assert {"name": f"Question number {key[-1]}? · hidden", "value": key} in choices
    restored = await local.slash("questions restore", user=ada, channel=general, question=key)
    assert restored.ephemeral and "no longer hidden and its 2 open reports marked handled" in restored.text
    assert key in await picks(local)
    nothing = await local.slash("questions restore", user=ada, channel=general, question=key)
    assert nothing.ephemeral and "No hidden or reported question matches" in nothing.content
    await local.slash("questions restore", user=ada, channel=general, question=f"Question number {unseen[-1]}")
    empty = await local.slash("questions reported", user=ada, channel=general)
    assert empty.ephemeral and "No question is reported or hidden" in empty.content

    # After a restore, reports start again from zero; a member who reported before reports anew.
    anew = await report(local, reveal, ann, "unclear")
    assert "Thank you" in anew.text and "1 of the 3 reports" in anew.text


async def test_reports_and_buttons_survive_a_restart_and_a_rebuild(tmp_path, clock):
    questions = [make_question(i) for i in range(1, 7)]
    async with world(tmp_path, FakeContent(questions), clock) as before:
        ann, bob = before.user("ann"), before.user("bob")
        reveal = await reveal_of_one_question(before, clock)
        key = report_key(reveal)
        await report(before, reveal, ann, "wrong_answer")
        await report(before, reveal, bob, "unclear")

    # The documents were rebuilt without that question; the bot restarted on the same state file.
    rebuilt = FakeContent([q for q in questions if q.question_key != key])
    async with world(tmp_path, rebuilt, clock, before=before) as after:
        cy, ada = after.user("cy"), after.user("ada", admin=True)
        late = await report(after, reveal.message_id, cy, "wrong_answer")  # the old button, a new process
        assert "is withheld from quizzes in this server" in late.text
        listed = await after.slash("questions reported", user=ada, channel=after.channel("general"))
        assert f"Question number {key[-1]}?" in listed.text and "3 of 3 reports" in listed.text
        assert "No longer in the documents" in listed.text


async def test_bad_input_gets_clear_private_answers(local, clock):
    ann, ada = local.user("ann"), local.user("ada", admin=True)
    general = local.channel("general")
    reveal = await reveal_of_one_question(local, clock)
    key = report_key(reveal)

    # A forged button: a well-formed key this server was never shown answered.
    local.messages[reveal.message_id]["components"][0]["components"][0]["custom_id"] = "qreport:q0009"
    forged = await local.click(reveal.message_id, "qreport:q0009", user=ann)
    assert forged.ephemeral and "can't find that question" in forged.content
    # A custom_id no item matches (too long a key): discord.py drops it, as Discord would show a failure.
    local.messages[reveal.message_id]["components"][0]["components"][0]["custom_id"] = "qreport:" + "x" * 70
    with pytest.raises(LocalViolation, match="no response"):
        await local.click(reveal.message_id, "qreport:" + "x" * 70, user=ann)
    local.messages[reveal.message_id]["components"][0]["components"][0]["custom_id"] = f"qreport:{key}"

    # A reason the menu never offered, sent by a modified client.
    opened = await local.click(reveal.message_id, f"qreport:{key}", user=ann)
    local.messages[opened.message_id]["components"][0]["components"][0]["options"].append(
        {"label": "Spam", "value": "spam"})
    odd = await local.select(opened, f"qreason:{key}", ["spam"], user=ann)
    assert odd.ephemeral and "not one of the reasons" in odd.content

    # The Report button pressed from a direct message (a forged payload).
    dm = local.dm(ann)
    payload = local._base_payload(3, ann, dm, {"custom_id": f"qreport:{key}", "component_type": 2})
    payload["message"] = dict(local.message(reveal.message_id), channel_id=str(dm))
    in_dm = await local._dispatch(payload, timeout=5, expect_response=True)
    assert in_dm.ephemeral and "only in a server" in in_dm.content
    with pytest.raises(LocalViolation, match="guild-only"):
        await local.slash("questions reported", user=ada, channel=dm)

    # An empty note is refused by Discord's client; a blank one by the bot.
    picked = await local.select(await local.click(reveal.message_id, f"qreport:{key}", user=ann),
                                f"qreason:{key}", ["other"], user=ann)
    blank = await local.submit_modal(picked, {"What is wrong with this question?": "    "}, user=ann)
    assert blank.ephemeral and "write a short note" in blank.content

    await reveal_of_one_question(local, clock)  # a second question shown here: "Question number" is ambiguous
    for command, text, expected in (("questions hide", "astrology", "No question matches “astrology”"),
                                    ("questions hide", "Question number", "More than one question matches"),
                                    ("questions restore", key, "No hidden or reported question matches")):
        answer = await local.slash(command, user=ada, channel=general, question=text)
        assert answer.ephemeral and expected in answer.content, (command, text, answer.content)


async def test_every_reveal_carries_the_report_button_of_its_question(tmp_path):
    clock = AutoClock()  # every wait ends at once: games play through on their own
    async with world(tmp_path, FakeContent([make_question(i) for i in range(1, 9)]), clock) as local:
        ada = local.user("ada", admin=True)
        quiz = local.bot.get_cog("Quiz")
        await local.slash("quiz start", user=ada, channel=local.channel("quiz"), rounds=2, seconds=10)
        await quiz.wait_idle()
        await local.slash("quiz question", user=ada, channel=local.channel("general"))
        await quiz.wait_idle()
        clock.now = datetime(2026, 6, 1, 8, 59, tzinfo=UTC).timestamp()
        await local.slash("settings daily set", user=ada, channel=local.channel("quiz"),
                          options={"channel": local.channel("quiz")}, time="09:00")
        clock.now += 60
        assert len(await quiz.daily_tick()) == 1
        await quiz.wait_idle()
        reveals = [s for s in local.sent if s.kind == "message" and "the answer is" in s.text]
        titles = [s.text.split(":")[0] for s in reveals]
        assert titles == ["Question 1/2", "Question 2/2", "Quiz question", "Daily question · 01 Jun 2026"]
        shown = await local.bot.state.fetchall("SELECT question_key FROM rounds ORDER BY game_id, round_no")
        assert [report_key(s) for s in reveals] == [r[0] for r in shown]
        assert all(len(cid) <= 100 for s in reveals for _, cid in s.buttons if cid)


async def test_the_review_list_pages_through_many_long_reports(local, clock):
    from bot.store.reports import ReportStore, ShownQuestion

    store = ReportStore(local.bot.state)
    keys = [f"q{n:04d}" for n in range(101, 112)]
    for n, key in enumerate(keys):
        question = ShownQuestion(key, f"Long question {key} " + "word " * 300, "a long answer " * 40)
        for user in range(3):
            await store.report(local.guild.id, question, user, "other", f"note {user} " + "x" * 300, clock() + n)
    ada = local.user("ada", admin=True)
    page = await local.slash("questions reported", user=ada, channel=local.channel("general"))
    assert page.ephemeral and "Page 1/3" in page.text
    seen = set(re.findall(r"Long question (q\d{4})", page.text))
    for number in (2, 3):
        page = await local.click(page.message_id, "Next", user=ada)
        assert f"Page {number}/3" in local.message(page.message_id)["embeds"][0]["footer"]["text"]
        seen |= set(re.findall(r"Long question (q\d{4})", message_text(local.message(page.message_id))))
    assert seen == set(keys)  # no question cut off a page

"""/documents end to end, on the real bot process and the fake Discord: an uploaded document is
searchable, on the timeline and in quizzes without a restart, only in the server it was uploaded
in; a game running during the rebuild finishes; /documents remove takes it out again; a file
dropped into the folder is picked up by the folder watch; an attachment that cannot be
downloaded gets a clear answer.

The tests run in file order on one bot process (module-scoped) with its own documents folder.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bench.fake.botprocess import REPO, BotProcess
from bench.fake.driver import FakeAttachment
from bench.fake.fakediscord import FakeDiscord, Reply, iter_components
from bench.fake.payloads import snowflake
from bench.fake.records import APPLICATION_COMMAND, message_text

from .conftest import start_bot

pytestmark = pytest.mark.asyncio(loop_scope="module")

UNEXPECTED = "something went wrong"
OTHER_GUILD = snowflake()  # a second server the bot is in
TITLE = "The Harbour Commission of Valmora"
HARBOUR = b"""The Harbour Commission of Valmora was founded on 3 March 1874 by the merchant Tobias Krell. In 1881
the commission opened the first dry dock on the northern quay, and in 1889 it bought the lighthouse at Cape Orvel.

The Valmora grain exchange was built in 1902 next to the customs house. During the strike of 1911 the dockworkers
of Valmora stopped all loading for six weeks. In 1923 the commission dredged the eastern channel.

The commission lost its monopoly in 1947, when the port of Seldane opened a rail link to the interior. The last
sailing ship left Valmora in 1952, and the old dry dock closed in 1968.
"""
DROPPED = b"""The Quellberg Observatory was built in 1791 for the astronomer Margarethe Vossler. A refracting
telescope arrived in 1838, and in 1866 a fire destroyed the Quellberg library. Since 1984 it has been a museum.
"""


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("e2e-documents") / "documents"
    shutil.copytree(REPO / "data" / "documents", folder)
    return folder


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(fake: FakeDiscord, documents: Path, tmp_path_factory: pytest.TempPathFactory,
              ) -> AsyncIterator[BotProcess]:
    process = await start_bot(fake, tmp_path_factory.mktemp("e2e-documents-bot"),
                              BOT_DOCUMENTS_DIR=str(documents), BOT_WATCH_SECONDS="0.5")
    try:
        yield process
    finally:
        await process.stop()


async def elsewhere(fake: FakeDiscord, command: str, options: dict[str, Any]) -> Reply:
    """``/command`` run by a member of another server the bot is in."""
    payload = fake._base_interaction(APPLICATION_COMMAND, fake.carol)
    payload["data"] = fake._command_data(command, options, None)
    payload["guild_id"] = str(OTHER_GUILD)
    payload["guild"] = {**payload["guild"], "id": str(OTHER_GUILD)}
    payload["channel"] = {**payload["channel"], "guild_id": str(OTHER_GUILD)}
    payload["authorizing_integration_owners"] = {"0": str(OTHER_GUILD)}
    record = await fake.send_interaction(payload)
    return await fake._answer(record, 10.0, True)


def found(reply: Reply, word: str) -> bool:
    """The word is in what the bot found (embeds), not only echoed in a "nothing matches" note."""
    return any(word in message_text({"embeds": m.get("embeds")}) for m in reply.messages())


async def finished(fake: FakeDiscord, reply: Reply, timeout: float = 60.0) -> dict[str, Any]:
    """The reply of /documents add once it carries the yield (or a final, non-progress text)."""
    def done() -> dict[str, Any] | None:
        message = reply.message
        if message is None:
            return None
        return message if message.get("embeds") or not (message.get("content") or "").endswith("…") else None

    result: dict[str, Any] = await fake.wait_until(done, timeout, "the upload's final answer")
    return result


async def test_an_upload_is_live_only_in_its_own_server(fake: FakeDiscord, bot: BotProcess, documents: Path) -> None:
    before = await fake.slash("search", {"query": "Valmora"})
    assert not found(before, "Valmora")
    reply = await fake.slash("documents add", {"file": FakeAttachment("harbour.md", HARBOUR), "title": TITLE,
                                               "kind": "paper", "date": "2021-05"}, user=fake.admin)
    assert reply.ephemeral
    final = await finished(fake, reply)
    text = message_text(final)
    assert "Document added" in text and TITLE in text, text
    assert "0 passages" not in text and "0 questions" not in text

    assert found(await fake.slash("search", {"query": "Valmora"}), "Valmora")
    assert found(await fake.slash("timeline", {"search": "Valmora"}), "1874")
    question = await fake.slash("quiz question", {"topic": TITLE}, channel=fake.guild.other_channel_ids[0])
    assert TITLE in question.text() or "Valmora" in question.text(), question.text()

    # The other server sees none of it.
    assert not found(await elsewhere(fake, "search", {"query": "Valmora"}), "Valmora")
    assert not found(await elsewhere(fake, "timeline", {"search": "Valmora"}), "1874")
    other_quiz = await elsewhere(fake, "quiz question", {"topic": TITLE})
    assert "No topic or document matches" in other_quiz.text()
    # Its own bundled documents still work there.
    assert found(await elsewhere(fake, "search", {"query": "Russia"}), "Russia")
    assert (documents / f"guild-{fake.guild.id}" / "harbour.md").is_file()


async def test_a_game_running_during_a_rebuild_finishes(fake: FakeDiscord, bot: BotProcess) -> None:
    # The process swaps its store in the middle of a round; an answer given after the swap counts, and
    # the game ends with its own question revealed and its standings. (A round closed by its timer after
    # a rebuild is played on simulated time in tests/robustness/test_robustness_rebuild.py; a timer in
    # real time closes rounds in tests/e2e/test_quiz_game.py: here /quiz stop ends the game at once.)
    channel = fake.guild.other_channel_ids[1]
    start = await fake.slash("quiz start", {"rounds": 1, "seconds": 60, "topic": "Russia"}, user=fake.alice,
                             channel=channel)
    assert UNEXPECTED not in start.text().lower()
    question = await fake.wait_until(
        lambda: next((m for m in fake.channel_messages(channel) if "Question 1/1" in message_text(m)), None),
        15, "the first question")
    reply = await fake.slash("documents add", {"file": FakeAttachment("second.txt", HARBOUR.replace(
        b"Valmora", b"Ostrava"))}, user=fake.admin)
    assert "Document added" in message_text(await finished(fake, reply))
    answer = next(c["custom_id"] for c in iter_components(fake.current(question)) if c.get("custom_id"))
    assert "Locked in" in (await fake.click(question, answer, user=fake.bob)).text()
    stopped = await fake.slash("quiz stop", user=fake.alice, channel=channel)
    assert "Quiz stopped" in stopped.text(), stopped.text()
    standings = await fake.wait_until(
        lambda: next((m for m in fake.channel_messages(channel) if "final standings" in message_text(m).lower()),
                     None), 15, "the standings of the game that ran during the rebuild")
    assert UNEXPECTED not in message_text(standings).lower()
    assert fake.bob.name.title() in message_text(standings), message_text(standings)
    revealed = fake.current(question)
    assert all(c.get("disabled") for c in iter_components(revealed) if c.get("custom_id")), revealed
    # The next test clicks a button right after the reply that carries it: the bot stores a reply's view
    # only once Discord has answered the reply, so it must not still be busy ending this game.
    await fake.settle()


async def test_remove_takes_the_document_out_again(fake: FakeDiscord, bot: BotProcess, documents: Path) -> None:
    doc_key = f"guild-{fake.guild.id}/harbour.md"
    ask = await fake.slash("documents remove", {"document": doc_key}, user=fake.admin)
    assert ask.ephemeral and TITLE in ask.text()
    message = ask.message
    assert message is not None
    confirm = next(c["custom_id"] for c in iter_components(message) if c.get("label") == "Remove it")
    await fake.click(message, confirm, user=fake.admin)
    await fake.wait_until(lambda: "Removed" in (ask.message or {}).get("content", ""), 60, "the removal")
    assert not (documents / doc_key).exists()
    assert not found(await fake.slash("search", {"query": "Valmora"}), "Valmora")
    assert not found(await fake.slash("timeline", {"search": "Valmora"}), "1874")


async def test_a_file_dropped_into_the_folder_is_picked_up(fake: FakeDiscord, bot: BotProcess, documents: Path) -> None:
    (documents / "quellberg.txt").write_bytes(DROPPED)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 60
    while not found(await fake.slash("search", {"query": "Quellberg"}), "Quellberg"):
        assert loop.time() < deadline, "the dropped document never became searchable"
        await asyncio.sleep(0.5)
    # A file in the top level is in the default collection: every server sees it.
    assert found(await elsewhere(fake, "search", {"query": "Quellberg"}), "Quellberg")


async def test_an_attachment_that_cannot_be_downloaded(fake: FakeDiscord, bot: BotProcess) -> None:
    reply = await fake.slash("documents add", {"file": FakeAttachment("gone.txt", DROPPED, missing=True)},
                             user=fake.admin)
    final = await finished(fake, reply)
    assert "could not download" in message_text(final)
    assert reply.ephemeral

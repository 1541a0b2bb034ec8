"""/documents through the real command tree: an upload is searchable, on the timeline and in
quizzes without a restart, only in its own server; remove takes it out; bad uploads are refused."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from bot.config import Settings
from bot.console.transport import LocalAttachment, LocalDiscord, Reply
from bot.corpus.collections import guild_collection

from .conftest import HARBOUR, OBSERVATORY, final, settings_for


async def upload(local: LocalDiscord, name: str, data: bytes, **options: object) -> tuple[str, list[dict]]:
    admin = local.user("admin", admin=True)
    reply = await local.slash("documents add", user=admin, file=LocalAttachment(name, data), timeout=60,
                              **options)
    assert reply.ephemeral
    done = await final(local, reply)
    return done.content, done.embeds


def shows(reply: Reply, word: str) -> bool:
    """The word is in what the bot found (its embeds), not merely echoed in a "nothing matches" note."""
    return word in json.dumps(reply.embeds, ensure_ascii=False)


def guild_id(local: LocalDiscord) -> int:
    return local.guild.id


async def test_an_upload_is_live_in_search_timeline_and_quiz_of_its_own_server(library: LocalDiscord) -> None:
    for name, data, word, year, title in (
            ("harbour.md", HARBOUR, "Valmora", "1874", "The Harbour Commission of Valmora"),
            ("quellberg.txt", OBSERVATORY, "Quellberg", "1791", "The Quellberg Observatory")):
        _text, embeds = await upload(library, name, data, title=title, author="A. Writer", kind="paper",
                                     date="2020-01")
        assert embeds and embeds[0]["title"] == "Document added"
        assert title in embeds[0]["description"]
        counts = embeds[0]["description"]
        assert "0 passages" not in counts and "0 events" not in counts and "0 questions" not in counts

        found = await library.slash("search", query=word)
        assert shows(found, word)
        timeline = await library.slash("timeline", search=word)
        assert shows(timeline, year)
        question = await library.slash("quiz question", topic=title, channel=library.channel(f"quiz-{word}"))
        assert "no questions" not in question.text.lower()
        assert title in question.text or word in question.text

        # A DM sees the default collection only; the upload is not there.
        alice = library.user("alice")
        private = await library.slash("search", query=word, channel=library.dm(alice))
        assert not shows(private, word)

    own = guild_collection(guild_id(library))
    assert sorted(p.name for p in (library.bot.settings.documents_dir / own).iterdir()) == [
        "harbour.md", "harbour.md.yaml", "quellberg.txt", "quellberg.txt.yaml"]  # the files as sent, and the metadata


async def test_metadata_given_with_the_upload_is_what_the_bot_cites(library: LocalDiscord) -> None:
    await upload(library, "harbour.md", HARBOUR, title="Valmora harbour history", author="Ilse Brandt",
                 kind="paper", date="2021-05")
    info = await library.slash("documents info", user=library.user("admin", admin=True),
                               document=f"{guild_collection(guild_id(library))}/harbour.md")
    description = info.embeds[0]["description"]
    assert "Valmora harbour history" in description and "Ilse Brandt" in description and "paper" in description
    assert "2021" in description


async def test_remove_asks_first_then_takes_the_document_out(library: LocalDiscord) -> None:
    admin = library.user("admin", admin=True)
    await upload(library, "quellberg.txt", OBSERVATORY)
    doc_key = f"{guild_collection(guild_id(library))}/quellberg.txt"
    assert shows(await library.slash("search", query="Quellberg"), "Quellberg")

    ask = await library.slash("documents remove", user=admin, document=doc_key)
    kept = await library.click(ask, "Keep it", user=admin)
    assert "nothing was removed" in library.message(ask.message_id)["content"] or "Kept" in kept.text
    assert (library.bot.settings.documents_dir / doc_key).exists()

    ask = await library.slash("documents remove", user=admin, document=doc_key)
    await library.click(ask, "Remove it", user=admin, timeout=60)
    await library.wait_for_message(lambda s: s.message_id == ask.message_id and "Removed" in s.content, timeout=60)
    assert not (library.bot.settings.documents_dir / doc_key).exists()
    assert not shows(await library.slash("search", query="Quellberg"), "Quellberg")
    assert not shows(await library.slash("timeline", search="Quellberg"), "Quellberg")


async def test_only_the_uploading_server_can_remove_and_only_its_own_documents(library: LocalDiscord) -> None:
    admin = library.user("admin", admin=True)
    bundled = await library.slash("documents remove", user=admin, document="global-times-2017-strategic-ties.txt")
    assert bundled.ephemeral and "no document of its own" in bundled.text
    member = library.user("member")
    refused = await library.slash("documents add", user=member, file=LocalAttachment("a.txt", OBSERVATORY))
    assert refused.ephemeral and "Manage Server" in refused.text
    assert not (library.bot.settings.documents_dir / guild_collection(guild_id(library))).exists()


async def test_list_shows_each_document_with_its_yield(library: LocalDiscord) -> None:
    await upload(library, "harbour.md", HARBOUR)
    await upload(library, "quellberg.txt", OBSERVATORY)
    listed = await library.slash("documents list", user=library.user("admin", admin=True))
    text = listed.text
    assert "harbour.md" in text and "quellberg.txt" in text
    assert "passage" in text and "question" in text
    assert "global-times" not in text  # the bundled documents are not this server's own


async def test_pdf_word_and_epub_uploads_are_read_with_their_own_metadata(library: LocalDiscord,
                                                                          tmp_path: Path) -> None:
    from bench.docfiles import Section, write_docx, write_epub, write_pdf

    paragraphs = [p for p in HARBOUR.decode().split("\n\n") if not p.startswith("#")]
    made = [
        (write_pdf(tmp_path / "valmora.pdf", [Section("Founding", paragraphs)], title="Valmora in print",
                   author="Ilse Brandt"), "Valmora", "Valmora in print"),
        (write_docx(tmp_path / "quellberg.docx", [Section("History", [p for p in OBSERVATORY.decode().split("\n\n")
                                                                      if p and not p.startswith("The Quellberg Obs")])],
                    title="Quellberg on paper", author="M. Vossler"), "Quellberg", "Quellberg on paper"),
        (write_epub(tmp_path / "tarnow.epub", [Section("The ferry", [
            "The ferry across Lake Tarnow began to run in 1907, carrying mail and cattle between Brisk and Olm.",
            "A winter storm in 1931 sank the old paddle steamer Jadwiga, and a diesel boat replaced it in 1934.",
            "The ferry stopped for good in 1972, when the causeway from Brisk to Olm was opened."])],
                    title="The Tarnow ferry", author="I. Brandt"), "Tarnow", "The Tarnow ferry"),
    ]
    for path, word, title in made:
        _text, embeds = await upload(library, path.name, path.read_bytes())
        assert embeds and embeds[0]["title"] == "Document added", (path.name, _text)
        assert title in embeds[0]["description"]
        hits = await library.slash("search", query=word)
        assert shows(hits, title), (path.name, hits.text)


async def test_a_pdf_without_a_text_layer_says_so(library: LocalDiscord, tmp_path: Path) -> None:
    from bench.docfiles import write_image_only_pdf

    scanned = write_image_only_pdf(tmp_path / "scan.pdf")
    reply = await library.slash("documents add", user=library.user("admin", admin=True),
                                file=LocalAttachment("scan.pdf", scanned.read_bytes()), timeout=30)
    done = await final(library, reply)
    assert "OCR is not supported" in done.content
    assert not (library.bot.settings.documents_dir / guild_collection(guild_id(library)) / "scan.pdf").exists()


# --- bad uploads ------------------------------------------------------------------------------

async def test_bad_uploads_get_a_clear_private_reply_and_write_nothing(library: LocalDiscord) -> None:
    admin = library.user("admin", admin=True)
    own = library.bot.settings.documents_dir / guild_collection(guild_id(library))
    cases = [
        (LocalAttachment("photo.png", b"\x89PNG\r\n\x1a\n..."), "only read"),
        (LocalAttachment("broken.pdf", b"%PDF-1.4\n1 0 obj garbage"), "cannot use"),
        (LocalAttachment("notes.docx", b"just some text, not a Word file"), "cannot use"),
        (LocalAttachment("README", b"plain words"), "no extension"),
        (LocalAttachment("big.txt", b"x", size=50 * 1024 * 1024), "limit"),
        (LocalAttachment("empty.txt", b""), "empty"),
        (LocalAttachment("blank.md", b"   \n\n  "), "empty"),
        (LocalAttachment("binary.txt", bytes(range(256)) * 8), "cannot use"),
    ]
    for attachment, expected in cases:
        reply = await library.slash("documents add", user=admin, file=attachment, timeout=30)
        assert reply.ephemeral
        shown = (await final(library, reply)).content if reply.text.endswith("…") else reply.text
        assert expected in shown.lower() or expected in shown, (attachment.filename, shown)
        assert "something went wrong" not in shown.lower()
    assert not own.exists() or not [p for p in own.iterdir() if not p.name.startswith(".")]
    assert not own.exists() or not list(own.iterdir())  # no temporary file left behind either


async def test_an_attachment_that_cannot_be_downloaded_is_reported(library: LocalDiscord) -> None:
    admin = library.user("admin", admin=True)
    reply = await library.slash("documents add", user=admin,
                                file=LocalAttachment("gone.txt", OBSERVATORY, missing=True))
    done = await final(library, reply)
    assert "could not download" in done.content
    assert not (library.bot.settings.documents_dir / guild_collection(guild_id(library))).exists()


async def test_hostile_file_names_stay_inside_the_collection(library: LocalDiscord) -> None:
    root = library.bot.settings.documents_dir.resolve()
    own = root / guild_collection(guild_id(library))
    names = ["../../escape.txt", "..\\..\\windows.txt", "/etc/passwd.txt", "sub/dir/nested.md",
             "..txt.md", "\u202etxt.exe.md", "ﾠ\u200bzero\u200dwidth.txt", "ＡＢＣ／．．／wide.txt", ".hidden.txt"]
    for name in names:
        await upload(library, name, OBSERVATORY.replace(b"Quellberg", b"Quellberg " + name.encode("utf-8", "replace")))
    written = sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())
    for path in written:
        assert path.parts[0] in ("global-times-2017-strategic-ties.txt", "xinhua-2025-xi-victory-day-visit.txt",
                                 own.name), path
    inside = [p for p in own.iterdir()]
    assert all(p.parent == own and not p.name.startswith(".") for p in inside)
    assert all("\u202e" not in p.name and "\u200b" not in p.name and ".." not in p.name for p in inside)
    assert not (root.parent / "escape.txt").exists() and not Path("/etc/passwd.txt").exists()


# --- live rebuild -----------------------------------------------------------------------------

async def test_a_file_dropped_into_the_folder_is_picked_up_without_a_restart(tmp_path: Path) -> None:
    async with LocalDiscord.open(settings_for(tmp_path, watch_seconds=0.2), build=True) as local:
        assert not shows(await local.slash("search", query="Quellberg"), "Quellberg")
        builds = local.bot.rebuilder.builds
        (local.bot.settings.documents_dir / "quellberg.txt").write_bytes(OBSERVATORY)
        for _ in range(300):  # the watcher polls every 0.2 s; a rebuild takes about a second here
            if local.bot.rebuilder.builds > builds:
                break
            await asyncio.sleep(0.1)
        assert shows(await local.slash("search", query="Quellberg"), "Quellberg")
        (local.bot.settings.documents_dir / "quellberg.txt").unlink()
        builds = local.bot.rebuilder.builds
        for _ in range(300):
            if local.bot.rebuilder.builds > builds:
                break
            await asyncio.sleep(0.1)
        assert not shows(await local.slash("search", query="Quellberg"), "Quellberg")


async def test_collections_setting_changes_what_the_server_reads(library: LocalDiscord) -> None:
    admin = library.user("admin", admin=True)
    await upload(library, "harbour.md", HARBOUR)
    own = guild_collection(guild_id(library))
    shown = await library.slash("settings collections", user=admin)
    assert "default" in shown.text and own in shown.text

    await library.slash("settings collections", user=admin, choose=own)
    assert shows(await library.slash("search", query="Valmora"), "Valmora")
    assert not shows(await library.slash("search", query="Putin"), "Putin")  # the bundled corpus is out
    sources = await library.slash("sources")
    assert "harbour.md" in sources.text and "Global Times" not in sources.text

    refused = await library.slash("settings collections", user=admin, choose="guild-42")
    assert refused.ephemeral and "can't offer" in refused.text
    await library.slash("settings collections", user=admin, choose="reset")
    assert shows(await library.slash("search", query="Putin"), "Putin")


async def test_the_collections_menu_chooses_checks_permission_and_resets(library: LocalDiscord) -> None:
    admin, member = library.user("admin", admin=True), library.user("member")
    await upload(library, "harbour.md", HARBOUR)
    own = guild_collection(guild_id(library))
    menu = await library.slash("settings collections", user=admin)
    assert menu.ephemeral and "(the default)" in menu.text

    # A member without Manage Server cannot use a menu they were shown: refused, nothing changes.
    refused = await library.select(menu, "settings:collections", [own], user=member)
    assert refused.ephemeral and "Manage Server" in refused.text
    assert shows(await library.slash("search", query="Putin"), "Putin")

    picked = await library.select(menu, "settings:collections", [own], user=admin)
    assert f"now reads and plays: `{own}`" in picked.text
    assert shows(await library.slash("search", query="Valmora"), "Valmora")
    assert not shows(await library.slash("search", query="Putin"), "Putin")  # the bundled corpus is out
    ticked = [o["value"] for row in library.message(menu.message_id)["components"] for c in row["components"]
              if c["type"] == 3 for o in c["options"] if o.get("default")]
    assert ticked == [own]  # the menu now shows what is chosen

    back = await library.click(menu, "Back to the default", user=admin)
    assert "Back to the default" in back.text
    assert shows(await library.slash("search", query="Putin"), "Putin")
    assert "(the default)" in (await library.slash("settings collections", user=admin)).text


async def test_a_game_running_during_an_upload_finishes_on_its_own_questions(library: LocalDiscord) -> None:
    from robustness.support import StepClock  # the quiz cog's step-by-step clock

    clock = StepClock()
    cog = library.bot.get_cog("Quiz")
    cog.clock, cog.sleep = clock, clock.sleep
    channel = library.channel("quiz")
    ann = library.user("ann")
    game_doc = "global-times-2017-strategic-ties.txt"
    start = await library.slash("quiz start", user=ann, channel=channel, rounds=3, topic=f"doc:{game_doc}")
    assert "A quiz is starting" in start.text
    runner = next(iter(cog.runners.values()))
    planned = [s.question_key for s in runner.snapshots]
    assert planned
    await clock.parked()

    # Mid-game: the game's own document leaves the folder and an upload rebuilds the store.
    (library.bot.settings.documents_dir / game_doc).unlink()
    before = library.bot.content
    await upload(library, "harbour.md", HARBOUR)
    assert library.bot.content is not before
    assert await library.bot.content.document(game_doc) is None

    # The document may give fewer than three questions (the generator's quality bar): every round
    # planned is played, reveal then pause, and the last one only revealed.
    for _ in range(2 * len(planned) - 1):
        await clock.step()
    await asyncio.wait_for(cog.wait_idle(), 10)
    rows = await library.bot.state.fetchall("SELECT question_key FROM rounds WHERE game_id = ? ORDER BY round_no",
                                            (runner.game_id,))
    assert [r[0] for r in rows] == planned
    status = await library.bot.state.fetchone("SELECT status FROM games WHERE game_id = ?", (runner.game_id,))
    assert status[0] == "finished"
    await library.wait_for_message(lambda s: s.channel_id == channel and "Final standings" in s.text, timeout=30)


LIFE = b"""---
title: Ada Lind
kind: biography
date: 2020
---
# Ada Lind

Ada Lind was a Swedish soprano. Ada Lind was born in Uppsala in 1821.

In 1838 Ada Lind made her debut at the Royal Swedish Opera in Stockholm.

In 1852 Ada Lind married the pianist Otto Goldschmidt in Boston.

Ada Lind died at Wynd's Point in Malvern in 1887.
"""


async def test_a_quiz_with_no_questions_in_the_servers_collections_names_the_ones_it_may_choose(tmp_path: Path) -> None:
    """A judge put every document in sub-folders ("news/", "own/"): the store held 15 questions, but `/quiz question`
    said "There are no questions yet", because a sub-folder is a collection no server reads until it is chosen. The
    answer now names the collections that hold questions and the command that chooses them; once chosen, it plays."""
    documents = tmp_path / "documents"
    (documents / "history").mkdir(parents=True)
    (documents / "history" / "lind.md").write_bytes(LIFE)
    settings = Settings(token=None, data_dir=tmp_path / "var", documents_dir=documents,
                        questions_dir=tmp_path / "questions", watch_seconds=0.0)
    async with LocalDiscord.open(settings, build=True) as local:
        admin = local.user("admin", admin=True)
        empty = await local.slash("quiz question", user=local.user("member"))
        assert empty.ephemeral and "`history`" in empty.text and "/settings collections" in empty.text, empty.text
        assert "@" not in empty.text
        await local.slash("settings collections", user=admin, choose="history")
        played = await local.slash("quiz question", user=local.user("member"))
        assert not played.ephemeral and "One question" in played.text, played.text
        asked = await local.wait_for_message(lambda sent: "Ada Lind" in sent.text, timeout=30)
        assert "In which year" in asked.text

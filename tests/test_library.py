"""bot.library without Discord: upload rules, safe names, atomic writes, removal, serialised rebuilds."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.corpus.readers import EXTENSIONS, RawDocument, read_document
from bot.library import (
    ALLOWED_EXTENSIONS,
    MAX_UPLOAD_BYTES,
    Rebuilder,
    UploadMeta,
    UploadRejected,
    check_upload,
    folder_signature,
    remove_document,
    safe_filename,
    store_upload,
)

TEXT = b"The Quellberg Observatory was built in 1791.\n\nIts telescope arrived in 1838 from Munich.\n"


def test_the_allowed_types_are_the_ones_the_build_reads() -> None:
    assert set(ALLOWED_EXTENSIONS) == set(EXTENSIONS)


@pytest.mark.parametrize(("name", "expected"), [
    ("notes.txt", "notes.txt"),
    ("Notes.MD", "Notes.md"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\boot.ini.txt", "boot.ini.txt"),
    ("a/b/c.md", "c.md"),
    ("..hidden..txt", "hidden.txt"),
    (".env.txt", "env.txt"),
    ("\u202egpj.txt", "gpj.txt"),  # right-to-left override
    ("zero\u200bwidth.txt", "zerowidth.txt"),
    ("ＡＢＣ／ｘ．ｔｘｔ", "x.txt"),  # fullwidth: NFKC makes the slash a separator
    ("日本語の記事.txt", "日本語の記事.txt"),
    ("semi;colon & pipe|.txt", "semi-colon-pipe.txt"),
    ("...txt", "document.txt"),
])
def test_safe_filename_is_a_plain_name(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


@pytest.mark.parametrize("name", ["photo.png", "README", "archive.txt.zip", "script.py", "noext.",
                                  "report.pdf.yaml"])
def test_other_types_are_refused_by_name(name: str) -> None:
    with pytest.raises(UploadRejected, match="only read"):
        safe_filename(name)


def test_size_is_checked_before_download() -> None:
    assert check_upload("a.txt", 10) == "a.txt"
    with pytest.raises(UploadRejected, match="empty"):
        check_upload("a.txt", 0)
    with pytest.raises(UploadRejected, match="limit"):
        check_upload("a.txt", MAX_UPLOAD_BYTES + 1)


def read(path: Path, doc_key: str) -> RawDocument:
    doc = read_document(path, doc_key)
    assert isinstance(doc, RawDocument), doc
    return doc


def test_an_upload_is_kept_byte_for_byte_with_its_metadata_in_a_sidecar(tmp_path: Path) -> None:
    stored = store_upload(tmp_path, "guild-7", "../x/Obs.TXT", TEXT,
                          UploadMeta(title="Quellberg\nObservatory #1", author="M. Vossler", kind="paper",
                                     date="1850"))
    assert stored.doc_key == "guild-7/Obs.txt" and stored.path == tmp_path.resolve() / "guild-7" / "Obs.txt"
    assert not stored.replaced and stored.path.read_bytes() == TEXT
    meta = read(stored.path, stored.doc_key).meta
    assert meta.title == "Quellberg Observatory #1" and meta.author == "M. Vossler"
    assert meta.kind == "paper" and meta.date == "1850"
    # No temporary file left; the sidecar is metadata, not a document.
    assert sorted(p.name for p in (tmp_path / "guild-7").iterdir()) == ["Obs.txt", "Obs.txt.yaml"]


def test_given_fields_override_the_files_own_and_a_plain_reupload_drops_them(tmp_path: Path) -> None:
    data = b"---\ntitle: Old title\nauthor: Kept Author\n---\n" + TEXT
    stored = store_upload(tmp_path, "guild-7", "a.md", data, UploadMeta(title="New title"))
    meta = read(stored.path, stored.doc_key).meta
    assert meta.title == "New title" and meta.author == "Kept Author"
    again = store_upload(tmp_path, "guild-7", "a.md", data, UploadMeta())
    assert again.replaced and again.path.read_bytes() == data
    assert read(again.path, again.doc_key).meta.title == "Old title"
    assert sorted(p.name for p in (tmp_path / "guild-7").iterdir()) == ["a.md"]


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b"  \n\t\n", "empty"), (bytes(range(256)) * 4, "binary"),
    (b"---\ntitle: Only a title\n---\n", "no text"),
])
def test_unreadable_content_is_refused_and_nothing_is_written(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(UploadRejected, match=reason):
        store_upload(tmp_path, "guild-7", "a.txt", data, UploadMeta())
    folder = tmp_path / "guild-7"
    assert not folder.exists() or list(folder.iterdir()) == []


@pytest.mark.parametrize("collection", ["..", "../x", "a/b", "", "Guild-1", ".hidden"])
def test_a_bad_collection_name_is_refused(tmp_path: Path, collection: str) -> None:
    with pytest.raises(UploadRejected):
        store_upload(tmp_path / "docs", collection, "a.txt", TEXT, UploadMeta())
    assert not (tmp_path / "x").exists()


def test_remove_deletes_only_a_collection_file(tmp_path: Path) -> None:
    stored = store_upload(tmp_path, "guild-7", "a.txt", TEXT, UploadMeta(author="Someone"))
    (tmp_path / "top.txt").write_bytes(TEXT)
    assert not remove_document(tmp_path, "top.txt")
    assert not remove_document(tmp_path, "guild-7/../top.txt")
    assert not remove_document(tmp_path, "../guild-7/a.txt")
    assert (tmp_path / "top.txt").exists()
    assert remove_document(tmp_path, stored.doc_key)
    assert not stored.path.exists() and list((tmp_path / "guild-7").iterdir()) == []
    assert not remove_document(tmp_path, stored.doc_key)


def test_folder_signature_sees_adds_changes_and_removals(tmp_path: Path) -> None:
    first = folder_signature(tmp_path)
    (tmp_path / "a.txt").write_bytes(TEXT)
    second = folder_signature(tmp_path)
    assert second != first
    (tmp_path / "a.txt").write_bytes(TEXT + b"more")
    third = folder_signature(tmp_path)
    assert third != second
    (tmp_path / ".upload-x.txt").write_bytes(TEXT)  # hidden temporary files are not documents
    assert folder_signature(tmp_path) == third
    (tmp_path / "a.txt").unlink()
    assert folder_signature(tmp_path) == first


async def test_rebuilds_run_one_at_a_time_and_requests_during_one_are_coalesced(tmp_path: Path) -> None:
    running = 0
    most = 0
    builds = 0
    gate = asyncio.Event()
    loop = asyncio.get_running_loop()

    def build() -> None:
        nonlocal running, most, builds
        running += 1
        most = max(most, running)
        asyncio.run_coroutine_threadsafe(gate.wait(), loop).result()
        builds += 1
        running -= 1

    swaps = 0

    async def swap() -> None:
        nonlocal swaps
        swaps += 1

    rebuilder = Rebuilder(build, swap, (tmp_path,), tmp_path / "store")
    first = asyncio.create_task(rebuilder.rebuild())
    await asyncio.sleep(0.05)
    later = [asyncio.create_task(rebuilder.rebuild()) for _ in range(5)]  # while the first one builds
    await asyncio.sleep(0.05)
    gate.set()
    await asyncio.wait_for(asyncio.gather(first, *later), 10)
    assert most == 1 and builds == 2 and swaps == 2  # the five waited for one more build, together


async def test_a_failed_rebuild_is_reported_to_its_callers_and_the_next_one_runs(tmp_path: Path) -> None:
    calls = 0

    def build() -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise OSError("disk full")

    async def swap() -> None:
        return None

    rebuilder = Rebuilder(build, swap, (tmp_path,), tmp_path / "store")
    with pytest.raises(OSError, match="disk full"):
        await rebuilder.rebuild()
    await rebuilder.rebuild()
    assert calls == 2 and rebuilder.builds == 1

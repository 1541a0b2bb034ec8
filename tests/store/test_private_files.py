"""Every file holding users' answers or the bot's logs is private to its owner (0600), whatever the
umask: the state database with its WAL and shared-memory files, backups, and the log file with its
rotated copies."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import setup_logging
from bot.store.state import StateDB, backup_file


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default: new files 0644
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_state_database_wal_and_shm_are_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "state.sqlite3"
    db = await StateDB.open(path)
    try:
        await db.set_meta("answer", "kept")
        for name in ("state.sqlite3", "state.sqlite3-wal", "state.sqlite3-shm"):
            assert mode(path.parent / name) == 0o600, name
    finally:
        await db.close()


async def test_an_existing_world_readable_state_database_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    db = await StateDB.open(path)
    await db.close()
    path.chmod(0o644)
    db = await StateDB.open(path)
    try:
        assert mode(path) == 0o600
    finally:
        await db.close()


async def test_backups_are_private(tmp_path: Path) -> None:
    source = tmp_path / "state.sqlite3"
    db = await StateDB.open(source)
    await db.close()
    for target in (tmp_path / "copy.sqlite3", tmp_path / "backups"):
        if target.suffix == "":
            target.mkdir()
        written = backup_file(source, target)
        assert mode(written) == 0o600, written


def test_log_file_and_its_rotations_are_private(tmp_path: Path) -> None:
    log_file = tmp_path / "logs" / "bot.log"
    setup_logging("INFO", log_file, stream=open(os.devnull, "w"))  # noqa: SIM115 - closed by the next setup
    try:
        log = logging.getLogger("tests.private")
        log.info("first record")
        assert mode(log_file) == 0o600
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None))
        handler.doRollover()  # type: ignore[attr-defined]  # the rotating handler found above
        log.info("after rotation")
        for path in log_file.parent.iterdir():
            assert mode(path) == 0o600, path
    finally:
        setup_logging("INFO")

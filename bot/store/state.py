"""The state database: everything the bot must never lose (answers, scores, settings).

One aiosqlite connection, WAL mode, migrations applied by ``PRAGMA user_version`` from the
numbered ``migrations/NNNN_name.sql`` files. A content rebuild never touches this file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

log = logging.getLogger(__name__)

# The state database, its WAL and shared-memory files, and backups hold every user's answers.
PRIVATE_FILE_MODE = 0o600
T = TypeVar("T")

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) for every shipped migration, in order."""
    found = []
    for entry in resources.files("bot.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration numbers must run 1..n without gaps, found {versions}")
    return found


def _create_private(path: Path) -> None:
    """Create the database file 0600 (or make an existing one so) before SQLite opens it: SQLite
    gives the WAL and shared-memory files the main file's permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
        with contextlib.suppress(FileNotFoundError):
            (path.parent / name).chmod(PRIVATE_FILE_MODE)


class StateDB:
    """Owns the one connection to the state database."""

    def __init__(self, conn: aiosqlite.Connection, path: Path | str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    async def open(cls, path: Path | str) -> StateDB:
        if str(path) != ":memory:":
            _create_private(Path(path))
        conn = await aiosqlite.connect(str(path), isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute("PRAGMA busy_timeout=5000")
        await conn.execute("PRAGMA synchronous=NORMAL")
        db = cls(conn, path)
        await db.migrate()
        return db

    async def close(self) -> None:
        await self.conn.close()

    async def version(self) -> int:
        async with self.conn.execute("PRAGMA user_version") as cur:
            row = await cur.fetchone()
        assert row is not None  # a PRAGMA read always returns its row
        return int(row[0])

    async def migrate(self) -> None:
        current = await self.version()
        for version, name, sql in migrations():
            if version <= current:
                continue
            log.info("applying state migration %s", name)
            # executescript commits first, so the script holds its own BEGIN/COMMIT.
            await self.conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {version};\nCOMMIT;")

    async def get_meta(self, key: str) -> str | None:
        async with self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)) as cur:
            row = await cur.fetchone()
        return None if row is None else row[0]

    async def set_meta(self, key: str, value: str) -> None:
        await self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(connection, *args)`` on the connection's own thread: one hop off the event loop for a
        whole logical operation, where each aiosqlite cursor call is a hop of its own (execute,
        fetch, close: three per query). Nothing else runs on the connection meanwhile, so several
        statements see each other's effects in order; each still commits on its own (autocommit).

        ``Connection._execute`` is aiosqlite's queue to its thread, the one every public method
        uses; the whole quiz suite goes through it.
        """
        # aiosqlite leaves its private _execute unannotated
        result: T = await self.conn._execute(fn, self.conn._conn, *args)  # type: ignore[no-untyped-call]
        return result

    async def fetchall(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[aiosqlite.Row]:
        return await self.run(_fetchall, sql, params)

    async def fetchone(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> aiosqlite.Row | None:
        return await self.run(_fetchone, sql, params)


def _fetchall(con: sqlite3.Connection, sql: str, params: tuple[Any, ...] | dict[str, Any]) -> list[Any]:
    return con.execute(sql, params).fetchall()


def _fetchone(con: sqlite3.Connection, sql: str, params: tuple[Any, ...] | dict[str, Any]) -> Any:
    return con.execute(sql, params).fetchone()


class BackupError(Exception):
    """The backup cannot be made; the message is one sentence for the operator."""


_SQLITE_HEADER = b"SQLite format 3\x00"


def _backup_target(source: Path, target: Path) -> Path:
    if target.is_dir():
        return target / f"state-{datetime.now(UTC):%Y-%m-%dT%H%M%SZ}.sqlite3"
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError(f"{target} is the live state database itself: give the copy another name.")
    if target.is_file() and target.stat().st_size:
        with target.open("rb") as existing:
            if existing.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                raise BackupError(f"{target} exists and is not an SQLite database: it is left alone, "
                                  "choose another name.")
    return target


def backup_file(source: Path, target: Path) -> Path:
    """Back up a state database file that another process may be writing (the running bot).

    ``target`` may be a folder (the copy gets a dated name in it) or a file; the copy is private
    to its owner (0600) whatever the umask. Returns the path written.
    """
    if not source.exists():
        raise FileNotFoundError(source)
    target = _backup_target(source, target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _create_private(target)
        # as_uri() percent-encodes '#', '?' and '%', which a raw "file:" string would misread.
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dst = sqlite3.connect(str(target))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"The copy could not be written to {target} ({exc}).") from None
    return target

"""``python -m bot backup PATH`` while the bot writes: the copy is a consistent snapshot.

The state database runs in WAL mode, so committed rows may live only in ``state.sqlite3-wal``
until a checkpoint: copying the main file would lose them, copying both files mid-write could
tear a transaction. The backup must go through SQLite's online backup API. These tests keep
a writer busy (auto-checkpoint off, so the WAL holds the data) and check the copy: integrity_check
ok, every row committed before the backup present, only whole write transactions, nothing
uncommitted, and a copy that the bot opens again as its state database (the restore path).
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store.state import StateDB

ROOT = Path(__file__).resolve().parents[2]
BATCH = 50  # rows per write transaction of the busy writer


def run_backup(data_dir: Path, target: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "BOT_DATA_DIR": str(data_dir),
        "BOT_DOCUMENTS_DIR": str(ROOT / "data" / "documents"),
        "BOT_QUESTIONS_DIR": str(ROOT / "data" / "questions"),
    }
    return subprocess.run([sys.executable, "-m", "bot", "backup", str(target)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


def writer_connection(path: Path) -> sqlite3.Connection:
    """A connection configured like the bot's, with checkpoints off so commits stay in the WAL."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    return conn


@pytest.fixture
def state_db(tmp_path: Path) -> Iterator[Path]:
    data_dir = tmp_path / "data"

    async def create() -> None:
        db = await StateDB.open(data_dir / "state.sqlite3")  # the real schema and migrations
        await db.close()

    asyncio.run(create())
    yield data_dir


def meta_keys(path: Path, prefix: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT key FROM meta WHERE key LIKE ?", (prefix + "%",))]


def test_backup_during_writes_is_consistent_and_complete(state_db: Path, tmp_path: Path) -> None:
    source = state_db / "state.sqlite3"
    conn = writer_connection(source)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", [(f"before:{i}", "x" * 200) for i in range(500)])
    conn.execute("COMMIT")
    assert Path(f"{source}-wal").stat().st_size > 0, "the committed rows should still be in the WAL"

    stop = threading.Event()
    batches = 0

    def write_continuously() -> None:
        nonlocal batches
        while not stop.is_set():
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                             [(f"during:{batches}:{i}", "y" * 200) for i in range(BATCH)])
            conn.execute("COMMIT")
            batches += 1

    writer = threading.Thread(target=write_continuously, daemon=True)
    writer.start()
    try:
        target = tmp_path / "backups" / "copy.sqlite3"
        result = run_backup(state_db, target, cwd=tmp_path)
    finally:
        stop.set()
        writer.join(timeout=10)
        conn.close()
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    assert batches > 0, "the writer never ran"
    print(f"\nwriter committed {batches} batches during the backup run")

    with sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert len(meta_keys(target, "before:")) == 500
    during = meta_keys(target, "during:")
    # A snapshot between transactions: whole batches only, never a torn one.
    assert len(during) % BATCH == 0
    per_batch: dict[str, int] = {}
    for key in during:
        batch = key.split(":")[1]
        per_batch[batch] = per_batch.get(batch, 0) + 1
    assert set(per_batch.values()) <= {BATCH}


def test_backup_leaves_out_an_open_transaction_and_restores(state_db: Path, tmp_path: Path) -> None:
    source = state_db / "state.sqlite3"
    conn = writer_connection(source)
    conn.execute("INSERT INTO meta(key, value) VALUES ('committed', 'yes')")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO meta(key, value) VALUES ('pending', 'not yet')")
    try:
        target = tmp_path / "copy.sqlite3"
        result = run_backup(state_db, target, cwd=tmp_path)
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    assert result.returncode == 0, result.stderr
    assert meta_keys(target, "committed") == ["committed"]
    assert meta_keys(target, "pending") == []

    # Restore: the copy becomes the state database of a fresh data folder and the bot opens it.
    restored = tmp_path / "restored"
    restored.mkdir()
    (restored / "state.sqlite3").write_bytes(target.read_bytes())

    async def reopen() -> str | None:
        db = await StateDB.open(restored / "state.sqlite3")
        try:
            return await db.get_meta("committed")
        finally:
            await db.close()

    assert asyncio.run(reopen()) == "yes"


def test_backup_without_a_state_database_says_so(tmp_path: Path) -> None:
    result = run_backup(tmp_path / "empty", tmp_path / "copy.sqlite3", cwd=tmp_path)
    assert result.returncode == 1
    assert "nothing to back up" in result.stderr
    assert not (tmp_path / "copy.sqlite3").exists()


def test_backup_of_a_data_folder_with_uri_characters_in_its_name(tmp_path: Path) -> None:
    # '#', '?' and '%' are legal in folder names but special in a SQLite file: URI.
    data_dir = tmp_path / "quiz bot #2 ?100%"

    async def create() -> None:
        db = await StateDB.open(data_dir / "state.sqlite3")
        await db.set_meta("kept", "yes")
        await db.close()

    asyncio.run(create())
    target = tmp_path / "copy.sqlite3"
    result = run_backup(data_dir, target, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-500:]
    assert meta_keys(target, "kept") == ["kept"]


def test_backup_into_an_existing_folder_writes_a_dated_copy_there(state_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    result = run_backup(state_db, folder, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    copies = list(folder.glob("state-*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in result.stdout
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("how", ["same path", "relative path", "through a symlink"])
def test_backup_onto_the_live_database_is_refused(state_db: Path, tmp_path: Path, how: str) -> None:
    live = state_db / "state.sqlite3"
    before = live.read_bytes()
    if how == "same path":
        target, cwd = live, tmp_path
    elif how == "relative path":
        target, cwd = Path("state.sqlite3"), state_db
    else:
        target, cwd = tmp_path / "link.sqlite3", tmp_path
        target.symlink_to(live)
    result = run_backup(state_db, target, cwd=cwd)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "copied" not in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1 and "itself" in result.stderr
    assert live.read_bytes() == before


@pytest.mark.parametrize("content", [b"not a database at all, just some text\n" * 10, b""])
def test_backup_over_a_file_that_is_not_a_database_is_one_sentence(state_db: Path, tmp_path: Path,
                                                                    content: bytes) -> None:
    target = tmp_path / "notes.txt"
    target.write_bytes(content)
    result = run_backup(state_db, target, cwd=tmp_path)
    if content:
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
        assert target.read_bytes() == content, "a file that is not a database is never overwritten"
    else:
        assert result.returncode == 0, result.stderr

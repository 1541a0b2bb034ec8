"""Shared fixtures: a real QuizBot driven in-process through bot.console.transport.LocalDiscord.

* ``content_path`` (session): the bundled corpus (data/documents + data/questions) built ONCE per
  test session into a temporary folder; skipped with a reason until the build exists.
* ``local`` (function): a ``LocalDiscord`` on that store, a fresh state DB, all extensions loaded.
* ``bare_local`` (function): a ``LocalDiscord`` with no extensions and no content store, for tests
  that register their own test-only commands on ``bare_local.bot.tree``.
* ``db`` (function): an open, migrated state database in the test's temporary folder.
* ``fake_token``: an obviously fake token with a real token's shape.
* ``run_cli``: ``run_cli(args, tmp_path, stdin=None, **env)`` runs ``python -m bot ARGS`` in a
  subprocess, in an empty folder (no .env), no terminal attached, with the bundled documents.

Temporary files go to memory (``/dev/shm``) when the machine has it and ``TMPDIR`` does not say
otherwise: every test's SQLite files are created, synced and deleted there, and on a disk each
in-process bot waited about 60 ms for syncs (opening and closing its state database in WAL mode),
more when other work loads the disk. Nothing tested depends on the data reaching a disk: a killed
process loses nothing SQLite has committed either way, only a power cut would.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.console.transport import LocalDiscord
from bot.store.state import StateDB

ROOT = Path(__file__).resolve().parent.parent


def _temporary_files_in_memory() -> None:
    """Before pytest picks its temporary folder: TMPDIR=/dev/shm, for this process, the xdist
    workers and every bot process the tests start (they inherit TMPDIR)."""
    memory = Path("/dev/shm")
    if os.environ.get("TMPDIR") or not memory.is_dir() or not os.access(memory, os.W_OK | os.X_OK):
        return
    os.environ["TMPDIR"] = str(memory)
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again


_temporary_files_in_memory()

# An obviously fake token with a real token's shape (three base64url segments).
FAKE_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAw.FAKE00.fake_token_for_tests_only_0000000000"


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[StateDB]:
    state = await StateDB.open(tmp_path / "state.sqlite3")
    try:
        yield state
    finally:
        await state.close()


@pytest.fixture(scope="session")
def content_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        from bot.build import build_store
    except ImportError as exc:
        pytest.skip(f"the content store build is not available yet (bot.build: {exc})")
    out = tmp_path_factory.mktemp("content") / "content.sqlite3"
    cwd = os.getcwd()
    os.chdir(ROOT)  # the bundled corpus paths are relative to the repository
    try:
        build_store(Path("data/documents"), Path("data/questions"), out)
    finally:
        os.chdir(cwd)
    return out


@pytest.fixture
async def local(content_path: Path) -> AsyncIterator[LocalDiscord]:
    async with LocalDiscord.open(content_path=content_path) as harness:
        yield harness


@pytest.fixture
async def bare_local() -> AsyncIterator[LocalDiscord]:
    async with LocalDiscord.open(extensions=[]) as harness:
        yield harness


@pytest.fixture
def fake_token() -> str:
    return FAKE_TOKEN


def _run_cli(args: list[str], tmp_path: Path, timeout: float = 60, stdin: str | None = None,
             **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DISCORD_"))}
    environ.update(PYTHONPATH=str(ROOT), BOT_DOCUMENTS_DIR=str(ROOT / "data" / "documents"),
                   BOT_QUESTIONS_DIR=str(ROOT / "data" / "questions"), BOT_DATA_DIR=str(tmp_path / "var"),
                   PYTHONUNBUFFERED="1")
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=tmp_path, env=environ, text=True,
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                          capture_output=True, timeout=timeout)


@pytest.fixture
def run_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    return _run_cli

"""Run the bot as production runs it, ``python -m bot``, in its own process against the fake.

The process gets a clean environment (no DISCORD_TOKEN or BOT_* leaking in from the developer's
shell), its working directory is a temporary folder (so a developer's ``.env`` is never read),
the repo's documents and question lists, and ``BOT_DISCORD_API_BASE`` pointing at the fake.
Every wait is bounded; :meth:`BotProcess.stop` always ends the process (SIGTERM, then SIGKILL).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import signal
import sys
from pathlib import Path

from .fakediscord import FakeDiscord

REPO = Path(__file__).resolve().parents[2]
SHIM = Path(__file__).resolve().parent / "shim"
# Bot processes still running: killed when the test run exits, even if a fixture's cleanup
# never ran (an interrupted run), so no bot outlives the tests.
_LIVE_PIDS: set[int] = set()


@atexit.register
def _kill_leftovers() -> None:
    for pid in list(_LIVE_PIDS):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
# Variables a child process legitimately needs from the parent; everything else is dropped.
# PYTHONPYCACHEPREFIX: where `make test` keeps compiled bytecode (the Makefile says why); without it a
# bot process in a fresh clone compiled the whole bot package again at every start (~0.3 s of CPU).
_INHERITED = ("PATH", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "PYTHONPYCACHEPREFIX")


def bot_environment(fake: FakeDiscord, data_dir: Path, **extra: str) -> dict[str, str]:
    env = {key: os.environ[key] for key in _INHERITED if key in os.environ}
    env.update({
        # The shim keeps discord.py's hard-coded gateway default on the fake (see shim/sitecustomize.py).
        "PYTHONPATH": os.pathsep.join([str(SHIM), str(REPO)]),
        "DOCQUIZ_E2E_FALLBACK_GATEWAY": fake.fallback_gateway_url,
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        # A hung process dumps every thread's stack into its log on SIGABRT (see stop()).
        "PYTHONFAULTHANDLER": "1",
        "DISCORD_TOKEN": fake.token,
        "BOT_DISCORD_API_BASE": fake.api_base,
        "BOT_DATA_DIR": str(data_dir),
        "BOT_DOCUMENTS_DIR": str(REPO / "data" / "documents"),
        "BOT_QUESTIONS_DIR": str(REPO / "data" / "questions"),
        "BOT_LOG_LEVEL": "INFO",
    })
    env.update(extra)
    return env


async def run_cli(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 60.0) -> tuple[int, str]:
    """Run ``python -m bot ARGS`` to completion (bounded); returns (exit code, output)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=str(cwd), env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, start_new_session=True,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), timeout)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise AssertionError(f"python -m bot {' '.join(args)} did not finish within {timeout}s") from None
    return int(proc.returncode or 0), out.decode("utf-8", "replace")


class BotProcess:
    """One bot, run as ``python -m bot run``; restartable on the same data folder.

    Each start's output goes to its own file in ``work_dir`` (``output()`` reads them all).
    """

    def __init__(self, fake: FakeDiscord, data_dir: Path, work_dir: Path, *, name: str = "bot",
                 **extra_env: str) -> None:
        self.fake = fake
        self.data_dir = data_dir
        self.work_dir = work_dir
        self.name = name
        self.starts = 0
        self.log_paths: list[Path] = []  # one log per start, so a restart keeps the old one
        self.env = bot_environment(fake, data_dir, **extra_env)
        self.proc: asyncio.subprocess.Process | None = None
        self.returncode: int | None = None
        self.hung = False  # did not exit after SIGTERM within the timeout

    async def start(self, *, timeout: float = 30.0) -> None:
        """Start the process and wait until it has identified on the gateway and got its guild."""
        self.work_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        expected = self.fake.ready_count + 1
        self.starts += 1
        self.hung = False
        log_path = self.work_dir / f"{self.name}-{self.starts}.log"
        self.log_paths.append(log_path)
        with log_path.open("ab") as out:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=str(self.work_dir), env=self.env,
                stdout=out, stderr=asyncio.subprocess.STDOUT, stdin=asyncio.subprocess.DEVNULL,
                start_new_session=True,
            )
        _LIVE_PIDS.add(self.proc.pid)
        exited = asyncio.ensure_future(self.proc.wait())
        identified = asyncio.ensure_future(self.fake.wait_identified(expected, timeout))
        try:
            done, _ = await asyncio.wait({exited, identified}, timeout=timeout + 1,
                                         return_when=asyncio.FIRST_COMPLETED)
            if exited in done:
                self.returncode = exited.result()
                raise AssertionError(f"the bot exited with {self.returncode} before connecting:\n{self.tail()}")
            if identified not in done:
                raise AssertionError(f"the bot did not identify within {timeout}s:\n{self.tail()}")
            identified.result()
        except BaseException:
            await self.stop()
            raise
        finally:
            for task in (exited, identified):
                if not task.done():
                    task.cancel()

    async def past_ready(self, timeout: float = 30.0) -> None:
        """Wait until discord.py has dispatched on_ready (guild_ready_timeout, 2 s, after the last
        GUILD_CREATE): the bot logs "connected as …" there, once per start."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.output().count("connected as ") < self.starts:
            if loop.time() > deadline:
                raise AssertionError(f"no 'connected as' line (on_ready) within {timeout:.0f} s:\n{self.tail()}")
            await asyncio.sleep(0.05)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    async def stop(self, *, timeout: float = 15.0) -> int:
        """SIGTERM and wait (bounded); SIGKILL if it does not stop. Returns the exit code."""
        proc = self.proc
        if proc is None:
            return -1
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), timeout)
            except TimeoutError:
                # Hung: SIGABRT makes faulthandler write all thread stacks to the log first.
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGABRT)
                try:
                    await asyncio.wait_for(proc.wait(), 3)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()
                self.hung = True
        self.returncode = proc.returncode
        _LIVE_PIDS.discard(proc.pid)
        return int(proc.returncode if proc.returncode is not None else -1)

    async def kill(self) -> int:
        """SIGKILL, as a crash or an OOM kill would: no shutdown code runs."""
        proc = self.proc
        if proc is None:
            return -1
        if proc.returncode is not None:
            return proc.returncode
        proc.kill()
        self.returncode = await proc.wait()
        _LIVE_PIDS.discard(proc.pid)
        return self.returncode

    async def restart(self, *, timeout: float = 30.0) -> int:
        """Stop (SIGTERM) and start a new process on the same data folder; returns the old exit code."""
        code = await self.stop()
        await self.start(timeout=timeout)
        return code

    def output(self) -> str:
        """Everything every start of this bot has printed, in order."""
        parts = []
        for path in self.log_paths:
            with contextlib.suppress(FileNotFoundError):
                parts.append(path.read_text(encoding="utf-8", errors="replace"))
        return "".join(parts)

    def error_lines(self) -> list[str]:
        """Log lines that show the bot hit an error or a traceback (the token is never in them)."""
        return [line for line in self.output().splitlines()
                if " ERROR " in line or " CRITICAL " in line or line.startswith("Traceback")]

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.output().splitlines()[-lines:])

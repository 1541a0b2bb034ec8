"""The command line: --help everywhere, and configuration problems exit 78 with one sentence."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.__main__ import main

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.mark.parametrize("command", [["run"], ["console"], ["build"], ["sync"], ["backup"], ["bench"]])
def test_help_for_every_command(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage: python -m bot {command[0]}") and "options:" in shown


def test_help_of_the_program(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["--help"], tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m bot")
    for command in ("run", "console", "build", "sync"):
        assert command in result.stdout


def test_no_token_without_a_terminal_is_a_config_error(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli([], tmp_path)
    assert result.returncode == 78
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "DISCORD_TOKEN is not set" in lines[0]
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize(("env", "needle"), [
    ({"DISCORD_TOKEN": "definitely-not-a-token"}, "DISCORD_TOKEN"),
    ({"BOT_LOG_LEVEL": "CHATTY"}, "BOT_LOG_LEVEL"),
    ({"BOT_DEV_GUILD_ID": "abc"}, "BOT_DEV_GUILD_ID"),
    ({"BOT_DOCUMENTS_DIR": "/nonexistent/documents"}, "BOT_DOCUMENTS_DIR"),
])
def test_bad_settings_exit_78_with_one_sentence(run_cli: RunCli, tmp_path: Path, env: dict[str, str], needle: str) -> None:
    result = run_cli(["run"], tmp_path, **env)
    assert result.returncode == 78
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and lines[0].startswith("Configuration error: ")
    assert "definitely-not-a-token" not in result.stderr


def test_bad_dotenv_line_is_a_config_error(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("this is not a setting\n", encoding="utf-8")
    result = run_cli(["run"], tmp_path)
    assert result.returncode == 78 and "Line 1" in result.stderr


def test_sync_without_a_token(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["sync"], tmp_path)
    assert result.returncode == 78 and "DISCORD_TOKEN" in result.stderr


def test_unknown_subcommand_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    assert run_cli(["fly"], tmp_path).returncode == 2


def test_backup_runs_without_the_documents_folder(run_cli: RunCli, tmp_path: Path) -> None:
    """A backup reads only the state database, so it works from any directory (cron, systemd)."""
    data = tmp_path / "data-dir"
    data.mkdir()
    sqlite3.connect(data / "state.sqlite3").execute("CREATE TABLE t(x)").connection.close()
    result = run_cli(["backup", str(tmp_path / "copy.sqlite3")], tmp_path, BOT_DATA_DIR=str(data),
                     BOT_DOCUMENTS_DIR=str(tmp_path / "no-documents-here"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "copy.sqlite3").exists()
    # Commands that read the documents still refuse a missing folder.
    build = run_cli(["build"], tmp_path, BOT_DATA_DIR=str(data), BOT_DOCUMENTS_DIR=str(tmp_path / "no-documents-here"))
    assert build.returncode == 78 and "BOT_DOCUMENTS_DIR" in build.stderr


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot write in: read-only by mode, or, for root (whom modes do not
    stop), a sysfs folder the kernel refuses to create files in."""
    if os.getuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o555)
        return folder
    return Path("/sys/kernel")


def _a_file(tmp_path: Path) -> Path:
    path = tmp_path / "a-file"
    path.write_text("not a folder\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", ["cannot be created", "read-only", "log file"])
@pytest.mark.parametrize("command", ["run", "build", "sync"])
def test_unusable_data_folder_or_log_file_is_one_sentence_and_exit_78(
        run_cli: RunCli, tmp_path: Path, fake_token: str, case: str, command: str) -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens: reaching Discord would be exit 69, not 78
    env = {"DISCORD_TOKEN": fake_token, "BOT_DISCORD_API_BASE": f"http://127.0.0.1:{port}/api/v10"}
    if case == "cannot be created":
        env["BOT_DATA_DIR"] = str(_a_file(tmp_path) / "data")
        needle = "BOT_DATA_DIR"
    elif case == "read-only":
        env["BOT_DATA_DIR"] = str(_unwritable_folder(tmp_path))
        needle = "BOT_DATA_DIR"
    else:
        env["BOT_LOG_FILE"] = str(_a_file(tmp_path) / "bot.log")
        needle = "BOT_LOG_FILE"
    result = run_cli([command], tmp_path, **env)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 78, result.stderr
    assert len(lines) == 1 and lines[0].startswith("Configuration error: ") and needle in lines[0], lines
    assert "Traceback" not in result.stderr + result.stdout


def test_version_names_the_program(run_cli: RunCli, tmp_path: Path) -> None:
    from bot import __version__

    result = run_cli(["--version"], tmp_path)
    assert result.returncode == 0
    assert result.stdout == f"docquiz-bot {__version__}\n"


@pytest.mark.parametrize("args", [["build"], ["build", "--force"], ["--help"]])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, args: list[str]) -> None:
    """`python -m bot build | head -1`: the reader goes away before the output is written."""
    from tests.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DISCORD_"))}
    env.update(PYTHONPATH=str(ROOT), BOT_DOCUMENTS_DIR=str(ROOT / "data" / "documents"),
               BOT_QUESTIONS_DIR=str(ROOT / "data" / "questions"), BOT_DATA_DIR=str(tmp_path / "var"))
    proc = subprocess.Popen([sys.executable, "-m", "bot", *args], cwd=tmp_path, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the bot writes a line
    errors = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors
    assert errors == "", errors


BAD_LIST = """\
title: Two bad entries
questions:
  - prompt: Which city hosted the summit?
    answer: Xiamen
    distractors: [Shanghai, Qingdao]
  - prompt: Which city hosted the summit?
    answer: Xiamen
    distractors: [Shanghai, Qingdao, Hangzhou]
    source: global-times-2017-strategic-ties.txt
    quote: a sentence that is in no document at all
"""


def _questions_with_a_bad_list(tmp_path: Path) -> Path:
    from tests.conftest import ROOT

    folder = tmp_path / "questions"
    folder.mkdir()
    (folder / "bad-list.yaml").write_text(BAD_LIST, encoding="utf-8")
    for path in (ROOT / "data" / "questions").glob("*.yaml"):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_build_names_each_rejected_list_entry_once(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["build", "--force"], tmp_path, BOT_QUESTIONS_DIR=str(_questions_with_a_bad_list(tmp_path)))
    assert result.returncode == 0, result.stderr
    entries = [line for line in result.stdout.splitlines() if line.startswith("  [list] ")]
    assert len(entries) == 2, result.stdout
    for line in entries:
        assert line.count("bad-list.yaml") == 1 and line.count("question ") == 1, line


def test_build_quiet_prints_only_the_summary(run_cli: RunCli, tmp_path: Path) -> None:
    questions = str(_questions_with_a_bad_list(tmp_path))
    loud = run_cli(["build", "--force"], tmp_path, BOT_QUESTIONS_DIR=questions).stdout.splitlines()
    quiet = run_cli(["build", "--force", "--quiet"], tmp_path, BOT_QUESTIONS_DIR=questions).stdout.splitlines()
    assert len(quiet) < len(loud)
    assert not [line for line in quiet if line.startswith("  ")], quiet  # no per-item details
    for heading in ("Documents:", "Passages:", "Timeline events:", "Questions:", "Rejected items:", "Built in"):
        assert any(line.startswith(heading) for line in quiet), (heading, quiet)

"""The token never appears in logs or error output, whatever fails and at any log level."""

from __future__ import annotations

import http.server
import io
import logging
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import setup_logging

FAKE_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAw.FAKE00.fake_token_for_tests_only_0000000000"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again on exit: connections are refused


@pytest.fixture
def rejecting_api() -> Iterator[str]:
    """A 127.0.0.1 'Discord' that answers 401 Unauthorized to everything (a revoked token)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def _reject(self) -> None:
            body = b'{"message": "401: Unauthorized", "code": 0}'
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_PATCH = _reject

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v10"
    finally:
        server.shutdown()
        server.server_close()


def test_unreachable_discord_exits_69_without_the_token(run_cli, tmp_path: Path) -> None:
    result = run_cli(["run"], tmp_path, DISCORD_TOKEN=FAKE_TOKEN, BOT_LOG_LEVEL="DEBUG",
                     BOT_DISCORD_API_BASE=f"http://127.0.0.1:{_closed_port()}/api/v10")
    output = result.stdout + result.stderr
    assert result.returncode == 69, output
    assert "Could not reach Discord" in result.stderr
    assert FAKE_TOKEN not in output
    assert "Traceback" not in result.stderr


def test_rejected_token_exits_78_without_the_token(run_cli, tmp_path: Path, rejecting_api: str) -> None:
    result = run_cli(["run"], tmp_path, DISCORD_TOKEN=FAKE_TOKEN, BOT_LOG_LEVEL="DEBUG",
                     BOT_DISCORD_API_BASE=rejecting_api)
    output = result.stdout + result.stderr
    assert result.returncode == 78, output
    assert "Discord rejected DISCORD_TOKEN" in result.stderr
    assert FAKE_TOKEN not in output


def test_exceptions_and_arguments_carrying_the_token_are_redacted() -> None:
    stream = io.StringIO()
    setup_logging("DEBUG", secrets=[FAKE_TOKEN], stream=stream)
    log = logging.getLogger("test.redact")
    try:
        raise RuntimeError(f"request failed with Authorization: Bot {FAKE_TOKEN}")
    except RuntimeError:
        log.exception("login failed for %s", FAKE_TOKEN)
    log.debug("headers %r", {"Authorization": f"Bot {FAKE_TOKEN}"})
    text = stream.getvalue()
    assert FAKE_TOKEN not in text
    assert text.count("[redacted]") >= 3
    assert "RuntimeError" in text  # the traceback is kept, only the secret is gone
    setup_logging("WARNING", stream=io.StringIO())


def test_discord_library_logs_are_kept_at_warning() -> None:
    setup_logging("DEBUG", stream=io.StringIO())
    assert logging.getLogger("discord.gateway").getEffectiveLevel() >= logging.WARNING
    assert logging.getLogger("bot").getEffectiveLevel() == logging.DEBUG
    setup_logging("WARNING", stream=io.StringIO())


def test_optional_rotating_file(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "bot.log"
    setup_logging("INFO", log_file=path, secrets=[FAKE_TOKEN], stream=io.StringIO())
    logging.getLogger("bot.test").info("hello %s", FAKE_TOKEN)
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "hello [redacted]" in content and FAKE_TOKEN not in content
    setup_logging("WARNING", stream=io.StringIO())


@pytest.mark.parametrize("text", ["lone \udcff surrogate", "\ud800 high alone", "pair split \udfff\ud83d end"])
def test_lone_surrogates_in_input_are_logged_not_lost(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      text: str) -> None:
    """Text from users may carry lone surrogates (invalid in UTF-8): the record must still be written."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", errors="strict", write_through=True)
    log_file = tmp_path / "bot.log"
    setup_logging("INFO", log_file, stream=stream)
    try:
        logging.getLogger("tests.surrogates").info("user typed %s", text)
        logging.getLogger("tests.surrogates").info("the next record")
    finally:
        setup_logging("INFO")
    for written in (raw.getvalue().decode("utf-8"), log_file.read_text(encoding="utf-8")):
        assert "user typed" in written and "the next record" in written
    assert "Logging error" not in capsys.readouterr().err

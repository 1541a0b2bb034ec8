"""Readable logs to stdout, discord.py's chatter at WARNING, an optional rotating file.

A redacting filter sits on every handler: whatever a library or a traceback prints, the
token's text is replaced before the record is written.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"


class RedactFilter(logging.Filter):
    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg = self._clean(message)
        record.args = None
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self._clean(record.stack_info)
        return True


def _private_opener(path: str, flags: int) -> int:
    fd = os.open(path, flags, 0o600)
    os.fchmod(fd, 0o600)  # a file left 0644 by an older version becomes private too
    return fd


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file created 0600 whatever the umask, its rotations too (logs may quote users)."""

    def _open(self):  # type: ignore[no-untyped-def]  # overrides logging's untyped FileHandler._open
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
                    opener=_private_opener)


class SafeFormatter(logging.Formatter):
    """Replaces lone surrogates (text from users may carry them; UTF-8 cannot encode them) with
    escapes, so no handler fails to write a record."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def setup_logging(level: str = "INFO", log_file: Path | None = None, secrets: list[str] | None = None,
                  stream: TextIO | None = None) -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    redact = RedactFilter(secrets or [])
    formatter = SafeFormatter(FORMAT, datefmt="%Y-%m-%d %H:%M:%S")
    handlers: list[logging.Handler] = [logging.StreamHandler(stream or sys.stdout)]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(PrivateRotatingFileHandler(
            log_file, maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redact)
        root.addHandler(handler)
    root.setLevel(level)
    # discord.py logs every gateway event at DEBUG/INFO; keep it to what an operator needs.
    discord_level = max(logging.WARNING, logging.getLevelName(level))
    for name in ("discord", "discord.http", "discord.gateway", "discord.client", "discord.state", "aiosqlite"):
        logging.getLogger(name).setLevel(discord_level)

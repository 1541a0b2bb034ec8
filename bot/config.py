"""Settings from the environment and an optional ``.env`` file, validated once at start-up.

A bad setting stops start-up with one sentence and exit code 78 (EX_CONFIG), never a traceback.
The token is kept in a ``Secret`` whose repr and str are masked, so it cannot leak into logs.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv.parser import parse_stream

EXIT_CONFIG = 78  # EX_CONFIG from sysexits.h: systemd's RestartPreventExitStatus can skip it

_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")
# A bot token is three base64url segments separated by dots.
_LOOPBACK_URL = re.compile(r"^https?://(127(?:\.\d{1,3}){3}|localhost|\[::1\])(:\d+)?(/|$)")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{20,}$")


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one sentence for the operator."""


class Secret:
    """A string that never shows itself in repr, str, format or logs."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")


@dataclass(frozen=True)
class Settings:
    token: Secret | None
    data_dir: Path
    documents_dir: Path
    questions_dir: Path
    log_level: str = "INFO"
    log_file: Path | None = None
    dev_guild_id: int | None = None
    # Only for tests against a fake Discord on 127.0.0.1; unset in production.
    api_base: str | None = None
    # Seconds between looks at the documents folder for changes (0: never; rebuild on restart).
    watch_seconds: float = 0.0

    @property
    def content_path(self) -> Path:
        return self.data_dir / "content.sqlite3"

    @property
    def state_path(self) -> Path:
        return self.data_dir / "state.sqlite3"


def read_dotenv(path: Path) -> dict[str, str]:
    """Parse a ``.env`` file with python-dotenv's parser (quotes, escapes, ``export``, comments),
    then apply our own rule: every line that is not blank or a comment is ``NAME=value``."""
    values: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return values
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"The settings file {path} cannot be read ({exc.__class__.__name__}).") from None
    for binding in parse_stream(io.StringIO(text)):
        if binding.error or (binding.key is not None
                             and (binding.value is None or not _NAME.fullmatch(binding.key))):
            raise ConfigError(f"Line {binding.original.line} of {path} is not of the form NAME=value.")
        if binding.key is not None and binding.value is not None:
            values[binding.key] = binding.value
    return values


def _why(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def check_writable(settings: Settings) -> None:
    """Make sure the data folder and the log file can be written, before anything is started.

    Otherwise a start would fail later with a misleading "could not reach Discord" (the folder
    cannot be created) or a traceback (a read-only folder, a bad ``BOT_LOG_FILE``).
    """
    data_dir = settings.data_dir
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"The data folder {data_dir} (BOT_DATA_DIR or --data-dir) cannot be created "
                          f"({_why(exc)}): point it at a folder the bot may write.") from None
    try:
        with tempfile.TemporaryFile(dir=data_dir):
            pass
    except OSError as exc:
        raise ConfigError(f"The data folder {data_dir} (BOT_DATA_DIR or --data-dir) is not writable "
                          f"({_why(exc)}): give the bot's user write access or choose another folder.") from None
    if settings.log_file is not None:
        try:
            settings.log_file.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(settings.log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600))
        except OSError as exc:
            raise ConfigError(f"BOT_LOG_FILE points at {settings.log_file}, which cannot be written "
                              f"({_why(exc)}).") from None


def _int_setting(name: str, raw: str) -> int:
    if not re.fullmatch(r"\d{1,20}", raw):
        raise ConfigError(f"{name} must be a Discord id (a number), but it is not.")
    return int(raw)


def load_settings(environ: Mapping[str, str] | None = None, dotenv: Path | None = Path(".env"),
                  *, require_documents: bool = True, data_dir: Path | None = None) -> Settings:
    """Merge ``.env`` (lower priority) with the environment and validate every setting.

    ``require_documents=False`` is for commands that never read the documents (``backup``).
    ``data_dir`` (the ``--data-dir`` option) wins over both: a deployment's data folder must not
    move because an env file says ``BOT_DATA_DIR=var`` (systemd and ``docker run --env-file`` let
    the file override their own environment).
    """
    env: dict[str, str] = dict(read_dotenv(dotenv)) if dotenv is not None else {}
    env.update(os.environ if environ is None else environ)

    token_raw = env.get("DISCORD_TOKEN", "").strip()
    token: Secret | None = None
    if token_raw:
        if token_raw.lower().startswith("bot "):
            token_raw = token_raw[4:].strip()
        if not _TOKEN_SHAPE.match(token_raw):
            raise ConfigError(
                "DISCORD_TOKEN does not look like a bot token: copy it again from the Bot page "
                "of your application in the Discord Developer Portal."
            )
        token = Secret(token_raw)

    level = env.get("BOT_LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if level not in _LEVELS:
        raise ConfigError(f"BOT_LOG_LEVEL must be one of {', '.join(_LEVELS)}.")

    dev_guild = env.get("BOT_DEV_GUILD_ID", "").strip()
    log_file = env.get("BOT_LOG_FILE", "").strip()
    api_base = env.get("BOT_DISCORD_API_BASE", "").strip() or None
    if api_base is not None and not _LOOPBACK_URL.match(api_base):
        raise ConfigError("BOT_DISCORD_API_BASE may only point at this machine (127.0.0.1, localhost or [::1]): "
                          "it exists to test the bot against a fake Discord.")

    watch_raw = env.get("BOT_WATCH_SECONDS", "").strip() or "10"
    try:
        watch_seconds = float(watch_raw)
    except ValueError:
        raise ConfigError("BOT_WATCH_SECONDS must be a number of seconds (0 turns the folder watch off).") from None
    if not 0 <= watch_seconds <= 86_400:
        raise ConfigError("BOT_WATCH_SECONDS must be between 0 (off) and 86400 seconds.")

    if data_dir is None:
        data_dir = Path(env.get("BOT_DATA_DIR", "").strip() or "var")
    documents_dir = Path(env.get("BOT_DOCUMENTS_DIR", "").strip() or "data/documents")
    questions_dir = Path(env.get("BOT_QUESTIONS_DIR", "").strip() or "data/questions")
    if data_dir.exists() and not data_dir.is_dir():
        raise ConfigError(f"BOT_DATA_DIR points at {data_dir}, which is a file, not a folder.")
    if require_documents and not documents_dir.is_dir():
        raise ConfigError(f"BOT_DOCUMENTS_DIR points at {documents_dir}, which is not a folder.")

    return Settings(
        token=token,
        data_dir=data_dir,
        documents_dir=documents_dir,
        questions_dir=questions_dir,
        log_level=level,
        log_file=Path(log_file) if log_file else None,
        dev_guild_id=_int_setting("BOT_DEV_GUILD_ID", dev_guild) if dev_guild else None,
        api_base=api_base,
        watch_seconds=watch_seconds,
    )


"""The deployment files say what a self-hoster relies on (there is no Docker engine or systemd here,
so they are parsed, not run): the Dockerfile builds from the repository alone and runs the bot as
a non-root user on a /data volume with a healthcheck; compose adds the env file, a named volume,
a restart policy, an init and log rotation; the systemd unit restarts on failure but not on a
configuration error, as a dedicated user, hardened; .env.example documents every setting.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import discord
import pytest
import yaml

from bot.config import EXIT_CONFIG, ConfigError, load_settings, read_dotenv

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
# What the bot needs in a channel; the invite URL asks for exactly these.
INVITE_PERMISSIONS = discord.Permissions(view_channel=True, send_messages=True, embed_links=True,
                                         read_message_history=True)


# --- Dockerfile --------------------------------------------------------------------------------

def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with line continuations joined and comments dropped."""
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    joined = re.sub(r"\\\n", " ", text)
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        found.append((word.upper(), rest.strip()))
    return found


def final_stage(instructions: list[tuple[str, str]]) -> list[tuple[str, str]]:
    last_from = max(i for i, (word, _) in enumerate(instructions) if word == "FROM")
    return instructions[last_from:]


def exec_form(args: str) -> list[str]:
    return json.loads(args) if args.startswith("[") else shlex.split(args)


def test_dockerfile_uses_a_slim_python_base() -> None:
    instructions = dockerfile_instructions()
    args = {}
    for word, rest in instructions:
        if word == "ARG" and "=" in rest:
            key, value = rest.split("=", 1)
            args[key] = value
    bases = [re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], rest.split()[0])
             for word, rest in instructions if word == "FROM"]
    assert bases, "no FROM"
    for base in bases:
        assert re.fullmatch(r"python:3\.1[12]-slim(-\w+)?", base), base


def test_dockerfile_runs_the_bot_as_a_non_root_user_on_a_data_volume() -> None:
    stage = final_stage(dockerfile_instructions())
    users = [rest for word, rest in stage if word == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0"), users
    env = " ".join(rest for word, rest in stage if word == "ENV")
    assert re.search(r"\bBOT_DATA_DIR=/data\b", env)
    volumes = [v for word, rest in stage if word == "VOLUME" for v in exec_form(rest)]
    assert "/data" in volumes
    entry = next((exec_form(rest) for word, rest in reversed(stage) if word == "ENTRYPOINT"), [])
    cmd = next((exec_form(rest) for word, rest in reversed(stage) if word == "CMD"), [])
    command = entry + cmd
    assert command[:3] == ["python", "-m", "bot"], command
    assert command[3:] in ([], ["run"]), command


def test_dockerfile_has_a_healthcheck_that_works(tmp_path: Path) -> None:
    stage = final_stage(dockerfile_instructions())
    checks = [rest for word, rest in stage if word == "HEALTHCHECK"]
    assert len(checks) == 1 and "CMD" in checks[0] and "NONE" not in checks[0].upper()
    copies = [exec_form(rest) for word, rest in stage if word == "COPY"]
    probe = next(c for c in copies if c[0] == "deploy/healthcheck.py")
    assert probe[-1] in checks[0], "the healthcheck must run the copied probe"
    # The probe itself: unhealthy before the bot has a state database, healthy after.
    env = {"BOT_DATA_DIR": str(tmp_path), "PATH": ""}
    before = subprocess.run([sys.executable, str(DEPLOY / "healthcheck.py")], env=env,
                            capture_output=True, text=True, timeout=30)
    assert before.returncode == 1 and "no state database" in before.stderr
    with sqlite3.connect(tmp_path / "state.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 0")
    unmigrated = subprocess.run([sys.executable, str(DEPLOY / "healthcheck.py")], env=env,
                                capture_output=True, text=True, timeout=30)
    assert unmigrated.returncode == 1 and "migrations" in unmigrated.stderr
    with sqlite3.connect(tmp_path / "state.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 2")
    after = subprocess.run([sys.executable, str(DEPLOY / "healthcheck.py")], env=env,
                           capture_output=True, text=True, timeout=30)
    assert after.returncode == 0, after.stderr


def dockerignore_patterns() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def ignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule: the last matching pattern wins; ``!`` re-includes; a folder covers its files."""
    result = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        glob = pattern[1:] if negate else pattern
        glob = glob.removeprefix("**/")
        parts = path.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        if any(fnmatch.fnmatch(p, glob) or fnmatch.fnmatch(p.split("/")[-1], glob) for p in prefixes):
            result = not negate
    return result


def test_the_image_builds_from_the_repository_alone() -> None:
    patterns = dockerignore_patterns()
    copies = [exec_form(rest) for word, rest in dockerfile_instructions()
              if word == "COPY" and "--from" not in rest]
    sources = [src for copy in copies for src in copy[:-1] if not src.startswith("--")]
    assert {"pyproject.toml", "bot", "data"} <= set(sources)
    for source in sources:
        assert (ROOT / source).exists(), f"COPY {source}: not in the repository"
        assert not ignored(source, patterns), f"COPY {source}: excluded by .dockerignore"
    for secret_or_cache in (".env", ".venv", "var", ".git", ".pytest_cache", ".ruff_cache",
                            "bot/__pycache__", "var/state.sqlite3"):
        assert ignored(secret_or_cache, patterns), f"{secret_or_cache} would enter the build context"
    assert not ignored(".env.example", patterns)


# --- docker compose ----------------------------------------------------------------------------

def compose() -> dict:
    return yaml.safe_load((DEPLOY / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_builds_from_the_repo_with_env_file_volume_restart_init_and_log_rotation() -> None:
    spec = compose()
    services = spec["services"]
    assert len(services) == 1
    service = next(iter(services.values()))
    build = service["build"]
    assert build["context"] == ".."
    assert (DEPLOY / build["context"] / build["dockerfile"]).resolve() == (DEPLOY / "Dockerfile").resolve()
    env_files = service["env_file"] if isinstance(service["env_file"], list) else [service["env_file"]]
    env_paths = [e["path"] if isinstance(e, dict) else e for e in env_files]
    assert any((DEPLOY / p).resolve() == (ROOT / ".env").resolve() for p in env_paths), env_paths
    assert service["restart"] == "unless-stopped"
    assert service["init"] is True
    data_dir = (service.get("environment") or {}).get("BOT_DATA_DIR", "/data")
    assert data_dir == "/data"
    named = [v.split(":") for v in service["volumes"] if isinstance(v, str)]
    assert any(src in spec["volumes"] and dst == data_dir for src, dst, *_ in named), named
    logging = service["logging"]
    assert logging["driver"] == "json-file"
    assert re.fullmatch(r"\d+[kmg]", logging["options"]["max-size"])
    assert int(logging["options"]["max-file"]) >= 2
    assert not service.get("ports"), "the bot only dials out; it must not publish ports"


# --- systemd -----------------------------------------------------------------------------------

def unit_settings() -> dict[str, dict[str, list[str]]]:
    """section -> key -> every value (systemd allows a key to repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for raw in (DEPLOY / "docquiz-bot.service").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        assert current is not None, f"setting outside a section: {line}"
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_systemd_unit_restarts_on_failure_but_not_on_config_errors() -> None:
    service = unit_settings()["Service"]
    assert service["Restart"] == ["on-failure"]
    prevent = " ".join(service["RestartPreventExitStatus"]).split()
    assert str(EXIT_CONFIG) in prevent
    assert "-m bot" in service["ExecStart"][0]
    assert service["EnvironmentFile"][0].lstrip("-")
    assert "multi-user.target" in unit_settings()["Install"]["WantedBy"]


def test_systemd_unit_runs_as_a_dedicated_user_hardened() -> None:
    service = unit_settings()["Service"]
    assert service["User"][0] not in ("root", "0")
    for key, value in {"NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes",
                       "PrivateTmp": "yes"}.items():
        assert service.get(key) == [value], key
    env = dict(v.split("=", 1) for e in service["Environment"] for v in shlex.split(e))
    writable = " ".join(service["ReadWritePaths"]).split()
    assert env["BOT_DATA_DIR"] in writable, "ProtectSystem=strict would make the data folder read-only"


# --- .env.example ------------------------------------------------------------------------------

def config_setting_names() -> set[str]:
    source = (ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    return set(re.findall(r"""env\.get\(\s*["']([A-Z][A-Z0-9_]+)["']""", source))


def test_env_example_documents_every_setting() -> None:
    names = config_setting_names()
    assert {"DISCORD_TOKEN", "BOT_DATA_DIR"} <= names  # the scan still finds the settings
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    for name in sorted(names):
        match = re.search(rf"^(#\s*)?{name}=", text, flags=re.MULTILINE)
        assert match, f"{name} (read in bot/config.py) is not in .env.example"
        # Its paragraph (up to the blank line above) explains it in a comment.
        paragraph = text[: match.start()].rsplit("\n\n", 1)[-1].splitlines()
        explained = [line for line in paragraph if line.startswith("#") and not re.match(r"#\s*[A-Z_]+=", line)]
        assert explained, f"{name} has no comment explaining it"


def test_env_example_is_a_valid_configuration_without_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    values = read_dotenv(ROOT / ".env.example")
    assert values.get("DISCORD_TOKEN") == "", "the example must not carry a token"
    monkeypatch.chdir(ROOT)  # the example's folders are relative to the repository
    settings = load_settings(environ={}, dotenv=ROOT / ".env.example")
    assert settings.token is None and settings.api_base is None
    with pytest.raises(ConfigError):  # and a bad value in it would be caught the same way
        load_settings(environ={"BOT_LOG_LEVEL": "LOUD"}, dotenv=ROOT / ".env.example")


def test_env_example_invite_url_asks_for_the_minimal_permissions() -> None:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    urls = re.findall(r"https://discord\.com/oauth2/authorize\?\S+", text)
    assert len(urls) == 1
    assert "scope=bot+applications.commands" in urls[0]
    assert f"permissions={INVITE_PERMISSIONS.value}" in urls[0]
    assert f"permissions integer {INVITE_PERMISSIONS.value}" in text

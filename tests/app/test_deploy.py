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
    volumes = [v for word, rest in stage if word == "VOLUME" for v in exec_form(rest)]
    assert "/data" in volumes
    entry = next((exec_form(rest) for word, rest in reversed(stage) if word == "ENTRYPOINT"), [])
    cmd = next((exec_form(rest) for word, rest in reversed(stage) if word == "CMD"), [])
    command = entry + cmd
    assert command[:3] == ["python", "-m", "bot"], command
    assert command[3:] in (["--data-dir", "/data"], ["--data-dir", "/data", "run"]), command


def test_dockerfile_has_a_healthcheck_that_works(tmp_path: Path) -> None:
    stage = final_stage(dockerfile_instructions())
    checks = [rest for word, rest in stage if word == "HEALTHCHECK"]
    assert len(checks) == 1 and "CMD" in checks[0] and "NONE" not in checks[0].upper()
    copies = [exec_form(rest) for word, rest in stage if word == "COPY"]
    probe = next(c for c in copies if c[0] == "deploy/healthcheck.py")
    assert probe[-1] in checks[0], "the healthcheck must run the copied probe"
    # The probe itself: unhealthy before the bot has a state database, healthy after.
    # The data folder comes as an argument, so an env file's BOT_DATA_DIR cannot mislead the probe.
    env = {"BOT_DATA_DIR": "var", "PATH": ""}
    probe_argv = [sys.executable, str(DEPLOY / "healthcheck.py"), str(tmp_path)]
    assert "/data" in checks[0].split('"')
    before = subprocess.run(probe_argv, env=env, capture_output=True, text=True, timeout=30)
    assert before.returncode == 1 and "no state database" in before.stderr
    with sqlite3.connect(tmp_path / "state.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 0")
    unmigrated = subprocess.run(probe_argv, env=env, capture_output=True, text=True, timeout=30)
    assert unmigrated.returncode == 1 and "migrations" in unmigrated.stderr
    with sqlite3.connect(tmp_path / "state.sqlite3") as conn:
        conn.execute("PRAGMA user_version = 2")
    after = subprocess.run(probe_argv, env=env, capture_output=True, text=True, timeout=30)
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
    argv = shlex.split(service["ExecStart"][0])
    data_dir = argv[argv.index("--data-dir") + 1]
    writable = " ".join(service["ReadWritePaths"]).split()
    assert data_dir in writable, "ProtectSystem=strict would make the data folder read-only"


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


# --- the data folder wins over whatever the env file says ----------------------------------------

def _settings_for(argv: list[str], environ: dict[str, str]) -> Path:
    """The data folder ``python -m bot ARGV`` would use with this process environment."""
    from bot.__main__ import _parser, settings_for

    args = _parser().parse_args(argv)
    return settings_for(args, environ=environ, dotenv=None).data_dir


def _env_file_saying_var(tmp_path: Path) -> dict[str, str]:
    """The operator's env file: .env.example with BOT_DATA_DIR=var set, as a local install has it."""
    text = (ROOT / ".env.example").read_text(encoding="utf-8") + "\nBOT_DATA_DIR=var\n"
    path = tmp_path / "env"
    path.write_text(text, encoding="utf-8")
    return read_dotenv(path)


def test_systemd_unit_data_folder_wins_over_its_environment_file(tmp_path: Path) -> None:
    """systemd lets EnvironmentFile= override Environment=: the data folder must not depend on it."""
    service = unit_settings()["Service"]
    env = dict(v.split("=", 1) for e in service["Environment"] for v in shlex.split(e))
    env.update(_env_file_saying_var(tmp_path))  # what systemd does: the file wins
    argv = shlex.split(service["ExecStart"][0])
    after_module = argv[argv.index("bot") + 1:]
    state_dir = "/var/lib/" + service["StateDirectory"][0]
    assert _settings_for(after_module, env) == Path(state_dir)
    assert state_dir in " ".join(service["ReadWritePaths"]).split()


def test_docker_run_env_file_cannot_move_the_data_folder_off_the_volume(tmp_path: Path) -> None:
    """`docker run --env-file .env` overrides the image's ENV; the entrypoint must keep /data."""
    stage = final_stage(dockerfile_instructions())
    env: dict[str, str] = {}
    for word, rest in stage:
        if word == "ENV":
            env.update(v.split("=", 1) for v in shlex.split(rest))
    env.update(_env_file_saying_var(tmp_path))
    entry = next(exec_form(rest) for word, rest in reversed(stage) if word == "ENTRYPOINT")
    cmd = next(exec_form(rest) for word, rest in reversed(stage) if word == "CMD")
    assert _settings_for((entry + cmd)[3:], env) == Path("/data")
    # A one-off command given to `docker run IMAGE backup ...` keeps the entrypoint's folder too.
    assert _settings_for([*entry[3:], "backup", "/data/copy.sqlite3"], env) == Path("/data")

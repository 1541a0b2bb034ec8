"""Settings: each bad value stops start-up with one clear sentence; .env parsing; the token stays secret."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, Secret, load_settings, read_dotenv

# Obviously fake, but shaped like a real token (three base64url segments).
FAKE_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAw.FAKE00.fake_token_for_tests_only_0000000000"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    return folder


def _load(docs: Path, dotenv: Path | None = None, **env: str):
    return load_settings({"BOT_DOCUMENTS_DIR": str(docs), **env}, dotenv=dotenv)


def _one_sentence(message: str) -> None:
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message


def test_defaults(docs: Path) -> None:
    settings = _load(docs)
    assert settings.token is None
    assert settings.data_dir == Path("var") and settings.log_level == "INFO"
    assert settings.content_path == Path("var/content.sqlite3")
    assert settings.dev_guild_id is None


def test_token_is_accepted_and_masked(docs: Path) -> None:
    settings = _load(docs, DISCORD_TOKEN=f"Bot {FAKE_TOKEN}")
    assert settings.token is not None and settings.token.get() == FAKE_TOKEN
    for shown in (repr(settings), str(settings.token), f"{settings.token}", repr(settings.token)):
        assert FAKE_TOKEN not in shown


def test_secret_cannot_be_pickled() -> None:
    import pickle

    with pytest.raises(TypeError):
        pickle.dumps(Secret(FAKE_TOKEN))


@pytest.mark.parametrize("token", ["abc", "not a token at all", "aaaa.bbbb", FAKE_TOKEN + " extra"])
def test_malformed_token(docs: Path, token: str) -> None:
    with pytest.raises(ConfigError) as info:
        _load(docs, DISCORD_TOKEN=token)
    assert "DISCORD_TOKEN" in str(info.value) and token not in str(info.value)
    _one_sentence(str(info.value))


def test_bad_log_level(docs: Path) -> None:
    with pytest.raises(ConfigError, match="BOT_LOG_LEVEL") as info:
        _load(docs, BOT_LOG_LEVEL="LOUD")
    _one_sentence(str(info.value))
    assert _load(docs, BOT_LOG_LEVEL="debug").log_level == "DEBUG"


@pytest.mark.parametrize(("name", "value"), [("BOT_DEV_GUILD_ID", "my-server"),
                                             ("BOT_DEV_GUILD_ID", "-5")])
def test_bad_ids(docs: Path, name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name) as info:
        _load(docs, **{name: value})
    _one_sentence(str(info.value))


def test_ids_are_parsed(docs: Path) -> None:
    settings = _load(docs, BOT_DEV_GUILD_ID="123456789012345678")
    assert settings.dev_guild_id == 123456789012345678


def test_bad_folders(tmp_path: Path, docs: Path) -> None:
    with pytest.raises(ConfigError, match="BOT_DOCUMENTS_DIR"):
        load_settings({"BOT_DOCUMENTS_DIR": str(tmp_path / "missing")}, dotenv=None)
    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(ConfigError, match="BOT_DATA_DIR") as info:
        _load(docs, BOT_DATA_DIR=str(a_file))
    _one_sentence(str(info.value))


@pytest.mark.parametrize("base", ["http://127.0.0.1:8080/api/v10", "http://127.0.0.2:9/api/v10",
                                  "http://localhost:8080/api/v10", "http://[::1]:8080/api/v10"])
def test_api_base_on_loopback_is_accepted(docs: Path, base: str) -> None:
    assert _load(docs, BOT_DISCORD_API_BASE=base).api_base == base


@pytest.mark.parametrize("base", ["https://discord.com/api/v10", "http://10.0.0.1/api/v10",
                                  "http://127.0.0.1.example.com/api/v10", "http://localhost.evil:80/"])
def test_api_base_elsewhere_is_refused(docs: Path, base: str) -> None:
    with pytest.raises(ConfigError, match=r"127\.0\.0\.1"):
        _load(docs, BOT_DISCORD_API_BASE=base)


def test_dotenv_parsing(tmp_path: Path, docs: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(
        "# a comment\n"
        "\n"
        f"export DISCORD_TOKEN='{FAKE_TOKEN}'\n"
        'BOT_LOG_LEVEL="warning"\n'
        "BOT_DEV_GUILD_ID=7 # inline comment\n"
        f"BOT_DOCUMENTS_DIR={docs}\n",
        encoding="utf-8",
    )
    values = read_dotenv(env)
    assert values["DISCORD_TOKEN"] == FAKE_TOKEN and values["BOT_DEV_GUILD_ID"] == "7"
    settings = load_settings({}, dotenv=env)
    assert settings.log_level == "WARNING" and settings.dev_guild_id == 7
    # The environment wins over .env.
    assert load_settings({"BOT_LOG_LEVEL": "ERROR"}, dotenv=env).log_level == "ERROR"


def test_dotenv_bad_line_names_the_line(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("GOOD=1\nthis line is wrong\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="Line 2") as info:
        read_dotenv(env)
    _one_sentence(str(info.value))


def test_missing_dotenv_is_fine(tmp_path: Path) -> None:
    assert read_dotenv(tmp_path / "nope.env") == {}


@pytest.mark.parametrize(("line", "value"), [
    ('BOT_LOG_FILE="logs/bot.log" # where the log goes', "logs/bot.log"),
    ("BOT_LOG_FILE='it''s' # two single-quoted parts are not one value", None),
    ("BOT_LOG_FILE='a # b' # the first hash is inside the quotes", "a # b"),
    ('BOT_LOG_FILE="tab\\there"', "tab\there"),
    ("BOT_LOG_FILE=plain value # trailing", "plain value"),
    ("export BOT_LOG_FILE = spaced", "spaced"),
])
def test_dotenv_values_follow_the_usual_dotenv_rules(tmp_path: Path, line: str, value: str | None) -> None:
    """Quotes around a value with a comment after it are the value's, as every dotenv tool reads it."""
    env = tmp_path / ".env"
    env.write_text(line + "\n", encoding="utf-8")
    if value is None:
        with pytest.raises(ConfigError, match="Line 1"):
            read_dotenv(env)
    else:
        assert read_dotenv(env) == {"BOT_LOG_FILE": value}


@pytest.mark.parametrize("line", ["NAME_WITHOUT_VALUE", "1BAD=x", "bad-name=x", "= no name"])
def test_dotenv_keeps_our_own_checks(tmp_path: Path, line: str) -> None:
    env = tmp_path / ".env"
    env.write_text(f"GOOD=1\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"Line 2 of .* is not of the form NAME=value"):
        read_dotenv(env)


def test_bot_owner_ids_is_gone_and_cannot_stop_the_bot(docs: Path) -> None:
    """Nothing used BOT_OWNER_IDS, yet a typo in it refused to start the bot: it is no setting now."""
    settings = _load(docs, BOT_OWNER_IDS="not a number")
    assert not hasattr(settings, "owner_ids")
    root = Path(__file__).resolve().parents[2]
    for doc in (".env.example", "README.md"):
        assert "BOT_OWNER_IDS" not in (root / doc).read_text(encoding="utf-8"), doc


def test_folder_watch_interval(docs: Path) -> None:
    assert _load(docs).watch_seconds == 10.0
    assert _load(docs, BOT_WATCH_SECONDS="0").watch_seconds == 0.0
    assert _load(docs, BOT_WATCH_SECONDS="2.5").watch_seconds == 2.5
    for bad in ("soon", "-1", "1e9"):
        with pytest.raises(ConfigError, match="BOT_WATCH_SECONDS") as info:
            _load(docs, BOT_WATCH_SECONDS=bad)
        _one_sentence(str(info.value))

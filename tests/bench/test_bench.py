"""``python -m bot bench --smoke``: the table has every row, its figures are numbers, and the
correctness checks held. Speed is never asserted here (machines are noisy); the table reports it.

One subprocess run of the smoke benchmark is shared by the tests of this module. It runs only with
``--bench-smoke``, which ``.ci/run`` passes: CI runs the smoke benchmark once, and ``make test`` does
not wait for it. The pure helpers (percentiles, table layout, synthetic servers) are tested always.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bench.bot_driver import guild_payload
from bench.run import Row, percentile, table
from bench.store import SEARCH_QUERIES

ROOT = Path(__file__).resolve().parents[2]
SMOKE_TIMEOUT = 240  # the smoke run takes ~20 s; generous for a loaded 2-core CI machine

# Every row the table must have (by the start of its name) and what its figure must contain.
EXPECTED_ROWS = {
    "Store build, bundled corpus": ["s", "MB/s", "MiB"],
    "Store build, generated corpus": ["s", "MB/s", "MiB"],
    "Store build leaves a valid store": ["builds valid"],
    "Latency floor": ["p50", "p95"],
    "Latency /quote": ["p50", "p95"],
    "Latency /search": ["p50", "p95"],
    "Latency /timeline": ["p50", "p95"],
    "Latency /quiz question": ["p50", "p95"],
    "Latency answer click": ["p50", "p95"],
    "Latency floor: /bench-noop (does nothing) · 2 MB corpus": ["p50", "p95"],
    "Latency /timeline · 2 MB corpus": ["p50", "p95"],
    "Latency /quiz question · 2 MB corpus": ["p50", "p95"],
    "Burst: 500 answer clicks": ["answered", "rows"],
    "Burst: latency of each click": ["p50", "p95", "clicks/s"],
    "Search, ": ["p50", "p95"],
    "Memory: bot RSS after start-up": ["MiB"],
    "Memory: RSS with 1,000 servers connected": ["MiB"],
    "Memory: RSS after": ["MiB", "%", "paginators"],
    "Memory: leak check": ["blocks", "%"],
    "Memory: each open /timeline paginator": ["MiB", "open"],
}
NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def parse_table(output: str) -> dict[str, dict[str, str]]:
    """The first Markdown table's rows by benchmark name, each as {column: cell}."""
    lines: list[str] = []
    for line in output.splitlines():
        if line.startswith("|"):
            lines.append(line)
        elif lines:
            break  # the end of the first table (notes with their own tables may follow)
    assert len(lines) >= 3, f"no table in the output:\n{output}"
    heads = [cell.strip() for cell in lines[0].strip("|").split("|")]
    assert set(lines[1]) <= {"|", "-"}, "the second line must be the Markdown separator"
    rows = {}
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        assert len(cells) == len(heads), f"a row with {len(cells)} cells for {len(heads)} columns: {line}"
        rows[cells[0]] = dict(zip(heads, cells, strict=True))
    return rows


@pytest.fixture(scope="module")
def smoke(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    if not request.config.getoption("--bench-smoke"):
        pytest.skip("the smoke benchmark runs in .ci/run (pytest --bench-smoke tests/bench)")
    cwd = tmp_path_factory.mktemp("bench-cwd")  # an empty folder: no .env, nothing written to the repo
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "DISCORD_"))}
    env.update(PYTHONPATH=str(ROOT), BOT_DATA_DIR=str(cwd / "var"), PYTHONDONTWRITEBYTECODE="1",
               BOT_DOCUMENTS_DIR=str(ROOT / "data" / "documents"), BOT_QUESTIONS_DIR=str(ROOT / "data" / "questions"))
    before = set(os.listdir(cwd))
    proc = subprocess.run([sys.executable, "-m", "bot", "bench", "--smoke"], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=SMOKE_TIMEOUT, stdin=subprocess.DEVNULL)
    assert set(os.listdir(cwd)) == before, "the benchmark left files behind in its working folder"
    print(proc.stdout)  # the table, in CI's log (.ci/run passes -s)
    return proc


@pytest.mark.timeout(SMOKE_TIMEOUT + 30)
def test_smoke_run_prints_every_row_with_numbers(smoke):
    out = smoke.stdout
    assert "Benchmark (smoke run" in out
    first = out.splitlines()[0]
    for piece in ("cores", "Python", "SQLite", "discord.py"):
        assert piece in first, f"the header line names the machine and versions: {first}"
    rows = parse_table(out)
    for prefix, words in EXPECTED_ROWS.items():
        matching = [name for name in rows if name.startswith(prefix)]
        assert matching, f"no row starting with {prefix!r}; rows: {list(rows)}\nstderr:\n{smoke.stderr[-3000:]}"
        row = rows[matching[0]]
        assert row["Result"] != "ERROR", f"{matching[0]} crashed: {row['Figure']}\n{smoke.stderr[-3000:]}"
        assert NUMBER.search(row["Figure"]), f"{matching[0]} has no number: {row['Figure']}"
        for word in words:
            assert word in row["Figure"], f"{matching[0]}: {word!r} missing from {row['Figure']!r}"
        assert row["Result"] in ("PASS", "MISS", "FAIL", "—")
    for name, row in rows.items():
        for key in ("p50", "p95"):
            for value in re.findall(rf"{key} ([^ ]+) ms", row["Figure"]):
                assert float(value) >= 0, f"{name}: {key} {value} is not a duration"


@pytest.mark.timeout(SMOKE_TIMEOUT + 30)
def test_smoke_burst_answers_every_click_exactly_once(smoke):
    rows = parse_table(smoke.stdout)
    name = next(n for n in rows if n.startswith("Burst: 500 answer clicks"))
    figure = rows[name]["Figure"]
    assert rows[name]["Result"] == "PASS", figure
    assert "answered 500/500" in figure and "rows 500" in figure and "distinct 500" in figure


@pytest.mark.timeout(SMOKE_TIMEOUT + 30)
def test_smoke_builds_leave_a_valid_store(smoke):
    rows = parse_table(smoke.stdout)
    name = next(n for n in rows if n.startswith("Store build leaves a valid store"))
    assert rows[name]["Result"] == "PASS", rows[name]["Figure"]


@pytest.mark.timeout(SMOKE_TIMEOUT + 30)
def test_smoke_exit_code_says_whether_every_check_held(smoke):
    rows = parse_table(smoke.stdout)
    failed = [n for n, r in rows.items() if r["Result"] in ("FAIL", "ERROR")]
    assert smoke.returncode == (1 if failed else 0), f"exit {smoke.returncode} with failed rows {failed}"
    assert ("SOMETHING FAILED" in smoke.stdout) == bool(failed)


# --- the helpers, without a run ---------------------------------------------------------------------

def test_percentile_interpolates_and_matches_the_ends():
    values = [5.0, 1.0, 3.0, 2.0, 4.0]
    assert percentile(values, 0) == 1.0
    assert percentile(values, 100) == 5.0
    assert percentile(values, 50) == 3.0
    assert percentile(values, 95) == pytest.approx(4.8)
    with pytest.raises(ValueError):
        percentile([], 50)


def test_table_is_markdown_with_aligned_columns():
    rows = [Row("a", "1", "p50 1.00 ms", "1×", "—", "PASS"), Row("longer name", "5×200", "x", "", "t", "")]
    text = table(rows)
    lines = text.splitlines()
    assert len({len(line) for line in lines}) == 1, "every line has the same width"
    parsed = parse_table(text)
    assert parsed["longer name"]["Result"] == "—"
    assert parsed["a"]["Figure"] == "p50 1.00 ms"


def test_synthetic_servers_are_distinct_and_shaped_like_guild_create():
    rng = random.Random(1)
    first, second = guild_payload(0, rng), guild_payload(1, rng)
    assert first["id"] != second["id"]
    assert first["unavailable"] is False and first["members"][0]["user"]["bot"] is True
    channel_ids = [c["id"] for c in first["channels"]]
    assert len(channel_ids) == len(set(channel_ids)) >= 10
    assert first["roles"][0]["id"] == first["id"], "the @everyone role shares the server's id"


def test_search_queries_include_hostile_input():
    joined = "\n".join(SEARCH_QUERIES)
    for hostile in ("DROP TABLE", "NEAR(", '"', "*", "@everyone", "\u202e"):
        assert hostile in joined
    assert any(len(q) > 1000 for q in SEARCH_QUERIES)
    assert 18 <= len(SEARCH_QUERIES) <= 25


async def test_top_up_adds_searchable_passages_to_a_copy(content_path, tmp_path):
    from bench.store import searchable_passages, top_up
    from bot.store.content import ContentStore

    have = searchable_passages(content_path)
    copy = top_up(content_path, have + 300, tmp_path, seed=9)
    assert copy != content_path and searchable_passages(content_path) == have, "the original is untouched"
    assert searchable_passages(copy) >= have + 300
    con = sqlite3.connect(copy)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        filler = con.execute("SELECT text FROM passages WHERE doc_key LIKE 'bench-%' LIMIT 1").fetchone()[0]
    finally:
        con.close()

    async def search() -> list:
        store = await ContentStore.open(copy)
        try:
            return await store.search(" ".join(filler.split()[:6]), limit=50)
        finally:
            await store.close()

    hits = await search()
    assert any(hit.doc.doc_key.startswith("bench-") for hit in hits), "filler passages are found by search"


def test_watched_build_connection_reports_and_commits_an_open_transaction(tmp_path):
    from bench.store import _WatchedConnection, _WatchedSqlite

    _WatchedConnection.uncommitted = False
    path = tmp_path / "t.sqlite3"
    con = _WatchedSqlite("sqlite3").connect(path)
    con.execute("CREATE TABLE t(x)")
    con.execute("INSERT INTO t VALUES (1)")  # the sqlite3 module opens a transaction implicitly
    con.close()
    try:
        assert _WatchedConnection.uncommitted is True
        check = sqlite3.connect(path)
        assert check.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 1, "committed, not rolled back"
        check.close()
        _WatchedConnection.uncommitted = False
        con = _WatchedSqlite("sqlite3").connect(path, isolation_level=None)  # autocommit: nothing left open
        con.execute("INSERT INTO t VALUES (2)")
        con.close()
        assert _WatchedConnection.uncommitted is False
    finally:
        _WatchedConnection.uncommitted = False


def test_store_paths_with_uri_characters_are_read(content_path, tmp_path):
    from bench.store import searchable_passages

    odd = tmp_path / "a#b?c%d" / "store.sqlite3"
    odd.parent.mkdir()
    odd.write_bytes(content_path.read_bytes())
    assert searchable_passages(odd) == searchable_passages(content_path) > 0

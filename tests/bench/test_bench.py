"""``python -m bot bench``: the table has every row, its figures are numbers, and the correctness
checks held. Speed is never asserted here (machines are noisy); the table reports it.

CI runs ``python -m bot bench --smoke`` once, after the tests (.ci/run); here one tiny run of the
bot-process section (two rounds of every command and button, one burst) checks the rows and the
table format, and the pure helpers are tested without a run.
"""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

import pytest

from bench.bot_driver import guild_payload
from bench.run import Plan, Row, header, percentile, process_rows, table
from bench.store import SEARCH_QUERIES

ROOT = Path(__file__).resolve().parents[2]
TINY = Plan(False, sizes=(), rounds=2, warmup=1, bursts=1, bundled_builds=1, search_passages=0, search_runs=0,
            search_repeats=0, memory_interactions=40, guilds=0, guild_interactions=0)

# Every row the table must have (by the start of its name) and what its figure must contain.
EXPECTED_ROWS = {
    "Latency floor: /bench-noop": ["p50", "p95"],
    **{f"Latency {name} ·": ["p50", "p95"] for name in (
        "/help", "/sources", "/quote", "/quote search", "/search", "/timeline", "/timeline from_year to_year",
        "/timeline search", "/fact", "/fact search", "/onthisday", "/quiz question", "/quiz stop",
        "/quiz leaderboard", "/quiz stats", "/settings show", "button: answer", "button: next page",
        "button: Another quote", "button: More context", "button: Next match", "button: Show passage",
        "select: open a result")},
    "First call after start-up": ["ms"],
    "Largest event-loop stall": ["ms"],
    "Burst: 500 answer clicks": ["answered", "rows"],
    "Burst: time for all 500 clicks": ["s vs", "p95"],
    "Memory: bot process RSS over": ["MiB", "%"],
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
def tiny(content_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    notes: list[str] = []
    sizes = {"bundled": (content_path, ROOT / "data" / "documents", ROOT / "data" / "questions")}
    rows = process_rows(TINY, sizes, tmp_path_factory.mktemp("bench"), notes)
    return table(rows), notes


@pytest.mark.timeout(300)
def test_a_tiny_run_prints_every_row_with_numbers(tiny: tuple[str, list[str]]) -> None:
    text, notes = tiny
    rows = parse_table(text)
    for prefix, words in EXPECTED_ROWS.items():
        matching = [name for name in rows if name.startswith(prefix)]
        assert matching, f"no row starting with {prefix!r}; rows: {list(rows)}"
        row = rows[matching[0]]
        assert NUMBER.search(row["Figure"]), f"{matching[0]} has no number: {row['Figure']}"
        for word in words:
            assert word in row["Figure"], f"{matching[0]}: {word!r} missing from {row['Figure']!r}"
        assert row["Result"] in ("PASS", "MISS", "FAIL", "—")
    for name, row in rows.items():
        for key in ("p50", "p95"):
            for value in re.findall(rf"{key} ([^ ]+) ms", row["Figure"]):
                assert float(value) >= 0, f"{name}: {key} {value} is not a duration"
    assert any("bundled" in note and "| floor" in note for note in notes), "the per-size table is in the notes"


@pytest.mark.timeout(300)
def test_a_tiny_run_answers_and_records_every_click_once(tiny: tuple[str, list[str]]) -> None:
    rows = parse_table(tiny[0])
    name = next(n for n in rows if n.startswith("Burst: 500 answer clicks"))
    figure = rows[name]["Figure"]
    assert rows[name]["Result"] == "PASS", figure
    assert "answered 500/500" in figure and "rows 500" in figure and "distinct 500" in figure
    assert not [n for n, r in rows.items() if r["Result"] in ("FAIL", "ERROR")]


def test_the_header_names_the_machine_and_its_load() -> None:
    line = header()
    for piece in ("cores", "Python", "SQLite", "discord.py", "load"):
        assert piece in line, line


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


def test_a_partial_run_narrows_the_plan_and_the_command_line_parses_it() -> None:
    from bench.run import SECTIONS, make_plan
    from bot.__main__ import _parser

    full = make_plan(False)
    assert full.sizes == (1, 10, 50) and full.memory_interactions and set(SECTIONS) >= {"commands", "memory"}
    args = _parser().parse_args(["bench", "--sizes", "50", "--rounds", "200", "--only", "commands"])
    plan = make_plan(False, args.sizes, args.rounds, args.only)
    assert plan.sizes == (50,) and plan.rounds == 200 and plan.warmup == full.warmup
    assert plan.memory_interactions == 0, "the 10,000 interactions for memory belong to the memory section"
    assert make_plan(True, [2], None, ["commands", "memory"]).memory_interactions
    assert _parser().parse_args(["bench", "--sizes", "0"]).sizes == [], "0: the bundled corpus only"
    for bad in (["--only", "everything"], ["--sizes", "ten"], ["--sizes", "-5"]):
        with pytest.raises(SystemExit):
            _parser().parse_args(["bench", *bad])

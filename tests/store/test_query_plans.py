"""Every query a command makes stays an index lookup on a large store (EXPLAIN QUERY PLAN).

The bundled store is blown up 200-fold in place (documents, passages, events, questions and both
full-text indexes, then ANALYZE, as the build ends), so the planner sees a large store's
statistics. Then every ContentStore method runs once with a trace on its connection, and each
statement it sent is explained: none may scan a large table or sort its rows. The whole-table
reads of ``warm()`` (once per store, in a thread) are the only scans, and they are made before
the trace starts.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.store.content import (
    DOC_QUOTES_SQL,
    QUOTES_SQL,
    RANDOM_DOC_PASSAGE_SQL,
    RANDOM_PASSAGE_SQL,
    ContentStore,
)
from bot.store.content_writer import ContentWriter

COPIES = 200
LARGE = ("passages", "events", "questions", "documents", "quotable")


def blow_up(path: Path) -> None:
    writer = ContentWriter(path)  # numbers the quotable passages as the build does
    con = writer.con
    try:
        con.execute("BEGIN")
        step = con.execute("SELECT max(id) FROM passages").fetchone()[0] + 1
        for k in range(1, COPIES + 1):
            con.execute(
                "INSERT INTO documents(doc_key, ordinal, title, author, kind, date, url, raw_sha256, clean_text,"
                " paragraphs, duplicate_of, similarity, passages, events, questions)"
                " SELECT doc_key || ?1, ordinal + ?2, title, author, kind, date, url, raw_sha256, '', paragraphs,"
                " duplicate_of, similarity, passages, events, questions FROM documents WHERE doc_key NOT LIKE '%#%'",
                (f"#{k}", k * 100))
            con.execute(
                'INSERT INTO passages(id, passage_key, doc_key, ordinal, kind, section, doc_title, start, "end", text,'
                " sentences, duplicate_of, readable) SELECT id + ?3, passage_key || ?1, doc_key || ?1, ordinal, kind,"
                ' section, doc_title, start, "end", text, sentences, duplicate_of, readable FROM passages WHERE id < ?2',
                (f"#{k}", step, k * step))
            con.execute(
                "INSERT INTO events(event_key, doc_key, passage_key, sent_start, sent_end, expr_text, expr_start,"
                " expr_end, start_year, start_month, start_day, end_year, end_month, end_day, precision, certainty,"
                " summary, anchor_note, modifier, week, season, status, sources, sort_key)"
                " SELECT event_key || ?1, doc_key || ?1,"
                " passage_key || ?1, sent_start, sent_end, expr_text, expr_start, expr_end, start_year, start_month,"
                " start_day, end_year, end_month, end_day, precision, certainty, summary, anchor_note, modifier,"
                " week, season, status, sources, sort_key FROM events WHERE event_key NOT LIKE '%#%'", (f"#{k}",))
            con.execute(
                "INSERT INTO questions(question_key, kind, prompt, answer, distractors, explanation, doc_key,"
                " passage_key, event_key, topic, difficulty, answer_type, quality, source_list)"
                " SELECT question_key || ?1, kind, prompt, answer, distractors, explanation, doc_key, passage_key,"
                " event_key, topic, difficulty, answer_type, quality, source_list FROM questions"
                " WHERE question_key NOT LIKE '%#%'", (f"#{k}",))
        con.execute("INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')")
        con.execute("DELETE FROM quotable")
        writer.number_quotes()
        con.execute("DELETE FROM events_fts")
        con.execute("INSERT INTO events_fts(rowid, summary, sentence, entities) SELECT row_number() OVER"
                    " (ORDER BY sort_key, id), summary, expr_text, '' FROM events")
        con.execute("COMMIT")
        con.execute("ANALYZE")
    finally:
        con.close()


@pytest.fixture(scope="module")
def large_store(content_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "content.sqlite3"
    shutil.copyfile(content_path, path)
    blow_up(path)
    return path


async def exercise(store: ContentStore) -> None:
    """Every reading method of the store, as the commands call them."""
    docs = await store.documents()
    doc = docs[-1]
    events = await store.events()
    event = events[len(events) // 2]
    passage = await store.random_passage()
    assert passage is not None
    assert await store.random_passage(doc_key=passage.doc_key) is not None
    await store.document(doc.doc_key)
    await store.find_documents("China Russia")
    await store.clean_text(doc.doc_key)
    await store.passage(passage.passage_key)
    await store.neighbours(passage.passage_key, before=2, after=2)
    for query in ("China", "Russia China", "the", "treaty 1991", "yelts", "zzzqqq"):
        await store.search(query)
        await store.search(query, doc_key=passage.doc_key, offset=5)
    await store.events(from_year=1990, to_year=2000)
    await store.events(search="Russia")
    await store.events(from_year=1950, to_year=1999, search="Soviet")
    await store.events_on(event.start_month or 1, event.start_day)
    await store.event(event.event_key)
    questions = await store.questions()
    await store.questions(topic=questions[0].topic, difficulty="easy")
    await store.question(questions[0].question_key)
    await store.topics()
    await store.summary()


async def test_every_command_query_is_an_index_lookup(large_store: Path) -> None:
    con = sqlite3.connect(large_store)
    sizes = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("passages", "events")}
    assert sizes["passages"] > 20_000 and sizes["events"] > 5_000  # large enough to matter
    store = await ContentStore.open(large_store)
    statements: list[str] = []
    try:
        await store.warm()
        await store._db.set_trace_callback(statements.append)
        store._lookup.set_trace_callback(statements.append)  # the synchronous lookups
        await exercise(store)
    finally:
        await store.close()
    selects = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]
    assert len(selects) > 20
    problems = []
    for sql in selects:
        try:
            plan = [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql)]
        except sqlite3.Error as exc:
            raise AssertionError(sql) from exc
        # A full-text MATCH shows as "SCAN x_fts VIRTUAL TABLE INDEX …:M…": the index, not a scan.
        bad = [step for step in plan if "TEMP B-TREE" in step
               or (step.split()[:1] == ["SCAN"] and step.split()[1] in LARGE)]
        if bad:
            problems.append(f"{sql[:160]}\n    {plan}")
    con.close()
    assert not problems, "\n".join(problems)


async def test_a_random_passage_is_two_rowid_lookups(large_store: Path) -> None:
    con = sqlite3.connect(large_store)
    try:
        for sql, args in ((RANDOM_PASSAGE_SQL, (1,)), (RANDOM_DOC_PASSAGE_SQL, (1, "x"))):
            plan = [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql, args)]
            assert plan == ["SEARCH q USING INTEGER PRIMARY KEY (rowid=?)",
                            "SEARCH p USING INTEGER PRIMARY KEY (rowid=?)"], plan
        plan = [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + DOC_QUOTES_SQL, ("x",))]
        assert plan == ["SEARCH p USING COVERING INDEX passages_doc (doc_key=?)",
                        "SEARCH q USING COVERING INDEX sqlite_autoindex_quotable_1 (passage_id=?)"], plan
    finally:
        con.close()


async def test_finding_a_documents_quotes_reads_only_its_passages(large_store: Path) -> None:
    """Whether a document comes first in a large store, in its middle or last, finding its range of
    quotes and drawing one reads its own passages (a min(id) over a doc_key filter would walk the
    rowid from the store's first passage: thousands of steps for the last document)."""
    con = sqlite3.connect(large_store)
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    try:
        docs = con.execute("SELECT doc_key, count(*) FROM passages GROUP BY doc_key ORDER BY min(id)").fetchall()
        total = con.execute("SELECT count(*) FROM quotable").fetchone()[0]
        assert len(docs) > 200 and total > 5_000
        con.set_progress_handler(count, 100)  # one step per 100 virtual machine instructions
        used = {}
        for doc_key, passages in (docs[0], docs[1], docs[len(docs) // 2], docs[-1]):
            steps = 0
            first, last = con.execute(DOC_QUOTES_SQL, (doc_key,)).fetchone()
            assert first <= last and con.execute(RANDOM_DOC_PASSAGE_SQL, (last, doc_key)).fetchone() is not None
            used[doc_key] = (steps, passages)
        steps = 0
        assert con.execute(QUOTES_SQL).fetchone()[0] == total
        assert con.execute(RANDOM_PASSAGE_SQL, (total,)).fetchone() is not None
        used["whole store"] = (steps, 0)
    finally:
        con.close()
    assert all(steps <= 20 + passages for steps, passages in used.values()), used

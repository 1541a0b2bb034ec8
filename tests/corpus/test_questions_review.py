"""The review tool: ``python -m bot questions`` and the console's ``questions`` (issue 10, part 11)."""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.console.cli import Console
from bot.console.transport import LocalDiscord
from bot.corpus.model import Question
from bot.corpus.review import ReviewUsage, format_review, parse_review_args, pick_sample

QUESTIONS = [
    Question(f"q{i:015d}", kind, f"Prompt {i}?", f"Answer {i}", [f"D{i}a", f"D{i}b", f"D{i}c"], f"Sentence {i}.",
             "a.txt", "p", None, "topic", "medium", "TEXT", i / 100)  # type: ignore[arg-type]
    for i, kind in enumerate(["when", "number", "entity", "when", "source", "order", "when", "list"] * 3)
]


def test_an_ordering_questions_dates_print_one_event_a_line() -> None:
    """The reveal of "which of these happened first?" is one dated event a line; the printout keeps the lines
    apart (judge 54 read "… Pierre Curie — 1894 Marie Curie received …" as one run-on line)."""
    order = Question("q" + "0" * 15, "order", "Which of these happened first?", "A met B", ["A won C", "A went to D"],
                     "A met B — 1894\nA won C — 1911\nA went to D — 1921", "a.txt", "p", None, "topic", "easy", "TEXT", 0.7)
    lines = format_review([order], {}, sample=0).splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Dates: "))
    assert [line.strip() for line in lines[at:at + 3]] == ["Dates: A met B — 1894", "A won C — 1911", "A went to D — 1921"]


def test_a_sample_is_random_repeatable_and_best_first() -> None:
    first = pick_sample(QUESTIONS, 5, 7, None)
    assert first == pick_sample(QUESTIONS, 5, 7, None) and len(first) == 5
    assert [q.quality for q in first] == sorted((q.quality for q in first), reverse=True)
    assert {q.kind for q in pick_sample(QUESTIONS, 0, None, "when")} == {"when"}
    assert len(pick_sample(QUESTIONS, 0, None, None)) == len(QUESTIONS)


def test_the_printout_shows_prompt_options_answer_sentence_source_and_score() -> None:
    text = format_review(QUESTIONS, {"a.txt": "“A” · Author · news · 2020"}, sample=2, seed=1, kind="number")
    assert text.startswith(f"{len(QUESTIONS)} questions in the store (")
    assert "Showing 2 of kind number (seed 1)" in text
    block = text.split("\n\n")[1]
    assert re.search(r"\[number\] score 0\.\d\d", block)
    assert "Q: Prompt" in block and " *A) Answer" in block and "B) D" in block
    assert "Source sentence: Sentence" in block and "From: “A” · Author · news · 2020" in block


def test_bad_arguments_get_one_line_of_usage() -> None:
    for line in ("--sample x", "--kind nonsense", "--sample -1", "--colour red"):
        with pytest.raises(ReviewUsage, match="Usage: questions"):
            parse_review_args(line)
    assert parse_review_args("--sample 3 --seed 9 --kind when").kind == "when"


def test_python_m_bot_questions_works_without_a_token(run_cli: Callable[..., subprocess.CompletedProcess[str]],
                                                      tmp_path: Path) -> None:
    result = run_cli(["questions", "--sample", "3", "--seed", "1", "--kind", "list"], tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "questions in the store (" in result.stdout
    assert result.stdout.count("[list] score") == 3 and "[when]" not in result.stdout  # only the kind asked
    assert "Source sentence:" in result.stdout and "Traceback" not in result.stderr
    again = run_cli(["questions", "--sample", "3", "--seed", "1", "--kind", "list"], tmp_path, timeout=120)
    assert again.stdout == result.stdout  # the same seed, the same sample (the store is reused)
    bad = run_cli(["questions", "--kind", "nonsense"], tmp_path)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


async def test_the_console_has_the_same_command(local: LocalDiscord) -> None:
    out = io.StringIO()
    console = Console(local, out, "console-user")
    await console.run(io.StringIO("questions --sample 2 --seed 4\nquestions --kind bogus\n"), eof_wait=1)
    text = out.getvalue()
    assert "questions in the store (" in text and text.count("] score ") == 2
    assert "Source sentence:" in text
    assert "! argument --kind" in text and "Usage: questions" in text

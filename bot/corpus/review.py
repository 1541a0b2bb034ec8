"""A sample of the generated questions as plain text, for people to read and judge.

``python -m bot questions [--sample N] [--seed S] [--kind K]`` and the console's ``questions``
command both print this: each question's prompt, options (the answer marked), the source
sentence it rests on, its source document and its ranking score, so that an owner can read a
sample in a minute and see what the pipeline makes of their documents.
"""

from __future__ import annotations

import argparse
import random
import shlex
import textwrap
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from bot.corpus.model import Question

KINDS = ("when", "number", "entity", "order", "source", "list")
DEFAULT_SAMPLE = 20
WIDTH = 100


def review_parser(prog: str = "questions") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, add_help=False,
                                     description="Print a random sample of the quiz questions built from the "
                                                 "documents, with options, answer, source sentence and score.")
    parser.add_argument("--sample", type=int, default=DEFAULT_SAMPLE, metavar="N",
                        help=f"how many questions (default {DEFAULT_SAMPLE}; 0 for all)")
    parser.add_argument("--seed", type=int, default=None, metavar="S", help="the same seed shows the same sample")
    parser.add_argument("--kind", choices=KINDS, default=None, metavar="K",
                        help="only this kind: " + ", ".join(KINDS))
    return parser


class ReviewUsage(Exception):
    """Bad arguments to the console's ``questions`` command: the message says what is accepted."""


def parse_review_args(line: str) -> argparse.Namespace:
    """The console's ``questions --sample 5 --kind when``; raises ReviewUsage with a one-line reason."""
    parser = review_parser()
    try:
        words = shlex.split(line)
    except ValueError as exc:
        raise ReviewUsage(f"Could not read that: {exc}.") from None

    def fail(message: str) -> None:
        raise ReviewUsage(f"{message}. Usage: questions [--sample N] [--seed S] [--kind {'|'.join(KINDS)}]")

    parser.error = fail  # type: ignore[assignment,method-assign]  # argparse would exit; the console needs an exception
    args = parser.parse_args(words)
    if args.sample < 0:
        fail("--sample must be 0 or more")
    return args


def pick_sample(questions: Sequence[Question], sample: int, seed: int | None, kind: str | None) -> list[Question]:
    """``sample`` questions of ``kind`` (all when 0), drawn at random with ``seed``; best first."""
    pool = [q for q in questions if kind is None or q.kind == kind]
    if 0 < sample < len(pool):
        pool = random.Random(seed).sample(pool, sample)
    return sorted(pool, key=lambda q: (-q.quality, q.question_key))


def format_question(number: int, q: Question, source: str | None) -> str:
    lines = [f"#{number}  [{q.kind}] score {q.quality:.2f} · {q.difficulty} · topic {q.topic} · {q.question_key}"]
    lines.extend(_wrap("Q: ", q.prompt))
    options = [q.answer, *q.distractors]
    for letter, option in zip("ABCD", options, strict=False):
        mark = "*" if option == q.answer else " "
        lines.extend(_wrap(f" {mark}{letter}) ", option))
    # an ordering question's reveal is one dated event a line ("Marie Curie met Pierre Curie — 1894"): kept apart
    label = "Dates: " if q.kind == "order" else "Source sentence: "
    for i, line in enumerate(q.explanation.split("\n")):
        lines.extend(_wrap(label if i == 0 else " " * len(label), line))
    if source:
        lines.extend(_wrap("From: ", source))
    return "\n".join(lines)


def format_review(questions: Sequence[Question], sources: Mapping[str, str], *, sample: int = DEFAULT_SAMPLE,
                  seed: int | None = None, kind: str | None = None) -> str:
    """The whole printout: a count per kind, then the sample. ``sources`` maps doc_key to a citation."""
    counts = Counter(q.kind for q in questions)
    head = f"{len(questions)} questions in the store (" + ", ".join(
        f"{k} {n}" for k, n in sorted(counts.items())) + ")" if questions else "The store holds no questions."
    chosen = pick_sample(questions, sample, seed, kind)
    if questions and not chosen:
        return head + f"\nNo questions of kind {kind!r}."
    shown = f"Showing {len(chosen)}" + (f" of kind {kind}" if kind else "") + (
        f" (seed {seed})" if seed is not None and sample > 0 else "") + ", best score first:"
    blocks = [format_question(i, q, sources.get(q.doc_key or "")) for i, q in enumerate(chosen, start=1)]
    return "\n\n".join([head + "\n" + shown if chosen else head, *blocks])


def citation(title: str, author: str | None, kind: str | None, date: str | None) -> str:
    """"“Title” · Author · kind · date", with "author unknown" and "undated" where the document says neither."""
    return " · ".join(part for part in (f"“{title}”", author or "author unknown", kind, date or "undated") if part)


def _wrap(label: str, text: str) -> Iterable[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=label, subsequent_indent=" " * len(label)) or [label]

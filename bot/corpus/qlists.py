"""Hand-written question lists: YAML files in the questions folder (Red-trivia style).

The schema is documented at the top of ``data/questions/china-russia.yaml``. In short::

    title: My list             # required
    author: A. Owner           # optional
    topic: History             # optional, default topic of every question
    questions:
      - prompt: Which city …?  # required
        answer: Harbin         # required
        distractors: [Moscow, Beijing, Shanghai]   # exactly 1 or 3
        explanation: …         # optional
        difficulty: easy       # optional: easy | medium | hard (default medium)
        topic: Cities          # optional
        source: 002-essay.txt  # optional: a doc_key or a document title
        quote: "…"             # optional, needs source: must occur in that document

A bad entry is rejected with a message naming the file, the question number and the
problem; the good entries of the same file are kept. A file that is not valid YAML is
rejected as a whole, with the line of the error.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from bot.corpus.keys import make_key
from bot.corpus.model import CleanDocument, Passage, Question

_FIELDS = {"prompt", "answer", "distractors", "explanation", "difficulty", "topic", "source", "quote"}
_DIFFICULTIES = ("easy", "medium", "hard")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "`": "'", "\u00a0": " "})
_SPACE = re.compile(r"\s+")


def normalise_quote(text: str) -> str:
    """What a quote and a document are compared on: quotes, whitespace, case and markup folded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).replace("**", "")
    return _SPACE.sub(" ", text).strip().casefold()


class ListError(Exception):
    """One rejected entry; str() is the message shown in the build report."""


class UnknownSource(ListError):
    """An entry whose source is no document of the corpus."""

    def __init__(self, source: str) -> None:
        super().__init__(f"unknown source {source!r} (use a document file name or its title)")
        self.source = source


def load_question_lists(
    questions_dir: Path, docs: list[CleanDocument], passages: list[Passage]
) -> tuple[list[Question], list[tuple[str, str]]]:
    """Questions from every ``*.yaml``/``*.yml`` file, and the rejected entries as (item, reason)."""
    questions: list[Question] = []
    rejected: list[tuple[str, str]] = []
    if not questions_dir.is_dir():
        return questions, rejected
    sources = _SourceIndex(docs, passages)
    seen: dict[str, str] = {}  # normalised prompt -> where it was first defined
    files = sorted(p for p in questions_dir.rglob("*") if p.suffix.lower() in (".yaml", ".yml") and p.is_file())
    for path in files:
        name = path.relative_to(questions_dir).as_posix()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.MarkedYAMLError as exc:
            line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
            rejected.append((name, f"{name}: YAML syntax error at line {line}: {exc.problem}"))
            continue
        except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
            rejected.append((name, f"{name}: cannot read the file: {exc}"))
            continue
        try:
            title, topic, entries = _header(data, path)
        except ListError as exc:
            rejected.append((name, f"{name}: {exc}"))
            continue
        elsewhere: list[str] = []  # the sources of the entries whose source is not here
        first = len(rejected)
        for number, entry in enumerate(entries, start=1):
            where = f"{name}: question {number}"
            try:
                question = _question(entry, title, topic, sources)
            except UnknownSource as exc:
                elsewhere.append(exc.source)
                rejected.append((where, f"{where}: {exc}"))
                continue
            except ListError as exc:
                rejected.append((where, f"{where}: {exc}"))
                continue
            prompt_key = normalise_quote(question.prompt)
            if prompt_key in seen:
                rejected.append((where, f"{where}: duplicate of {seen[prompt_key]}"))
                continue
            seen[prompt_key] = where
            questions.append(question)
        if len(elsewhere) >= 2 and len(elsewhere) == len(entries):
            # a list written for other documents (the bundled list beside a server's own folder): one line, not one
            # per question
            del rejected[first:]
            named = sorted(set(elsewhere))
            shown = ", ".join(repr(n) for n in named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
            rejected.append((name, f"{name}: all {len(entries)} questions name documents this corpus does not have "
                                   f"({shown}); the list is skipped"))
    return questions, rejected


def _header(data: Any, path: Path) -> tuple[str, str | None, list[Any]]:
    if not isinstance(data, dict):
        raise ListError("the file must be a mapping with 'title' and 'questions'")
    entries = data.get("questions")
    if not isinstance(entries, list) or not entries:
        raise ListError("'questions' must be a non-empty list")
    title = _text(data.get("title")) or path.stem
    return title, _text(data.get("topic")), entries


def _text(value: Any) -> str | None:
    """A scalar as stripped text (YAML reads 1946 as an int, yes as a bool: both are fine here)."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _question(entry: Any, title: str, list_topic: str | None, sources: _SourceIndex) -> Question:
    if not isinstance(entry, dict):
        raise ListError("each question must be a mapping with prompt, answer and distractors")
    unknown = sorted(set(map(str, entry)) - _FIELDS)
    if unknown:
        raise ListError(f"unknown field(s) {', '.join(unknown)} (allowed: {', '.join(sorted(_FIELDS))})")
    prompt = _text(entry.get("prompt"))
    if not prompt:
        raise ListError("missing prompt")
    answer = _text(entry.get("answer"))
    if not answer:
        raise ListError("missing answer")
    raw = entry.get("distractors")
    if not isinstance(raw, list):
        raise ListError("'distractors' must be a list of 1 or 3 wrong answers")
    distractors = [_text(d) for d in raw]
    if any(d is None for d in distractors):
        raise ListError("a distractor is empty")
    if len(distractors) not in (1, 3):
        raise ListError(f"needs 1 or 3 distractors, got {len(distractors)}")
    folded = [d.casefold() for d in distractors if d]
    if answer.casefold() in folded:
        raise ListError(f"distractor equal to the answer ({answer!r})")
    if len(set(folded)) != len(folded):
        raise ListError("duplicate distractors")
    difficulty = (_text(entry.get("difficulty")) or "medium").lower()
    if difficulty not in _DIFFICULTIES:
        raise ListError(f"difficulty must be one of {', '.join(_DIFFICULTIES)}, not {difficulty!r}")
    source, quote = _text(entry.get("source")), _text(entry.get("quote"))
    doc_key = passage_key = None
    if quote and not source:
        raise ListError("a quote needs a source (a document file name or title)")
    if source:
        doc_key = sources.resolve(source)
        if doc_key is None:
            raise UnknownSource(source)
        if quote:
            found, passage_key = sources.find_quote(doc_key, quote)
            if not found:
                raise ListError(f"quote not found in the source {source!r}: {quote[:80]!r}")
    explanation = _text(entry.get("explanation")) or (f"“{quote}”" if quote else "")
    return Question(
        question_key=make_key("q", "list", prompt, answer),
        kind="list",
        prompt=prompt,
        answer=answer,
        distractors=[d for d in distractors if d],
        explanation=explanation,
        doc_key=doc_key,
        passage_key=passage_key,
        event_key=None,
        topic=_text(entry.get("topic")) or list_topic or title,
        difficulty=difficulty,  # type: ignore[arg-type]  # checked against _DIFFICULTIES above
        answer_type="TEXT",
        quality=1.0,  # a person wrote it
        source_list=title,
    )


class _SourceIndex:
    """Documents by key and by title, and their normalised text for quote checks."""

    def __init__(self, docs: list[CleanDocument], passages: list[Passage]) -> None:
        self._by_name: dict[str, str] = {}
        self._docs = {d.doc_key: d for d in docs}
        for doc in docs:
            canonical = doc.duplicate_of or doc.doc_key
            self._by_name.setdefault(doc.doc_key.casefold(), canonical)
            self._by_name.setdefault(doc.meta.title.strip().casefold(), canonical)
        self._passages: dict[str, list[Passage]] = {}
        for passage in passages:
            self._passages.setdefault(passage.doc_key, []).append(passage)
        self._norm_text: dict[str, str] = {}

    def resolve(self, source: str) -> str | None:
        return self._by_name.get(source.strip().casefold())

    def find_quote(self, doc_key: str, quote: str) -> tuple[bool, str | None]:
        """Whether the quote occurs in the document, and the passage holding it if one does."""
        needle = normalise_quote(quote)
        for passage in self._passages.get(doc_key, []):
            if needle in normalise_quote(passage.text):
                return True, passage.passage_key
        if doc_key not in self._norm_text:
            doc = self._docs.get(doc_key)
            self._norm_text[doc_key] = normalise_quote(doc.clean_text) if doc else ""
        return needle in self._norm_text[doc_key], None

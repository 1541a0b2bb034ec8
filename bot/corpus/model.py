"""The records the build pipeline produces and the content store holds.

Every offset is a character offset into the text named in the field's comment, so each
passage, sentence, event and question can be traced back to the exact place it came from.
Keys are content-derived (see ``bot.corpus.keys``), never row ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

# What sort of writing a document is. Shown in every citation; "opinion" (and a paper's
# judgements) are asked as "According to …", the rest as facts.
DocKind = Literal["news", "history", "science", "engineering", "technology", "biography", "paper", "report", "book", "essay",
                  "opinion", "article"]
DOC_KINDS: tuple[str, ...] = get_args(DocKind)
ParagraphKind = Literal["body", "heading", "caption", "reference", "front"]
Precision = Literal["day", "week", "month", "season", "year", "range", "decade"]
EventStatus = Literal["past", "scheduled"]
Certainty = Literal["explicit", "inferred", "relative"]
Difficulty = Literal["easy", "medium", "hard"]
QuestionKind = Literal["when", "number", "entity", "order", "source", "list"]


@dataclass(frozen=True)
class DocMeta:
    """What the owner says about a document (all optional but the title, which falls back)."""

    title: str
    author: str | None = None  # author or outlet
    kind: DocKind | None = None
    date: str | None = None  # partial ISO: "2025", "2017-07", "2025-05-07"
    url: str | None = None


@dataclass
class Paragraph:
    kind: ParagraphKind
    start: int  # into CleanDocument.clean_text
    end: int
    text: str  # == clean_text[start:end]


@dataclass
class CleanDocument:
    doc_key: str  # file name relative to the documents folder, e.g. "003-xi-visit-news.txt"
    meta: DocMeta
    raw_sha256: str  # of the file's bytes: change detection
    clean_text: str
    paragraphs: list[Paragraph]
    duplicate_of: str | None = None  # doc_key of the canonical document
    similarity: float | None = None  # containment with the canonical document


@dataclass
class Passage:
    passage_key: str
    doc_key: str
    ordinal: int  # order within the document
    kind: ParagraphKind
    section: str  # nearest preceding heading, "" if none
    start: int  # into CleanDocument.clean_text
    end: int
    text: str  # == clean_text[start:end]
    sentences: list[tuple[int, int]] = field(default_factory=list)  # into text
    duplicate_of: str | None = None  # passage_key of an identical passage elsewhere
    # A body passage that passes bot.corpus.readability.readable_passage, so a random quote may
    # show it: checked once by the build, stored, and only looked up when a quote is drawn.
    readable: bool = False


@dataclass(frozen=True)
class EventSource:
    """Where a merged event is also told: another document's (or passage's) sentence."""

    event_key: str
    doc_key: str
    passage_key: str
    sent_start: int  # into that passage's text
    sent_end: int
    summary: str


@dataclass
class Event:
    event_key: str
    doc_key: str
    passage_key: str
    sent_start: int  # into Passage.text
    sent_end: int
    expr_text: str  # the date expression as written
    expr_start: int  # into Passage.text
    expr_end: int
    start_year: int
    start_month: int | None
    start_day: int | None
    end_year: int | None  # ranges only
    end_month: int | None
    end_day: int | None
    precision: Precision
    certainty: Certainty
    summary: str  # short, standalone clause holding the date
    anchor_note: str | None = None  # why an inferred/relative date is what it is
    modifier: str | None = None  # "MID", "ABOUT", "START", "END", "SINCE", ...
    # Added by issue 11 (all optional, so older code and stores keep working):
    week: int | None = None  # ISO week number when precision == "week" (start_* is that week's Monday)
    season: str | None = None  # "SP" | "SU" | "FA" | "WI" when precision == "season" (start_month its first month)
    status: EventStatus = "past"  # "scheduled": announced for after the publication date
    sources: list[EventSource] = field(default_factory=list)  # the same event told elsewhere ("also in …")

    @property
    def value(self) -> str:
        """TIMEX3-like value: "1998-08-07", "1998-W32", "1998-SU", "199X" (decade "the 1990s"), "2000/2004"."""
        from bot.corpus.timex import timex_value

        return timex_value(self.precision, self.start_year, self.start_month, self.start_day, self.end_year,
                           self.week, self.season, None, self.end_month, self.end_day)

    @property
    def sort_key(self) -> int:
        return self.start_year * 10000 + (self.start_month or 0) * 100 + (self.start_day or 0)


@dataclass
class Question:
    question_key: str
    kind: QuestionKind
    prompt: str
    answer: str
    distractors: list[str]  # 3 (or 1 for two-option kinds); never equal to the answer
    explanation: str  # the verbatim source sentence (or a list author's explanation)
    doc_key: str | None  # the cited document (None for an uncited list question)
    passage_key: str | None
    event_key: str | None
    topic: str  # a short tag, e.g. "Soviet Union", "trade", "SCO"
    difficulty: Difficulty
    answer_type: str  # YEAR | NUMBER | PERSON | ORG | PLACE | DOC | ORDER | TEXT
    quality: float = 0.0  # ranking score; higher is better
    source_list: str | None = None  # YAML list name for hand-written questions

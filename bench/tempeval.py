"""``python -m bench.tempeval PATH``: the timeline's dates scored against TempEval-3's gold TIMEX3 values.

PATH is a local copy of the TempEval-3 training data ("TBAQ-cleaned": TimeBank 1.2 and AQUAINT,
TimeML ``.tml`` news articles). It is never part of the repository (its licence is the LDC's
and the annotators'); a missing path is reported and skipped, exit code 0.

The measure, per sentence of each article's text:

* gold: the sentence's TIMEX3 values of type DATE at year precision or finer (``1998``,
  ``1998-08``, ``1998-08-07``, a time truncated to its day, a week ``1998-W32``, a season
  ``1998-SU``). Fiscal quarters (``1989-Q3``, mostly "third-quarter" in the Wall Street Journal
  pieces), PRESENT_REF and friends and underspecified values (``XXXX-08``) are not in the gold
  set: they are not timeline dates;
* the bot: ``extract_events`` on the article, with the publication date (the DCT) and kind
  ``news``, or without any publication date;
* recall: gold sentences in which the bot gives an event whose date equals one of the
  sentence's gold values (a range matches when one of its end years does);
* precision: bot events (one per sentence and date) whose date equals a gold value of their
  sentence, over all bot events.

An event told twice in an article is merged into its first telling, which keeps the later one as
a source ("also in …"): the bot dates that sentence too, so it counts, with the event's date, for
both measures.

Misses are sorted into error categories by the gold expression (weekday, "last year", bare
month, ...) and wrong answers by how they are wrong (a year off, coarser than gold, no gold date
in the sentence at all).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.corpus.dates import extract_events
from bot.corpus.model import CleanDocument, DocMeta, Event, Paragraph
from bot.corpus.passages import make_passages

PRECISION_TARGET = 0.95
RECALL_TARGET = 0.80

_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_GOLD_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-(?:SP|SU|FA|WI))?$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.")


@dataclass
class Timex:
    start: int  # into the article's plain text
    end: int
    text: str
    value: str


@dataclass
class Article:
    name: str
    dct: str
    text: str
    timexes: list[Timex] = field(default_factory=list)  # type DATE
    others: list[Timex] = field(default_factory=list)  # DURATION, SET: their value is no calendar date


def read_tml(path: Path) -> Article | None:
    """The plain text of a ``.tml`` article's TEXT element, its DCT and its gold DATE timexes."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct_match = re.search(r"<DCT>\s*<TIMEX3\b[^>]*value=\"(\d{4}-\d{2}-\d{2})", raw)
    body_match = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.DOTALL)
    if dct_match is None or body_match is None:
        return None
    body = body_match.group(1)
    parts: list[str] = []
    timexes: list[Timex] = []
    others: list[Timex] = []
    length = 0
    pos = 0
    for m in _TIMEX.finditer(body):
        before = html.unescape(_TAG.sub("", body[pos : m.start()]))
        parts.append(before)
        length += len(before)
        inner = html.unescape(_TAG.sub("", m.group(2)))
        attrs = dict(_ATTR.findall(m.group(1)))
        timex = Timex(length, length + len(inner), inner, attrs.get("value", "").split("T")[0])
        (timexes if attrs.get("type") in ("DATE", "TIME") else others).append(timex)
        parts.append(inner)
        length += len(inner)
        pos = m.end()
    parts.append(html.unescape(_TAG.sub("", body[pos:])))
    return Article(path.stem, dct_match.group(1), "".join(parts), timexes, others)


def make_document(article: Article, with_dct: bool) -> CleanDocument:
    """The article as the bot sees a news document: blank-line paragraphs, all body text."""
    paragraphs: list[Paragraph] = []
    for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", article.text, re.DOTALL):
        paragraphs.append(Paragraph("body", m.start(), m.end(), m.group(0)))
    meta = DocMeta(article.name, kind="news", date=article.dct if with_dct else None)
    return CleanDocument(article.name, meta, "", article.text, paragraphs)


def expression_class(timex: Timex) -> str:
    """The kind of gold expression a missed date was written as (the error categories)."""
    text = timex.text.lower().strip()
    if re.search(r"\b(?:1[0-9]|20)\d{2}\b", text):
        return "written year"
    if any(w in text for w in _WEEKDAYS):
        return "weekday"
    if re.search(r"\b(?:today|yesterday|tomorrow|tonight)\b", text):
        return "today/yesterday/tomorrow"
    if re.search(r"\bago\b|\bearlier\b|\blater\b", text):
        return "ago/earlier/later"
    if re.search(r"\b(?:last|this|next|past|coming)\b", text):
        return "last/this/next"
    if re.search(r"\b(?:spring|summer|fall|autumn|winter)\b", text):
        return "season"
    if any(re.search(rf"\b{re.escape(name)}", text) for name in _MONTH_NAMES):
        if re.search(r"\d", text):
            return "month-day"
        return "bare month"
    return "other"


def event_values(event: Event) -> list[str]:
    """The TIMEX3-style values an event's date stands for (both ends of a range)."""
    if event.precision == "range":
        return event.value.split("/")
    return [event.value]


@dataclass
class Score:
    gold_sentences: int = 0
    found: int = 0
    events: int = 0
    correct: int = 0
    not_comparable: int = 0  # the gold marks the bot's expression with a value of another kind
    omitted: int = 0  # wrong events on an expression the gold leaves unannotated (no TIMEX3 on it)
    missed: Counter[str] = field(default_factory=Counter)
    missed_of: Counter[str] = field(default_factory=Counter)  # gold sentences per class
    wrong: Counter[str] = field(default_factory=Counter)
    given_of: Counter[str] = field(default_factory=Counter)  # bot events per expression class
    right_of: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.correct / self.events if self.events else 0.0

    @property
    def precision_annotated(self) -> float:
        """Precision over the events on expressions the gold annotates (its omissions left out)."""
        judged = self.events - self.omitted
        return self.correct / judged if judged else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold_sentences if self.gold_sentences else 0.0

    def example(self, category: str, text: str, keep: int) -> None:
        bucket = self.examples.setdefault(category, [])
        if len(bucket) < keep:
            bucket.append(text)


def _sentences(doc: CleanDocument) -> list[tuple[int, int]]:
    """Every sentence of the document's passages, in clean-text offsets."""
    return [(p.start + s, p.start + e) for p in make_passages(doc) for s, e in p.sentences]


def _wrong_kind(values: Sequence[str], gold: set[str], expr: str = "", dct: str = "") -> str:
    if not gold:
        return "no gold date in the sentence"
    if any(w in expr.lower() for w in _WEEKDAYS) and dct and _far_weekday(gold, expr, dct):
        return "weekday: the gold date is over a week from the publication date"
    years = {g[:4] for g in gold}
    for value in values:
        if not value[:4].isdigit():
            continue
        if value[:4] not in years and any(abs(int(value[:4]) - int(g[:4])) == 1 for g in gold):
            return "year off by one"
        if any(g.startswith(value) for g in gold):
            return "coarser than gold"
        if any(value.startswith(g) for g in gold):
            return "finer than gold"
        if value[:4] in years:
            return "right year, wrong month/day"
    return "a different date"


def _far_weekday(gold: set[str], expr: str, dct: str) -> bool:
    """The gold reads a weekday against another anchor than the DCT (the wire's earlier date):
    a day of that weekday more than seven days from the publication date."""
    published = date.fromisoformat(dct)
    days = [date.fromisoformat(g) for g in gold if re.fullmatch(r"\d{4}-\d{2}-\d{2}", g)]
    named = next(i for i, w in enumerate(_WEEKDAYS) if w in expr.lower())
    return bool(days) and all(d.weekday() == named and abs((d - published).days) > 7 for d in days)


def score_article(article: Article, with_dct: bool, score: Score, keep: int) -> None:
    doc = make_document(article, with_dct)
    passages = make_passages(doc)
    sentences = _sentences(doc)
    events = extract_events(doc, passages)
    starts = {p.passage_key: p.start for p in passages}

    def sentence_of(offset: int) -> int | None:
        for index, (start, end) in enumerate(sentences):
            if start <= offset < end:
                return index
        return None

    gold: dict[int, list[Timex]] = {}
    for timex in article.timexes:
        index = sentence_of(timex.start)
        if index is not None and _GOLD_VALUE.match(timex.value):
            gold.setdefault(index, []).append(timex)
    given: dict[int, dict[str, tuple[Event, int | None]]] = {}  # the event, and where its expression is
    everything = [*article.timexes, *article.others]
    other_kind = [t for t in [*article.timexes, *article.others] if not _GOLD_VALUE.match(t.value)]
    for event in events:
        index = sentence_of(starts[event.passage_key] + event.sent_start)
        if index is None:
            continue
        at = starts[event.passage_key] + event.expr_start
        length = event.expr_end - event.expr_start
        if any(t.start < at + length and at < t.end for t in other_kind) and not any(
            t.start < at + length and at < t.end for t in gold.get(index, [])
        ):
            score.not_comparable += 1  # "the third quarter", "the past week": no calendar value to compare
            continue
        ends = event_values(event)
        if ends:
            given.setdefault(index, {}).setdefault("/".join(ends), (event, at))
            for source in event.sources:  # a later telling merged into this event is dated by it too
                other = sentence_of(starts[source.passage_key] + source.sent_start)
                if other is not None:
                    given.setdefault(other, {}).setdefault("/".join(ends), (event, None))
    for index, timexes in gold.items():
        values: set[str] = {t.value for t in timexes}
        score.gold_sentences += 1
        classes = {expression_class(t) for t in timexes}
        for name in classes:
            score.missed_of[name] += 1
        hit = any(v in values for key in given.get(index, {}) for v in key.split("/"))
        if hit:
            score.found += 1
            continue
        for name in classes:
            score.missed[name] += 1
        first = timexes[0]
        score.example(f"missed: {expression_class(first)}",
                      f"{article.name}: [{first.text} = {first.value}] {_clip(article.text, *sentences[index])}", keep)
    for index, by_value in given.items():
        values = {t.value for t in gold.get(index, [])}
        for key, (event, expr_at) in by_value.items():
            score.events += 1
            name = expression_class(Timex(0, 0, event.expr_text, key))
            score.given_of[name] += 1
            parts = key.split("/")
            if any(v in values for v in parts):
                score.correct += 1
                score.right_of[name] += 1
                continue
            start, end = sentences[index]
            # a source's own expression is not kept: its whole sentence stands for it
            span = (expr_at, expr_at + len(event.expr_text)) if expr_at is not None else (start, end)
            if not any(t.start < span[1] and span[0] < t.end for t in everything):
                kind = "gold omission: no TIMEX3 on the bot's expression"
                score.omitted += 1
            else:
                kind = _wrong_kind(parts, values, event.expr_text, article.dct)
            score.wrong[kind] += 1
            score.example(f"wrong: {kind}", f"{article.name}: [{event.expr_text} -> {key}; gold "
                                            f"{sorted(values) or '-'}] {_clip(article.text, *sentences[index])}", keep)


def _clip(text: str, start: int, end: int, limit: int = 160) -> str:
    sentence = " ".join(text[start:end].split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def iter_articles(root: Path) -> Iterator[Article]:
    for path in sorted(root.rglob("*.tml")):
        article = read_tml(path)
        if article is not None:
            yield article


def evaluate(root: Path, keep: int = 3) -> tuple[Score, Score, int, float]:
    """Scores with and without the publication date, the article count and the seconds spent."""
    with_dct, without = Score(), Score()
    count = 0
    began = time.perf_counter()
    for article in iter_articles(root):
        count += 1
        score_article(article, True, with_dct, keep)
        score_article(article, False, without, keep)
    return with_dct, without, count, time.perf_counter() - began


def report(with_dct: Score, without: Score, count: int, seconds: float, examples: bool) -> str:
    def pct(x: float) -> str:
        return f"{100 * x:.1f}%"

    lines = [
        f"TempEval-3 (TBAQ-cleaned): {count} articles, {with_dct.gold_sentences} sentences with a gold DATE "
        f"(year precision or finer), {seconds:.1f} s",
        "",
        "| run | precision | precision without gold omissions | recall | events | correct | sentences found "
        "| not comparable |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, score in (("with the publication date", with_dct), ("without a publication date", without)):
        lines.append(f"| {name} | {pct(score.precision)} | {pct(score.precision_annotated)} | {pct(score.recall)} "
                     f"| {score.events} | {score.correct} | {score.found}/{score.gold_sentences} "
                     f"| {score.not_comparable} |")
    met = with_dct.precision >= PRECISION_TARGET and with_dct.recall >= RECALL_TARGET
    lines += ["", f"Target with the publication date: precision >= {pct(PRECISION_TARGET)}, recall >= "
                  f"{pct(RECALL_TARGET)}: {'PASS' if met else 'MISS'}", "",
              "By expression class (with the publication date): recall over the gold sentences whose gold",
              "expression is of the class, precision over the bot's events whose expression is of it.", "",
              "| class | recall | gold sentences | precision | bot events |", "|---|---|---|---|---|"]
    for name, total in with_dct.missed_of.most_common():
        given = with_dct.given_of[name]
        precision = pct(with_dct.right_of[name] / given) if given else "-"
        lines.append(f"| {name} | {pct(1 - with_dct.missed[name] / total)} | {total} | {precision} | {given} |")
    lines += ["", "Wrong dates (with the publication date):", ""]
    lines += [f"- {name}: {n}" for name, n in with_dct.wrong.most_common()] or ["- none"]
    lines += ["", "Wrong dates (without a publication date):", ""]
    lines += [f"- {name}: {n}" for name, n in without.wrong.most_common()] or ["- none"]
    if examples:
        lines += ["", "Examples (with the publication date):"]
        for category in sorted(with_dct.examples):
            lines.append(f"  {category}")
            lines += [f"    {text}" for text in with_dct.examples[category]]
    return "\n".join(lines)


def run(path: Path, examples: bool = False, keep: int = 3) -> int:
    if not path.is_dir() or next(path.rglob("*.tml"), None) is None:
        print(f"No TempEval-3 data at {path} (a folder of TimeML .tml files): the benchmark is skipped.")
        return 0
    print(report(*evaluate(path, keep), examples=examples))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.tempeval", description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="folder holding the TBAQ-cleaned .tml files")
    parser.add_argument("--examples", type=int, default=0, metavar="N",
                        help="print up to N example sentences per error category")
    args = parser.parse_args(argv)
    return run(args.path, examples=args.examples > 0, keep=max(args.examples, 1))


if __name__ == "__main__":
    sys.exit(main())

"""Timeline events: dated clauses found by our own date grammar, with their dates resolved.

A rule grammar, not ``dateparser``: dateparser read "may" (the verb), "we", figure numbers
and "by 20%" as dates and filled missing fields from *today* (research §1.2). Here a field
the text does not give stays ``None`` and an expression we cannot place is left out: the
timeline never guesses.

Context resolution, in the order the text supports it (research §1.3, HeidelTime's
narrative/news split):

* "On December 21" / "In December of that year": the last explicit year earlier in the
  same document (``inferred``);
* else the first explicit year later in the same paragraph (004: "mid May … G20 summit
  2017", ``inferred``);
* else the publication date (``relative``). In news the publication date comes first for a
  bare month, because news speaks of its own present ("Xi said … in February").
* "80 years ago" needs the publication date (``relative``, modifier ABOUT).
* Weekdays ("from Wednesday to Saturday") are never placed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.corpus.keys import make_key
from bot.corpus.model import CleanDocument, Event, Passage

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_EDGE_L = r"(?<![\w$€£¥.,/`#–—-])"  # not part of a bigger number, amount, range or identifier
_EDGE_R = r"(?![\w%]|[.,]\d|-\d|\s*(?:%|per ?cent))"

_MODIFIERS = {
    "early": "START", "late": "END", "mid": "MID", "middle of": "MID", "the middle of": "MID",
    "the end of": "END", "end of": "END", "the beginning of": "START", "the start of": "START",
    "since": "SINCE", "before": "BEFORE", "after": "AFTER", "until": "UNTIL", "till": "UNTIL",
    "around": "ABOUT", "about": "ABOUT", "circa": "ABOUT", "c.": "ABOUT",
}  # fmt: skip
_MOD_BEFORE = re.compile(
    r"\b(?P<mod>early|late|mid|the middle of|middle of|the end of|end of|the beginning of|the start of"
    r"|since|before|after|until|till|around|about|circa|c\.)[\s-]+$",
    re.IGNORECASE,
)

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100,
}  # fmt: skip
_NUM_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))

# One alternation, longest forms first, so "April 28, 1946" is never also read as "1946".
_GRAMMAR = re.compile(
    "|".join(
        [
            # ranges: "from 1950 to 2021", "between 1991 and 1993", "2000-2004", "1939–45"
            rf"(?P<r_from>\b[Ff]rom|\b[Bb]etween)\s+(?P<ry1>{_YEAR})\s+(?:to|and|until|till|through)\s+(?P<ry2>{_YEAR}){_EDGE_R}",
            rf"{_EDGE_L}(?P<ry3>{_YEAR})\s?[-–—]\s?(?P<ry4>{_YEAR}|\d{{2}}){_EDGE_R}",
            # decades and centuries: matched so that their digits are not read as years
            r"(?P<decade>\b(?:1[0-9]|20)[0-9]0s\b|'\d0s\b|\b[1-9]0s\b)",
            r"(?P<century>\b(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+century\b)",
            # relative to the publication date: "more than 80 years ago"
            rf"(?P<ago>\b(?i:(?:more than|over|nearly|almost|about|some|around|roughly|less than)\s+)?(?P<ago_n>\d{{1,3}}|(?i:{_NUM_WORD}))\s+years?\s+ago\b)",
            # full dates
            rf"(?P<m1>\b{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR}){_EDGE_R}",
            rf"(?P<d2>\b{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}){_EDGE_R}",
            # month + year: "February 1991", "December of 1992"
            rf"(?P<m3>\b{_MONTH}),?\s+(?:of\s+)?(?P<y3>{_YEAR}){_EDGE_R}",
            # month (+ day) of "that year"
            rf"(?P<m4>\b{_MONTH})(?:\s+(?P<d4>{_DAY}))?\s+of\s+(?P<that>that|the same|the following|the next|the previous)\s+year\b",
            # month + day with no year: "On December 21", "21 December"
            rf"(?P<m5>\b{_MONTH})\s+(?P<d5>{_DAY})\b(?![,.]?\s*\d)",
            rf"(?P<d6>\b{_DAY})\s+(?:of\s+)?(?P<m6>{_MONTH})\b(?!,?\s*\d)",
            # a bare month needs a cue ("in May", "mid May"): "May" is also a verb
            rf"(?P<mcue>\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he middle of|[Ll]ast|[Tt]his|[Nn]ext)[\s-]+)(?P<m7>{_MONTH})\b(?!,?\s+(?:of\s+)?\d)(?!\s+of\s+(?:that|the same|the following|the next|the previous)\s+year)",
            # bare years
            rf"{_EDGE_L}(?P<y8>{_YEAR}){_EDGE_R}",
        ]
    )
)
# Every expression contains a number, a month name or "ago". This scan starts with a
# character set, which the regex engine skips through quickly; the word is checked after.
_TRIGGER = re.compile(r"[0-9]+|[JFMASOND][a-z]+|ago\b")
_TRIGGER_WORDS = frozenset(m.capitalize() for m in MONTHS) | {"ago"}
_WINDOW_BEFORE = 40  # "more than seventy years ago", "from 1950 to 2021"
_WORDS_BEFORE = 3
_WINDOW_AFTER = 60
_WORD_BEFORE = re.compile(r"\b[A-Za-z]+")
_OPENING_WORDS = frozenset(
    ("from", "between", "more", "over", "nearly", "almost", "about", "some", "around", "roughly", "less",
     "in", "during", "since", "by", "until", "early", "late", "mid", "the", "end", "middle", "last", "this", "next")
)  # fmt: skip
# A number followed by one of these is a quantity, not a year ("1500 troops").
_QUANTITY_NEXT = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:million|billion|trillion|thousand|hundred|people|persons|troops|soldiers|"
    r"km|kilomet(?:er|re)s|miles|metres|meters|tons|tonnes|units|members|times|dollars|yuan|"
    r"rubles|roubles|euros|pounds|projects|cases|deaths|votes|pages|words|items|characters|chars|bytes|"
    r"lines|points|users|copies|entries|rows|seconds|minutes|hours|days|weeks|months|years)\b"
)
# A number before a plural noun ("1000 characters") is a quantity, unless a word that goes
# with years comes before it ("the 1946 elections", "in 1991 talks").
_PLURAL_NEXT = re.compile(
    r"\s+(?!(?:is|was|has|does|this|his|its|as|us|thus|plus|less|unless|across|always|perhaps|whereas|"
    r"besides|towards|afterwards)\b)[a-z]{2,}s\b"
)
_YEAR_CUE_BEFORE = re.compile(
    r"\b(?:the|in|of|since|by|during|from|until|to|his|her|their|its|early|late|mid|and|or|after|before)\s+$",
    re.IGNORECASE,
)
_QUANTITY_PREV = re.compile(r"(?:\b(?:No|Nos|Fig|Figs|Vol|pp?|page|pages|number|Table|ISBN|tel|phone)\.?\s*|[$€£¥#]\s?)$")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_LEADING_ADVERBIAL_PREP = re.compile(
    r"^\s*(?:(?:On|In|By|During|At|Around|About|Since|Until|From|Early|Late|Mid|Between)\b\s*)?"
    r"(?:(?:early|late|mid|the end of|the middle of|the beginning of)\b[\s-]*)?$"
)
_CLAUSE_SPLIT = re.compile(r";\s*")
_DATED_COORDINATION = re.compile(r",\s+(?:and|but|while|whereas)\s+")
_DISCOURSE = re.compile(
    r"^(?:However|Therefore|Moreover|Furthermore|Meanwhile|Nevertheless|Nonetheless|Thus|Hence|Also|Besides"
    r"|Still|Then|In fact|Indeed|At the same time|In addition|As a result|Consequently),\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z0-9]+")

SUMMARY_MAX = 200
SUMMARY_HARD_MAX = 260  # when the date itself is past SUMMARY_MAX
MAX_RANGE_YEARS = 30  # "from 1950 to 2021" frames a chart, it is not an event
MIN_YEAR = 1000
MAX_YEAR = 2100
_STATE_MODIFIERS = {"SINCE", "BEFORE", "AFTER", "UNTIL"}  # describe states, not events


@dataclass
class Mention:
    """One date expression, resolved or not, in passage coordinates."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    precision: str = "year"  # day | month | year | range | decade | century
    certainty: str = "explicit"  # explicit | inferred | relative | unresolved
    modifier: str | None = None
    anchor_note: str | None = None
    needs_year: bool = False  # month/day with no year: resolved later from context
    that_year: bool = False  # "of that year": only the preceding text may anchor it
    ago: int | None = None

    @property
    def value(self) -> str:
        """TIMEX3-like normalised value, part of the event key."""
        if self.precision == "range":
            return f"{self.year}/{self.end_year}"
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        value = "-".join(parts)
        return f"{value}~{self.modifier}" if self.modifier else value


def _plausible(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]  # day groups of the patterns are digits


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _modifier(text: str, start: int) -> str | None:
    """A qualifier just before the expression: "early 2020", "since 2000", "mid-1990"."""
    m = _MOD_BEFORE.search(text, max(0, start - 20), start)
    return _MODIFIERS.get(m.group("mod").lower()) if m else None


def find_mentions(text: str) -> list[Mention]:
    """Every date expression in ``text`` (a sentence or passage), unresolved ones included.

    Trying the whole grammar at every character is slow, so it is only tried (anchored) at
    the start of a cheap trigger (a number, a month name, "ago") and of the few words just
    before it ("between 1991", "more than 80 years ago"): the same matches, far faster.
    """
    mentions: list[Mention] = []
    pos = 0
    n = len(text)
    for trigger in _TRIGGER.finditer(text):
        if trigger.start() < pos or not (text[trigger.start()].isdigit() or trigger.group(0) in _TRIGGER_WORDS):
            continue
        if trigger.start() and text[trigger.start() - 1].isalpha():
            continue  # inside a word ("Mayor", "G20")
        before = [w for w in _WORD_BEFORE.finditer(text, max(pos, trigger.start() - _WINDOW_BEFORE), trigger.start())]
        if trigger.group(0) != "ago":  # only a few words can open an expression before its number or month
            before = [w for w in before if w.group(0).lower() in _OPENING_WORDS]
        end = min(n, trigger.end() + _WINDOW_AFTER)
        for start in [*(w.start() for w in before[-_WORDS_BEFORE:]), trigger.start()]:
            m = _GRAMMAR.match(text, start, end)
            if m is not None and m.end() > trigger.start():
                pos = m.end()
                mention = _read(m, text)
                if mention is not None:
                    mentions.append(mention)
                break
    return mentions


def _read(m: re.Match[str], text: str) -> Mention | None:
    start, end, expr = m.start(), m.end(), m.group(0)
    g = m.groupdict()
    if g["ry1"] or g["ry3"]:
        y1 = int(g["ry1"] or g["ry3"])
        raw2 = g["ry2"] or g["ry4"]
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if not (_plausible(y1) and _plausible(y2)) or y2 <= y1:
            return None
        if g["ry3"] and _QUANTITY_PREV.search(text, 0, start):
            return None
        return Mention(start, end, expr, y1, end_year=y2, precision="range")
    if g["decade"]:
        return Mention(start, end, expr, None, precision="decade", certainty="unresolved")
    if g["century"]:
        return Mention(start, end, expr, None, precision="century", certainty="unresolved")
    if g["ago"]:
        raw = g["ago_n"].lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        return Mention(start, end, expr, None, certainty="unresolved", ago=n, modifier="ABOUT")
    mod = _modifier(text, start)
    if g["y1"] or g["y2"]:
        year = int(g["y1"] or g["y2"])
        month = _month(g["m1"] or g["m2"])
        day: int | None = _day(g["d1"] or g["d2"])
        return Mention(start, end, expr, year, month, day, precision="day", modifier=mod)
    if g["y3"]:
        return Mention(start, end, expr, int(g["y3"]), _month(g["m3"]), precision="month", modifier=mod)
    if g["m4"]:
        day = _day(g["d4"]) if g["d4"] else None
        return Mention(
            start, end, expr, None, _month(g["m4"]), day, precision="day" if day else "month",
            needs_year=True, that_year=True,
        )  # fmt: skip
    if g["m5"] or g["m6"]:
        month = _month(g["m5"] or g["m6"])
        return Mention(start, end, expr, None, month, _day(g["d5"] or g["d6"]), precision="day", needs_year=True)
    if g["m7"]:
        word = g["m7"]
        if word == "May" and g["mcue"].strip().lower() in ("by", "this", "next", "last"):
            return None  # "by May" is fine in English but "May" as a verb is likelier here
        cue = g["mcue"].strip().lower()
        modifier = {"mid": "MID", "early": "START", "late": "END", "the end of": "END", "the middle of": "MID"}.get(cue)
        start = m.start("m7") if cue in ("in", "during", "by", "until", "since") else start
        expr = text[start:end]
        if cue in ("last", "this", "next"):
            return None  # relative to an unknown "now"
        return Mention(start, end, expr, None, _month(word), precision="month", modifier=modifier, needs_year=True)
    if g["y8"]:
        year = int(g["y8"])
        if not _plausible(year):
            return None
        y_start = m.start("y8")
        if _QUANTITY_PREV.search(text, max(0, y_start - 12), y_start) or _QUANTITY_NEXT.match(text, m.end()):
            return None
        if _PLURAL_NEXT.match(text, m.end()) and not _YEAR_CUE_BEFORE.search(text, max(0, y_start - 12), y_start):
            return None
        return Mention(start, end, expr, year, precision="year", modifier=mod)
    return None


def _publication(doc: CleanDocument) -> tuple[int | None, int | None]:
    if not doc.meta.date:
        return None, None
    parts = doc.meta.date.split("-")
    try:
        return int(parts[0]), (int(parts[1]) if len(parts) > 1 else None)
    except ValueError:
        return None, None


def _resolve(mention: Mention, last_year: int | None, later_year: int | None, doc: CleanDocument) -> None:
    """Fill in the year of a month/day or "N years ago" mention from context, or leave it unresolved."""
    pub_year, _ = _publication(doc)
    if mention.ago is not None:
        if pub_year is None:
            return
        mention.year = pub_year - mention.ago
        mention.certainty = "relative"
        mention.anchor_note = f"{mention.ago} years before the publication date ({pub_year})"
        return
    if not mention.needs_year:
        return
    news_first = doc.meta.kind == "news" and pub_year is not None and not mention.that_year
    if news_first:
        mention.year, mention.certainty = pub_year, "relative"
        mention.anchor_note = f"year of the publication date ({pub_year})"
    elif last_year is not None:
        mention.year, mention.certainty = last_year, "inferred"
        mention.anchor_note = f"year taken from the preceding text ({last_year})"
    elif later_year is not None and not mention.that_year:
        mention.year, mention.certainty = later_year, "inferred"
        mention.anchor_note = f"year taken from later in the same paragraph ({later_year})"
    elif pub_year is not None and not mention.that_year:
        mention.year, mention.certainty = pub_year, "relative"
        mention.anchor_note = f"year of the publication date ({pub_year})"
    else:
        mention.certainty = "unresolved"
        return
    mention.needs_year = False


def _explicit_year(mention: Mention) -> int | None:
    """The year a mention states outright (the anchor for later month/day mentions)."""
    if mention.certainty == "explicit" and mention.year is not None and not mention.needs_year:
        return mention.end_year if mention.precision == "range" else mention.year
    return None


def _eligible(mention: Mention) -> bool:
    if mention.year is None or mention.needs_year or mention.certainty == "unresolved":
        return False
    if mention.precision in ("decade", "century") or mention.modifier in _STATE_MODIFIERS:
        return False
    return not (mention.precision == "range" and (mention.end_year or 0) - mention.year > MAX_RANGE_YEARS)


def summarise(sentence: str, expr_start: int, expr_end: int,
              other_dates: Sequence[tuple[int, int]] = ()) -> str:
    """The clause holding the date, tidied into a standalone line (offsets into ``sentence``).

    Clauses end at ";", and also at ", and" / ", but" / ", while" / ", whereas" where that
    coordination separates this date from another date of the sentence ("NASA was founded in
    1958, and its first crewed flights began in 1961" is two events with a clause each).
    """
    def separates(start: int, end: int) -> bool:
        if end <= expr_start:
            return any(o_end <= start for _, o_end in other_dates)
        return any(o_start >= end for o_start, _ in other_dates)

    separators = sorted([(m.start(), m.end()) for m in _CLAUSE_SPLIT.finditer(sentence)]
                        + [(m.start(), m.end()) for m in _DATED_COORDINATION.finditer(sentence)
                           if separates(m.start(), m.end())])
    clause_start, clause_end = 0, len(sentence)
    for sep_start, sep_end in separators:
        if sep_end <= expr_start:
            clause_start = sep_end
        elif sep_start >= expr_end:
            clause_end = sep_start
            break
    clause = sentence[clause_start:clause_end].strip()
    rel_start, rel_end = expr_start - clause_start, expr_end - clause_start
    rel_start -= len(sentence[clause_start:clause_end]) - len(sentence[clause_start:clause_end].lstrip())
    # A leading temporal adverbial ("On April 28, 1946, …") goes: the date is shown beside it.
    before = clause[: max(rel_start, 0)]
    if _LEADING_ADVERBIAL_PREP.match(before):
        rest = clause[rel_end:]
        rest = re.sub(r"^(?:\s*,)?\s*", "", rest)
        if len(_WORD.findall(rest)) >= 3:
            clause = rest[:1].upper() + rest[1:]
    clause = _DISCOURSE.sub("", clause.rstrip(" ,;:"))  # "However, when …" -> "When …": standalone
    at = clause.find(sentence[expr_start:expr_end])
    limit = SUMMARY_MAX
    if len(clause) > SUMMARY_MAX and at + (expr_end - expr_start) > SUMMARY_MAX * 0.8:
        if len(clause) <= SUMMARY_HARD_MAX:
            limit = SUMMARY_HARD_MAX  # a little longer rather than lose the date's own words
        else:
            # The date sits late in a very long clause: keep the comma-separated part holding
            # it ("…, the stage of rapid development … (2008-2012) and …").
            cut = clause.rfind(", ", 0, at)
            rest = clause[cut + 2 :] if cut > 0 else ""
            if len(_WORD.findall(rest)) >= 5:
                clause = rest
    return truncate(clause[:1].upper() + clause[1:], limit)


def truncate(text: str, limit: int) -> str:
    """Cut at a clause boundary before ``limit`` (else a word boundary), never mid-word."""
    if len(text) <= limit:
        return text
    cut = max(text.rfind(", ", 0, limit), text.rfind(" - ", 0, limit), text.rfind(": ", 0, limit))
    if cut < limit // 2:
        cut = text.rfind(" ", 0, limit)
    if cut <= 0:
        cut = limit
    return text[:cut].rstrip(" ,;:-") + "…"


def _skip_sentence(sentence: str) -> bool:
    stripped = sentence.strip()
    return stripped.endswith("?") or bool(_FIRST_PERSON.search(stripped))


def _tokens(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _similar(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= 0.6


def extract_events(doc: CleanDocument, passages: list[Passage]) -> list[Event]:
    """Dated events of one document, in text order; ``passages`` are its body passages in order."""
    events: list[Event] = []
    by_date: dict[tuple[int, int | None, int | None, int | None], list[Event]] = {}
    last_year: int | None = None
    for passage in passages:
        if passage.kind != "body":
            continue
        text = passage.text
        found = find_mentions(text)  # once per passage: far cheaper than once per sentence
        if not found:
            continue
        sentences = passage.sentences or [(0, len(text))]
        per_sentence = _by_sentence(found, sentences)
        later_years = _later_years(per_sentence)
        for index, (s_start, s_end) in enumerate(sentences):
            mentions = per_sentence[index]
            if not mentions:
                continue
            sentence = text[s_start:s_end]
            skipped = _skip_sentence(sentence)
            for mention in mentions:
                _resolve(mention, last_year, later_years[index], doc)
                year = _explicit_year(mention)
                if year is not None:
                    last_year = year
                if skipped or not _eligible(mention) or _WEEKDAY.search(mention.text):
                    continue
                event = _event(doc, passage, s_start, s_end, mention, mentions)
                same_date = by_date.setdefault((event.start_year, event.start_month, event.start_day, event.end_year), [])
                if not any(_same_event(event, other) for other in same_date):
                    same_date.append(event)
                    events.append(event)
    return events


def _by_sentence(mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[list[Mention]]:
    """Mentions (passage offsets, in order) grouped by the sentence that holds them."""
    grouped: list[list[Mention]] = [[] for _ in sentences]
    index = 0
    for mention in mentions:
        while index < len(sentences) and sentences[index][1] <= mention.start:
            index += 1
        if index < len(sentences) and sentences[index][0] <= mention.start and mention.end <= sentences[index][1]:
            grouped[index].append(mention)
    return grouped


def _later_years(per_sentence: list[list[Mention]]) -> list[int | None]:
    """For each sentence, the first explicit year in it or later in the passage (one backward pass)."""
    out: list[int | None] = [None] * len(per_sentence)
    following: int | None = None
    for index in range(len(per_sentence) - 1, -1, -1):
        years = [y for y in map(_explicit_year, per_sentence[index]) if y is not None]
        if years:
            following = years[0]
        out[index] = following
    return out


def _event(doc: CleanDocument, passage: Passage, s_start: int, s_end: int, mention: Mention,
           in_sentence: list[Mention]) -> Event:
    """``mention`` offsets (and those of the sentence's other mentions) are into the passage text."""
    sentence = passage.text[s_start:s_end]
    assert mention.year is not None
    is_range = mention.precision == "range"
    return Event(
        event_key=make_key("e", sentence, mention.value),
        doc_key=doc.doc_key,
        passage_key=passage.passage_key,
        sent_start=s_start,
        sent_end=s_end,
        expr_text=mention.text,
        expr_start=mention.start,
        expr_end=mention.end,
        start_year=mention.year,
        start_month=mention.month,
        start_day=mention.day,
        end_year=mention.end_year if is_range else None,
        end_month=None,
        end_day=None,
        # Only _eligible mentions become events: no decade, century or unresolved one fits the literals.
        precision=mention.precision,  # type: ignore[arg-type]
        certainty=mention.certainty,  # type: ignore[arg-type]
        summary=summarise(sentence, mention.start - s_start, mention.end - s_start,
                          [(m.start - s_start, m.end - s_start) for m in in_sentence if m is not mention]),
        anchor_note=mention.anchor_note,
        modifier=mention.modifier,
    )


def _same_event(a: Event, b: Event) -> bool:
    same_date = (a.start_year, a.start_month, a.start_day, a.end_year) == (
        b.start_year, b.start_month, b.start_day, b.end_year,
    )  # fmt: skip
    return same_date and (a.event_key == b.event_key or _similar(a.summary, b.summary))

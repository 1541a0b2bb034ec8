"""Date expressions: the grammar that finds them and the rules that resolve them, as a careful reader would.

A rule grammar, not ``dateparser``: dateparser read "may" (the verb), "we", figure numbers
and "by 20%" as dates and filled missing fields from *today* (research §1.2). Here a field
the text does not give stays ``None``; nothing is ever filled in from today's date.

Three kinds of anchor (HeidelTime's news/narrative split, research §1.3):

* **explicit**: the expression gives its year ("April 28, 1946", "mid-1996", "the 1990s").
* **relative** to the publication date (the DCT): "yesterday", "said on Thursday", "will meet
  on Monday", "last year", "this month", "next week", "two years ago", and in news a month-day
  or bare month without a year. The year of a month-day or the day of a weekday is chosen
  from the tense around it: a past-tense "Oct. 23" in a January article is last October's,
  a future-tense "in April" in a December article is next April's. No DCT, no date.
* **inferred** from the narrative: "that year", "the following year", "five years later",
  "two decades earlier", "in the same month", and (outside news) a month-day after a year.

Each resolved expression carries a TIMEX3-like ``value`` (``1998-08-07``, ``1998-W32``,
``1998-SU``, ``199X``, ``1949/1991``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month a season starts in (for sorting)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAYPART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_EDGE_L = r"(?<![\w$€£¥.,/`#–—-])"  # not part of a bigger number, amount, range or identifier
_EDGE_R = r"(?![\w%]|[.,]\d|-\d|\s*(?:%|per ?cent))"
_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"

_MODIFIERS = {
    "early": "START", "late": "END", "mid": "MID", "middle of": "MID", "the middle of": "MID",
    "the end of": "END", "end of": "END", "the beginning of": "START", "the start of": "START",
    "since": "SINCE", "before": "BEFORE", "after": "AFTER", "until": "UNTIL", "till": "UNTIL",
    "around": "ABOUT", "about": "ABOUT", "circa": "ABOUT", "c.": "ABOUT",
    "post": "AFTER", "pre": "BEFORE",
}  # fmt: skip
_MOD_BEFORE = re.compile(
    r"\b(?P<mod>early|late|mid|the middle of|middle of|the end of|end of|the beginning of|the start of"
    r"|since|before|after|until|till|around|about|circa|c\.)[\s-]+(?:the\s+)?$",
    re.IGNORECASE,
)

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100, "several": 0, "a few": 0, "few": 0,
}  # fmt: skip
_NUM_WORD = "|".join(sorted((w for w in NUMBER_WORDS if NUMBER_WORDS[w]), key=len, reverse=True))
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
_APPROX = r"(?:(?:more than|over|nearly|almost|about|some|around|roughly|less than|just|barely)\s+)?"

# The grammar, one named alternative per rule. A trigger tries only the rules that can hold it
# (in this order, longest forms first, so "April 28, 1946" is never also read as "1946").
_RULES: dict[str, str] = {
    # "from the birth of the PRC in 1949 to the collapse of the Soviet Union in 1991"
    "span": (
        rf"(?P<span>\b[Ff]rom\s+(?:the\s+)?[A-Za-z][^,;:()]{{2,80}}?\s+in\s+(?P<sy1>{_YEAR})\s+to\s+(?:the\s+)?"
        rf"[A-Za-z][^,;:()]{{2,80}}?\s+in\s+(?P<sy2>{_YEAR})){_EDGE_R}"
    ),
    # ranges: "from 1950 to 2021", "between 1991 and 1993", "2000-2004", "1939–45"
    "range_from": (
        rf"(?P<r_from>\b[Ff]rom|\b[Bb]etween)\s+(?P<ry1>{_YEAR})\s+(?:to|and|until|till|through)\s+(?P<ry2>{_YEAR}){_EDGE_R}"
    ),
    "range_dash": (
        rf"{_EDGE_L}(?P<ry3>{_YEAR})\s?[-–—]\s?(?P<ry4>{_YEAR}|\d{{2}}){_EDGE_R}"
    ),
    # decades: "the 1990s", "the early 1980s", "the mid-1990s", "the '80s", "the nineties"
    "decade": (
        r"(?P<decade>\b(?:(?P<dmod>early|mid|late)[\s-]+)?(?P<dy>(?:1[0-9]|20)[0-9]0)'?s\b"
        r"|\b(?:the\s+)?'(?P<dshort>\d0)s\b|\bthe\s+(?P<dword>twenties|thirties|forties|fifties|sixties|"
        r"seventies|eighties|nineties)\b)"
    ),
    "century": (
        r"(?P<century>\b(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\s+century\b)"
    ),
    # "mid-1996", "post-1959", "pre-1990"
    "fuzzy": (
        rf"(?P<fz>\b(?:[Mm]id|[Pp]ost|[Pp]re|[Ee]arly|[Ll]ate)-)(?P<fy>{_YEAR}){_EDGE_R}"
    ),
    # seasons: "the summer of 1996", "summer 1996", "last fall", "this past spring", "in the winter"
    "season": (
        rf"(?P<season>\b(?:(?P<srel>last|this(?:\s+past)?|next|that|the\s+following|the\s+previous)\s+|(?:the\s+)?(?:(?:early|late)\s+)?)"
        rf"(?P<sname>{_SEASON})(?:\s+(?:of\s+)?(?P<sy>{_YEAR}))?){_EDGE_R}"
    ),
    # "N years ago", "a year ago", "two weeks ago", "11 days ago"
    "ago": (
        rf"(?P<ago>\b(?i:{_APPROX})(?P<ago_n>\d{{1,3}}|(?i:{_NUM_WORD}))\s+(?P<ago_u>years?|months?|weeks?|days?|decades?)\s+ago\b)"
    ),
    # narrative shifts: "five years later", "two decades earlier", "a year before"
    "shift": (
        rf"(?P<shift>\b(?i:{_APPROX})(?P<sh_n>\d{{1,3}}|(?i:{_NUM_WORD}))\s+(?P<sh_u>years?|months?|days?|decades?)\s+"
        r"(?P<sh_dir>later|earlier|afterwards?|after that|before that|on)\b(?!\s+than))"
    ),
    # narrative: "that year", "the following year", "the same month", "the next day"
    "narr": (
        r"(?P<narr>\b(?:(?P<n_rel>(?i:that(?:\s+same)?|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding))\s+"
        r"(?P<n_unit>year|month|day)|[Tt]he\s+(?P<n_unit2>year|month|day)\s+(?P<n_dir>before|after)(?=\s*(?:[,.;:)]|$)))\b)"
    ),
    # relative to the publication date: "last year", "this month", "next week", "the past week"
    "dctrel": (
        r"(?P<dctrel>\b(?P<d_rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he\s+past|[Tt]he\s+coming|[Ee]arlier\s+this|[Ll]ater\s+this)\s+"
        r"(?P<d_unit>year|month|week|weekend)\b)"
    ),
    # today, yesterday, tomorrow, tonight, this morning
    "deictic": (
        r"(?P<deictic>\b(?:[Tt]he\s+day\s+(?P<dd_dir>before|after)\s+)?(?P<dword2>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)(?!'s)"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b|\b[Tt]his\s+(?:morning|afternoon|evening)\b)"
    ),
    # full dates (a weekday before them is part of them)
    "full_mdy": (
        rf"(?:\b{_WEEKDAY},?\s+)?(?P<m1>\b{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR}){_EDGE_R}"
    ),
    "full_dmy": (
        rf"(?:\b{_WEEKDAY},?\s+)?(?P<d2>\b{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}){_EDGE_R}"
    ),
    # month + year: "February 1991", "December of 1992"
    "month_year": (
        rf"(?P<m3>\b{_MONTH}),?\s+(?:of\s+)?(?P<y3>{_YEAR}){_EDGE_R}"
    ),
    # month (+ day) of "that year"
    "month_of_year": (
        rf"(?P<m4>\b{_MONTH})(?:\s+(?P<d4>{_DAY}))?\s+(?:of\s+(?P<that>that|the same|the following|the next|the previous)|(?:of\s+)?(?P<rel4>last|this|next))\s+year\b"
    ),
    # month + day with no year: "On December 21", "21 December", "Friday, Oct. 23"
    "month_day": (
        rf"(?:\b{_WEEKDAY},?\s+)?(?P<m5>\b{_MONTH})\s+(?P<d5>{_DAY})\b(?![,.]?\s*\d)"
    ),
    "day_month": (
        rf"(?:\b{_WEEKDAY},?\s+)?(?P<d6>\b{_DAY})\s+(?:of\s+)?(?P<m6>{_MONTH})\b(?!,?\s*\d)"
    ),
    # weekdays: "on Thursday", "last Friday", "next Monday", "Wednesday night"
    "weekday": (
        rf"(?P<weekday>\b(?:(?P<w_rel>[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Pp]ast|[Cc]oming)\s+)?(?P<wname>{_WEEKDAY}){_DAYPART})\b(?!,?\s+{_MONTH})"
    ),
    # a bare month needs a cue ("in May", "mid May", "last December"): "May" is also a verb
    "bare_month": (
        rf"(?P<mcue>\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he middle of|[Ll]ast|[Tt]his|[Nn]ext)[\s-]+)(?P<m7>{_MONTH})\b(?!\.?,?\s+(?:of\s+)?\d)(?!\s+(?:of\s+)?(?:that|the same|the following|the next|the previous|last|this|next)\s+year)"
    ),
    # bare years
    "year": (
        rf"{_EDGE_L}(?P<y8>{_YEAR}){_EDGE_R}"
    ),
}
_DIGIT_RULES = ("range_from", "range_dash", "decade", "century", "fuzzy", "ago", "shift", "full_dmy", "day_month",
                "year")
_MONTH_RULES = ("full_mdy", "full_dmy", "month_year", "month_of_year", "month_day", "day_month", "bare_month")
_UNIT_RULES = ("ago", "shift", "narr", "dctrel", "deictic")
_GRAMMARS = {
    name: re.compile("|".join(_RULES[rule] for rule in _RULES if rule in rules))
    for name, rules in {
        "digit": _DIGIT_RULES,
        "month": _MONTH_RULES,
        "weekday": ("full_mdy", "full_dmy", "month_day", "day_month", "weekday"),
        "season": ("season",),
        "deictic": ("deictic",),
        "unit": _UNIT_RULES,
        "decade": ("decade",),
        "ago": ("ago",),
        "from": ("span", "range_from"),
    }.items()
}
# Every expression holds one of these words or a number.
_TRIGGER_CLASS = {
    **{m.capitalize(): "month" for m in MONTHS},
    **{w.capitalize(): "weekday" for w in WEEKDAYS},
    **{w: "season" for s in SEASONS for w in (s, s.capitalize())},
    **{w: "deictic" for s in ("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening")
       for w in (s, s.capitalize())},
    **{w: "unit" for s in ("year", "years", "month", "months", "week", "weeks", "weekend", "day", "days", "decade",
                           "decades") for w in (s, s.capitalize())},
    **{w: "decade" for s in _DECADE_WORDS for w in (s, s.capitalize())},
    "ago": "ago", "from": "from", "From": "from",
}
TRIGGER_WORDS = frozenset(_TRIGGER_CLASS)


def _by_first_letter(words: frozenset[str]) -> str:
    """The words as one alternation grouped by first letter ("A(?:fternoon|pril|…)|D(?:…)"), longest first
    within each group as in a plain longest-first alternation: at a word's start the engine tries one
    letter's few words, not all 96 (words of two first letters never match at one place)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(map(re.escape, rests))})" for first, rests in sorted(groups.items()))


# The scan starts with a digit or one of the trigger words' first letters, which the regex engine
# skips through quickly.
_TRIGGER = re.compile(
    r"[0-9]+|(?=[" + "".join(sorted({w[0] for w in TRIGGER_WORDS})) + r"])\b(?:" + _by_first_letter(TRIGGER_WORDS) + r")\b"
)
_YEAR_LIKE = re.compile(_YEAR)
# What may follow a number of one to three digits in an expression: a month ("21 December"), a
# unit ("80 years ago"), an ordinal century, a decade's "s" ("'80s"), the short end of a range.
_AFTER_COUNT = re.compile(
    r"(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:[JFMASOND][a-z]+|years?|months?|weeks?|days?|decades?|century)\b|'?s\b)"
)
_WINDOW_BEFORE = 40  # "more than seventy years ago", "from 1950 to 2021"
_WORDS_BEFORE = 4
_WINDOW_AFTER = 190  # "from the birth of … in 1949 to the collapse of … in 1991"
_WORD_BEFORE = re.compile(r"\b[A-Za-z]+")
_APPROX_WORDS = ("more", "over", "nearly", "almost", "about", "some", "around", "roughly", "less", "just")
_COUNT_WORDS = tuple(w for w in NUMBER_WORDS if " " not in w)
# The words that can open an expression before its trigger, per trigger class ("between 1991",
# "more than 80 years ago", "last Friday", "in mid May"): a trigger tries the grammar only there.
_OPENING_WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words)
    for name, words in {
        "digit": ("from", "between", "the", "early", "late", "mid", "post", "pre", "on", *_APPROX_WORDS,
                  *WEEKDAYS),
        "month": ("in", "during", "since", "by", "until", "early", "late", "mid", "the", "end", "middle", "last",
                  "this", "next", "on", *WEEKDAYS),
        "weekday": ("last", "next", "this", "on", "past", "coming"),
        "season": ("last", "this", "past", "next", "that", "the", "following", "previous", "early", "late"),
        "deictic": ("the", "day", "before", "after", "this"),
        "unit": ("last", "this", "next", "that", "same", "the", "following", "previous", "preceding", "past",
                 "coming", "earlier", "later", *_APPROX_WORDS, *_COUNT_WORDS),
        "decade": ("the",),
        "ago": (),
        "from": (),
    }.items()
}
# A number followed by one of these is a quantity, not a year ("1500 troops").
_QUANTITY_NEXT = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:million|billion|trillion|thousand|hundred|people|persons|troops|soldiers|"
    r"km|kilomet(?:er|re)s|miles|metres|meters|tons|tonnes|units|members|times|dollars|yuan|"
    r"rubles|roubles|euros|pounds|pence|cents|yen|francs|kroner|kronor|rupees|barrels|acres|hectares|feet|"
    r"tonnes?|kg|kilograms|grams|litres|liters|gallons|degrees|per\s+cent|percent|"
    r"projects|cases|deaths|votes|pages|words|items|characters|chars|bytes|"
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
_NAME_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:In|On|By|Since|During|From|Until|After|Before|At|The|Of|And|Or|Early|Late|Mid|Fiscal"
    r"|Christmas|Easter|Spring|Summer|Autumn|Fall|Winter|Year|AD|BC|Circa|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][a-z]+\s$"
)
_POSSESSIVE_BEFORE = re.compile(r"'s\s$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z][a-z]")
_QUANTITY_PREV = re.compile(r"(?:\b(?:No|Nos|Fig|Figs|Vol|pp?|page|pages|number|Table|ISBN|tel|phone)\.?\s*|[$€£¥#]\s?)$")

MIN_YEAR = 1000
MAX_YEAR = 2100


@dataclass
class Mention:
    """One date expression, resolved or not, in the coordinates of the text it was found in."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    precision: str = "year"  # day | week | month | season | year | range | decade | century
    certainty: str = "explicit"  # explicit | inferred | relative | unresolved
    modifier: str | None = None
    anchor_note: str | None = None
    needs_year: bool = False  # month/day with no year: resolved later from context
    that_year: bool = False  # "of that year": only the preceding text may anchor it
    ago: int | None = None  # "N <unit>s ago": resolved from the publication date
    unit: str | None = None  # year | month | week | day | decade | weekday: the unit of a relative expression
    shift: int | None = None  # signed offset in ``unit``s from the anchor
    anchor: str | None = None  # dct | narrative | weekday | season: what a relative expression needs
    weekday: int | None = None
    season: str | None = None  # SP | SU | FA | WI
    week: int | None = None  # ISO week number
    end_month: int | None = None  # the end of a span of days or months ("from Wednesday to Saturday")
    end_day: int | None = None
    day_shift: int = 0  # "the day before last Tuesday": days added once the day is resolved

    @property
    def value(self) -> str:
        """TIMEX3-like normalised value, part of the event key."""
        return timex_value(self.precision, self.year, self.month, self.day, self.end_year, self.week,
                           self.season, self.modifier, self.end_month, self.end_day)

    @property
    def resolved(self) -> bool:
        return self.year is not None and not self.needs_year and self.certainty != "unresolved"


def timex_value(precision: str, year: int | None, month: int | None, day: int | None, end_year: int | None,
                week: int | None = None, season: str | None = None, modifier: str | None = None,
                end_month: int | None = None, end_day: int | None = None) -> str:
    """"1998-08-07", "1998-W32", "1998-SU", "199X", "1949/1991", "2025-05-07/2025-05-10", with
    "~MOD" for a modifier."""
    if year is None:
        return "unresolved"
    if precision == "range":
        if end_month is None:
            return f"{year}/{end_year}"
        return f"{timex_value('day', year, month, day, None)}/{timex_value('day', end_year, end_month, end_day, None)}"
    if precision == "decade":
        value = f"{year // 10:03d}X"
    elif precision == "week" and month and day:
        iso_year, iso_week, _ = date(year, month, day).isocalendar()  # year/month/day: the week's Monday
        value = f"{iso_year:04d}-W{iso_week:02d}"
    elif precision == "season" and season is not None:
        value = f"{year:04d}-{season}"
    else:
        parts = [f"{year:04d}"]
        if month:
            parts.append(f"{month:02d}")
            if day:
                parts.append(f"{day:02d}")
        value = "-".join(parts)
    return f"{value}~{modifier}" if modifier else value


_SPAN_JOIN = re.compile(r"\s*(?:to|through|until|till|and|-|–|—)\s*")
_SPAN_OPEN = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")


def join_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """"from Wednesday to Saturday", "between March 3 and March 7", "from May to July": one span
    of days or months instead of two dates (both ends resolved, the end after the start)."""
    out: list[Mention] = []
    for mention in mentions:
        first = out[-1] if out else None
        if (first is not None and first.resolved and mention.resolved and first.precision == mention.precision
                and first.precision in ("day", "month") and not first.modifier and not mention.modifier
                and _SPAN_JOIN.fullmatch(text, first.end, mention.start)
                and (_SPAN_OPEN.search(text, max(0, first.start - 10), first.start) or first.text[:4].lower() in (
                    "from", "betw"))):
            start = (first.year, first.month or 0, first.day or 0)
            end = (mention.year, mention.month or 0, mention.day or 0)
            if start < end:
                opening = _SPAN_OPEN.search(text, max(0, first.start - 10), first.start)
                begin = opening.start() if opening else first.start
                out[-1] = Mention(begin, mention.end, text[begin:mention.end], first.year, first.month, first.day,
                                  end_year=mention.year, end_month=mention.month,
                                  end_day=mention.day if mention.precision == "day" else None,
                                  precision="range", certainty=first.certainty,
                                  anchor_note=first.anchor_note)
                continue
        out.append(mention)
    return out


class _Groups(dict[str, Any]):
    """A match's named groups; a group of a rule that is not in this trigger's grammar is None."""

    def __missing__(self, key: str) -> None:
        return None


def _plausible(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]  # a day group of the patterns is digits


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _number(text: str) -> int:
    raw = text.lower()
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw]


def _unit(text: str) -> str:
    return text.lower().rstrip("s")


def _modifier(text: str, start: int) -> str | None:
    """A qualifier just before the expression: "early 2020", "since 2000", "mid-1990"."""
    m = _MOD_BEFORE.search(text, max(0, start - 24), start)
    return _MODIFIERS.get(m.group("mod").lower()) if m else None


def find_mentions(text: str) -> list[Mention]:
    """Every date expression in ``text`` (a sentence or passage), unresolved ones included.

    Trying the whole grammar at every character is slow, so it is only tried (anchored) at
    the start of a cheap trigger (a number or one of a few words) and of the few words just
    before it ("between 1991", "more than 80 years ago"): the same matches, far faster.
    """
    mentions: list[Mention] = []
    pos = 0
    n = len(text)
    for trigger in _TRIGGER.finditer(text):
        word = trigger.group(0)
        if trigger.start() < pos:
            continue
        if trigger.start() and text[trigger.start() - 1].isalpha():
            continue  # inside a word ("G20")
        if word[0].isdigit():
            kind = "digit"
            if not (_YEAR_LIKE.fullmatch(word) or (len(word) <= 3 and _AFTER_COUNT.match(text, trigger.end()))):
                continue  # an amount, a code: neither a year nor a day, a count of years or "'80s"
        else:
            kind = _TRIGGER_CLASS[word]
        before = list(_WORD_BEFORE.finditer(text, max(pos, trigger.start() - _WINDOW_BEFORE), trigger.start()))
        if kind != "ago":  # only a few words can open an expression before its trigger
            openers = _OPENING_WORDS[kind]
            before = [w for w in before if w.group(0).lower() in openers]
        end = min(n, trigger.end() + _WINDOW_AFTER)
        grammar = _GRAMMARS[kind]
        for start in [*(w.start() for w in before[-_WORDS_BEFORE:]), trigger.start()]:
            m = grammar.match(text, start, end)
            if m is not None and m.end() > trigger.start():
                pos = m.end()
                mention = _read(m, text)
                if mention is not None:
                    mentions.append(mention)
                break
    return mentions


def _read(m: re.Match[str], text: str) -> Mention | None:
    start, end, expr = m.start(), m.end(), m.group(0)
    g = _Groups(m.groupdict())
    if g["span"]:
        y1, y2 = int(g["sy1"]), int(g["sy2"])
        if not (_plausible(y1) and _plausible(y2)) or y2 <= y1:
            return None
        return Mention(start, end, expr, y1, end_year=y2, precision="range")
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
        return _decade(m, text)
    if g["century"]:
        return Mention(start, end, expr, None, precision="century", certainty="unresolved")
    if g["fz"]:
        year = int(g["fy"])
        if not _plausible(year):
            return None
        return Mention(start, end, expr, year, modifier=_MODIFIERS[g["fz"].rstrip("-").lower()])
    if g["season"]:
        return _season(m)
    if g["ago"]:
        unit = _unit(g["ago_u"])
        n = _number(g["ago_n"])
        approx = unit in ("year", "decade") or bool(re.match(r"(?i)more|over|nearly|almost|about|some|around|roughly|less", expr))
        return Mention(start, end, expr, None, certainty="unresolved", ago=n, unit=unit, shift=-n, anchor="dct",
                       modifier="ABOUT" if approx and unit in ("year", "decade") else None)
    if g["shift"]:
        n = _number(g["sh_n"])
        sign = -1 if g["sh_dir"].lower() in ("earlier", "before that") else 1
        unit = _unit(g["sh_u"])
        return Mention(start, end, expr, None, certainty="unresolved", unit=unit, shift=sign * n, anchor="narrative",
                       modifier="ABOUT" if unit == "decade" else None)
    if g["narr"]:
        rel = (g["n_rel"] or "").lower()
        unit = g["n_unit"] or g["n_unit2"]
        if g["n_dir"]:
            shift = -1 if g["n_dir"] == "before" else 1
        else:
            shift = 1 if rel.endswith(("following", "next")) else -1 if rel.endswith(("previous", "preceding")) else 0
        return Mention(start, end, expr, None, certainty="unresolved", unit=unit, shift=shift, anchor="narrative")
    if g["dctrel"]:
        rel = " ".join(g["d_rel"].lower().split())
        unit = g["d_unit"]
        shift = -1 if rel in ("last", "the past") else 1 if rel in ("next", "the coming") else 0
        if unit == "weekend":
            unit, shift = "week", shift
        modifier = {"earlier this": "START", "later this": "END"}.get(rel) if unit == "year" else None
        if rel in ("the past", "the coming") and unit != "week":
            return None  # "the past year" is a duration, not a calendar year
        if rel in ("last", "the past") and _DURATION_BEFORE.search(text, max(0, start - 16), start):
            return None  # "in Bethesda for the last week", "over the last year": a stretch of time, not a week
        return Mention(start, end, expr, None, certainty="unresolved", unit=unit, shift=shift, anchor="dct",
                       modifier=modifier)
    if g["deictic"]:
        if _NAMED_DEICTIC.search(text, max(0, start - 30), start) and expr[:1].isupper():
            return None  # "VOA Today", "USA Today": a name
        if _GENERIC_DEICTIC.search(text, max(0, start - 4), start) and expr.lower() in ("today", "tomorrow"):
            return None  # "the people of tomorrow", "the Europe of today"
        word = (g["dword2"] or "today").lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        if g["dd_dir"]:
            shift += -1 if g["dd_dir"] == "before" else 1
        return Mention(start, end, expr, None, certainty="unresolved", unit="day", shift=shift, anchor="dct")
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
        that = (g["that"] or g["rel4"]).lower()
        precision = "day" if day else "month"
        if that in ("last", "this", "next"):
            return Mention(start, end, expr, None, _month(g["m4"]), day, precision=precision, certainty="unresolved",
                           unit="year", shift={"last": -1, "this": 0, "next": 1}[that], anchor="dct")
        return Mention(start, end, expr, None, _month(g["m4"]), day, precision=precision, needs_year=True,
                       that_year=True, shift={"the following": 1, "the next": 1, "the previous": -1}.get(that, 0))
    if g["m5"] or g["m6"]:
        month = _month(g["m5"] or g["m6"])
        mention = Mention(start, end, expr, None, month, _day(g["d5"] or g["d6"]), precision="day", needs_year=True)
        return _around_day(mention, text)
    if g["weekday"]:
        rel = (g["w_rel"] or "").lower()
        told = _NARRATIVE_WEEKDAY.search(text, max(0, m.start("wname") - 24), m.start("wname"))
        if told is not None:
            # "down 4.5% from the previous Friday": the Friday before the narrative's day, not the
            # publication date's last one
            return Mention(told.start(), end, text[told.start() : end], None, precision="day",
                           certainty="unresolved", anchor="narrative", unit="weekday",
                           weekday=WEEKDAYS[g["wname"].lower()],
                           shift=-1 if told.group("dir").lower() in ("previous", "preceding") else 1)
        shift = -1 if rel in ("last", "past") else 1 if rel in ("next", "coming") else 0
        return _around_day(Mention(start, end, expr, None, precision="day", certainty="unresolved", anchor="weekday",
                                   weekday=WEEKDAYS[g["wname"].lower()], shift=shift), text)
    if g["m7"]:
        return _bare_month(m, start, end)
    if g["y8"]:
        year = int(g["y8"])
        if not _plausible(year):
            return None
        y_start = m.start("y8")
        if _QUANTITY_PREV.search(text, max(0, y_start - 12), y_start) or _QUANTITY_NEXT.match(text, m.end()):
            return None
        if _PLURAL_NEXT.match(text, m.end()) and not _YEAR_CUE_BEFORE.search(text, max(0, y_start - 12), y_start):
            return None
        if _NAME_BEFORE.search(text, max(0, y_start - 20), y_start) or (
                _POSSESSIVE_BEFORE.search(text, max(0, y_start - 4), y_start) and _CAPITAL_NEXT.match(text, m.end())):
            return None  # "Orion 1980", "Expo 2010" (names); "Kopp's 1987 Chevrolet" (a model year)
        return Mention(start, end, expr, year, precision="year", modifier=mod)
    return None


_NARRATIVE_WEEKDAY = re.compile(r"\b[Tt]he\s+(?P<dir>previous|preceding|following|next)\s+$")
_DURATION_BEFORE = re.compile(r"\b(?:for|over|throughout|within)\s+the\s+$", re.IGNORECASE)
_NAMED_DEICTIC = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z]+\s+$")
_GENERIC_DEICTIC = re.compile(r"\bof\s+$")
_WEEK_OF = re.compile(r"\b[Tt]he\s+week\s+of\s+$")
_DAY_AROUND = re.compile(r"\b[Tt]he\s+day\s+(?P<dir>before|after)\s+$")


def _around_day(mention: Mention, text: str) -> Mention:
    """"the week of March 6" is that week; "the day before last Tuesday" the day before it."""
    week = _WEEK_OF.search(text, max(0, mention.start - 16), mention.start)
    if week is not None:
        mention.start, mention.precision = week.start(), "week"
    around = _DAY_AROUND.search(text, max(0, mention.start - 20), mention.start)
    if around is not None:
        mention.start, mention.day_shift = around.start(), -1 if around.group("dir") == "before" else 1
    mention.text = text[mention.start : mention.end]
    return mention


def settle_day(mention: Mention) -> None:
    """Once a day is resolved: "the day before" moves it, "the week of" widens it to its ISO week."""
    if mention.year is None or mention.month is None or mention.day is None or mention.needs_year:
        return
    try:
        day = date(mention.year, mention.month, mention.day)
    except ValueError:
        return
    if mention.day_shift:
        day += timedelta(days=mention.day_shift)
        mention.day_shift = 0
    if mention.precision == "week":
        day -= timedelta(days=day.weekday())
        mention.week = day.isocalendar()[1]
    mention.year, mention.month, mention.day = day.year, day.month, day.day


def _decade(m: re.Match[str], text: str) -> Mention:
    g = _Groups(m.groupdict())
    if g["dy"]:
        year = int(g["dy"])
    elif g["dshort"]:
        year = 1900 + int(g["dshort"])
    else:
        year = 1900 + _DECADE_WORDS[g["dword"]]
    modifier = {"early": "START", "mid": "MID", "late": "END"}.get((g["dmod"] or "").lower()) or _modifier(text, m.start())
    certainty = "explicit" if g["dy"] else "inferred"
    return Mention(m.start(), m.end(), m.group(0), year, end_year=year + 9, precision="decade", certainty=certainty,
                   modifier=modifier, anchor_note=None if g["dy"] else "century taken as the 1900s")


def _season(m: re.Match[str]) -> Mention | None:
    g = _Groups(m.groupdict())
    season = SEASONS[g["sname"].lower()]
    expr = m.group(0)
    modifier = "START" if re.search(r"(?i)\bearly\b", expr) else "END" if re.search(r"(?i)\blate\b", expr) else None
    if g["sy"]:
        return Mention(m.start(), m.end(), expr, int(g["sy"]), SEASON_MONTH[season], precision="season",
                       season=season, modifier=modifier)
    rel = " ".join((g["srel"] or "").lower().split())
    if g["sname"][0].isupper() and not rel:
        return None  # "Spring" at a sentence start is rarely a date; "Fall" is often a verb
    if rel in ("last", "this past", "this", "next"):
        shift = -1 if rel in ("last", "this past") else 1 if rel == "next" else 0
        return Mention(m.start(), m.end(), expr, None, SEASON_MONTH[season], precision="season", season=season,
                       certainty="unresolved", anchor="season", shift=shift, modifier=modifier)
    if rel in ("that", "the following", "the previous"):
        shift = {"the following": 1, "the previous": -1}.get(rel, 0)
        return Mention(m.start(), m.end(), expr, None, SEASON_MONTH[season], precision="season", season=season,
                       needs_year=True, that_year=True, shift=shift, modifier=modifier)
    if not re.search(r"(?i)\bthe\s", expr):
        return None  # "every summer" is no date; "fall" without "the" is the verb
    return Mention(m.start(), m.end(), expr, None, SEASON_MONTH[season], precision="season", season=season,
                   needs_year=True, modifier=modifier)


def _bare_month(m: re.Match[str], start: int, end: int) -> Mention | None:
    g = _Groups(m.groupdict())
    word = g["m7"]
    cue = g["mcue"].strip().lower()
    if word == "May" and cue in ("by", "this", "next", "last"):
        return None  # "by May" is fine in English but "May" as a verb is likelier here
    modifier = {"mid": "MID", "early": "START", "late": "END", "the end of": "END", "the middle of": "MID"}.get(cue)
    start = m.start("m7") if cue in ("in", "during", "by", "until", "since") else start
    expr = m.string[start:end]
    if cue in ("last", "this", "next"):
        # "last December": the most recent December before the publication date
        return Mention(start, end, expr, None, _month(word), precision="month", certainty="unresolved",
                       anchor="month", shift={"last": -1, "this": 0, "next": 1}[cue])
    return Mention(start, end, expr, None, _month(word), precision="month", modifier=modifier, needs_year=True)


# --- resolution ---------------------------------------------------------------------------------

_FUTURE = re.compile(
    r"\b(?:will|won't|shall|'ll|(?:is|are|was|were|be)\s+to|(?:is|are|was|were)\s+(?:scheduled|expected|set|slated|"
    r"planned|due|going)|(?:plans?|planned|planning|intends?|intended|hopes?|hoped|expects?|expected|scheduled|"
    r"slated|set|due|aims?|aimed|prepared|preparing|agreed|promised|vowed|threatened|decided)\s+to|to\s+be\s+held|"
    r"(?:agreement|plan|proposal|offer|bid|deal|decision|intention)\s+to\s+[a-z]+|"
    r"(?:set|scheduled|slated|planned|due)\s+for|would|upcoming|scheduled|slated|planned"
    r"|(?:opens|begins|starts|runs|takes\s+place|meets|arrives|departs|ends|closes)\s+(?:[a-z]+\s+){0,6}?(?:on|from|until|through|next|this)?)\b",
    re.IGNORECASE,
)
_PAST_OR_REPORT = re.compile(
    r"\b(?:[Ss]aid|[Ss]ays|[Tt]old|[Aa]nnounced|[Rr]eported|[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|ago|[a-z]{2,}ed"
    r"|began|came|went|met|made|took|gave|saw|held|led|left|lost|won|fell|rose|grew|broke|fought|built|sent|got|kept"
    r"|paid|brought|sold|spent|struck|stood|thought|knew|ran|wrote|spoke|chose|drew|flew|became|began)\b"
)
_DEADLINE = re.compile(r"\b(?:by|until|till|effective|as\s+soon\s+as|no\s+later\s+than)\s+(?:[\d.:]+\s*[ap]\.m\.\s+(?:[A-Z]{3}\s+)?)?$")
# "a still unspecified date", "the armed forces": an -ed word after a determiner is an adjective
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|these|those)\s+(?:[a-z]+\s+)?$")
# "would buy … as soon as trading opened Monday": what a prospect waits for is ahead, in whatever tense
# reported speech puts it ("As soon as the polls closed on Sunday, the count began" tells the past)
_AS_SOON_AS = re.compile(r"\b(?:would|will|'ll|shall|could|can|likely|expected|ready|plans?|hopes?|intends?|wants?)\b"
                         r"[^;]*\bas\s+(?:soon|early)\s+as\b(?![^,;]*\b(?:had|was|were)\b)")
_PLAN_PARTICIPLE = re.compile(r"(?:set|scheduled|slated|planned|due)(?:\s+for)?", re.IGNORECASE)
_PLAN_OVERTAKEN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:[a-z]+\s+)?(?:[a-z]+ed|held|called\s+off|put\s+off)\b")
_PAST_PERFECT = re.compile(r"\bhad\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b")
_HAD = re.compile(r"\bhad\s+(?:been\s+)?$")  # "had been due to expire Friday": a past plan
# "let the offensive begin as previously planned Saturday night": measured against a plan, told in the main verb's tense
_AS_PLANNED = re.compile(r"\bas\s+(?:(?:previously|originally|initially|earlier|first)\s+)?$", re.IGNORECASE)
# a report's subject matter ("told … of a cutback in", "warned about a strike in"): no verb of its own
_REPORT_VERB = re.compile(r"\b(?:told|informed|notified|warned|announced|reported)$")
_REPORTED = re.compile(r"\s+(?:[\w.,'-]+\s+){0,6}?(?:of|about)\s+(?![\w-]+ed\b)(?:[\w.,%'-]+\s+){1,8}(?:in|on|for|by)\s+")
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|am|get)\s+$")  # "will be named": no past tense
# A semicolon, or a colon not between digits, ends a clause: "at 11:49" is a clock time (judge 229). Shared by every
# clause splitter of the pipeline (the grammar's clause end, the question generator's clause tail and craft ends).
CLAUSE_STOP = r";|(?<!\d):(?!\d)"
_CLAUSE_EDGE = re.compile(rf"{CLAUSE_STOP}|,\s+(?:and|but|while)\b|\b(?:that|who|which|where|when|because|since)\b")


def tense(sentence: str, start: int, end: int) -> str | None:
    """The tense of the verb that governs the date at [start, end) of ``sentence``: "future",
    "past", or ``None`` when the clause shows neither ("the NATO summit in April").

    The nearest tense marker before the date in its clause decides ("said Thursday it will …"
    is past for Thursday; "will meet on Monday" is future); else the first marker right after
    the date ("Monday's vote will …", "the service for Saturday was cancelled").
    """
    window_start = max(0, start - 160)
    opening = ""
    for edge in _CLAUSE_EDGE.finditer(sentence, window_start, start):
        window_start, opening = edge.end(), edge.group(0)
    before = sentence[window_start:start]
    if _DEADLINE.search(before):
        # "until Tuesday", "by Feb. 1", "effective March 3": a deadline ahead, unless it was met
        # already ("had filed reports by Wednesday")
        return "past" if _PAST_PERFECT.search(before, before.rfind(",") + 1) else "future"
    if _AS_SOON_AS.search(sentence, 0, start):
        return "future"
    future = [f for f in _FUTURE.finditer(before)
              if not _HAD.search(before, 0, f.start()) and not _AS_PLANNED.search(before, 0, f.start())]
    past = [p.end() for p in _PAST_OR_REPORT.finditer(before) if not _PASSIVE.search(before, 0, p.start())
            and not (p.group(0).endswith("ed") and (_ATTRIBUTIVE.search(before, 0, p.start())
                                                     or _AS_PLANNED.search(before, 0, p.start())))]
    if sentence.startswith(("'s", "’s"), end):
        future, past = [], []  # "get around Wednesday's ruling": the date is the ruling's, the verb's tense is not
    if past and not (future and future[-1].end() >= past[-1]) and _REPORTED.fullmatch(before, past[-1]) \
            and _REPORT_VERB.search(before, max(0, past[-1] - 12), past[-1]):
        return None  # "told oil companies of a cutback in September": what is told has no tense of its own
    if future and (not past or future[-1].end() >= past[-1]):
        plan = future[-1]
        if _PLAN_PARTICIPLE.fullmatch(plan.group(0)) and not _PASSIVE.search(before, 0, plan.start()):
            # "a service planned for Saturday was cancelled": the plan's verb after the date decides
            overtaken = _PLAN_OVERTAKEN.search(sentence, end, min(len(sentence), end + 60))
            if overtaken is not None and not _FUTURE.search(sentence, end, overtaken.start()):
                return "past"
        return "future"
    if past or opening == "since":
        return "past"  # "searching for him since shortly after the Oct. 23 slaying"
    for after in (sentence[end : end + 80], sentence[end:]):  # then the main verb of "In January, a week after …, X killed"
        clause_end = _CLAUSE_EDGE.search(after)
        after = after[: clause_end.start()] if clause_end else after
        f_after = _FUTURE.search(after)
        p_after = _PAST_OR_REPORT.search(after)
        if f_after is not None and (p_after is None or f_after.start() < p_after.start()):
            return "future"
        if p_after is not None:
            return "past"
    return None


def is_future(sentence: str, start: int, end: int) -> bool:
    """Does the verb that governs the date at [start, end) of ``sentence`` speak of the future?"""
    return tense(sentence, start, end) == "future"


@dataclass
class Anchor:
    """The reference time of the narrative so far: the last date the text resolved."""

    year: int
    month: int | None = None
    day: int | None = None


def parse_dct(value: str | None) -> date | None:
    """The publication date when it names a day; ``None`` otherwise."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def parse_dct_parts(value: str | None) -> tuple[int | None, int | None]:
    if not value:
        return None, None
    parts = value.split("-")
    try:
        return int(parts[0]), (int(parts[1]) if len(parts) > 1 else None)
    except ValueError:
        return None, None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _set_day(mention: Mention, day: date, certainty: str, note: str) -> None:
    mention.year, mention.month, mention.day = day.year, day.month, day.day
    mention.precision = "week" if mention.precision == "week" else "day"
    mention.certainty, mention.anchor_note = certainty, note
    mention.needs_year = False


def resolve_dct(mention: Mention, dct: str | None, future: bool) -> None:
    """Resolve an expression that needs the publication date; without one it stays unresolved."""
    pub_year, pub_month = parse_dct_parts(dct)
    pub_day = parse_dct(dct)
    if pub_year is None:
        return
    unit, shift = mention.unit, mention.shift or 0
    label = f"the publication date ({dct})"
    if mention.anchor == "weekday":
        if pub_day is None:
            return
        delta = (mention.weekday or 0) - pub_day.weekday()
        if shift < 0 or (shift == 0 and not future):
            delta = delta if delta <= 0 else delta - 7  # the most recent such day, the DCT's own included
            if shift < 0 and delta == 0:
                delta = -7
        else:
            delta = delta if delta >= 0 else delta + 7
            if shift > 0 and delta == 0:
                delta = 7
        _set_day(mention, pub_day + timedelta(days=delta), "relative",
                 f"{'the coming' if delta > 0 else 'the last'} {mention.text.split()[-1]} before or after {label}"
                 if delta else f"the weekday of {label}")
        return
    if mention.anchor == "season":
        first = SEASON_MONTH[mention.season or "SU"]
        month = pub_month or 6
        if shift < 0:  # "last fall", "this past spring": the most recent one that has begun
            year = pub_year if first < month else pub_year - 1
        elif shift > 0:  # "next summer": the next one to begin
            year = pub_year if first > month else pub_year + 1
        else:
            year = pub_year - 1 if mention.season == "WI" and month <= 2 else pub_year  # "this winter" in January
        mention.year, mention.certainty, mention.anchor_note = year, "relative", f"season relative to {label}"
        return
    if mention.anchor == "month":
        if pub_month is None or mention.month is None:
            return
        year = pub_year
        if shift < 0 and mention.month >= pub_month - 1:
            year -= 1  # "last February" written in March is a year back: the month just gone is "last month"
        elif shift > 0 and mention.month <= pub_month:
            year += 1
        mention.year, mention.certainty, mention.anchor_note = year, "relative", f"month relative to {label}"
        return
    if unit == "day":
        if pub_day is None:
            return
        _set_day(mention, pub_day + timedelta(days=shift), "relative", f"day relative to {label}")
        return
    if unit == "week":
        if pub_day is None:
            return
        if pub_day.weekday() == 6 and shift <= 0 and "weekend" not in mention.text.lower():
            # Written on a Sunday, "last week" or "two weeks ago" falls between two calendars: the
            # Monday-to-Sunday week ends today, the Sunday-to-Saturday one has just begun. A reader
            # cannot tell which week is meant, so it stays undated.
            return
        day = pub_day + timedelta(weeks=shift)
        monday = day - timedelta(days=day.weekday())
        mention.year, mention.month, mention.day, mention.week = monday.year, monday.month, monday.day, day.isocalendar()[1]
        mention.precision, mention.certainty, mention.anchor_note = "week", "relative", f"week relative to {label}"
        return
    if unit == "month":
        if pub_month is None:
            return
        mention.year, mention.month = _add_months(pub_year, pub_month, shift)
        mention.precision, mention.certainty = "month", "relative"
        mention.anchor_note = f"month relative to {label}"
        return
    if unit == "decade":
        mention.year = pub_year + 10 * shift
        mention.precision, mention.certainty, mention.modifier = "year", "relative", "ABOUT"
        mention.anchor_note = f"{-shift} decades before {label}" if shift < 0 else f"relative to {label}"
        return
    if unit == "year":
        mention.year, mention.precision, mention.certainty = pub_year + shift, "year", "relative"
        if mention.month is not None:  # "December of last year"
            mention.precision = "day" if mention.day else "month"
        mention.anchor_note = (f"{-shift} years before {label}" if mention.ago is not None
                               else f"year relative to {label}")
        mention.needs_year = False


def resolve_calendar(mention: Mention, dct: str | None, future: bool, known: bool = True) -> bool:
    """A month-day or bare month without a year, placed by tense around the publication date.

    Past tense: the most recent such date on or before the publication date; future tense:
    the next one on or after it; a clause that shows no tense (``known`` False: "the summit in
    April", "Congress reconvenes Jan. 24"): the nearer of the two. Returns False when there is
    no publication date.
    """
    pub_year, pub_month = parse_dct_parts(dct)
    if pub_year is None or pub_month is None or mention.month is None:
        return False
    pub_day = parse_dct(dct)
    if not known:
        pub = pub_day or date(pub_year, pub_month, 15)
        day = min(mention.day or 15, 28)
        year = min((pub_year - 1, pub_year, pub_year + 1), key=lambda y: abs((date(y, mention.month or 1, day) - pub).days))
        mention.year, mention.certainty, mention.needs_year = year, "relative", False
        mention.anchor_note = f"the nearer year to the publication date ({dct}): no tense tells"
        return True
    year = pub_year
    key = (mention.month, mention.day or (1 if future else 31))
    pub_key = (pub_month, pub_day.day if pub_day else 15)
    if future and key < pub_key and (mention.day is not None or mention.month < pub_month):
        year += 1
    elif not future and key > pub_key and (mention.day is not None or mention.month > pub_month):
        year -= 1
    if pub_day is not None and mention.day is not None:
        year = _nearer(pub_day, year, mention.month, mention.day)
    mention.year, mention.certainty, mention.needs_year = year, "relative", False
    tense = "future" if future else "past"
    mention.anchor_note = f"year from the {tense} tense and the publication date ({dct})"
    return True


def _nearer(pub: date, year: int, month: int, day: int) -> int:
    """The tense's year, unless it puts the day more than half a year away while the other
    reading is within two months of the publication date ("the Aug. 7 blasts" in an August 18
    article, whatever tense a nearby "would" suggests)."""
    try:
        chosen = date(year, month, day)
        other = date(year + (1 if chosen < pub else -1), month, day)
    except ValueError:
        return year
    if abs((chosen - pub).days) > 183 and abs((other - pub).days) <= 62:
        return other.year
    return year


def resolve_narrative(mention: Mention, anchor: Anchor | None) -> None:
    """"that year", "the following month", "five years later": from the narrative's last date."""
    if anchor is None:
        return
    unit, shift = mention.unit, mention.shift or 0
    note = f"relative to the preceding date ({anchor_text(anchor)})"
    if unit in ("year", "decade"):
        mention.year = anchor.year + shift * (10 if unit == "decade" else 1)
        mention.precision = "year"
    elif unit == "month":
        if anchor.month is None:
            return
        mention.year, mention.month = _add_months(anchor.year, anchor.month, shift)
        mention.precision = "month"
    elif unit == "day":
        if anchor.month is None or anchor.day is None:
            return
        day = date(anchor.year, anchor.month, anchor.day) + timedelta(days=shift)
        mention.year, mention.month, mention.day, mention.precision = day.year, day.month, day.day, "day"
    elif unit == "weekday":
        if anchor.month is None or anchor.day is None or mention.weekday is None:
            return  # "the following Monday" after a month or a year: no day to count from
        told = date(anchor.year, anchor.month, anchor.day)
        if shift > 0:  # strictly after the narrative's day, or strictly before it
            day = told + timedelta(days=(mention.weekday - told.weekday()) % 7 or 7)
        else:
            day = told - timedelta(days=(told.weekday() - mention.weekday) % 7 or 7)
        mention.year, mention.month, mention.day, mention.precision = day.year, day.month, day.day, "day"
    else:
        return
    mention.certainty, mention.anchor_note = "inferred", note


def anchor_text(anchor: Anchor) -> str:
    return timex_value("day" if anchor.day else "month" if anchor.month else "year", anchor.year, anchor.month,
                       anchor.day, None)

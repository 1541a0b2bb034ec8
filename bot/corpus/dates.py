"""Timeline events: dated clauses, their dates resolved (``bot.corpus.timex``), events that are events.

What becomes an event (issue 11):

* a clause holding a resolved date, at the precision the text gives (day, week, month, season,
  year, decade, or a range such as "2000-2004" or "from the birth of the PRC in 1949 to the
  collapse of the Soviet Union in 1991");
* not a caption (a one-sentence paragraph with a photo credit, or a future tense about a date
  before the publication date), a figure or table description, or a reference entry;
* not an evaluation ("Putin's administration in 2000 is an indispensable sign that …");
* not a state bounded by a date ("before 1964", "until 2000"); "since 2014" is the start of
  what the clause tells, so it is an event with the modifier SINCE;
* a date after the publication date (or, undated, in the future tense) is ``scheduled``;
* its summary stands alone: the clause holding the date with a finite verb, else the whole
  sentence, else no event; cut at a clause boundary, never mid-word.

Near-duplicates in one document are merged here; across documents in ``bot.corpus.events``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from bot.corpus.events import EventMerger
from bot.corpus.grammar import first_person, opening_reference
from bot.corpus.keys import make_key
from bot.corpus.model import CleanDocument, Event, Passage
from bot.corpus.readability import unreadable
from bot.corpus.referents import Referents
from bot.corpus.timex import (
    MONTHS,
    Anchor,
    Mention,
    find_mentions,
    is_future,
    join_spans,
    parse_dct,
    parse_dct_parts,
    resolve_calendar,
    resolve_dct,
    resolve_narrative,
    settle_day,
    tense,
)

__all__ = ["MONTHS", "Mention", "extract_events", "find_mentions", "summarise", "truncate"]

_LEADING_ADVERBIAL_PREP = re.compile(
    r"^\s*(?:(?:On|In|By|During|At|Around|About|Since|Until|From|Early|Late|Mid|Between)\b\s*)?"
    r"(?:(?:early|late|mid|the end of|the middle of|the beginning of)\b[\s-]*)?$"
)
_CLAUSE_SPLIT = re.compile(r";\s*")
_YEAR_AGO = re.compile(r"\byear-(?:ago|earlier)\s+(?:period|quarter|half|months?|weeks?)\b[^;.]{0,40}$")
_CLAUSE_BEFORE = re.compile(r"(?:;|,\s+(?:and|but|while|whereas))\s*$")
_DATED_COORDINATION = re.compile(r",\s+(?:and|but|while|whereas)\s+")
_DISCOURSE = re.compile(
    r"^(?:However|Therefore|Moreover|Furthermore|Meanwhile|Nevertheless|Nonetheless|Thus|Hence|Also|Besides"
    r"|Still|Then|In fact|Indeed|At the same time|In addition|As a result|Consequently),\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z0-9]+")
# After ", and" / ", but": a lower-case word that cannot open a subject starts a verb phrase sharing
# the first clause's subject ("…, but lost it the following year").
_SHARED_SUBJECT = re.compile(
    r"(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|he|she|it|they|we|you|i|there|some|"
    r"many|most|all|both|each|every|no|none|one|two|three|several|few|other|another|such|in|on|at|by|after|"
    r"before|during|since|when|while|as|if|only|even|much|more|less|what|who|which|whose)\b)[a-z]")

SUMMARY_MAX = 200
SUMMARY_HARD_MAX = 260  # when the date itself is past SUMMARY_MAX
MAX_RANGE_YEARS = 30  # "from 1950 to 2021" frames a chart, it is not an event
_STATE_MODIFIERS = {"BEFORE", "AFTER", "UNTIL"}  # describe states, not events


# --- what is an event ----------------------------------------------------------------------------

_PHOTO_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:Photo|Photos|photo|Xinhua|Reuters|AP|AFP|Getty|TASS|Sputnik|EPA|IC)\b[^()]*)\)\s*$"
    r"|\b(?:Photo|Photograph|Image|Picture)\s*(?:by|:|/)\s*[A-Z]|\bfile photo\b|^\s*(?:Photo|Caption)\s*:",
)
_FIGURE = re.compile(
    r"^\s*(?:\(?(?:Figure|Fig\.|Table|Chart|Graph|Map|Source|Sources|Note|Notes)\s*\d*[.:)]?\s)"
    r"|\b(?:Figure|Fig\.|Table|Chart|Graph)\s+\d+[a-z]?\s+(?:shows?|illustrates?|presents?|depicts?|gives?|lists?|"
    r"summari[sz]es?|compares?|plots?)\b"
)
_REFERENCE = re.compile(
    r"^\s*(?:\[\d+\]\s*)?[A-Z][A-Za-z'’-]+,\s+(?:[A-Z]\.\s*){1,3}(?:,|and|&|\(|\d)"
    r"|\bet al\.,?\s*\(?\d{4}|\bdoi:|\bISBN\b|\bRetrieved from\b|https?://|\bpp\.\s*\d|\bVol\.\s*\d+\s*,?\s*No\."
)
_FIGURE_WORD = re.compile(r"Fig|Table|Chart|Graph|Map|Source|Note")
_REFERENCE_START = re.compile(r"\s*(?:\[\d+\]\s*)?[A-Z][A-Za-z'’-]+,\s+[A-Z]\.")
_REFERENCE_MARK = re.compile(r"et al\.|doi:|ISBN|Retrieved|https?:|pp\.|Vol\.")
_PHOTO_WORD = re.compile(r"[Pp]hoto|Image|Picture|Caption")
_EVALUATION_NOUN = re.compile(
    r"(?:sign|proof|evidence|example|lesson|testament|symbol|reminder|indicat|manifestation|embodiment|reflection"
    r"|illustration|demonstration|model|cornerstone|hallmark|benchmark)s?\s+(?:that|of)\b"
)
_EVALUATION = re.compile(
    r"\b(?:is|are|remains|remain|was|were)\s+(?:also\s+|thus\s+|therefore\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:most|very|truly|particularly|extremely|clear|important|significant|indispensable|crucial|essential|"
    r"vital|key|major|strong|powerful|telling|undeniable|historic|new|good|great)\s+)*"
    r"(?:sign|proof|evidence|example|lesson|testament|symbol|reminder|indication|indicator|manifestation|"
    r"embodiment|reflection|illustration|demonstration|model|cornerstone|hallmark|benchmark)s?\s+(?:that|of)\b"
)
_SPAN = re.compile(r"[Ff]rom\s+(?!\d)")  # "from the birth of … in 1949 to …": a narrated span
_QUOTED = re.compile(r"``.*?(?:''|$)|\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")
# "than" of a comparison: "more than four hours Friday" is a quantity, "more than the 16 cents it
# earned last year" a comparison; "rather than", "other than" compare no figures
_THAN = (r"(?:(?<!more )(?<!less )(?<!fewer )(?<!rather )(?<!other )than|(?<=more |less )than"
         r"(?!\s+(?:[$#€£¥]?\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\b)))")
# "up from $4 a year earlier", "compared with a year ago", "than last year's": the date of a
# figure's baseline, not of an event
_BASELINE = re.compile(
    r"(?:\b(?:" + _THAN + r"|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:[^,;.]{0,60}?\s)?"
    r"|\b(?:from|over)\s+[^,;.]{0,40}?\d[^,;.]{0,30}?\s)(?:the\s+)?$"
)
_QUOTED_QUESTION = re.compile(r"\?\s*(?:''|\"|”)")
# "than a year ago", "up from $100 million, or $2.03 a share, a year earlier": a decimal point is no sentence end
_RELATIVE_BASELINE = re.compile(r"(?:\b" + _THAN + r"|\b(?:from|compared\s+(?:with|to)|versus|vs\.?))\b(?:[^;.]|\.\d){0,80}$")
# "The SU-25 will fly through the Red Square …, marking … on May 9, 2024": the sentence's own verb is a future
_MAIN_FUTURE = re.compile(r"[^,;]{0,80}?\bwill\s+[a-z]+")
_FUTURE_WORD = re.compile(r"\b(?:will|shall|'ll)\b")
_IRREGULAR = frozenset(
    """arose awoke was were bore beat became began bent bet bid bit bled blew broke bred brought built burnt burst
    bought cast caught chose clung came cost crept cut dealt dug did drew drank drove dwelt ate fell fed felt fought
    found fled flung flew forbade forgot forgave froze got gave went ground grew hung had heard hid hit held hurt
    kept knelt knew laid led leapt learnt left lent let lay lit lost made meant met paid put quit read rode rang rose
    ran said saw sought sold sent set shook shed shone shot showed shrank shut sang sank sat slept slid slung slit
    spoke sped spent spun spat split spread sprang stood stole stuck stung stank strode struck strove swore swept swam
    swung took taught tore told thought threw thrust trod understood undertook underwent upheld upset woke wore wove
    wept won wound withdrew withheld withstood wrung wrote overthrew overtook overcame oversaw foresaw mistook
    is are am be been being has have having do does can could may might must shall should will would
    isn aren wasn weren don doesn didn hasn haven hadn couldn wouldn shouldn
    begun broken chosen done drawn driven eaten fallen flown forgotten forgiven frozen given gone grown hidden known
    ridden risen seen shaken shown spoken stolen sworn taken thrown torn woken worn written""".split()  # noqa: SIM905
)
_NOT_A_VERB_BEFORE = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "of", "and", "or", "two", "three", "many", "some", "all", "both", "several", "few", "other", "such", "no", "each", "every"]
)
_NOT_AFTER_A_VERB = frozenset(("", "of", "and", "or"))
_WORDS = re.compile(r"[A-Za-z0-9]+")
def _eligible(mention: Mention) -> bool:
    if not mention.resolved:
        return False
    if mention.precision == "century" or mention.modifier in _STATE_MODIFIERS:
        return False
    if mention.precision == "range" and not _SPAN.match(mention.text):
        return (mention.end_year or 0) - (mention.year or 0) <= MAX_RANGE_YEARS
    return True


def not_an_event_sentence(sentence: str, passage: Passage) -> str | None:
    """Why no date of the sentence makes an event (``None`` when the sentence may hold events)."""
    stripped = sentence.strip()
    plain = plain_quotes(stripped)
    if stripped.endswith("?") or _QUOTED_QUESTION.search(plain) or first_person(_QUOTED.sub(" ", plain)):
        return "question or first person"  # an author's "we"; a quoted speaker's "we" is reported speech
    # Each pattern is tried only where a cheap test says it might match (the build runs this on
    # every dated sentence of a large corpus).
    if _FIGURE_WORD.search(stripped) and _FIGURE.search(stripped):
        return "figure or table description"
    if (_REFERENCE_START.match(stripped) or _REFERENCE_MARK.search(stripped)) and _REFERENCE.search(stripped):
        return "reference entry"
    if (stripped.endswith(")") or _PHOTO_WORD.search(stripped)) and _PHOTO_CREDIT.search(stripped) and (
            _lone(passage) or stripped.endswith(")")):
        return "caption"
    if _EVALUATION_NOUN.search(stripped) and _EVALUATION.search(stripped):
        return "evaluation"
    reason = unreadable(plain, allow_citations=True)
    if reason is not None and reason.startswith("unbalanced") and _balanced_quotes(plain_quotes(passage.text)):
        # a quotation running over several sentences opens in one and closes in another
        return unreadable(_QUOTE_MARK.sub("", plain), allow_citations=True)
    return reason


# A yearly date ("held each year on 14 November", "celebrates 22 December as National Mathematics
# Day"): its month and day name no one year, whatever year the text spoke of last.
_RECURRING = re.compile(
    r"\b(?:each|every)\s+year\b|\b(?:annually|yearly)\b|\bevery\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|\b(?:is|are)\s+(?:now\s+)?(?:held|celebrated|observed|marked|"
    r"commemorated)\s+(?:each|every|annually|on)\b|\b(?:celebrates?|observes?|marks?|commemorates?)\b[^.;]{0,60}\bas\b"
)
_OPEN_QUOTE = re.compile(r"``|(?:^|(?<=[\s(]))''")
_CLOSE_QUOTE = re.compile(r"''")
_QUOTE_MARK = re.compile("[\"“”]")


def _balanced_quotes(text: str) -> bool:
    return text.count('"') % 2 == 0 and text.count("“") == text.count("”")


def plain_quotes(text: str) -> str:
    """Typewriter-style quotation marks (``like this'', as wire copy and TeX write them) as the
    curly ones they stand for: they are quotation, not markup, and Discord would read a "``" as
    the start of code."""
    if "``" not in text and "''" not in text:
        return text
    return _CLOSE_QUOTE.sub("”", _OPEN_QUOTE.sub("“", text))


def _lone(passage: Passage) -> bool:
    """A passage of one short paragraph, where a caption would stand."""
    return len(passage.sentences) <= 1 or len(passage.text) < 260


def not_an_event(sentence: str, s_start: int, passage: Passage, mention: Mention,
                 pub: tuple[int | None, int | None]) -> str | None:
    """Why ``mention`` (passage offsets) in the sentence at ``s_start`` makes no event, the
    sentence being one that may hold events (``None`` when it makes one)."""
    at = mention.start - s_start
    if mention.certainty != "explicit" and mention.precision in ("day", "month") and _RECURRING.search(sentence):
        return "a date that recurs every year"  # "World Diabetes Day is held each year on 14 November"
    baseline = _RELATIVE_BASELINE if mention.anchor in ("dct", "narrative") else _BASELINE
    if baseline.search(sentence, max(0, at - 90), at):
        return "comparison baseline"
    if (mention.certainty == "explicit" and pub[0] is not None and mention.year is not None
            and (mention.year, mention.month or 0) < (pub[0], pub[1] or 0)
            and _FUTURE_WORD.search(sentence) and (is_future(sentence, at, mention.end - s_start) or (
                tense(sentence, at, mention.end - s_start) is None and _MAIN_FUTURE.match(sentence)))):
        return "caption"  # "The SU-25 will fly through the Red Square … on May 9, 2024" in a 2025 article
    return None


def has_verb(text: str) -> bool:
    """A finite verb, roughly: a summary without one is a fragment ("The stage of rapid
    development (2008-2012) and the present one"), not an event. No tagger: an irregular verb,
    a word in -ed, or a lower-case word in -s with no determiner or number just before it and
    something after it other than "of", "and" or the end ("owns about", not "relations.")."""
    words = _WORDS.findall(text)
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _IRREGULAR or (word.islower() and len(word) > 3 and lower.endswith("ed")):
            return True
        if word.islower() and len(word) > 3 and lower.endswith("s") and not lower.endswith(("ss", "ous", "is", "us")):
            previous = words[index - 1].lower() if index else ""
            following = words[index + 1].lower() if index + 1 < len(words) else ""
            if previous not in _NOT_A_VERB_BEFORE and not previous.isdigit() and following not in _NOT_AFTER_A_VERB:
                return True
    return False


def _scheduled(mention: Mention, pub: tuple[int | None, int | None], future: bool) -> bool:
    """An announcement: a date after the publication date, or (undated document) a future tense."""
    if pub[0] is None or mention.year is None:
        return future
    if mention.year != pub[0]:
        return mention.year > pub[0]
    if mention.month is None or pub[1] is None:
        return future
    return mention.month > pub[1] or (mention.month == pub[1] and future)


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
            if sentence[sep_start] == "," and _SHARED_SUBJECT.match(sentence, sep_end):
                continue  # "X started in 1863, but laid little track until 1865": the clause has no subject
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


def extract_events(doc: CleanDocument, passages: list[Passage]) -> list[Event]:
    """Dated events of one document, in text order; ``passages`` are its body passages in order."""
    merger = EventMerger()  # near-duplicates within the document become sources of one event
    last_year: int | None = None  # the last year the text stated outright
    # The narrative's reference time: the last date the text resolved, across paragraphs ("In March,
    # X received an offer." / "The following month, X put itself up for sale."). Never the
    # publication date alone: "that day" with no day before it has no antecedent.
    anchor: Anchor | None = None
    pub = parse_dct_parts(doc.meta.date)
    pub_day = parse_dct(doc.meta.date)
    news = doc.meta.kind == "news"
    # A story that looks ahead to a day already past at its publication date was written before it
    # (a wire story reprinted a week on): its weekdays, "yesterday" and "last week" are not the
    # publication date's, and a reader cannot place them.
    written_before = False
    from_publication_day: set[str] = set()  # event keys of dates counted in days from the publication date
    body = [p for p in passages if p.kind == "body"]
    referents = Referents(doc.meta.title, [p.text for p in body], [p.sentences or [(0, len(p.text))] for p in body])
    for number, passage in enumerate(body):
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
            tenses: dict[int, str | None] = {}
            for mention in mentions:
                if mention.anchor or mention.needs_year or pub[0] is None or mention.year == pub[0]:
                    tenses[mention.end] = tense(sentence, mention.start - s_start, mention.end - s_start)
                month_day = mention.needs_year and mention.day is not None and not mention.that_year
                _resolve(mention, last_year, later_years[index], anchor, doc, news, tenses.get(mention.end))
                if month_day and news and tenses.get(mention.end) == "future" and _just_past(mention, pub_day):
                    written_before = True
                if mention.certainty == "relative" and mention.precision == "day" and mention.anchor is None \
                        and mention.year is not None and _YEAR_AGO.search(sentence, 0, mention.start - s_start):
                    mention.year -= 1  # "the year-earlier quarter ended Oct. 31": the Oct. 31 a year before
                    mention.anchor_note = f"{mention.anchor_note}, then a year back (a year-earlier period)"
                settle_day(mention)
                year = _explicit_year(mention)
                if year is not None:
                    last_year = year
                if mention.resolved and mention.precision not in ("range", "decade", "century"):
                    anchor = Anchor(mention.year, mention.month, mention.day)  # type: ignore[arg-type]  # resolved: year set
            mentions = join_spans(text, mentions)
            if not any(map(_eligible, mentions)) or not_an_event_sentence(sentence, passage):
                continue
            for mention in mentions:
                future = tenses.get(mention.end) == "future"
                if not _eligible(mention) or not_an_event(sentence, s_start, passage, mention, pub):
                    continue
                event = _event(doc, passage, s_start, s_end, mention, mentions, _scheduled(mention, pub, future),
                               functools.partial(_stand_alone, referents, passage=number, index=index, news=news))
                if event is None:
                    continue
                if mention.anchor == "weekday" or (mention.anchor == "dct" and mention.unit in ("day", "week")):
                    from_publication_day.add(event.event_key)
                merger.add(event)
    if written_before:
        return [e for e in merger.events if e.event_key not in from_publication_day]
    return merger.events


def _just_past(mention: Mention, pub_day: date | None) -> bool:
    """Is the resolved day of ``mention`` within the week before the publication day?"""
    if pub_day is None or mention.year is None or mention.month is None or mention.day is None:
        return False
    try:
        day = date(mention.year, mention.month, mention.day)
    except ValueError:
        return False
    return pub_day - timedelta(days=7) <= day < pub_day


def _resolve(mention: Mention, last_year: int | None, later_year: int | None, anchor: Anchor | None,
             doc: CleanDocument, news: bool, verb_tense: str | None) -> None:
    """Fill in what the expression leaves to its context, or leave it unresolved."""
    dct = doc.meta.date
    future = verb_tense == "future"
    if mention.anchor in ("dct", "weekday", "season", "month"):
        resolve_dct(mention, dct, future)
        return
    if mention.anchor == "narrative":
        resolve_narrative(mention, anchor)
        return
    if not mention.needs_year:
        return
    if mention.that_year:
        if last_year is not None:
            mention.year = last_year + (mention.shift or 0)
            mention.certainty, mention.needs_year = "inferred", False
            mention.anchor_note = f"year taken from the preceding text ({last_year})"
        return
    if news:  # news speaks of its own present: a month-day needs the publication date
        resolve_calendar(mention, dct, future, known=verb_tense is not None)
        return
    if last_year is not None:
        mention.year, mention.certainty = last_year, "inferred"
        mention.anchor_note = f"year taken from the preceding text ({last_year})"
    elif later_year is not None:
        mention.year, mention.certainty = later_year, "inferred"
        mention.anchor_note = f"year taken from later in the same paragraph ({later_year})"
    elif resolve_calendar(mention, dct, future):
        return
    elif parse_dct_parts(dct)[0] is not None and mention.season is not None:
        mention.year, mention.certainty = parse_dct_parts(dct)[0], "relative"
        mention.anchor_note = f"year of the publication date ({dct})"
    else:
        mention.certainty = "unresolved"
        return
    mention.needs_year = False


def _stand_alone(referents: Referents, summary: str, lead: str, *, passage: int, index: int,
                 news: bool = False) -> str | None:
    """The summary with its opening reference resolved, else led by the sentence before it when that
    names the referent and the two fit; None when neither makes it stand alone."""
    resolved = referents.resolve(summary, passage, index, lead)
    if resolved is not None:
        return resolved
    before = None if lead else referents.antecedent(summary, passage, index)
    if before is not None and len(before) + 1 + len(summary) <= SUMMARY_HARD_MAX:
        return f"{before} {summary}"
    # An unplaced definite noun stands when the summary names it ("The last, Apollo 17, left …", "The
    # first patient was Albert Alexander") or the document's title does (the timeline shows each event
    # with its document: "The fire broke out …" under "Fire devastates Notre-Dame cathedral"). A news
    # story tells of one affair under its headline, so "The company said …", "The boy was placed …"
    # are its own participants; a history, a biography or a paper tells of many voyages, companies
    # and spacecraft, and there a reader cannot tell which ("The voyage reached …", "The company went
    # bankrupt …"): the event goes, as for a bare pronoun ("He was charged …").
    if (opening_reference(summary) or "").startswith("The ") and (
            news or _NAMED_IN_PLACE.match(summary) or _in_title(summary, referents.title)):
        return summary
    return None


# "The last, Apollo 17, left …", "The machine …, a Schramm T130 drill, reached …" (a name set off by
# commas), "The political compromise of 1996 …", "The war years 1939–45 …", "The first human patient
# was Albert Alexander", an ordinal or a superlative ("The first cosmonaut orbited the earth")
_NAMED_IN_PLACE = re.compile(
    r"The\s+[^,;]{1,80}?,\s+(?:an?\s+|the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*)*[^,;]{0,80},\s+[a-z]"
    r"|The\s+(?:[a-z][\w-]*\s+){1,3}(?:of\s+(?:[A-Z]|\d{4}\b)|\(?\d{4}\b)"
    r"|The\s+(?:[a-z][\w-]*\s+){1,4}(?:was|is|were|are)\s+(?:[A-Z][\w.'’-]*\s+){1,3}"
    r"|The\s+(?:first|last|only|[a-z]{3,}est)\s"  # "The first cosmonaut orbited …": only one is first
)
_TITLE_WORD = re.compile(r"[A-Za-z]{4,}")


def _in_title(summary: str, title: str) -> bool:
    """Does the title name the summary's definite noun ("the fire" / "Fire devastates …", "the rescue
    operation" / "All 33 miners rescued …")? A word of the first two after "The" shares its stem with
    one of the title's (four letters or more, one the other's start)."""
    words = [w.lower() for w in _TITLE_WORD.findall(" ".join(summary.split()[1:3]))]
    title_words = [w.lower() for w in _TITLE_WORD.findall(title)]
    return any(t.startswith(w) or w.startswith(t) for w in words for t in title_words
               if min(len(w), len(t)) >= 4)


def _explicit_year(mention: Mention) -> int | None:
    """The year a mention states outright (the anchor for later month/day mentions)."""
    if mention.certainty == "explicit" and mention.year is not None and not mention.needs_year:
        if mention.precision == "decade":
            return None
        return mention.end_year if mention.precision == "range" else mention.year
    return None


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


def _whole_sentence(sentence: str, expr_start: int, expr_end: int) -> str:
    """The sentence as the summary when the date's own clause has no verb; a long one keeps its
    opening (subject and verb) and the comma-separated part holding the date, joined by "…"."""
    text = _DISCOURSE.sub("", sentence.strip())
    if len(text) <= SUMMARY_HARD_MAX:
        return text[:1].upper() + text[1:]
    cut = sentence.rfind(", ", 0, expr_start)
    tail = sentence[cut + 2 if cut > 0 else expr_start:].strip()
    head = truncate(sentence[: max(cut, 0)].strip(), 90).rstrip("…").rstrip(" ,;:")
    joined = f"{head} … {tail}" if head else tail
    return truncate(joined[:1].upper() + joined[1:], SUMMARY_HARD_MAX)


def _event(doc: CleanDocument, passage: Passage, s_start: int, s_end: int, mention: Mention,
           in_sentence: list[Mention], scheduled: bool,
           resolve: Callable[[str, str], str | None] = lambda summary, lead: summary) -> Event | None:
    """``mention`` offsets (and those of the sentence's other mentions) are into the passage text;
    ``resolve`` makes a summary open on its own (None: it cannot, and there is no event)."""
    sentence = passage.text[s_start:s_end]
    assert mention.year is not None
    others = [(m.start - s_start, m.end - s_start) for m in in_sentence if m is not mention]
    summary = summarise(sentence, mention.start - s_start, mention.end - s_start, others)
    if mention.precision == "range" and _SPAN.match(mention.text):
        summary = _whole_sentence(sentence, mention.start - s_start, mention.end - s_start)  # the span names its ends
    if not has_verb(summary.replace(mention.text, " ")):
        summary = _whole_sentence(sentence, mention.start - s_start, mention.end - s_start)
        if not has_verb(summary.replace(mention.text, " ")):
            return None  # a heading or a fragment: nothing happens in it
    if opening_reference(summary) is not None:
        lead = sentence[: max(0, sentence.find(summary[1:40]) - 1)]
        if not _CLAUSE_BEFORE.search(lead):
            lead = ""  # a dropped "In 1962, …" is no clause of its own: the sentence before tells who
        resolved = resolve(summary, lead)
        if resolved is None:
            return None  # "He signed …" with no one a reader could name: the summary would not stand alone
        summary = resolved
    has_end = mention.precision in ("range", "decade")
    end_month, end_day = (mention.end_month, mention.end_day) if mention.precision == "range" else (None, None)
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
        end_year=mention.end_year if has_end else None,
        end_month=end_month,
        end_day=end_day,
        # only eligible mentions become events, so both values fit the record's literal types
        precision=mention.precision,  # type: ignore[arg-type]
        certainty=mention.certainty,  # type: ignore[arg-type]
        summary=plain_quotes(summary),
        anchor_note=mention.anchor_note,
        modifier=mention.modifier,
        week=mention.week,
        season=mention.season,
        status="scheduled" if scheduled else "past",
    )

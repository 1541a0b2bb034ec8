"""One readability and garble check for every text the bot shows as a sentence of its sources.

Quiz questions, timeline event summaries and random ``/quote`` passages all go through
``unreadable``: a sentence that fails it is never asked, put on the timeline or quoted at
random. It catches what reaches documents from machine translation, PDF extraction and web
pages: loops ("when they meet, and when they meet"), a function word capitalised mid-sentence
('"Oligarchic system" Still standing still'), doubled words ("completely completed"), all-caps
slips of a name ("XI's visit"), citation markers ("[2]"), wiki or markdown residue
(``{{RFC("9110")}}``, ``_alt.hypertext_``, ``**``), glued words, captions and figure
references ("Photo: …", "Fig. 2"), asides to the reader ("(see these stats)") and
unbalanced quotation marks or brackets. Linear in the text, no model.
"""

from __future__ import annotations

import re
from collections import Counter

LOOP_GAP = 4  # a three-word phrase repeated this close to itself is a loop, not a parallel list
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_STOPWORDS = frozenset(
    """
    a an the of to in on at by for from with and or but as is are was were be been being has have had
    that this these those it its their they them he she his her which who whom whose not no only also
    into over under after before since during between among than then so such very more most can could
    will would should may might must do does did all any each other both two one new
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# A function word capitalised mid-sentence is a sign of machine-translation garble.
_MIDCAPS = re.compile(
    r"(?<=[a-z,][\"”] )(?:Still|And|But|Is|Are|Was|Were|Of|To|For|With|Driven|It|This|Vision)\b"
    r"|(?<=[a-z,] )(?:Still|And|But|Is|Are|Was|Were|Of|To|For|With|Driven|It|This|The|A|An)\s[a-z]"
)
_GLUED = re.compile(r"[a-z][\"”][A-Za-z]|[a-z][.!?][A-Z][a-z]|\*\*|__|\{\{|\}\}|\[\[|\]\]|</?[a-z]+>|`")
_UNDERSCORED = re.compile(r"(?<![\w])_[^_\s][^_]*_(?![\w])|\w_\w")
_CITATION = re.compile(r"\[(?:\d+(?:[,\u2013-]\s*\d+)*|citation needed|note \d+|[a-z])\]")
_CAPTION = re.compile(
    r"^(?:Photo|Picture|Image|Figure|Fig\.|Table|Chart|Map|Source|Credit|Caption|Video|Graphic|File)\b\s*[\d:.(-]"
    r"|\b(?:Fig|Figs|Figure|Table|Chart)\b\.?\s*\d|\((?:see|pictured|photo|above|below|left|right)\b[^)]*\)"
    r"|\b(?:click here|read more|see these|pictured above|pictured below|shown (?:above|below)|in this photo)\b",
    re.IGNORECASE,
)
# "completely completed", "only superficially courtesy": an adverb on its own stem, or a stem doubled.
_ALL_CAPS = re.compile(r"\b[A-Z]{2,}(?:['’]s)?\b")
_DOUBLED = re.compile(r"\b(\w{4,})\w*\s+\1\w*\b", re.IGNORECASE)


def unreadable(text: str, names: frozenset[str] | set[str] = frozenset(), *,
               allow_citations: bool = False) -> str | None:
    """Why ``text`` is not fit to show as a sentence of a source (None when it reads cleanly).

    ``names`` are words the corpus writes in title case ("Xi", "Putin"): the same word in
    capitals ("XI") is then a slip, not an acronym. ``allow_citations``: the caller removes
    citation markers ("[2]") before it shows the text, so they are no reason to reject it.
    """
    stripped = text.strip()
    if not stripped:
        return "empty"
    if allow_citations:
        stripped = _CITATION.sub("", stripped).strip()
    elif _CITATION.search(stripped):
        return "citation marker"
    if _CAPTION.search(stripped):
        return "caption, figure reference or aside to the reader"
    if _GLUED.search(stripped) or _UNDERSCORED.search(stripped):
        return "markup or glued words"
    if _MIDCAPS.search(stripped):
        return "garbled text (capitalised word mid-sentence)"
    if _unbalanced(stripped):
        return "unbalanced quotation marks or brackets"
    if names:
        for caps in _ALL_CAPS.findall(stripped):
            word = caps.rstrip("s").rstrip("'’") if caps.endswith(("'s", "’s")) else caps
            if word.title() in names:
                return f"all-caps slip ({caps})"
    return garbled(stripped)


def readable_passage(text: str, sentences: list[tuple[int, int]]) -> bool:
    """True when every sentence of a passage passes ``unreadable`` (citation markers allowed):
    the passage may be quoted at random."""
    spans = sentences or [(0, len(text))]
    return all(unreadable(text[start:end], allow_citations=True) is None for start, end in spans)


def garbled(text: str) -> str | None:
    """Machine-translation loops and doubled stems; None when the words read as English."""
    tokens = [w.lower() for w in _WORD.findall(text)]
    # a loop repeats itself at once ("when they meet, and when they meet"); a parallel list after
    # a phrase ("the stage of friendship (2000-2004), the stage of development …")
    seen: dict[tuple[str, ...], int] = {}
    for i, gram in enumerate(zip(tokens, tokens[1:], tokens[2:], strict=False)):
        if gram in seen and i - seen[gram] <= LOOP_GAP:
            return "garbled text (repeated phrase)"
        seen[gram] = i
    content = Counter(w for w in tokens if w not in _STOPWORDS and len(w) > 3)
    repeats = content.most_common(1)[0][1] if content else 0
    if repeats >= 3 and repeats >= 0.15 * len(tokens):
        return "garbled text (a word repeated three times)"
    if len(tokens) >= 8 and sum(1 for w in tokens if w in _STOPWORDS) / len(tokens) > 0.6:
        return "too few content words"
    for m in _DOUBLED.finditer(text):
        first, second = m.group(0).split()[0].lower(), m.group(0).split()[-1].lower()
        if first != second and (first.endswith("ly") or second.endswith("ly")):
            return f"garbled text (doubled word: {m.group(0)!r})"
    return None


def _unbalanced(text: str) -> bool:
    return bool(text.count('"') % 2 or text.count("“") != text.count("”") or text.count("(") != text.count(")")
                or text.count("[") != text.count("]"))

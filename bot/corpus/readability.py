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
_MIDCAPS_WORDS = frozenset("Still And But Is Are Was Were Of To For With Driven It This Vision The A An".split())  # noqa: SIM905
_MIDCAPS = re.compile(
    r"(?<=[a-z,][\"”] )(?:Still|And|But|Is|Are|Was|Were|Of|To|For|With|Driven|It|This|Vision)\b"
    r"|(?<=[a-z,] )(?:Still|And|But|Is|Are|Was|Were|Of|To|For|With|Driven|It|This|The|A|An)\s[a-z]"
)
_MARKUP_CHARS = frozenset('"”*_{}[]<`')
_GLUED = re.compile(r"[a-z][\"”][A-Za-z]|\*\*|__|\{\{|\}\}|\[\[|\]\]|</?[a-z]+>|`")
_RUN_ON = re.compile(r"[a-z][.!?][A-Z][a-z]")
_UNDERSCORED = re.compile(r"(?<![\w])_[^_\s][^_]*_(?![\w])|\w_\w")
_CITATION = re.compile(r"\[(?:\d+(?:[,\u2013-]\s*\d+)*|citation needed|note \d+|[a-z])\]")
_CAPTION_START = re.compile(
    r"(?:Photo|Picture|Image|Figure|Fig\.|Table|Chart|Map|Source|Credit|Caption|Video|Graphic|File)\b\s*[\d:.(-]",
    re.IGNORECASE)
_FIGURE = re.compile(r"\b(?:Fig|Figs|Figure|Table|Chart)\b\.?\s*\d")
_ASIDE = re.compile(r"\((?:see|pictured|photo|above|below|left|right)\b[^)]*\)", re.IGNORECASE)
_READER_PHRASES = ("click here", "read more", "see these", "pictured above", "pictured below", "shown above",
                   "shown below", "in this photo")
_ALL_CAPS = re.compile(r"\b[A-Z]{2,3}(?:['’]s)?\b")  # "XI's": a short name in capitals (NASA is an acronym)


def unreadable(text: str, names: frozenset[str] | set[str] = frozenset(), *,
               allow_citations: bool = False) -> str | None:
    """Why ``text`` is not fit to show as a sentence of a source (None when it reads cleanly).

    ``names`` are words the corpus writes in title case ("Xi", "Putin"): the same word in
    capitals ("XI") is then a slip, not an acronym. ``allow_citations``: the caller removes
    citation markers ("[2]") before it shows the text, so they are no reason to reject it.
    Cheap tests on characters and words come first: most sentences never reach a regex.
    """
    stripped = text.strip()
    if not stripped:
        return "empty"
    if "[" in stripped:
        if allow_citations:
            stripped = _CITATION.sub("", stripped).strip()
        elif _CITATION.search(stripped):
            return "citation marker"
    if _caption(stripped):
        return "caption, figure reference or aside to the reader"
    if (not _MARKUP_CHARS.isdisjoint(stripped) and (_GLUED.search(stripped) or _UNDERSCORED.search(stripped))) \
            or _RUN_ON.search(stripped):
        return "markup or glued words"
    words = stripped.split()
    if not _MIDCAPS_WORDS.isdisjoint(words[1:]) and _MIDCAPS.search(stripped):
        return "garbled text (capitalised word mid-sentence)"
    if _unbalanced(stripped):
        return "unbalanced quotation marks or brackets"
    if names:
        for caps in _ALL_CAPS.findall(stripped):
            word = caps.rstrip("s").rstrip("'’") if caps.endswith(("'s", "’s")) else caps
            if word.title() in names:
                return f"all-caps slip ({caps})"
    return garbled(stripped)


def _caption(text: str) -> bool:
    if _CAPTION_START.match(text):
        return True
    if ("Fig" in text or "Table" in text or "Chart" in text) and _FIGURE.search(text):
        return True
    if "(" in text and _ASIDE.search(text):
        return True
    lower = text.lower()
    return any(phrase in lower for phrase in _READER_PHRASES)


def readable_passage(text: str, sentences: list[tuple[int, int]]) -> bool:
    """True when every sentence of a passage passes ``unreadable`` (citation markers allowed):
    the passage may be quoted at random."""
    spans = sentences or [(0, len(text))]
    return all(unreadable(text[start:end], allow_citations=True) is None for start, end in spans)


def garbled(text: str) -> str | None:
    """Machine-translation loops and doubled stems; None when the words read as English.

    One count of the words (in C) decides most sentences: the loops need a repeated word first.
    """
    tokens = _WORD.findall(text.lower())
    n = len(tokens)
    counts = Counter(tokens)
    if n >= 8 and sum(counts[w] for w in _STOPWORDS.intersection(counts)) / n > 0.6:
        return "too few content words"
    repeated = {w for w, c in counts.items() if c > 1}
    if repeated:
        # a loop repeats itself at once ("when they meet, and when they meet"); a parallel list after
        # a phrase ("the stage of friendship (2000-2004), the stage of development …")
        for i in range(n - 2):
            if tokens[i] in repeated:
                gram = tokens[i:i + 3]
                if any(tokens[j:j + 3] == gram for j in range(i + 1, min(i + LOOP_GAP + 1, n - 2))):
                    return "garbled text (repeated phrase)"
        top = max((c for w, c in counts.items() if c >= 3 and len(w) > 3 and w not in _STOPWORDS), default=0)
        if top >= 0.15 * n:
            return "garbled text (a word repeated three times)"
    for i, word in enumerate(tokens):
        if word.endswith("ly") and len(word) >= 6:
            for other in tokens[max(0, i - 1):i] + tokens[i + 1:i + 2]:
                if other != word and len(other) >= 6 and other[:5] == word[:5]:
                    return f"garbled text (doubled word: '{word} {other}')"  # "completely completed"
    return None


def _unbalanced(text: str) -> bool:
    return bool(text.count('"') % 2 or text.count("“") != text.count("”") or text.count("(") != text.count(")")
                or text.count("[") != text.count("]"))

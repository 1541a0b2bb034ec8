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

Translation garble that keeps every word English is found by word class (``lexicon.txt``: the
words that can only be a noun, an adjective or an -ly adverb): an adverb on a bare noun ("only
superficially courtesy"), an adjective standing as a noun ("The mysterious of the far side"), a
noun restated as its own adjective ("innocence was as innocent as a child"), and a number or
plural determiner on a singular noun ("these achievement", "The two country scientists"). Garble
that breaks a fixed pattern of English is found at a few cue words (``collocation_garble``): a fixed
phrase opened by the wrong preposition ("with the framework of"), a thing compared with its own
kind ("higher than all basic interests"), a double comparative ("more closer"), a verb form its
auxiliary cannot take ("must be continues", "have achieve"), a quantifier on a bare plural ("many of
fishermen") and an agent noun where the activity belongs ("a pragmatic style of diplomatic teachers").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

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
_LEXICON_FILE = Path(__file__).with_name("lexicon.txt")
# Adverbs that focus a noun phrase ("mainly farmers", "especially children"): fine before a bare noun.
_FOCUSING = frozenset(
    """especially particularly mainly mostly largely chiefly primarily notably exclusively solely merely purely
    partly nearly roughly approximately exactly precisely specifically typically usually generally initially
    originally formerly previously respectively namely eventually ultimately certainly probably possibly
    allegedly reportedly apparently clearly obviously mostly predominantly overwhelmingly principally""".split()  # noqa: SIM905
)
_TRAILING = ",.;:!?\"')”’"
_COPULAS = frozenset("is was are were be been seem seems seemed remain remains remained become becomes became".split())  # noqa: SIM905
_INTENSIFIERS = frozenset("as so too very quite really extremely not more most rather".split())  # noqa: SIM905
_DETERMINERS = frozenset("the this that its their".split())  # noqa: SIM905
_ADJECTIVE_HEAD_AFTER = frozenset("of in to for is was".split())  # noqa: SIM905
_PLURAL_DETERMINERS = frozenset("these those several many various numerous two three four five six seven eight nine ten".split())  # noqa: SIM905
_OBJECT_DETERMINERS = frozenset("a an the this its their".split())  # noqa: SIM905
_CUE_WORDS = _COPULAS | _DETERMINERS | _PLURAL_DETERMINERS
# What may follow a noun phrase's last word: a singular noun before one of these ends the phrase.
_NP_ENDS = frozenset(
    """of in on at to for with from by and or but is are was were has have had will would can could may might
    must should shall do does did which that who whose the a an""".split()  # noqa: SIM905
)
# Adjectives that head a noun phrase in good English: "the same in", "the whole of", "the youngest of".
_HEADS = frozenset("same whole rest other former latter only next last first".split())  # noqa: SIM905
# Nouns whose plural is the same word ("two aircraft", "these species"), and counters ("two hundred").
_SAME_PLURAL = frozenset(
    """aircraft spacecraft hovercraft watercraft sheep deer fish offspring personnel staff cattle series species means
    headquarters crossroads percent hundred thousand million billion trillion dozen score other more less""".split()  # noqa: SIM905
)
# Nouns in -th and their adjectives: "strength is not strong enough" restates the noun as its adjective.
_TH_NOUNS = {"strong": "strength", "long": "length", "wide": "width", "deep": "depth", "high": "height",
             "true": "truth", "warm": "warmth", "broad": "breadth", "young": "youth", "healthy": "health",
             "wealthy": "wealth", "grow": "growth"}
# A sentence opening on a nationality and a verb lost the name after it ("Russian was back on record-breaking
# form", "Jamaican made the most of a blistering start"): a text extracted with its names dropped.
_NAMELESS_START = re.compile(
    r"^(?:(?:American|Russian|British|French|German|Italian|Spanish|Chinese|Japanese|Indian|Kenyan|Ethiopian|"
    r"Jamaican|Australian|Canadian|Brazilian|Mexican|Nigerian|Moroccan|Swedish|Norwegian|Danish|Finnish|Polish|"
    r"Dutch|Belgian|Swiss|Austrian|Greek|Turkish|Irish|Scottish|Welsh|English|Korean|Egyptian|Cuban|Ukrainian|"
    r"Romanian|Portuguese|Argentine|Argentinian|Chilean|Czech|Hungarian|Bulgarian|Serbian|Croatian|Israeli|"
    r"Iranian|Iraqi|Pakistani|Thai|Vietnamese|Ghanaian|Ugandan|Algerian|Tunisian|Saudi|Briton|Scot)\s+"
    r"(?:made|took|won|ran|set|beat|broke|led|struck|[a-z]+ed|"
    r"was\s+(?:back|the\s+(?:eventual\s+)?winner|second|third))|[A-Z][a-z]+['’]s\s+[a-z]+ed)\b"
)
_TWO_PEOPLE = re.compile(r"\b(?:between|among|of|by) the two people\b")
_TWO_NATIONS = re.compile(r"\b(?:two|both) (?:countries|nations|states)\b")
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_STACKED_ING = re.compile(r"\b(?!being\b|going\b)[a-z]{3,}ing (?!being\b)[a-z]{3,}ing\b")
_OF_CHAIN = re.compile(r"\b([a-z]{3,}) of (?:the |a |an )?(?:[a-z-]+ )?([a-z]{3,}) of (?:the |a |an |all )?[a-z]+")
_QUANTITY_HEADS = frozenset(
    """one some each all many most number set part type types kind kinds lot lots rest half any none both either
    neither several few majority series group dozens hundreds thousands millions advantage""".split()  # noqa: SIM905
)
_LONG_WORD = re.compile(r"[A-Za-z]{5,}")
_ALL_CAPS = re.compile(r"\b[A-Z]{2,3}(?:['’]s)?\b")  # "XI's": a short name in capitals (NASA is an acronym)
_WORD_CLASSES = frozenset("N NP A R".split())  # noqa: SIM905
_PREPOSITIONS = frozenset("with on at by in under within upon into from for to against amid outside beyond".split())  # noqa: SIM905
# Words that govern "with" ("consistent with", "in line with", "dealing with"): "with the framework of" after
# them is good English; after anything else the fixed phrase wants its own preposition ("within the framework of").
_WITH_GOVERNORS = frozenset(
    """line along together compared combined associated deal deals dealt dealing comply complies complied complying
    align aligns aligned aligning agree agrees agreed agreeing integrate integrates integrated integrating fit fits
    fitted coincide coincides coincided familiar satisfied dissatisfied concerned connected linked equipped
    replace replaced replaces replacing start started starts starting begin began begins beginning experiment
    experimented tinker tinkered conflict conflicts conflicted clash clashes clashed break breaks broke
    cooperate cooperates cooperated cooperating work works worked working engage engaged""".split()  # noqa: SIM905
)
_COMPARE_WITH = frozenset("than of".split())  # noqa: SIM905 ("higher than all …", "the most harmful of all …")
_SUPERLATIVE_WORDS = frozenset("most least best worst".split())  # noqa: SIM905
_ALL_ANY = frozenset("all any every".split())  # noqa: SIM905
_MORE_MOST = frozenset("more most".split())  # noqa: SIM905
_OTHER = frozenset("other others else".split())  # noqa: SIM905
# Before "more/most" + a comparative, good English has no second comparison: "are more closer" is garble.
_BEFORE_DOUBLE = frozenset(
    """is was are were be been being become becomes became becoming get gets got getting grow grows grew growing
    the much even far ever""".split()  # noqa: SIM905
)
_MODALS = frozenset("will would can could shall should may might must to".split())  # noqa: SIM905
# Words "to" follows as the sign of an infinitive ("hoped to", "in order to", "known to").
_INFINITIVE_BEFORE = frozenset(
    """able unable order want wants wanted need needs needed hope hopes hoped try tries tried going used have has had
    known expected likely seek seeks sought continue continues continued begin begins began start starts started
    plan plans planned decide decides decided fail fails failed agree agrees agreed aim aims aimed""".split()  # noqa: SIM905
)
_PERFECT = frozenset("has have had having been being".split())  # noqa: SIM905 (never before a bare "develop")
_AUXILIARIES = _MODALS | _PERFECT
_AUX_ADVERBS = frozenset("not never also already just always ever still".split())  # noqa: SIM905
# "the will expressed", "a must": a modal after these is a noun.
_NOUN_BEFORE = frozenset("the a an his her its their our my your this that free popular political good own last".split())  # noqa: SIM905
_QUANTIFIERS = frozenset("many some few several each none both either neither much".split())  # noqa: SIM905
_MANNER_HEADS = frozenset("style manner mode".split())  # noqa: SIM905
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians")
_CLAUSE_ENDS = ",;:"


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
    """True when every sentence of a passage passes ``unreadable`` (citation markers allowed) and
    shows none of the tell-tales of ``translationese``: the passage may be quoted at random. A random
    quote can pass over a good passage at no cost, so the tell-tales count here in any document. The
    names the passage writes in title case ("Xi") make the same word in capitals ("XI's visit") a slip."""
    spans = sentences or [(0, len(text))]
    names = frozenset(_TITLE_WORD.findall(text))
    return all(unreadable(text[start:end], names, allow_citations=True) is None and translationese(text[start:end]) is None
               for start, end in spans)


def translationese(text: str) -> str | None:
    """Tell-tales of machine translation that good English also shows now and then (so a caller counts
    them where a wrong call costs little, or in a document that reads as translated): a chain of "of"
    phrases ("the urgent need of the theme of the times"), a verb in -ing stacked on another ("is
    undergoing facilitating changes") or a word said three times in one sentence ("respect … respect
    … respect"). A chain through a quantity ("the basis of a new type of relations") is English."""
    if " of " in text:
        for m in _OF_CHAIN.finditer(text):
            if m.group(1).lower() not in _QUANTITY_HEADS and m.group(2).lower() not in _QUANTITY_HEADS:
                return f"a chain of 'of' phrases ('{m.group(0)}')"
    stacked = _STACKED_ING.search(text)
    if stacked:
        return f"a verb in -ing stacked on another ('{stacked.group(0)}')"
    counts = Counter(w.lower() for w in _LONG_WORD.findall(text) if w.lower() not in _STOPWORDS)
    word, n = counts.most_common(1)[0] if counts else ("", 0)
    if n >= 3:
        return f"'{word}' said {n} times"
    return None


@lru_cache(maxsize=4096)  # one sentence is judged in several places (its events, its passage, its question)
def garbled(text: str) -> str | None:
    """Machine-translation loops and doubled stems; None when the words read as English.

    One count of the words (in C) decides most sentences: the loops need a repeated word first.
    """
    if _NAMELESS_START.match(text):
        return "a nationality where a name belongs ('Russian was back …': the name is missing)"
    tokens = _WORD.findall(text.lower())
    n = len(tokens)
    counts = Counter(tokens)
    small = sum(counts[w] for w in _STOPWORDS.intersection(counts))
    # Plain English can be three-quarters small words ("Of all the options on the table, it was the
    # only one they could afford"); a sentence that says nothing has hardly any other word at all.
    if n >= 8 and small / n > 0.7 and n - small < 3:
        return "too few content words"
    repeated = {w for w, c in counts.items() if c > 1}
    if repeated:
        # a loop repeats itself at once ("when they meet, and when they meet"); a parallel list after
        # a phrase ("the stage of friendship (2000-2004), the stage of development …")
        seen: dict[tuple[str, str, str], int] = {}
        for i in range(n - 2):
            a, b, c = tokens[i], tokens[i + 1], tokens[i + 2]
            if a in repeated and b in repeated and c in repeated:  # a repeated phrase repeats all its words
                if i - seen.get((a, b, c), -LOOP_GAP - 1) <= LOOP_GAP:
                    return "garbled text (repeated phrase)"
                seen[(a, b, c)] = i
        top = max((c for w, c in counts.items() if c >= 3 and len(w) > 3 and w not in _STOPWORDS), default=0)
        if top >= 0.15 * n:
            return "garbled text (a word repeated three times)"
    for i, word in enumerate(tokens):
        if word[-2:] == "ly" and len(word) >= 6:
            for other in tokens[max(0, i - 1):i] + tokens[i + 1:i + 2]:
                if other != word and len(other) >= 6 and other[:5] == word[:5]:
                    return f"garbled text (doubled word: '{word} {other}')"  # "completely completed"
    return word_class_garble(text) or collocation_garble(text)


@lru_cache(maxsize=1)
def _sections() -> dict[str, str]:
    """The lexicon file's sections by name ("N", "NP", "A", "R", "VZ", "AC", "PP"): their text."""
    text = _LEXICON_FILE.read_text(encoding="utf-8")
    parts = re.split(r"^\[(\w+)\]$", text, flags=re.MULTILINE)  # the header, then (class, its words) pairs
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """word -> its only class: "N" singular noun, "NP" plural noun, "A" adjective, "R" -ly adverb."""
    return {word: tag for tag, words in _sections().items() if tag in _WORD_CLASSES for word in words.split()}


@lru_cache(maxsize=1)
def _sections_sets() -> dict[str, frozenset[str]]:
    """The verb-form sections as sets: "VZ" ("continues"), "VB" ("develop"), "VD" ("achieved")."""
    return {tag: frozenset(_sections()[tag].split()) for tag in ("VZ", "VB", "VD")}


@lru_cache(maxsize=1)
def _comparatives() -> frozenset[str]:
    return frozenset(_sections()["AC"].split())


@lru_cache(maxsize=1)
def _collocation_cues() -> frozenset[str]:
    """The words at which ``collocation_garble`` looks: a fixed phrase's head, "all/any/every", "more/most",
    an auxiliary, a quantifier, "one", "style/manner/mode"."""
    return frozenset(_fixed_phrases()) | _ALL_ANY | _MORE_MOST | _AUXILIARIES | _QUANTIFIERS | _MANNER_HEADS | {"one"}


@lru_cache(maxsize=1)
def _fixed_phrases() -> dict[str, frozenset[str]]:
    """"framework" -> the prepositions that open "<preposition> the framework of" ("within", "under", …)."""
    rows = [line.split() for line in _sections()["PP"].splitlines() if line.strip()]
    return {head: frozenset(preps) for head, *preps in rows}


def word_class(word: str) -> str | None:
    """The only class a lower-case word can have ("N", "NP", "A", "R"), or None when it has several or is unknown."""
    return _lexicon().get(word)


def word_class_garble(text: str) -> str | None:
    """Garble that only the words' classes show; None when none is found. See the module docstring.

    One pass over the words with set and dict look-ups; a word's punctuation ends its phrase.
    """
    lexicon = _lexicon()
    raw = text.split()
    lower = text.lower().split()
    cues = _CUE_WORDS.intersection(lower)
    n = len(lower)
    for i, word in enumerate(lower):
        if word[-2:] == "ly":
            if i + 1 < n and lexicon.get(word) == "R" and word not in _FOCUSING and (i == 0 or lower[i - 1] not in _COPULAS):
                after = lower[i + 1].rstrip(_TRAILING)
                if lexicon.get(after) in ("N", "NP"):
                    return f"garbled text (an adverb on a bare noun: '{word} {after}')"
        elif word in cues and i + 1 < n:
            after = lower[i + 1]
            if word in _COPULAS:
                reason = _restated(lower, i, lexicon)
                if reason:
                    return reason
            elif word in _DETERMINERS:
                if i + 2 < n and lexicon.get(after) == "A" and after not in _HEADS and not after.endswith("est") \
                        and lower[i + 2] in _ADJECTIVE_HEAD_AFTER:
                    return f"garbled text (an adjective used as a noun: '{raw[i]} {after} {lower[i + 2]}')"
            else:  # a plural determiner
                noun = after.rstrip(_TRAILING)
                ends = noun != after or i + 2 >= n or lower[i + 2].rstrip(_TRAILING) in _NP_ENDS or (
                    i + 3 < n and lower[i + 2][-1:] == "s" and lower[i + 3] in _OBJECT_DETERMINERS)  # "these achievement marks a"
                if ends and lexicon.get(noun) == "N" and noun not in _SAME_PLURAL and not noun.endswith("s"):
                    return f"garbled text (a plural determiner on a singular noun: '{raw[i]} {noun}')"
    if "two people" in text and _TWO_PEOPLE.search(text) and _TWO_NATIONS.search(text):
        return "garbled text ('the two people' for the two peoples of two countries)"
    return None


def collocation_garble(text: str) -> str | None:
    """Garble that breaks a fixed pattern of English words; None when none is found.

    A fixed phrase opened by the wrong preposition ("with the framework of" for "within the framework
    of"); a thing compared with its own kind ("interests are higher than all basic interests", "the most
    harmful of all harmful methods"); a double comparative ("are more closer"); a verb form its auxiliary
    cannot take ("must be continues", "will strengthened", "have achieve"); a quantifier on a bare plural
    ("many of fishermen") or "one of" on a singular ("one of the most important city"); an agent noun where the activity belongs ("a pragmatic style of diplomatic
    teachers"). One pass of set look-ups.
    """
    cues = _collocation_cues()
    lowered = text.lower().split()
    at = [i for i, w in enumerate(lowered) if w in cues]  # a cue is followed by the words it governs: no punctuation
    if not at:
        return None
    raw = text.split()
    lower = [w.strip(_TRAILING + "“‘(") for w in lowered]
    n = len(lower)
    phrases = _fixed_phrases()
    lexicon = _lexicon()
    for i in at:
        word = lower[i]
        after = lower[i + 1] if i + 1 < n else ""
        if word in phrases:
            if i >= 2 and lower[i - 1] == "the" and after == "of":
                prep = lower[i - 2]
                opens = i == 2 or raw[i - 3][-1] in _CLAUSE_ENDS
                governed = i >= 3 and (lower[i - 3] in _WITH_GOVERNORS or lower[i - 3].endswith(("ible", "able", "ent", "ant")))
                if prep in _PREPOSITIONS and prep not in phrases[word] and (opens or (prep == "with" and not governed)):
                    return f"garbled text (a fixed phrase with the wrong preposition: '{raw[i - 2]} the {word} of')"
        elif word in _ALL_ANY:
            if i >= 1 and lower[i - 1] in _COMPARE_WITH:
                reason = _self_comparison(raw, lower, i - 1)
                if reason:
                    return reason
        elif word in _MORE_MOST:
            if after in _comparatives() and i >= 1 and lower[i - 1] in _BEFORE_DOUBLE:
                return f"garbled text (a double comparative: '{raw[i]} {raw[i + 1]}')"
            if word == "most" and after == "of" and i + 2 < n and lexicon.get(lower[i + 2]) == "NP" and raw[i + 2][:1].islower():
                return f"garbled text (a quantifier on a bare plural: '{raw[i]} of {raw[i + 2]}')"
        elif word in _AUXILIARIES:
            if raw[i][-1] not in _CLAUSE_ENDS and (i == 0 or lower[i - 1] not in _NOUN_BEFORE):
                reason = _wrong_verb_form(raw, lower, i)
                if reason:
                    return reason
        elif word in _QUANTIFIERS:
            if after == "of" and i + 2 < n and lexicon.get(lower[i + 2]) == "NP" and raw[i + 2][:1].islower():
                return f"garbled text (a quantifier on a bare plural: '{raw[i]} of {raw[i + 2]}')"
        elif word == "one":
            reason = _one_of_singular(raw, lower, i)
            if reason:
                return reason
        elif after == "of" and i >= 1 and lower[i - 1] != "the":  # a manner head: "a … style of"
            for k in range(i + 2, min(i + 4, n)):
                if lower[k].endswith(_AGENT_ENDINGS) and lexicon.get(lower[k]) == "NP":
                    return f"garbled text (an agent noun where the activity belongs: '{raw[i]} of … {raw[k]}')"
                if raw[k][-1] in _CLAUSE_ENDS:
                    break
    return None


def _wrong_verb_form(raw: list[str], lower: list[str], at: int) -> str | None:
    """"must be continues", "will achieved", "has develop", "been improve": the auxiliary at ``at`` (an
    adverb or "not" may follow it) takes a form of the verb it cannot take."""
    sections = _sections_sets()
    word, n = lower[at], len(lower)
    j = at + 1
    if j < n and (lower[j] in _AUX_ADVERBS or _lexicon().get(lower[j]) == "R"):
        j += 1
    if j < n and lower[j] == "be" and word in _MODALS and word != "to":
        j += 1
    if j >= n:
        return None
    verb = lower[j]
    after_be = lower[j - 1] == "be"
    modal = word in _MODALS
    if word == "to" and (at == 0 or lower[at - 1] not in _INFINITIVE_BEFORE):
        return None  # "the version it refers to gives permission": "to" ends a clause, the verb opens one
    if (modal and verb in sections["VZ"]) or (modal and word != "to" and not after_be and verb in sections["VD"]) \
            or (word in _PERFECT and verb in sections["VB"]):
        return f"garbled text (a verb form '{word}' cannot take: '{' '.join(raw[at:j + 1])}')"
    return None


def _one_of_singular(raw: list[str], lower: list[str], at: int) -> str | None:
    """"one of the most important city": "one of the" and an adjective or superlative, then a noun that
    can only be singular, which ends the phrase ("one of the team" and "one of the best team members" are
    good English)."""
    n = len(lower)
    if lower[at + 1:at + 3] != ["of", "the"]:
        return None
    j = at + 3
    graded = j < n and lower[j] in _SUPERLATIVE_WORDS
    j += graded
    for _ in range(2):  # "the oldest wooden building"
        if j < n and (_lexicon().get(lower[j]) == "A" or lower[j] in _comparatives()):
            j += 1
            graded = True
    if not graded or j >= n:
        return None
    noun = lower[j]
    ends = raw[j][-1] in _TRAILING or j + 1 >= n or lower[j + 1] in _NP_ENDS
    if ends and _lexicon().get(noun) == "N" and noun[-1] != "s":
        return f"garbled text (one of a singular noun: '{' '.join(raw[at:j + 1])}')"
    return None


def _self_comparison(raw: list[str], lower: list[str], at: int) -> str | None:
    """"national interests are higher than all basic interests": after "than/of all|any|every" (no
    "other") a word of the comparison's own clause comes back; with "of all" a superlative comes first."""
    after = lower[at + 2:at + 5]
    if _OTHER.intersection(after):
        return None
    comparatives = _comparatives()
    before: list[str] = []
    for k in range(at - 1, max(-1, at - 4), -1):  # the compared thing, its verb and the comparative
        if raw[k][-1] in _CLAUSE_ENDS:
            break
        before.append(lower[k])
    if lower[at] == "of" and not any(w in _SUPERLATIVE_WORDS or (w in comparatives and w.endswith("st")) for w in before):
        return None
    stems = {w.removesuffix("s") for w in before if len(w) >= 4 and w not in _STOPWORDS}
    for k, word in enumerate(after):
        if len(word) >= 4 and word.removesuffix("s") in stems:
            return f"garbled text (a thing compared with its own kind: '{' '.join(raw[at:at + 3 + k])}')"
        if raw[at + 2 + k][-1] in _CLAUSE_ENDS:
            break
    return None


def _restated(lower: list[str], i: int, lexicon: dict[str, str]) -> str | None:
    """"innocence was as innocent", "strength is not strong": the copula at ``i`` restates its subject."""
    j = i + 1
    while j < len(lower) and lower[j] in _INTENSIFIERS:
        j += 1
    if j >= len(lower):
        return None
    adjective = lower[j].rstrip(_TRAILING)
    subject: list[str] = []
    for word in reversed(lower[max(0, i - 6):i]):  # back to the copula's clause's start: a comma ends it
        if word != word.rstrip(_TRAILING):
            break
        subject.append(word)
    th_noun = _TH_NOUNS.get(adjective)
    if th_noun and th_noun in subject:
        return f"garbled text (a noun restated as its own adjective: '{th_noun} … {adjective}')"
    if len(adjective) < 5 or not adjective.isalpha() or adjective.endswith(("ed", "ly")):
        return None  # a passive or an adverb: "is controlled by", "is not formally specified"
    for word in subject:
        if word != adjective and word[:5] == adjective[:5] and lexicon.get(word) == "N":
            return f"garbled text (a noun restated as its own adjective: '{word} … {adjective}')"
    return None


def _unbalanced(text: str) -> bool:
    return bool(text.count('"') % 2 or text.count("“") != text.count("”") or text.count("(") != text.count(")")
                or text.count("[") != text.count("]"))

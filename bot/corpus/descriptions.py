"""Definite descriptions whose referent is outside the sentence (issue 10, rubric rule 1).

A news sentence often names a person once and then describes them: "Teenager LaShawn Merritt ran
…" is followed by "The world junior champion clocked 44.93 seconds …". Asked on its own, the
second sentence does not say who clocked the time. The same holds for things: "the sale", "the
British show", "the fraud" point back at a sale, a show or a fraud an earlier sentence introduced.

Pure functions on text:

* ``person_descriptions`` finds "the [age / nationality / title words] <person noun>" that no name
  stands beside ("Kelly Holmes, the 25-year-old Briton, …" is named; "The 25-year-old Briton
  clocked …" is not);
* ``context_person`` gives the one person an earlier sentence names as its subject, or None when
  that sentence names none or several (then the description cannot be resolved);
* ``resolve_person`` puts that name in place of the description;
* ``anaphoric_definite`` finds "the <noun>" whose noun an earlier sentence already used and that
  nothing in the sentence itself pins down ("the sale is …", but not "the sale of the Versace
  collection" nor "the locks at Gatun").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.corpus.gazetteer import CITIES, COUNTRIES, DEMONYMS, REGIONS, word_list
from bot.corpus.grammar import collective_people, past_base
from bot.corpus.readability import word_class

# Nouns that name a person by role, nationality or relation: the heads of descriptions.
PERSON_NOUNS = frozenset(word_list("""
    champion champions winner winners holder medallist medalist finalist semi-finalist runner-up seed favourite
    athlete runner sprinter hurdler jumper thrower swimmer cyclist rider driver boxer golfer jockey skier skater
    player players striker forward winger midfielder defender goalkeeper keeper captain skipper coach manager boss
    batsman bowler all-rounder fly-half prop lock scrum-half centre quarterback pitcher
    chancellor minister secretary president premier chairman chairwoman chief executive spokesman spokeswoman
    director founder leader governor mayor ambassador senator official officials
    singer actor actress star artist musician rapper presenter author writer novelist designer producer comedian
    painter sculptor poet composer conductor dancer architect photographer scientist physicist chemist engineer
    explorer inventor historian economist analyst banker trader investor lawyer judge doctor surgeon priest bishop
    man woman boy girl teenager youngster veteran father mother son daughter husband wife widow victim suspect
    pianist violinist cellist guitarist drummer referee umpire linesman commentator journalist reporter editor
    professor lecturer teacher student researcher biologist mathematician astronomer nurse soldier general officer
    commander admiral pilot astronaut sailor king queen prince princess emperor empress monarch activist candidate
    Briton Britons Scot Scots Welshman Welshwoman Irishman Irishwoman Englishman Englishwoman Frenchman Frenchwoman
    Spaniard Swede Dane Finn Pole Turk Kenyan Ethiopian Jamaican Moroccan Nigerian Australian Canadian American
    Russian German Italian Brazilian Argentine Dutchman Belgian Portuguese Norwegian Ukrainian Romanian
    sultan shah tsar tsarina czar kaiser caliph khan pharaoh pope duke duchess earl baron viceroy
    Sultan Shah Tsar Tsarina Czar Kaiser Caliph Khan Pharaoh Pope King Queen Emperor Empress Prince Princess Duke
    Duchess Earl Viceroy
"""))
_PLACE_NAMES = COUNTRIES | CITIES | REGIONS
# Capitalised words a description may carry before its noun ("the Olympic champion", "the World 100m champion").
_TITLE_WORDS = frozenset(word_list("""Olympic Commonwealth European World Paralympic Grand National Premiership
    Premier League Wimbledon Open US UK British English Scottish Welsh Irish Tory Labour Conservative Liberal
    Democrat Republican Democratic Chief Executive Prime Foreign Home Shadow Junior Senior""")) | frozenset(DEMONYMS)
_FUNCTION = frozenset(word_list("""of and or but to in on at by for from with as than that which who whom whose
    through into onto over under after before during about against between without within across behind per since
    until while when where up down out off like near
    is are was were be been being has have had will would can could may might must shall should do does did
    not no a an the this these those its his her their our your my it he she they we you i"""))
_TOKEN = re.compile(r"\d[\d,.]*\d|[\w'’.-]*\w|,")
_AGE = re.compile(r"\d{1,3}-year-old|\d+(?:,\d{3})*(?:\.\d+)?(?:m|km|kg)?")
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]*[A-Z]?[a-zß-ÿ]+(?:-[A-Z][a-zß-ÿ]+)?")
_NAME_AFTER = re.compile(r"\s*,?\s*(?:[A-Z][a-z]*[A-Z]?[a-z]+\s+)+[A-Z][a-z]*[A-Z]?[a-z]+")
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+(?:['’]s)?,\s*$|[A-Z][a-z]+['’]s\s+$")
MAX_MODIFIERS = 4
# "the <noun>" that always names one thing whatever the document ("the world", "the public").
SELF_DEFINING = frozenset(word_list("""world earth sun moon universe public internet west east north south same
    most other following latter rest whole past present future first last next top bottom end start beginning
    middle majority minority number total average"""))
_DETERMINERS = frozenset(word_list("the each every all"))
_COUNT_TOKEN = re.compile(r"_+|\d[\d,.]*")
# What pins "the <noun>" down after it: "of …", "in/at Gatun", a relative clause, a name, a year ("the
# G20 summit 2017"), or a participle with its place or agent ("the summit held in Hamburg").
_POSTMODIFIER = re.compile(r"\s+(?:of\b|(?:in|at|from|on)\s+(?:the\s+)?[A-Z]|(?:that|which|who|whose)\b|[A-Z]"
                           r"|(?:1[5-9]|20)\d\d\b|(?:[a-z]+ed|held|built|made|won|fought|found|known|seen|written|drawn|"
                           r"paid|sold|brought|given|taken|sent|led|set|begun|run|laid|struck)\s+(?:in|at|on|by|from|for)\b)")


@dataclass(frozen=True)
class Description:
    start: int
    end: int
    text: str  # as written: "The 25-year-old Briton"


def _modifier(word: str) -> bool:
    """A word that may stand between "the" and a person noun: an age, a title word, an adjective or noun."""
    if _AGE.fullmatch(word):
        return True
    if word[:1].isupper():  # "Olympic", "US", "Oscar-winning", "the Manchester United winger"
        return word in _TITLE_WORDS or word.isupper() or ("-" in word and word.rsplit("-", 1)[1].islower()) or _name_word(word)
    if word in _FUNCTION or past_base(word) is not None:
        return False
    return word_class(word) != "R"


def _name_word(word: str) -> bool:
    """A capitalised word of a name that is no title word ("Manchester", "United"): it may stand before a
    person noun ("the Manchester United winger"), and it makes a capitalised noun after it a name's ("the North Pole")."""
    return (word.isalpha() and word[:1].isupper() and word[1:].islower() and word not in _TITLE_WORDS
            and not word.endswith(_ADJECTIVAL))  # "the Danish king", "the American explorers": a people's adjective


_ADJECTIVAL = ("ish", "ese", "an", "ic", "i")


def person_descriptions(text: str) -> list[Description]:
    """Every "the [modifiers] <person noun>" in ``text`` that no name stands beside (see the module doc)."""
    tokens = list(_TOKEN.finditer(text))
    out: list[Description] = []
    for i, token in enumerate(tokens):
        if token.group(0) not in ("the", "The"):
            continue
        for j in range(i + 1, min(len(tokens), i + 2 + MAX_MODIFIERS)):
            word = tokens[j].group(0)
            if word in PERSON_NOUNS or (word.lower() in PERSON_NOUNS and not word[:1].isupper()):
                following = tokens[j + 1].group(0) if j + 1 < len(tokens) else ""
                if word[:1].isupper() and following in PERSON_NOUNS:
                    continue  # "the Ethiopian veteran": the nationality is a modifier here
                if word[:1].isupper() and any(_name_word(t.group(0)) for t in tokens[i + 1:j]):
                    break  # "the North Pole": a name, whose last word only looks like a person noun
                if j == i + 1 and collective_people(word):
                    break  # "the Portuguese attacked her stronghold" (judge 75), "the Scots": a people, no one person
                if word in DEMONYMS and (word_class(following) in ("N", "NP") or (
                        following[:1].islower() and following not in _FUNCTION and past_base(following) is None
                        and word_class(following) != "R")):
                    break  # "the American duo", "the American drug company": an adjective, its noun comes next
                end = tokens[j].end()
                if _NAME_AFTER.match(text, end) or _NAME_BEFORE.search(text, 0, token.start()):
                    break  # "the world champion Kelly Holmes", "Holmes, the 25-year-old Briton, …"
                if re.match(r"['’]s\b|\s+of\b", text[end:]):
                    break  # "the champion's coach", "the president of Chile": another noun is the head
                out.append(Description(token.start(), end, text[token.start():end]))
                break
            if not _modifier(word):
                break
    return out


def context_names(text: str, vocab: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Full names in ``text``: runs of two or three capitalised words, leading common words
    ("Teenager", "Double Olympic champion") left out; a run whose last word is a common word
    ("Fayetteville Invitational") or that holds a title word ("European Championships") is no name."""
    names: list[str] = []
    for run in re.finditer(rf"{_NAME_WORD.pattern}(?:\s+{_NAME_WORD.pattern})+", text):
        words = run.group(0).split()
        while words and (word_class(words[0].lower()) is not None or words[0].lower() in vocab
                         or words[0] in _TITLE_WORDS or words[0].lower() in PERSON_NOUNS
                         # "In London Leonard Colebrook, working at …" (judge 170): the place opens no name
                         or words[0].lower() in _FUNCTION or (len(words) > 2 and words[0] in _PLACE_NAMES)):
            words.pop(0)
        if len(words) < 2 or len(words) > 3:
            continue
        if any(w in _TITLE_WORDS or word_class(w.lower()) is not None or w.lower() in vocab for w in words):
            continue
        names.append(" ".join(words))
    return names


def context_person(earlier: str, vocab: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The one person the earlier sentence(s) name, or None when they name none or more than one.

    Only the name of a sentence's subject counts: it stands among the sentence's first six words
    ("Teenager LaShawn Merritt ran …"). A sentence that names someone later ("… beating Melissa
    Morrison") does not say who the next sentence's "the 25-year-old Briton" is."""
    people = {name.split()[-1]: name for name in context_names(earlier, vocab)}
    if len(people) != 1:
        return None
    name = next(iter(people.values()))
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", earlier.strip()) if name in s]
    if not sentences or len(sentences[0][: sentences[0].index(name)].split()) > 5:
        return None
    return name


def resolve_person(text: str, description: Description, name: str) -> str:
    """``text`` with ``name`` in place of the description."""
    return text[: description.start] + name + text[description.end:]


COUNTRY_CODES = frozenset("US UK USA EU UAE PRC USSR".split())  # noqa: SIM905
# what a country has one of: "the US budget deficit" needs no earlier sentence
_NATIONAL_HEADS = frozenset("""deficit surplus economy government budget debt population parliament army navy
    currency inflation unemployment exports imports treasury cabinet constitution election""".split())  # noqa: SIM905


# what moves from place to place: a place after it says where it was, not which one it is
_VESSELS = frozenset(word_list("ship ships vessel boat steamer yacht plane aircraft airship train expedition voyage"))
_PLACE_AFTER = re.compile(r"\s+(?:in|at|from|on)\s")


def anaphoric_definite(text: str, earlier_words: set[str] | frozenset[str]) -> str | None:
    """"the <noun>" in ``text`` whose noun the earlier sentences already used (lower-case words in
    ``earlier_words``) and that nothing after it pins down; None when there is none. "all [N] <noun>"
    is read the same way ("all 112,000 tickets" of an event named before); "each"/"every" <noun>
    always points at a set named before ("Each winner received £2,500") unless a phrase after it names it.

    Modifiers before the noun may be lower-case words or a nationality or acronym ("the British
    show", "the ID fraud"); a capitalised name among them makes a name ("the Berlin Wall"). A noun
    followed by "of", by a place ("the locks at Gatun") or by a relative clause says what it is."""
    tokens = list(_TOKEN.finditer(text))
    for i, token in enumerate(tokens):
        determiner = token.group(0).lower()
        if determiner not in _DETERMINERS:
            continue
        head: re.Match[str] | None = None
        national = False  # "the US budget deficit": one country's, so only one
        if i + 1 < len(tokens) and tokens[i + 1].group(0) in SELF_DEFINING:
            continue  # "the last three weeks", "the same day": not a noun the text introduced
        for j in range(i + 1, min(len(tokens), i + 2 + MAX_MODIFIERS)):
            word = tokens[j].group(0)
            if _COUNT_TOKEN.fullmatch(word) and determiner == "all":
                continue  # "all 112,000 tickets", "all _____ tickets"
            if word[:1].isupper():
                if word in DEMONYMS or (word.isupper() and len(word) <= 4):
                    national = national or word in DEMONYMS or word in COUNTRY_CODES
                    continue  # "the British show", "the ID fraud": a kind of show or fraud, not a name
                head = None
                break  # "the Berlin Wall", "the US Secret Service": a name
            if not word.isalpha() or word in _FUNCTION or past_base(word) is not None:
                break
            head = tokens[j]
        if head is None:
            continue
        noun = head.group(0)
        if national and noun in _NATIONAL_HEADS:
            continue  # "the US budget deficit", "the British economy", "the French government"
        if noun in SELF_DEFINING or (noun in PERSON_NOUNS and determiner == "the") or len(noun) < 4:
            continue
        if (pinned := _POSTMODIFIER.match(text, head.end())) and not (
                noun in _VESSELS and _PLACE_AFTER.match(pinned.group(0))):
            continue  # "the locks at Gatun" are those locks; "leave the ship at Hong Kong" (judge 105) says only where
        forms = {noun, noun + "s", noun.removesuffix("s"), noun.removesuffix("es")}
        if determiner in ("each", "every") or forms & set(earlier_words):  # "Each winner": of the set named before
            return text[token.start():head.end()]
    return None


# Given names and surnames borne by so many people that the pair alone does not say who is meant ("William
# Smith", "John Brown", "Mary Johnson": judge 97; "John Harrison": judge 262). The commonest hundred or so of
# England, Wales and the United States.
COMMON_GIVEN = frozenset(word_list("""John William James George Thomas Charles Henry Robert Richard Joseph Edward
    David Michael Peter Paul Samuel Daniel Frederick Arthur Walter Francis Albert Alfred Harry Frank Jack Tom Joe
    Andrew Anthony Christopher Matthew Mark Stephen Patrick Hugh Benjamin Nicholas Edmund Ralph Harold Ernest
    Mary Elizabeth Anne Ann Margaret Sarah Jane Catherine Susan Emma Alice Ellen Martha Helen Ruth Dorothy Florence
    Emily Hannah Lucy Frances Agnes Annie"""))
COMMON_SURNAMES = frozenset(word_list("""Smith Jones Williams Brown Taylor Davies Davis Evans Wilson Thomas Johnson
    Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Clark Jackson Wood
    Turner Martin Cooper Hill Ward Morris Moore Miller Anderson Baker King Allen Young Scott Lee Harrison Morgan
    James Phillips Watson Parker Price Bennett Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
    Shaw Murphy Cox Richards Marshall Simpson Ellis Adams Wilkinson Foster Chapman Powell Webb Rogers Gray Mason
    Hunt Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins
    Murray Dixon Harvey Stewart Graham Kennedy Reid Ross Howard Brooks Sanders Long Hamilton Sullivan Wallace West
    Cole Hayes Bryant Gibson Ford Perry Patterson Bradley Lane Grant Fox"""))
_COMMON_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) ([A-Z][a-z]+)(?![\w'’-]| [A-Z][a-z])")
# "the geologist William Smith", "the Scottish pilot Jim Mollison", "surveyor William Smith": a description stands
# before the name; "William Smith, the geologist" after it
_DESCRIBED_BEFORE = re.compile(r"\b[a-z][a-z-]+\s+$")
_DESCRIBED_AFTER = re.compile(r",\s+(?:the|an?)\s+[a-z]")
# the family: "Mungo Park's eldest son, Thomas," bears the family's name; "the daughter" says whose only with "of"
KIN_NOUNS = frozenset(word_list("father mother son daughter husband wife widow brother sister child uncle aunt nephew "
                                "niece cousin grandson granddaughter"))
_RELATIVE_NOUNS = KIN_NOUNS | {"friend", "pupil"}  # nouns of a relation to someone, never a description alone
_PERSON_SUFFIXES = ("polymath", "ist", "er", "or", "ian", "ant", "ent", "man", "woman", "ess", "wright", "smith")
# "William Smith (1769-1839) was an English canal surveyor and geologist who …", "Edward Webb, a land surveyor at …"
_ROLE_AFTER_NAME = r"(?:\s*\([^)]{0,60}\))?(?:\s+(?:was|is)\s+|,\s+)(?:an?|the)\s+((?:[\w-]+\s+){0,5}?[a-z-]+)" \
                   r"(?=\s+(?:who|whose|that|which|of|from|in|at|and\s+(?:the|an?)\b|best|known|born|with|for)\b|[,.;])"


def person_noun(word: str) -> bool:
    """A lower-case noun naming a person by what they do: "geologist", "surveyor", "pilot", "polymath"."""
    return word not in _FUNCTION and (word in PERSON_NOUNS or word.endswith(_PERSON_SUFFIXES))


def common_names(text: str) -> list[str]:
    """The two-word names in ``text`` that many people bear ("William Smith") with no description beside them
    ("the geologist William Smith", "William Smith, the geologist" say who is meant)."""
    found = []
    for m in _COMMON_NAME.finditer(text):
        if m.group(1) not in COMMON_GIVEN or m.group(2) not in COMMON_SURNAMES:
            continue
        before = text[: m.start()]
        if re.search(r"[A-Z][a-z]*\.?\s+$", before):
            continue  # "Mary Anne Evans": a longer name, the pair its last two words
        described = _DESCRIBED_BEFORE.search(before)
        if described and person_noun(described.group(0).strip()):
            continue
        if _DESCRIBED_AFTER.match(text, m.end()):
            continue
        found.append(m.group(0))
    return found


def role_before(name: str, document: str) -> str | None:
    """How the document introduces ``name`` by a description before it, as the words to put before it again: "the
    trapper" from "she met the trapper James Nugent", "the Scottish engineer" from "the Scottish engineer John
    Rennie". None when no mention of the name has one (a person's noun, never a relative's: "the son James")."""
    for m in re.finditer(rf"\b[Tt]he ((?:[A-Z][a-z]+ )?(?:[a-z-]+ )?[a-z-]+) {re.escape(name)}\b", document):
        words = m.group(1).split()
        noun = words[-1]
        if not person_noun(noun) or noun in _RELATIVE_NOUNS or noun in KIN_NOUNS:
            continue
        if any(w[:1].isupper() and w not in DEMONYMS and not w.endswith(_ADJECTIVAL) for w in words):
            continue  # "the Royal Navy captain": a name's words, not a description
        if any(w in _FUNCTION or word_class(w) == "R" for w in words[:-1] if w[:1].islower()):
            continue
        # "the mining engineer" → "the engineer": a gerund before the noun reads as a noun of its own ("the mining")
        return " ".join(["the", *(w for w in words[:-1] if not w.endswith("ing")), noun])
    return None


def role_of(name: str, document: str) -> str | None:
    """How the document first describes ``name``, as words to put before it: "the English geologist" from
    "William Smith was an English canal surveyor and geologist who …", "the land surveyor" from "Edward Webb, a
    land surveyor at Stow-on-the-Wold". None when the document describes them nowhere by a person's noun."""
    for m in re.finditer(re.escape(name) + _ROLE_AFTER_NAME, document):
        words = m.group(1).split()
        noun = words[-1]
        if not person_noun(noun) or noun in _RELATIVE_NOUNS:
            continue  # "the daughter" says whose only with "of …"
        people = [w for w in words[:-1] if w[:1].isupper() and (w in DEMONYMS or w.endswith(_ADJECTIVAL))]
        before = words[-2] if len(words) > 1 and words[-2] not in ("and", "or") and words[-2][:1].islower() else ""
        modifier = before if before and word_class(before) != "R" and before not in _FUNCTION else ""
        return " ".join(["the", *people[:1], *([modifier] if modifier and not people else []), noun])
    return None

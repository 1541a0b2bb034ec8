""""Which source says this?": clean quotes, no giveaways, varied answers (issue 10, parts 5 and 7).

The checks are measured against a labelled set (``source_quotes/labels.tsv``): every sentence the
generator considers on the bundled corpus (machine-translated China–Russia documents), on four
documents about the Moon written for these tests (a history, a science piece, an opinion piece and
a news story written in machine-translated style) and on four about the Yangtze (two in plain
English, two in machine-translated style), each labelled by hand as clean, context, garbled or
giveaway. The principles are then pinned on invented documents of other subjects.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
from fixtures_questions import Corpus, bundled, run_pipeline, text_corpus

from bot.corpus.clean import clean_document
from bot.corpus.model import DocMeta
from bot.corpus.questions import (
    GENERATED_KINDS,
    MAX_SOURCE_PER_DOC,
    SourceVerdict,
    generate_questions,
    source_verdicts,
)
from bot.corpus.readability import unreadable
from bot.corpus.readers import RawDocument, iter_documents, read_document

HERE = Path(__file__).parent / "source_quotes"
SOURCE_TOO = GENERATED_KINDS | {"source"}  # builds leave "which source says this?" out (see GENERATED_KINDS)
MOON = HERE / "documents"
RIVER = HERE / "river"


@lru_cache(maxsize=1)
def moon() -> Corpus:
    return run_pipeline([clean_document(i) for i in iter_documents(MOON) if isinstance(i, RawDocument)])


@lru_cache(maxsize=1)
def river() -> Corpus:
    return run_pipeline([clean_document(i) for i in iter_documents(RIVER) if isinstance(i, RawDocument)])


# Four of the English test documents taken as one corpus: good English whose sentences the garble checks
# must leave alone (their subjects differ, so nearly every quote is a giveaway or leans on context).
SCIENCE = ["science-penicillin.txt", "science-smallpox-eradication.txt", "biography-marie-curie.txt",
           "science-voyager-probes.txt"]


@lru_cache(maxsize=1)
def science() -> Corpus:
    found = [read_document(Path(__file__).parent / "documents" / name) for name in SCIENCE]
    return run_pipeline([clean_document(raw) for raw in found if isinstance(raw, RawDocument)])


CORPORA = {"bundled": (bundled, False), "moon": (moon, True), "river": (river, True), "science": (science, True)}


@lru_cache(maxsize=4)
def names(corpus: str) -> frozenset[str]:
    """The words a corpus writes in title case ("Xi"): what the generator gives ``unreadable`` to see "XI"."""
    return frozenset(w for d in CORPORA[corpus][0]().canonical for w in re.findall(r"\b[A-Z][a-z]+\b", d.clean_text))


@lru_cache(maxsize=1)
def labels() -> dict[tuple[str, str], str]:
    out = {}
    for line in (HERE / "labels.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            label, corpus, _doc, sentence = line.split("\t")
            out[(corpus, sentence)] = label
    return out


@lru_cache(maxsize=1)
def verdicts() -> dict[tuple[str, str], SourceVerdict]:
    out = {}
    for name, (make, one_subject) in CORPORA.items():
        corpus = make()
        for v in source_verdicts(corpus.canonical, corpus.passages, corpus.events, one_subject=one_subject):
            out[(name, v.sentence)] = v
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __str__(self) -> str:
        return f"precision {self.precision:.2f} recall {self.recall:.2f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def score(corpus: str | None, positive: str, fired: str) -> Score:
    """A sentence labelled "context" was not judged for garble or giveaway: it counts only for "kept"."""
    s = Score()
    for key, label in labels().items():
        if (corpus and key[0] != corpus) or key not in verdicts() or (label == "context" and fired != "kept"):
            continue
        v = verdicts()[key]
        # as the generator reads a quote: with the corpus's names, citation markers taken out
        garbled = unreadable(key[1], names(key[0]), allow_citations=True) is not None
        hit = {"garbled": garbled, "giveaway": v.giveaway is not None, "kept": v.reason is None}[fired]
        truth = label == "clean" if positive == "clean" else positive in label
        s.tp += hit and truth
        s.fp += hit and not truth
        s.fn += truth and not hit
    return s


def test_the_labelled_set_covers_what_the_generator_considers() -> None:
    found = [key for key in labels() if key in verdicts()]
    assert len(found) >= 0.95 * len(labels())
    unlabelled = [key for key in verdicts() if key not in labels()]
    assert len(unlabelled) <= 0.05 * len(verdicts()), unlabelled[:5]


def test_precision_and_recall_on_the_labelled_quotes() -> None:
    """The figures the report quotes (pytest -s prints them); the floors catch a regression."""
    figures = {}
    for corpus in (*CORPORA, None):
        for positive, fired in (("garbled", "garbled"), ("giveaway", "giveaway"), ("clean", "kept")):
            figures[(corpus or "all", fired)] = s = score(corpus, positive, fired)
            print(f"{corpus or 'all':8} {fired:9} {s}")
    assert figures[("all", "garbled")].precision >= 0.9
    # 0.33 before the collocation signals, on two corpora; 27/65 after them, then 25/63 once the cleaner
    # mended the two "XI" slips among the positives (they read as plain English now, and are labelled so)
    assert figures[("all", "garbled")].recall >= 0.39
    assert figures[("science", "garbled")].fp == 0  # good English is never called garbled
    assert figures[("all", "giveaway")].precision >= 0.75
    assert figures[("bundled", "giveaway")].recall >= 0.6
    assert figures[("bundled", "kept")].precision >= 0.75  # what is asked is mostly publishable
    assert figures[("bundled", "kept")].recall >= 0.8  # and cleaning keeps most of what is


# ------------------------------------------------------------------ principles on invented documents
def _meta(title: str, date: str) -> DocMeta:
    return DocMeta(title, author="Test Press", kind="paper", date=date)


CANAL = {
    "french.txt": ("""\
Ferdinand de Lesseps began the French attempt to dig a canal across the isthmus in 1881. De Lesseps had \
built the Suez Canal, and De Lesseps believed a sea-level canal could be dug in the same way. Yellow fever and \
malaria killed thousands of workers in the years that followed.

By 1885 De Lesseps was raising money from small savers all over France. The company went bankrupt in 1889, \
and De Lesseps was later tried for fraud in Paris.

Engineers of the period underestimated the floods of the Chagres River in Panama every rainy season.""",
                   _meta("The French canal company and its collapse", "1995")),
    "american.txt": ("""\
The United States bought the French rights and equipment in 1904 and began work the same year. John Stevens \
decided on a lock canal in 1906, and George Goethals took charge of construction in 1907.

William Gorgas cut the death rate by draining swamps and screening buildings against mosquitoes in 1906. The \
canal opened to traffic on August 15, 1914, when the ship Ancon made the first official transit.

Workers moved more than 150 million cubic metres of earth at the Culebra Cut in central Panama. Progress \
was slow on the cut until he rebuilt the railway that carried the spoil away to the dumps. The engineer George \
Goethals kept the work on schedule, and his army engineers finished the locks early.""",
                     _meta("Building the lock canal, 1904-1914", "2004")),
    "handover.txt": ("""\
The Torrijos-Carter Treaties of 1977 promised that Panama would take control of the canal at the end of the \
century. Panama took full control of the canal on December 31, 1999.

The Panama Canal Authority has run the waterway since 2000 and pays a share of its income to the national \
budget. Ships pay tolls to Panama according to their size, their cargo and the number of passengers on board.""",
                     _meta("From treaty to handover", "2010")),
    "expansion.txt": ("""\
A new set of larger locks opened in June 2016 after nine years of work. Neopanamax ships carry up to 14,000 \
containers through the new locks.

Droughts in 2019 and 2023 lowered Gatun Lake and forced the canal to limit the number of daily transits. \
Panama now earns more than three billion dollars a year from the ships that pass through it.""",
                      _meta("The expanded canal and the droughts", "2024")),
}


@lru_cache(maxsize=1)
def canal() -> dict[str, SourceVerdict]:
    corpus = text_corpus(CANAL)
    return {v.sentence: v for v in source_verdicts(corpus.canonical, corpus.passages, corpus.events, one_subject=True)}


def verdict(sentence_start: str) -> SourceVerdict:
    return next(v for s, v in canal().items() if s.startswith(sentence_start))


def test_a_name_only_one_option_document_writes_about_gives_the_quote_away() -> None:
    """De Lesseps belongs to the French era: only the document about it names him (and often). ("By 1885 De Lesseps was
    raising money …" is asked as "By 1885 Ferdinand de Lesseps …", its surname put in full, and so is no quote.)"""
    assert "Lesseps" in (verdict("The company went bankrupt in 1889, and De Lesseps").giveaway or "")


def test_a_year_outside_every_other_documents_era_gives_the_quote_away() -> None:
    v = verdict("Droughts in 2019 and 2023")
    assert v.giveaway is not None and "a time only its own document writes about" in v.giveaway
    # 1999 is outside the eras of the French, American and expansion documents too
    assert "1999" in (verdict("Panama took full control").giveaway or "")


def test_a_quote_sharing_a_phrase_with_its_own_title_gives_itself_away() -> None:
    v = verdict("A new set of larger locks")
    assert "phrase" not in (v.giveaway or "")  # "larger locks" is not the title's "expanded canal"
    corpus = text_corpus({**CANAL, "expansion.txt": (CANAL["expansion.txt"][0] + "\n\nThe expanded canal "
                          "handles ships twice as wide as before.", CANAL["expansion.txt"][1])})
    found = {v.sentence: v for v in source_verdicts(corpus.canonical, corpus.passages, corpus.events, one_subject=True)}
    v = next(v for s, v in found.items() if s.startswith("The expanded canal handles"))
    assert v.giveaway is not None and "expanded canal" in v.giveaway


def test_names_every_document_writes_give_nothing_away() -> None:
    """Panama is named by every document: a quote about its tolls could come from any of them."""
    v = verdict("Ships pay tolls to Panama")
    assert v.giveaway is None


def test_a_definite_reference_to_the_sentence_before_is_context() -> None:
    """"the canal" right after a sentence about the canal leans on it; the first mention does not."""
    assert "the canal" in (verdict("Panama took full control of the canal").reason or "")
    assert verdict("Engineers of the period underestimated").reason is None


def test_a_pronoun_for_a_person_the_quote_does_not_name_is_context() -> None:
    assert "'he'" in (verdict("Progress was slow on the cut").reason or "")
    assert "'his'" not in (verdict("The engineer George Goethals kept").reason or "")


def test_garbled_text_is_never_quoted_in_any_corpus() -> None:
    for corpus, name in ((bundled(), "bundled"), (moon(), "moon")):
        for v in source_verdicts(corpus.canonical, corpus.passages, corpus.events, one_subject=name == "moon"):
            if v.reason is None:
                assert unreadable(v.sentence, allow_citations=True) is None, v.sentence


def test_a_translated_document_is_quoted_only_without_the_tell_tales_of_translation() -> None:
    """In the Moon corpus's machine-translated news story a chain of "of" phrases is not quoted; the same
    construction in a document written in English is."""
    found = {v.sentence: v for v in verdicts().values()}
    chains = [s for s, v in found.items() if v.reason and "chain of 'of' phrases" in v.reason]
    assert chains and all(v.doc_key.startswith(("change4", "jia", "sino", "xinhua")) for s, v in found.items()
                          if s in chains)
    english = "Impact melts from several landing sites cluster around 3.9 billion years"
    assert next(v for s, v in found.items() if s.startswith(english)).reason is None


# ------------------------------------------------------------------ the questions asked
def test_which_source_is_capped_per_document_and_the_documents_take_turns() -> None:
    corpus = bundled()
    questions = generate_questions(corpus.canonical, corpus.passages, corpus.events, kinds=SOURCE_TOO)[0]
    sources = [q for q in questions if q.kind == "source"]
    per_doc = Counter(q.doc_key for q in sources)
    assert len(per_doc) >= 3 and max(per_doc.values()) <= MAX_SOURCE_PER_DOC
    ranked = sorted(sources, key=lambda q: -q.quality)
    first_round = {q.doc_key for q in ranked[: len(per_doc)]}
    assert first_round == set(per_doc)  # every document's best quote before any document's second


@pytest.mark.parametrize(("name", "doc"), [("Gorbachev", "sino"), ("Yeltsin", "sino"), ("Soviet", "sino"),
                                           ("Luna", "soviet"), ("Lunokhod", "soviet"), ("Chang'e", "change4"),
                                           ("Apollo", "apollo")])
def test_no_quote_names_the_era_or_subject_its_own_document_is_about(name: str, doc: str) -> None:
    """A quote from the one essay on the Soviet era never names Gorbachev (one from another document
    may: it points away from the answer, not at it)."""
    for corpus, one in ((bundled(), False), (moon(), True)):
        for v in source_verdicts(corpus.canonical, corpus.passages, corpus.events, one_subject=one):
            if v.reason is None and v.doc_key.startswith(doc):
                assert not re.search(rf"\b{re.escape(name)}\b", v.sentence), v.sentence


# ------------------------------------------------------------------ an event its own title names in other words
TOWN = {
    "armistice.txt": ("""\
The town marks the centenary of the armistice with a week of concerts, lectures and services in November 2018.

Local volunteers read the names of the men who died on the Western Front at the centenary service.

The armistice of November 1918 ended the fighting on the Western Front after more than four years.

Schoolchildren will study letters that soldiers sent home from the Western Front to their families in the valley.

The mayor opened an exhibition of photographs in the library of Harwell for the centenary week.""",
                      DocMeta("Harwell remembers: the armistice centenary", author="Valley News", kind="news",
                              date="2018-11")),
    "railway.txt": ("""\
The railway reached Harwell in 1862 and the engine workshops opened beside the station in 1871.

The workshops employed eight hundred men at their peak and built forty locomotives for the northern lines.

Harwell grew from a market village into a town of twelve thousand people within thirty years.

The workshops closed in 1965, and the station building became a museum of the line in 1990.""",
                    DocMeta("The railway town: Harwell and its workshops", author="Harwell Society", kind="history",
                            date="1995")),
    "floods.txt": ("""\
The river Wenn burst its banks at Harwell in 1894, 1947 and 2007, each time after weeks of heavy rain.

The flood of 1947 covered the lower town and the railway yards for nine days.

Engineers built a relief channel east of Harwell in 1952 to carry the water around the town.

Gauges on the river now send readings to the county every fifteen minutes.""",
                   DocMeta("Floods on the Wenn", author="County Rivers Board", kind="science", date="2010")),
    "market.txt": ("""\
The market hall of Harwell was built in 1838 with iron columns cast in the town foundry.

The hall reopened in 2015 after a restoration paid for by the council and a heritage grant.

Traders sell cheese, bread and vegetables in the hall every Saturday morning.

The restoration uncovered a painted ceiling that had been hidden since the 1930s.""",
                   DocMeta("The market hall restored", author="Valley News", kind="news", date="2015-06")),
}


@lru_cache(maxsize=1)
def town() -> dict[str, SourceVerdict]:
    corpus = text_corpus(TOWN)
    return {v.sentence: v for v in source_verdicts(corpus.canonical, corpus.passages, corpus.events, one_subject=True)}


def test_a_quote_naming_what_its_title_names_in_other_words_gives_itself_away() -> None:
    """"the Western Front" belongs to the armistice: the document says so itself, sentence after sentence
    with the Western Front and a word of its title ("armistice", "centenary")."""
    v = next(v for s, v in town().items() if s.startswith("Schoolchildren will study letters"))
    assert v.giveaway is not None and "Western" in v.giveaway and "title" in v.giveaway


def test_a_name_every_document_writes_is_not_tied_to_one_title() -> None:
    """Harwell is in the armistice document's sentences with "centenary", but every document names the town."""
    v = next(v for s, v in town().items() if s.startswith("The mayor opened an exhibition"))
    assert "Harwell" not in (v.giveaway or "")


def test_the_second_world_war_points_at_the_victory_day_visit_not_at_the_other_documents() -> None:
    """The bundled corpus: a quote on the Second World War from the Xinhua piece on Victory Day is a giveaway."""
    found = [v for (name, s), v in verdicts().items() if name == "bundled" and "Second World War" in s]
    assert any(v.doc_key.startswith("xinhua") for v in found)
    for v in found:
        if v.doc_key.startswith("xinhua"):
            assert v.giveaway is not None and v.reason is not None


@pytest.mark.parametrize("roll", [
    "Dudek, Finnan, Carragher, Hyypia, Traore (Biscan 67), Luis Garcia, Gerrard, Hamann, Riise, Kewell (Nunez 56).",
    "Subs not used: Cudicini, Pidgeley, Mikel, Jarosik, Morais, Geremi, Tiago.",
    "Cast: Meryl Streep, Tommy Lee Jones, Kevin Kline, Woody Harrelson, Lily Tomlin, Virginia Madsen.",
    "Strauss, Trescothick, Vaughan, Thorpe, Flintoff, Giles, Jones, Harmison, Hoggard, Anderson (12th man).",
])
def test_a_roll_of_names_is_not_quoted(roll: str) -> None:
    """A team sheet or a cast list is not a sentence anyone says: it is never "which source says this?"."""
    from bot.corpus.questions import _unclear_quote
    assert "roll of names" in (_unclear_quote(roll) or "")


@pytest.mark.parametrize("sentence", [
    "Marie Curie, Pierre Curie and Henri Becquerel shared the Nobel Prize in Physics in 1903.",
    "Fleming, Florey and Chain shared the Nobel Prize in Physiology or Medicine in 1945.",
    "John Arne Riise volleyed Liverpool ahead after 45 seconds but Steven Gerrard scored a late own goal.",
    "Youngsters Ben Hudell, Joe Keenan and Sam Tillen would be options should Mourinho call up a replacement.",
])
def test_a_sentence_naming_several_people_is_still_a_sentence(sentence: str) -> None:
    from bot.corpus.questions import _unclear_quote
    assert "roll of names" not in (_unclear_quote(sentence) or "")


_RUGBY = {
    "wales": "Wales beat Italy by 38 points to 8 in Rome on a wet Saturday afternoon in the Six Nations. Gavin Henson "
             "kicked four penalties from inside his own half during the second quarter at the Stadio Flaminio. The "
             "Welsh scrum pushed the Azzurri back over their own line for a penalty try before half-time. Tom Shanklin "
             "scored two tries in the final ten minutes as the Italian defence tired badly. ",
    "ireland": "Ireland edged France by 19 points to 17 at Lansdowne Road in a tense Six Nations match. Ronan O'Gara "
               "landed a drop goal from forty metres with three minutes left on the clock in Dublin. Brian O'Driscoll "
               "crossed in the corner after a long move started deep inside the Irish twenty-two. The French pack won "
               "six lineouts against the throw but could not turn pressure into points. ",
    "scotland": "Scotland upset England by 21 points to 19 at Murrayfield in the final Six Nations match. Chris "
                "Paterson kicked seven penalties in swirling wind and driving rain in Edinburgh on Saturday. The "
                "Scottish back row harried Jonny Wilkinson into two charged-down kicks before the interval. Gregor "
                "Townsend sealed the victory with a dropped goal from a scrappy ruck near the posts. ",
}
# match reports with little to quote: every sentence leans on the one before
_THIN = {
    "ireland": "He said the scrum decided the match in the end. It was hard for the defence in the wind. They will be back. ",
    "scotland": "It was a long afternoon for the pack and the backs. They kicked too much ball away. He was not happy. ",
    "italy": "They lost again at home and the crowd was quiet. He blamed the referee for the penalty count. It was a bad day. ",
    "france": "She said the team needed a new fly-half soon. They could not find a way through. It rained all day long. ",
}


def _quoted(rich: list[str], kind: str = "history") -> Counter[str]:
    """The documents quoted among match reports of one championship, written up as ``kind``."""
    from bot.corpus.questions import Tally, _generator
    docs = {f"{k}.txt": (t, DocMeta(f"{k.capitalize()} win", author="Rugby Almanac", kind=kind, date="2005-03-12"))
            for k, t in _RUGBY.items() if k in rich}
    docs |= {f"{k}.txt": (t, DocMeta(f"{k.capitalize()} lose", author="Rugby Almanac", kind=kind, date="2005-03-12"))
             for k, t in _THIN.items() if k not in rich}
    corpus = text_corpus(docs)
    gen = _generator(corpus.canonical, corpus.passages, corpus.events, Tally())
    keys = sorted(gen.doc_by_key)
    gen.peers = {k: [o for o in keys if o != k] for k in keys}  # too short to measure as on one subject
    return Counter(c.question.doc_key for c in gen._source(set()))


def test_a_corpus_with_few_quotable_documents_asks_one_quote_of_each() -> None:
    """Five quotes of one story among ten, each with the same four titles and the same answer (judge 54), give
    each other away: with fewer than three documents to quote, each gives one; with three, several."""
    few = _quoted(["wales"])
    assert few["wales.txt"] == 1 and max(few.values()) == 1, few
    many = _quoted(["wales", "ireland", "scotland"])
    assert len(many) >= 3 and max(many.values()) > 1, many


def test_news_stories_of_one_story_are_not_quoted_against_each_other() -> None:
    """Four BBC stories of one running story (judge 90) made twelve "which source says this?" questions, one of them
    acceptable: a news story's sentence leans on the day's story, and the other stories say the same in other words,
    so two options are right. Among other news stories no news story is quoted; the same reports written up as a
    history are, and the Xinhua story of the bundled corpus, among papers and essays, still is."""
    assert not _quoted(["wales", "ireland", "scotland"], kind="news")
    assert len(_quoted(["wales", "ireland", "scotland"], kind="history")) >= 3
    corpus = bundled()
    questions = generate_questions(corpus.canonical, corpus.passages, corpus.events, kinds=SOURCE_TOO)[0]
    assert any(q.kind == "source" and q.doc_key.startswith("xinhua") for q in questions)

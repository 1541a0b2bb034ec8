""""Which of these happened first?" (issue 10 part 6, rubric rules 4 and 11): every option is a short,
self-contained label of a real event that a quiz master would print, or the document makes no such
question. Each principle is pinned on invented documents of several kinds: history, science,
biography, business and news."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from fixtures_questions import text_corpus

from bot.corpus.model import DocMeta, Question
from bot.corpus.questions import ALL_FORMS, ALL_KINDS, _logical_reason, generate_questions

DAM = ("# The Kessel Dam\n\n"
       "The Water Board proposed a high dam on the Kessel in 1921. "
       "Work started in 1927 in brutal conditions. "
       "The Great Flood damaged the Kessel Dam in 1934. "
       "Nordkraft bought the Kessel power station in 1952. "
       "Parliament renamed the reservoir Lake Lind in 1960. "
       "The Kessel Dam was listed as a National Monument in 1979.")
MILLS = ("# Harmaja Oy\n\n"
         "Harmaja Oy was founded in Tampere in 1898 by the engineer Eino Harmaja. "
         "The company opened a sawmill in 1921. "
         "Harmaja Oy bought the Valkeakoski paper mill in 1936. "
         "Harmaja Oy launched the Tundra snowmobile in 1962. "
         "Harmaja Oy announced a new strategy in 1979. "
         "Harmaja Oy merged with Kymi Paper in 1986.")
VARGA = ("# Ilse Varga\n\n"
         "Ilse Varga was born in Pécs in 1890. "
         "Varga graduated from the University of Graz in 1912. "
         "In 1914 Varga moved to Vienna to work for the Radium Institute. "
         "Graz University awarded Varga a Bachelor of Science in 1916. "
         "Varga married the painter Karl Moser in 1919. "
         "In 1925 Varga completed the first version of her table of isotopes. "
         "Varga won the Haitinger Prize in 1931. "
         "In 1938 Varga emigrated to Stockholm. "
         "Varga returned to Vienna in 1947. "
         "In 1950 Varga received the Lieben Prize.")
CAPE = ("# The Spice Company\n\n"
        "The Spice Company sent its first fleet to Java in 1596. "
        "In 1619 Jan Smit captured the port of Jayakarta. "
        "In 1641 Pieter Claes built a fort. "
        "In 1652 Willem Roos founded a supply station at the Cape of Storms on 6 April. "
        "In 1669 the Spice Company paid a dividend of forty per cent. "
        "Admiral Cornelis Speelman conquered Makassar in 1669. "
        "The States General dissolved the Spice Company in 1799.")
PROBE = ("# Kestrel probe reaches Saturn\n\n"
         "Kestrel 2 was launched from Kourou in 2003. "
         "Kestrel 2 passed Mars in 2005. "
         "Kestrel 2 photographed the comet Tempel in 2008. "
         "Kestrel 2 reached Jupiter in 2011. "
         "The European Space Agency opened the Darmstadt control centre in 2014. "
         "Kestrel 2 reached Saturn in 2016.")

DOCUMENTS = {
    "dam.txt": (DAM, DocMeta("The Kessel Dam", kind="history", date="2019")),
    "mills.txt": (MILLS, DocMeta("Harmaja Oy", kind="business", date="2021")),
    "varga.txt": (VARGA, DocMeta("Ilse Varga", kind="biography", date="2018")),
    "cape.txt": (CAPE, DocMeta("The Spice Company", kind="history", date="2022")),
    "probe.txt": (PROBE, DocMeta("Kestrel probe reaches Saturn", kind="news", date="2016-07-02")),
}


def questions(texts: dict[str, tuple[str, DocMeta]]) -> tuple[list[Question], list[tuple[str, str]]]:
    corpus = text_corpus(texts)  # every kind: a build leaves ordering out (GENERATED_KINDS), its generator is kept
    return generate_questions(corpus.canonical, corpus.passages, corpus.events, kinds=ALL_KINDS, forms=ALL_FORMS)


def options(texts: dict[str, tuple[str, DocMeta]] = DOCUMENTS) -> dict[str, list[str]]:
    """Each document's order options."""
    out: dict[str, list[str]] = {}
    for q in questions(texts)[0]:
        if q.kind == "order":
            out.setdefault(q.doc_key, []).extend([q.answer, *q.distractors])
    return out


def test_every_document_kind_gives_an_order_question_of_clean_labels() -> None:
    labels = options()
    assert set(labels) == set(DOCUMENTS), labels
    for doc_key, opts in labels.items():
        assert 3 <= len(opts) <= 4, (doc_key, opts)


def test_plain_dated_facts_are_asked_without_a_source_but_a_view_names_its_own() -> None:
    """A quiz master asks "Which of these happened first?" of a history, a biography or a news story:
    "According to Anna Feldmann, …" pins plain facts on an author the player does not know. An opinion
    piece keeps its source in the prompt: its account of events is a view, as is a judgement in an option's
    sentence ("…, a decisive step"). "The Great Flood" judges nothing: "Great" is part of its name."""
    asked = {q.doc_key: q.prompt for q in questions(DOCUMENTS)[0] if q.kind == "order"}
    assert len(asked) == len(DOCUMENTS), asked
    # the document's name may head the question ("The Spice Company: Which of these happened first?")
    assert {prompt.split(": ", 1)[-1] for prompt in asked.values()} == {"Which of these happened first?"}, asked
    judged = DAM.replace("power station in 1952.", "power station in 1952, a decisive step.")
    prompts = [q.prompt for q in questions({"dam.txt": (judged, DocMeta("The Kessel Dam", kind="history"))})[0]
               if q.kind == "order"]
    assert prompts == ["According to “The Kessel Dam”, which of these happened first?"], prompts
    opinion = {"dam.txt": (DAM, DocMeta("The Kessel Dam", kind="opinion", author="Ruth Berg", date="2019"))}
    prompts = [q.prompt for q in questions(opinion)[0] if q.kind == "order"]
    assert prompts == ["According to the Ruth Berg opinion piece, which of these happened first?"], prompts


def test_a_label_subject_is_a_name_a_reader_knows() -> None:
    labels = [o for opts in options().values() for o in opts]
    assert not [o for o in labels if re.match(r"(?:Work|The company|A |An |Some )", o)], labels
    assert "The Great Flood damaged the Kessel Dam" in labels  # the article kept
    assert "Admiral Cornelis Speelman conquered Makassar" in labels or "Jan Smit captured the port of Jayakarta" \
        in labels
    for o in labels:
        subject = o.split(" ")[0]
        assert subject[:1].isupper(), o


def test_a_bare_surname_takes_the_full_name_the_document_gives() -> None:
    varga = options()["varga.txt"]
    assert all(o.startswith("Ilse Varga ") for o in varga), varga
    texts = {"owens.txt": ("# Jesse Owens\n\n"
                           "James Cleveland Owens was known to everyone as Jesse Owens. "
                           "Owens set three world records at Ann Arbor in 1935. "
                           "Owens ran a dry-cleaning business in Cleveland in 1939. "
                           "Owens toured India for the State Department in 1955. "
                           "President Gerald Ford awarded Owens the Presidential Medal of Freedom in 1976.",
                           DocMeta("Jesse Owens", kind="biography", date="2020"))}
    owens = options(texts)["owens.txt"]
    assert [o for o in owens if o.startswith("Jesse Owens ")], owens
    assert not [o for o in owens if re.match(r"Owens ", o)], owens


def test_two_people_of_one_surname_leave_a_bare_surname_unasked() -> None:
    texts = {"brothers.txt": ("# The Lumen brothers\n\n"
                              "Anton Lumen and Felix Lumen opened a workshop in Lyon. "
                              "Lumen patented the Cinéphone in 1895. "
                              "Anton Lumen filmed the harbour of Marseille in 1897. "
                              "Felix Lumen sold the Lyon workshop to Pathé in 1902. "
                              "Anton Lumen won the Rumford Medal in 1909. "
                              "Felix Lumen moved to Algiers in 1913.",
                              DocMeta("The Lumen brothers", kind="history", date="2015"))}
    labels = [o for opts in options(texts).values() for o in opts]
    assert labels
    assert not [o for o in labels if o.startswith("Lumen ") or "Cinéphone" in o], labels


def test_the_predicate_keeps_its_place_or_the_label_is_refused() -> None:
    cape = options()["cape.txt"]
    assert "Willem Roos founded a supply station at the Cape of Storms" in cape, cape
    assert not [o for o in cape if o.endswith("a supply station") or o.endswith("built a fort")], cape
    varga = options()["varga.txt"]
    assert "Ilse Varga moved to Vienna" in varga, varga  # "to work for …", an infinitive of purpose, is cut
    mills = options()["mills.txt"]
    assert not [o for o in mills if "strategy" in o or "sawmill" in o], mills


def test_no_pronoun_or_possessive_without_its_referent() -> None:
    labels = [o for opts in options().values() for o in opts]
    assert not [o for o in labels if re.search(r"\b(?:his|her|its|their|it|he|she|they)\b", o)], labels
    assert not [o for o in labels if "table of isotopes" in o]


def test_no_option_whose_order_follows_by_logic() -> None:
    labels = options()
    varga = labels["varga.txt"]
    # the stages of a life, a first version, a return
    assert not [o for o in varga if re.search(r"born|graduated|Bachelor|married|first|returned", o)], varga
    # a proposal before the dam, work started, a renaming after the name
    dam = labels["dam.txt"]
    assert not [o for o in dam if re.search(r"proposed|started|renamed", o)], dam
    # the founding of the company every other option is about, a plan
    mills = labels["mills.txt"]
    assert not [o for o in mills if re.search(r"founded|announced", o)], mills
    # a probe's launch comes before anything the probe did
    probe = labels["probe.txt"]
    assert not [o for o in probe if "launched" in o], probe
    assert "The European Space Agency opened the Darmstadt control centre" in probe  # an opening of another thing
    # a probe meets the planets in their order from the Sun: one planet at most
    assert len([o for o in probe if re.search(r"Mars|Jupiter|Saturn", o)]) == 1, probe


def test_the_refusals_are_reported_with_their_reasons() -> None:
    _, drops = questions(DOCUMENTS)
    reasons = {item: reason for item, reason in drops if reason.startswith("order option")}
    assert re.search(r"name a reader knows|leans on the document", reasons.get("Work started in brutal conditions", "")), reasons
    assert "stage of a life" in reasons.get("Ilse Varga graduated from the University of Graz", ""), reasons
    assert "plan or a start" in reasons.get("The Water Board proposed a high dam on the Kessel", ""), reasons
    assert "making of a thing" in reasons.get("Kestrel 2 was launched from Kourou", ""), reasons


def test_options_are_years_apart_and_the_reveal_dates_each() -> None:
    texts = {"relay.txt": ("# The Baltic relay\n\n"
                           "Tallinn Harbour hosted the Baltic relay in 1950. "
                           "Riga Harbour hosted the Baltic relay in 1951. "
                           "Klaipeda Harbour hosted the Baltic relay in 1952. "
                           "Gdansk Harbour hosted the Baltic relay in 1953. "
                           "Kiel Harbour hosted the Baltic relay in 1954. "
                           "Turku Harbour hosted the Baltic relay in 1955.",
                           DocMeta("The Baltic relay", kind="news", date="1956-01-04"))}
    orders = [q for q in questions({**texts, **DOCUMENTS})[0] if q.kind == "order"]
    assert "relay.txt" in {q.doc_key for q in orders}  # one a year: every other year makes a group
    for q in orders:
        lines = q.explanation.split("\n")
        assert [line.split(" — ")[0] for line in lines] == [q.answer, *q.distractors]
        years = [int(re.findall(r"\d{4}", line)[-1]) for line in lines]
        assert years == sorted(years) and all(b - a >= 2 for a, b in pairwise(years)), lines


def test_a_descriptor_before_a_name_is_left_out_but_a_name_after_of_is_kept() -> None:
    texts = {"mould.txt": ("# Mould and medicine\n\n"
                           "In 1921 the Scottish bacteriologist Alexander Fleming found lysozyme in nasal mucus. "
                           "In 1931 Edith Clarke of General Electric patented the Clarke calculator. "
                           "In 1939 the Australian pathologist Howard Florey purified penicillin in Oxford. "
                           "In 1945 Fleming, Florey and Chain shared the Nobel Prize.",
                           DocMeta("Mould and medicine", kind="science", date="2011"))}
    labels = [o for opts in options(texts).values() for o in opts]
    assert "Alexander Fleming found lysozyme in nasal mucus" in labels, labels
    assert "Edith Clarke of General Electric patented the Clarke calculator" in labels, labels
    assert not [o for o in labels if re.search(r"bacteriologist|pathologist|^General Electric", o)], labels


@pytest.mark.parametrize("label", [
    "Amelia Earhart disappeared over the central Pacific",  # biography
    "Amelia Earhart was declared legally dead",
    "Jef Raskin was diagnosed with pancreatic cancer",  # technology
    "The Long Parliament was dissolved by Cromwell",  # history
    "Harold Wilson resigned as prime minister",  # politics
    "The Eastern Railway Company went bankrupt",  # business
])
def test_an_ending_comes_after_what_it_ends_so_it_is_no_option(label: str) -> None:
    assert _logical_reason(label) is not None


@pytest.mark.parametrize("label", [
    "Ludwig van Beethoven was baptised in Bonn",  # judge 31: a baptism comes first whatever the others are
    "Hannah Snell was christened at Worcester",
    "Mary Somerville was born in Jedburgh",
])
def test_a_lifes_start_comes_before_what_it_holds_so_it_is_no_option(label: str) -> None:
    assert _logical_reason(label) is not None


@pytest.mark.parametrize("label", ["The Norge left Svalbard", "Marie Curie met Pierre Curie",
                                   "Kepler published the Astronomia Nova"])
def test_a_departure_or_a_deed_is_an_option(label: str) -> None:
    assert _logical_reason(label) is None


def test_a_state_is_no_event_to_order() -> None:
    """"Michelson was professor of physics" (judge 29) set against a paper and a prize: being something is a
    state, with no moment to order. "was proclaimed", "was elected" are events and stay."""
    physics = ("# Light and the ether\n\n"
               "Albert Michelson was professor of physics at the Case School in 1883. "
               "Albert Michelson measured the speed of light at Annapolis in 1879. "
               "Albert Michelson built an interferometer in Berlin in 1881. "
               "Albert Michelson was elected to the National Academy of Sciences in 1888. "
               "Albert Michelson won the Nobel Prize in Physics in 1907.")
    exile = ("# Giuseppe Garibaldi\n\n"
             "Giuseppe Garibaldi was born in Nice in 1807. "
             "Giuseppe Garibaldi was in exile in New York in 1850. "
             "Giuseppe Garibaldi sailed to South America in 1835. "
             "Giuseppe Garibaldi bought part of the island of Caprera in 1855. "
             "Giuseppe Garibaldi met Victor Emmanuel II at Teano in 1860.")
    texts = {"light.txt": (physics, DocMeta("Light and the ether", kind="science")),
             "hero.txt": (exile, DocMeta("Giuseppe Garibaldi", kind="biography"))}
    orders = [q for q in questions(texts)[0] if q.kind == "order"]
    labels = [o for q in orders for o in (q.answer, *q.distractors)]
    assert orders, labels
    assert not [o for o in labels if re.search(r" was (?:professor|in exile)", o)], labels

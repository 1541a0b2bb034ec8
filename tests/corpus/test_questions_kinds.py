"""Issue 10's question kinds: who / which organisation / how many / which came first / in which year,
each rule pinned with sentences from several kinds of document (news, history, science, biography)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from fixtures_questions import run_pipeline, text_corpus

from bot.corpus.clean import clean_document
from bot.corpus.grammar import leans_on_context, main_clause, year_giveaway
from bot.corpus.model import DocMeta, Question
from bot.corpus.questions import ALL_FORMS, ALL_KINDS, generate_questions
from bot.corpus.readers import RawDocument, iter_documents

MIXED = Path(__file__).parent / "documents"


# Every kind, "Who …?" and "In which city …?" too, which builds leave out (see GENERATED_KINDS): this file
# tests each generator's own rules.
def generate(texts: dict[str, tuple[str, DocMeta]]) -> list[Question]:
    corpus = text_corpus(texts)
    return generate_questions(corpus.canonical, corpus.passages, corpus.events, kinds=ALL_KINDS, forms=ALL_FORMS)[0]


def mixed() -> list[Question]:
    corpus = run_pipeline([clean_document(i) for i in iter_documents(MIXED) if isinstance(i, RawDocument)])
    return generate_questions(corpus.canonical, corpus.passages, corpus.events, kinds=ALL_KINDS, forms=ALL_FORMS)[0]


# ------------------------------------------------------------------- self-dating giveaways
@pytest.mark.parametrize(
    "prompt",
    [
        "By D-Day in June _____, enough penicillin had been produced to treat the wounded.",
        "Nearly 3,000 people died in New York on September 11th _____.",
        "Stalin raised the stakes with the Berlin blockade in _____.",  # June 1948 to May 1949: 1949 is true too
        "The bank lost heavily in the wake of the _____ Asia-wide currency crisis.",  # 1997–98 (judge 31)
        "Prices rose during the _____ oil crisis.",
        "The siege of Leningrad in _____ cut the city off from the rest of the country.",
        "Trade collapsed during the Great Depression of the _____s.",
        "The collapse of the Soviet Union in _____ left a profound lesson in history.",
        "Crowds gathered in Leipzig before the fall of the Berlin Wall in _____.",
        "In which year did Grace Hopper join the Naval Reserve during the Second World War?",
        "Since the founding of the new China in _____, the two countries have traded grain.",
        "The Titanic sank on its maiden voyage in April _____.",
        # a document's name heading the question dates it too (judge 29: "The Glorious Revolution: … William land …")
        "The Glorious Revolution: In which year did William land at Brixham in Torbay?",
        "The Great Fire of London: In which year was Robert Hubert hanged at Tyburn?",
        "The Battle of Hastings: In which year did Harold Godwinson march north to York?",
    ],
)
def test_famous_events_date_themselves(prompt: str) -> None:
    assert year_giveaway(prompt) is not None


@pytest.mark.parametrize(
    "prompt",
    ["In which year did Gorbachev visit China?", "In which year was Apollo 13 launched?",
     "In which year did Jenner publish his results?", "In which year was Peter Fechter shot?",
     "On the night of 31 January _____ a deep depression drove a surge south through the North Sea."],
)
def test_ordinary_events_do_not(prompt: str) -> None:
    assert year_giveaway(prompt) is None


def test_an_event_the_document_dates_twice_the_same_way_dates_itself() -> None:
    canal = ("The opening of the Suez Canal in 1869 changed the trade between Europe and Asia.\n\n"
             "Ferdinand de Lesseps was celebrated in Paris for the opening of the Suez Canal in 1869.\n\n"
             "Isma'il Pasha borrowed heavily from French banks in 1863.")
    volcano = ("Krakatoa erupted violently in the Sunda Strait.\n\n"
               "The eruption of Krakatoa in 1883 darkened skies across the world for a year.\n\n"
               "Painters in London recorded the red sunsets after the eruption of Krakatoa in 1883.")
    questions = generate({"canal.txt": (canal, DocMeta("Canals and empires", kind="paper", date="2010")),
                          "krakatoa.txt": (volcano, DocMeta("Krakatoa", kind="news", date="2013-08-26"))})
    for q in questions:
        if q.kind == "when":
            assert not re.search(r"opening of the Suez Canal|eruption of Krakatoa", q.prompt), q.prompt


def test_an_event_the_corpus_dates_the_same_way_more_than_once_dates_itself() -> None:
    meta = DocMeta("Atlantic crossings", kind="paper", date="2015")
    texts = {
        "a.txt": ("American opinion turned against Germany after the sinking of the Lusitania in 1915.", meta),
        "b.txt": ("Recruitment in Liverpool rose after the sinking of the Lusitania in 1915.", meta),
        "c.txt": ("Cunard lost its fastest liner with the sinking of the Lusitania in 1915.", meta),
    }
    assert not [q for q in generate(texts) if q.kind == "when" and "Lusitania" in q.prompt]


# -------------------------------------------------------------- prompts that stand alone
@pytest.mark.parametrize(
    "prompt",
    ["In which year did Jenner publish his results on cowpox?",  # science: "his" after the one person named
     "In which year did Voyager 1 turn its camera back towards the Sun?",  # "its" after a probe
     "In which year did Hungary open its border with Austria?",  # history
     "In which year did Mandela and de Klerk share the Nobel Peace Prize for their work?"],  # biography
)
def test_a_possessive_owned_by_the_one_name_before_it_stands_alone(prompt: str) -> None:
    assert leans_on_context(prompt, persons={"Jenner", "Mandela", "Klerk"}, things={"Hungary", "Austria"}) is None


@pytest.mark.parametrize(
    "prompt",
    ["Who took over his chair?",  # no name at all
     "In which city did the American epidemiologist Donald Henderson lead the programme from its headquarters?",
     "In which year did South Africa hold his first election?",  # a country cannot own "his"
     "In which year did Luis Urzúa greet Sebastián Piñera at his home?"],  # two owners
)
def test_a_possessive_without_one_owner_leans_on_context(prompt: str) -> None:
    assert leans_on_context(prompt, persons={"Henderson", "Donald", "Urzúa", "Piñera"}, things={"South", "Africa"})


@pytest.mark.parametrize(
    "prompt",
    ["In May _____, however, when the airship Italia crashed, Amundsen offered to help.",
     "Chile, in turn, became the world's largest producer of copper in _____.",
     "In India the last case was recorded in May _____.",  # "the last case" of what?
     "In which year did the voyage reach the Bering Strait?"],  # which voyage?
)
def test_context_inside_the_prompt_is_caught(prompt: str) -> None:
    assert leans_on_context(prompt) is not None


@pytest.mark.parametrize(
    "prompt",
    ["In which year did Yuri Gagarin become the first person to orbit the Earth?",
     "In which year did Yeltsin recognize the reality that Russia could not win the support of the West?",
     "About how many firefighters fought the fire at Notre-Dame?",
     "In which year did President F. W. de Klerk lift the ban on the African National Congress?"],
)
def test_self_contained_definite_phrases_pass(prompt: str) -> None:
    assert leans_on_context(prompt) is None


def test_a_cut_that_leaves_a_preposition_hanging_makes_no_clause() -> None:
    assert main_clause("South Africa held its first elections in which citizens of all races could vote.") is None
    assert main_clause("The Norge flew over the pole with which Amundsen had dreamt.") is None
    clause = main_clause("Voyager 1 flew past Jupiter in March 1979.")
    assert clause is not None and clause.rest == "past Jupiter in March 1979"


# ------------------------------------------------------------------------------ how many
# No years: a dated sentence would rather be asked "In which year …?" (one question per sentence).
HOW_MANY = {
    "mice.txt": ("The Oxford team injected eight mice with a lethal dose of streptococci at the Dunn School.",
                 DocMeta("How penicillin became a medicine", kind="paper", date="2018")),
    # (a hire, not a workforce: how many a company employs changes from year to year, and is asked only with its year)
    "suez.txt": ("The Suez Canal Company hired 1,500 engineers at Ismailia.",
                 DocMeta("Canals and empires", kind="paper", date="2010")),
    "dam.txt": ("Some 2,300 workers built the Gatun Dam across the Chagres River.",
                DocMeta("The building of the Panama Canal", kind="paper", date="2014")),
    "camp.txt": ("More than 1,500 journalists gathered at Camp Hope near Copiapó.",
                 DocMeta("The Chilean miners", kind="news", date="2010-10-14")),
}


def test_a_count_becomes_a_how_many_question() -> None:
    by_prompt = {q.prompt: q for q in generate(HOW_MANY) if q.kind == "number"}
    mice = by_prompt["How many mice did the Oxford team inject with a lethal dose of streptococci at the Dunn School?"]
    assert mice.answer == "eight" and all(d.isalpha() and d.islower() for d in mice.distractors)
    engineers = by_prompt["How many engineers did the Suez Canal Company hire at Ismailia?"]
    assert engineers.answer == "1,500" and all(re.fullmatch(r"\d,\d{3}|\d{3}", d) for d in engineers.distractors)
    workers = by_prompt["About how many workers built the Gatun Dam across the Chagres River?"]
    assert all(abs(int(d.replace(",", "")) - 2300) >= 460 for d in workers.distractors)  # an estimate: options far from it


def test_a_bound_makes_no_how_many_question() -> None:
    assert not [q for q in generate(HOW_MANY) if q.kind == "number" and "journalists" in q.prompt]


# ---------------------------------------------------------------------- which came first
def test_order_options_are_short_whole_events_of_one_document() -> None:
    orders = [q for q in mixed() if q.kind == "order"]
    assert len({q.doc_key for q in orders}) >= 2  # few documents give a group of clean, unrelated events
    for q in orders:
        options = [q.answer, *q.distractors]
        assert 3 <= len(options) <= 4
        for option in options:
            assert 2 <= len(option.split()) <= 9 and "…" not in option, option
            assert not re.search(r"\b(?:and|or|of|the|a)$", option), option
            assert f"{option} — " in q.explanation  # every option's date in the reveal
        assert not any(re.search(r"^\w+ (?:Borman|Florey)$", o) for o in options)  # never half a list of names
        assert not re.search(r"(?:Journal|Review|Press)[\w ]*'s paper", q.prompt)  # "the Journal of …", a publisher


def test_a_descriptor_before_a_name_is_left_out_of_a_label_but_other_names_are_not() -> None:
    orders = [q for q in mixed() if q.kind == "order"]
    labels = [o for q in orders for o in (q.answer, *q.distractors)]
    assert labels
    assert not [o for o in labels if "bacteriologist" in o]  # not "the Scottish bacteriologist Alexander Fleming …"
    assert "Walter Ulbricht told a press conference" not in labels  # told it what? (grammar.missing_argument)
    assert not [o for o in labels if o.startswith("Chain shared")]  # "Fleming, Florey and Chain" stays whole


# ------------------------------------------------------------------------ two-date sentences
def test_the_first_clause_of_a_two_date_sentence_is_asked_alone() -> None:
    meta = DocMeta("Bridges and parks of Sydney", kind="paper", date="2012")
    text = ("The Sydney Harbour Bridge was opened in March 1932 and Luna Park opened beside it in October 1935.\n\n"
            "Voyager 1 flew past Jupiter in March 1979 and past Saturn in November 1980.\n\n"
            "Construction of Notre-Dame began in 1163, and was largely complete by 1260.")
    prompts = {q.prompt: q.answer for q in generate({"s.txt": (text, meta)}) if q.kind == "when"}
    assert prompts.get("In which year was the Sydney Harbour Bridge opened?") == "1932"
    assert prompts.get("In which year did Voyager 1 fly past Jupiter?") == "1979"
    assert not [p for p in prompts if "Saturn" in p or "Luna Park" in p]


# ------------------------------------------------------------------------------ variety
def test_every_kind_of_document_gets_questions_of_several_kinds() -> None:
    questions = [q for q in mixed() if q.kind != "source"]
    kinds = Counter(q.kind for q in questions)
    assert {"when", "number", "order"} <= set(kinds)
    assert kinds["when"] < 0.85 * len(questions)  # not "almost all In which year…"
    per_doc = Counter(q.doc_key for q in questions)
    assert sum(1 for n in per_doc.values() if n >= 4) >= 5


def test_who_questions_say_when_and_offer_names_shaped_alike() -> None:
    """A surname against surnames, a full name against full names, no title on the answer alone;
    and "who" is asked of one dated event ("Who studied at Fort Hare?" fits several people)."""
    meta = DocMeta("Berlin and Moscow in the Cold War", kind="paper", date="2014")
    text = ("On June 26, 1963, President John F. Kennedy visited West Berlin and spoke at the town hall.\n\n"
            "In October 1961 Nikita Khrushchev approved the closing of the border.\n\n"
            "Walter Ulbricht told a press conference in June 1961 that nobody intended to build a wall.\n\n"
            "Ronald Reagan spoke at the Brandenburg Gate in June 1987.\n\n"
            "Erich Honecker studied at the Komsomol school in Moscow.\n\n"
            "Mikhail Gorbachev visited East Berlin in October 1989.")
    questions = [q for q in generate({"w.txt": (text, meta)}) if q.kind == "entity" and q.answer_type == "PERSON"]
    assert not [q for q in questions if "Komsomol" in q.prompt]
    for q in [*questions, *(q for q in mixed() if q.kind == "entity" and q.answer_type == "PERSON")]:
        # dated, or one of a kind ("Who was the first person to lead an expedition to the South Pole?")
        assert re.search(r"\b1\d{3}\b|\b20\d{2}\b|^Who (?:was|became) the (?:first|only|last) ", q.prompt), q.prompt
        assert len({len(o.split()) == 1 for o in (q.answer, *q.distractors)}) == 1, (q.prompt, q.answer, q.distractors)
        assert not q.answer.startswith(("President ", "King ", "Dr. ")), q.answer


def test_a_firms_results_make_no_year_question() -> None:
    """"In which year did Travelers have sales of $5.2bn?" (judge 201): the year a firm's results were reported, of a
    figure nobody remembers. The number questions leave such figures out, and the year questions now do too; a firm's
    act in a year stays."""
    texts = {
        "ins.txt": ("Metlife buys insurer\n\nMetlife agreed to buy the Kessel Life insurer.\n\nKessel Life had sales of "
                    "$5.2bn in 2004 and made a profit of $901m.", DocMeta("Metlife buys insurer", kind="news",
                                                                           date="2005-02-01")),
        "car.txt": ("Carmaker upbeat\n\nThe Varn Motor Company unveiled a new model.\n\nThe Varn Motor Company made a "
                    "pre-tax profit of 2.1bn euros in 2003.", DocMeta("Carmaker upbeat", kind="news", date="2005-01-12")),
        "act.txt": ("Varn expands\n\nThe Varn Motor Company grew fast.\n\nThe Varn Motor Company opened a plant in "
                    "Kessel in 2003.", DocMeta("Varn expands", kind="news", date="2005-01-12")),
        # ... or their change: "did Virgin Blue report a 22% fall in first quarter profits …?" (judge 343)
        "air.txt": ("Airline warns\n\nThe Lind Air shares fell.\n\nLind Air reported a 22% fall in first quarter "
                    "profits in August 2004 due to tough competition.", DocMeta("Airline warns", kind="news",
                                                                               date="2005-01-12")),
        "shop.txt": ("Retailer gains\n\nThe Brenn stores did well.\n\nBrenn Stores posted a 9.5% rise in annual sales in "
                     "2003 after a cold winter.", DocMeta("Retailer gains", kind="news", date="2005-01-12")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"sales of|profit of|% (?:fall|rise) in", p)], prompts
    assert [p for p in prompts if "open a plant in Kessel" in p], prompts


def test_a_present_count_of_people_says_where() -> None:
    """"As of 2005, about how many million adults lack maths or English skill levels …?" (judge 196): adults where? The
    story's headline or an earlier sentence said England. A dated count of a population names its place, as "live on
    La Palma" or "in Wales" do, or is not asked."""
    texts = {
        "skills.txt": ("Skills drive falls short\n\nMinisters met the target for the training scheme.\n\nSome 26 million "
                       "adults lack the reading skills expected of school-leavers.",
                       DocMeta("Skills drive falls short", kind="news", date="2005-01-21")),
        "smoke.txt": ("Smoking ban backed\n\nDoctors welcomed the plan.\n\nAbout 12 million adults smoke every day, the "
                      "charity said in its report.", DocMeta("Smoking ban backed", kind="news", date="2005-03-02")),
        "wales.txt": ("Broadband gap\n\nThe council welcomed the report.\n\nAbout 140,000 households lack a broadband "
                      "connection in Wales.", DocMeta("Broadband gap", kind="news", date="2005-02-11")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "number"]
    assert not [p for p in prompts if "school-leavers" in p or "smoke" in p], prompts
    assert [p for p in prompts if "in Wales" in p], prompts


def test_a_counted_subject_with_a_present_verb_is_asked_too() -> None:
    meta = DocMeta("Islands of the Atlantic", kind="news", date="2021-09-21")
    text = ("About 85,000 people live on La Palma, which is one of the smaller Canary Islands.\n\n"
            "Some 3,400 people live on the Falkland Islands, most of them in Stanley.\n\n"
            "More than 2,000 monks live on Mount Athos in northern Greece.")
    prompts = {q.prompt: q for q in generate({"i.txt": (text, meta)}) if q.kind == "number"}
    # a news article's present tense is true at its date, which the prompt says
    assert prompts["As of September 2021, about how many people live on La Palma?"].answer == "85,000"
    assert prompts["As of September 2021, about how many people live on the Falkland Islands?"].answer == "3,400"
    assert not [p for p in prompts if "Athos" in p]  # "more than": a bound


def test_a_person_option_is_a_surname_never_a_first_name_or_a_common_word() -> None:
    """"Dwight" (of Dwight D. Eisenhower), "Force" (of the United Nations Emergency Force) and "King" (of
    King's College) are no one's surname, in a history and in science pieces alike."""
    documents = {
        "suez.txt": ("In July 1956 Nasser nationalised the canal company in a speech in Alexandria.\n\n"
                     "The United States, led by President Dwight D. Eisenhower, opposed the invasion. The "
                     "Soviet Union under Nikolai Bulganin threatened to intervene. Under this pressure, Prime "
                     "Minister Anthony Eden agreed to a ceasefire in November 1956.\n\n"
                     "The United Nations Emergency Force, the first armed peacekeeping force of the UN, was "
                     "proposed by the Canadian diplomat Lester B. Pearson. Eden resigned in January 1957, citing "
                     "ill health, and was succeeded by Harold Macmillan.",
                     DocMeta("The Suez Crisis", kind="paper", date="2019")),
        "dna.txt": ("Maurice Wilkins joined the biophysics unit at King's College London in 1946.\n\n"
                    "In January 1953 Wilkins showed an X-ray image of DNA to James Watson of Cambridge.\n\n"
                    "Francis Crick and James Watson published their model in April 1953.\n\n"
                    "Aaron Klug received the Nobel Prize in Chemistry in 1982.\n\n"
                    "John Desmond Bernal ran the crystallography laboratory at Birkbeck in 1953.\n\n"
                    "The unit at King's, led by John Randall, had been founded in 1946.",
                    DocMeta("The race for the double helix", kind="paper", date="2003")),
        "vaccine.txt": ("Katalin Kariko studied modified RNA at the University of Pennsylvania in 2005.\n\n"
                        "Drew Weissman and Katalin Kariko published their method in 2005.\n\n"
                        "The Vaccine Research Center, a government research force, tested the vaccine in 2020.\n\n"
                        "Ugur Sahin founded BioNTech in 2008 with Ozlem Tureci.\n\n"
                        "Robert Langer advised Moderna when it was founded in 2010.",
                        DocMeta("The road to mRNA vaccines", kind="news", date="2021-10-04")),
    }
    questions = [q for q in generate(documents) if q.kind == "entity" and q.answer_type == "PERSON"]
    # Without the check "Who resigned in January 1957?" offered Lester, Force and Dwight; with it, too few
    # real surnames are left, so no question is made rather than a bad one.
    for q in questions:
        assert not {"Dwight", "Force", "Lester", "King", "Drew", "Katalin", "Center"} & {q.answer, *q.distractors}, (q.prompt, q.distractors)



RUGBY = """# The 1995 Rugby World Cup

The 1995 Rugby World Cup was the third Rugby World Cup, held in South Africa from 25 May to 24 June 1995. It was \
the first major sporting event to take place in the country after the end of apartheid.

South Africa had been excluded from the first two tournaments because of the international sporting boycott. \
Sixteen teams took part, among them New Zealand, Australia, England, France, Scotland, Ireland and Wales.

New Zealand reached the final after beating England 45–29 in the semi-final in Cape Town, with four tries from the \
winger Jonah Lomu. France lost the other semi-final to South Africa in Durban, in a match played on a waterlogged pitch.

South Africa won the final 15–12 after extra time at Ellis Park in Johannesburg, with a drop goal by Joel Stransky. \
President Nelson Mandela, wearing a Springbok jersey, presented the Webb Ellis Cup to the South Africa captain, \
Francois Pienaar.
"""


def test_a_place_that_only_qualifies_a_noun_is_not_asked_where() -> None:
    questions = generate({"rugby.md": (RUGBY, DocMeta("The 1995 Rugby World Cup", kind="history", date="2015-06-24"))})
    places = [q for q in questions if q.kind == "entity" and q.answer_type == "PLACE"]
    # "to the South Africa captain" made "To which country did … present the Webb Ellis Cup captain?"
    assert not [q.prompt for q in places if "captain" in q.prompt]
    assert not [q.prompt for q in questions if "the other" in q.prompt]  # "France lost the other semi-final"


@pytest.mark.parametrize(
    "prompt",
    [
        "To which country did France lose the other semi-final in Durban?",
        "In which year did the same committee approve the second bridge?",
        "Who replaced the former chairman of the Harbour Board in 1874?",
        "In which city was the next summit held in 2019?",
    ],
)
def test_the_other_the_same_the_former_lean_on_context(prompt: str) -> None:
    assert leans_on_context(prompt) is not None


def test_a_person_described_not_named_is_no_subject_of_any_kind_of_question() -> None:
    texts = {
        "holmes.txt": ("# Kelly Holmes\n\nKelly Holmes is a British middle-distance runner from Kent.\n\n"
                       "Holmes won the 800 metres and the 1,500 metres at the Athens Olympics in August 2004. "
                       "The 34-year-old Briton retired from athletics in December 2005 after a series of injuries. "
                       "Holmes was made a dame in 2005.", DocMeta("Kelly Holmes", kind="biography")),
        "firm.txt": ("# Hartmann Motors\n\nHartmann Motors was founded in Stuttgart in 1921 by two brothers. "
                     "The company built its first lorry in 1924. The 52-year-old chairman sold the firm to a "
                     "rival group in 1968 after a long strike.", DocMeta("Hartmann Motors", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert prompts  # the documents still give questions
    assert not [p for p in prompts if re.search(r"\b(?:Briton|chairman)\b", p) and "Holmes" not in p]

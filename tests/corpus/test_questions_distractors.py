"""Year and number options that are plausible, false and patternless (issue 10 part 4, rubric rules 8-10).

Four principles, each shown on invented documents of several kinds (sport, politics, history, science,
business) and checked over the test documents in tests/corpus/documents:

* an event held on a fixed cycle (Olympic Games, World Cup, US presidential election, census) is offered
  only among its own years, and an anniversary (arithmetic) is not asked;
* a time-bound title before a full name leaves the prompt; before a one-word or regnal name it stays,
  and then every option is a year the document ties to that person with that title;
* at least one wrong year on each side of the answer when the allowed years permit, the answer never
  alone past a gap from a run of the others, the wrong years never evenly spaced, and no two options a
  year apart;
* no number option is the answer's digits in another order or with one changed.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
from fixtures_questions import run_pipeline, text_corpus

from bot.corpus.clean import clean_document
from bot.corpus.model import DocMeta, Question
from bot.corpus.questions import (
    _AGA_KHAN_AWARD,
    _FIELDS_MEDAL,
    _FIFA_WORLD_CUP,
    _SUMMER_GAMES,
    _US_PRESIDENTIAL,
    _WINTER_GAMES,
    ALL_FORMS,
    LATE_FIRST,
    LATE_FOR_DEATHS,
    SPACE_AGE,
    Tally,
    _digit_echo,
    _Generator,
    _generator,
    _lone_outlier,
    _number_distractors,
    _pick_years,
    _recurrence,
    _year_difficulty,
    generate_questions,
)
from bot.corpus.readers import RawDocument, iter_documents

DOCUMENTS = Path(__file__).parent / "documents"
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def generate(texts: dict[str, tuple[str, DocMeta]]) -> list[Question]:
    corpus = text_corpus(texts)
    return generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS)[0]


@pytest.fixture(scope="module")
def documents() -> list[Question]:
    corpus = run_pipeline([clean_document(i) for i in iter_documents(DOCUMENTS) if isinstance(i, RawDocument)])
    return generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS)[0]


def years(q: Question) -> list[int]:
    return [int(q.answer), *(int(d) for d in q.distractors)]


# ------------------------------------------------------------------------- recurring events
RECURRING = {
    "zatopek.txt": ("Emil Zátopek was a Czechoslovak long-distance runner and an army officer.\n\n"
                    "Zátopek won gold medals in long-distance races at the 1952 Olympic Games.\n\n"
                    "He was expelled from the Communist Party after he supported the reform movement.",
                    DocMeta("Emil Zátopek", kind="biography", date="2016")),
    "aamodt.txt": ("The Norwegian skier Kjetil André Aamodt won two gold medals in alpine skiing at the "
                   "1994 Winter Olympic Games.\n\nAamodt retired from racing after a crash in a training run in Austria.",
                   DocMeta("Norway's alpine skiers", kind="history", date="2012")),
    "tva.txt": ("The Tennessee Valley Authority was created by an act of Congress to build dams on the Tennessee "
                "River.\n\nAfter Taft lost the 1912 election, his supporters in Congress blocked a federal dam at "
                "Muscle Shoals.\n\nThe results of the 1890 census were tabulated on punched-card machines designed "
                "by the engineer Herman Hollerith.",
                DocMeta("Dams of the Tennessee Valley", kind="history", date="2008")),
    "harbour.txt": ("The town of Port Ellis celebrated the centenary of its founding in 1950 with a festival on the "
                    "harbour.\n\nA stone harbour wall replaced the wooden pier of Port Ellis in 1911.",
                    DocMeta("Port Ellis", kind="history", date="2001")),
}


def test_a_recurring_event_is_offered_only_among_its_own_years() -> None:
    """(The Games are named without their host city: "in Lillehammer" would date them, see
    test_year_giveaways_are_caught.)"""
    asked = {q.answer: q for q in generate(RECURRING) if q.kind == "when"}
    assert set(years(asked["1994"])) <= _WINTER_GAMES.held  # Winter Games: never 1996
    assert set(years(asked["1912"])) <= _US_PRESIDENTIAL.held  # "the 1912 election" in an American history
    assert {y % 10 for y in years(asked["1890"])} == {0}  # a census: every ten years
    assert "1950" not in asked  # a centenary: arithmetic from the founding year
    assert "1952" not in asked or set(years(asked["1952"])) <= _SUMMER_GAMES.held


@pytest.mark.parametrize(
    ("sentence", "year", "cycle"),
    [
        ("Owens won four gold medals at the 1936 Olympic Games in Berlin.", 1936, _SUMMER_GAMES.years),
        ("She won the slalom at the Winter Olympics in Lillehammer in 1994.", 1994, _WINTER_GAMES.years),
        ("Bobby Moore lifted the trophy after the 1966 World Cup final at Wembley.", 1966, _FIFA_WORLD_CUP.years),
        ("After Hoover lost the 1932 election, Roosevelt's interior secretary renamed the dam.", 1932,
         _US_PRESIDENTIAL.years),
        # a prize given on a fixed cycle (judge 340)
        ("The Hajj Terminal received an Aga Khan Award for Architecture in 1983.", 1983, _AGA_KHAN_AWARD.years),
        ("The mosque in Mopti won the Aga Khan Award in 2004 after its restoration.", 2004, _AGA_KHAN_AWARD.years),
        ("In 1966 Alexander Grothendieck was awarded the Fields Medal.", 1966, _FIELDS_MEDAL.years),
    ],
)
def test_the_cycle_is_read_from_the_words_next_to_the_year(sentence: str, year: int, cycle: tuple[int, ...]) -> None:
    at = sentence.index(str(year))
    ladder, reason = _recurrence(sentence, at, at + 4, year, us=True)
    assert reason is None and ladder == cycle
    picked = _pick_years(year, ladder, lambda y: y <= 2020, f"seed {sentence}")
    assert len(picked) == 3 and set(picked) <= set(cycle)  # no Games in 1940 or 1944, no Cup in 1942 or 1946


@pytest.mark.parametrize(
    "sentence",
    [
        "The city marked the bicentenary of the revolution in 1989 with a parade.",
        "In 1976 the United States celebrated the centennial of the telephone patent.",
        "The team won the 1997 Rugby World Cup in front of its own president.",  # not a rugby year: 1987 + 4k
        "The Cricket World Cup of 1983 was won by India at Lord's.",  # cricket's years are irregular
        "The 1935 Olympic trials were held in a heat wave.",  # next to the Games, not one of their years
        "The library won an Aga Khan Award for Architecture in 1985.",  # no award that year
    ],
)
def test_an_anniversary_or_an_unknown_cycle_makes_no_options(sentence: str) -> None:
    year = int(re.search(r"\d{4}", sentence).group(0))  # type: ignore[union-attr]
    at = sentence.index(str(year))
    assert _recurrence(sentence, at, at + 4, year, us=True)[1] is not None


def test_an_election_outside_america_or_off_the_cycle_keeps_ordinary_years() -> None:
    uk = "Attlee won the 1945 election by a landslide."
    assert _recurrence(uk, uk.index("1945"), uk.index("1945") + 4, 1945, us=False) == (None, None)
    local = "He won the 1933 election for mayor of New York."
    assert _recurrence(local, local.index("1933"), local.index("1933") + 4, 1933, us=True) == (None, None)


def test_difficulty_counts_the_steps_of_the_cycle() -> None:
    assert _year_difficulty("1936", ["1928", "1932", "1948"]) == "hard"  # the Games before are as close as they get
    assert _year_difficulty("1936", ["1908", "1912", "1964"]) == "easy"  # five Games away
    assert _year_difficulty("1890", ["1880", "1900", "1920"]) == "hard"  # a census
    assert _year_difficulty("1066", ["1062", "1070", "1072"]) == "medium"  # ordinary years unchanged


# ---------------------------------------------------------------------------- office titles
TITLED = {
    "cold-war.txt": ("Chancellor Willy Brandt knelt at the memorial to the Warsaw Ghetto uprising in December 1970.\n\n"
                     "President Dwight D. Eisenhower opened the St. Lawrence Seaway at a ceremony in Montreal in June "
                     "1959.\n\nPrime Minister Harold Wilson announced the plan for the Open University in a speech in "
                     "Glasgow in 1963.", DocMeta("Ceremonies of the Cold War", kind="history", date="2010")),
    "apartheid.txt": ("In February 1990 President F. W. de Klerk lifted the ban on the African National Congress.\n\n"
                      "The negotiations that followed lasted four years.",
                      DocMeta("The end of apartheid", kind="history", date="2003")),
    "harold.txt": ("Harold Godwinson was crowned king of England in January 1066.\n\n"
                   "King Harold defeated a Norwegian army at Stamford Bridge in September 1066.\n\n"
                   "The Norman fleet crossed the Channel at the end of that month.",
                   DocMeta("The year 1066", kind="history", date="2005")),
    "hirohito.txt": ("Hirohito succeeded his father as emperor in December 1926, and Emperor Hirohito reigned until his "
                     "death.\n\nEmperor Hirohito opened the new Diet building in Tokyo in 1936.\n\n"
                     "Emperor Hirohito died in January 1989.", DocMeta("Hirohito", kind="biography", date="2004")),
    "peron.txt": ("Juan Perón was elected president of Argentina in February 1946.\n\nArgentine President Juan Perón "
                  "opened the new steelworks at San Nicolás in 1947.\n\nJuan Perón was overthrown in September 1955.",
                  DocMeta("Juan Perón", kind="biography", date="2000")),
    "olav.txt": ("Olav became king of Norway in September 1957, and King Olav reigned for 33 years.\n\n"
                 "King Olav opened the Holmenkollen ski museum in Oslo in 1958.",
                 DocMeta("King Olav V", kind="biography", date="1999")),
}
_TITLE_BEFORE_FULL_NAME = re.compile(r"\b(?:President|Chancellor|Prime Minister|King|Queen|Emperor|Pope)\s+"
                                     r"(?:[A-Z]\.\s+|[A-Z][a-z]+\s+)+[A-Z][a-z]+")


def test_a_title_before_a_full_name_leaves_the_prompt() -> None:
    when = [q for q in generate(TITLED) if q.kind == "when"]
    prompts = {q.prompt for q in when}
    for name in ("Willy Brandt", "Dwight D. Eisenhower", "Harold Wilson", "F. W. de Klerk"):
        assert any(name in p for p in prompts), (name, prompts)
    assert not [p for p in prompts if _TITLE_BEFORE_FULL_NAME.search(p)]


def test_a_regnal_name_is_dated_by_every_sentence_naming_it_with_or_without_its_title() -> None:
    """"In which year was the Battle of Flodden fought …?" (judge 344's document) had no options: "led by King James IV"
    was the only sentence with the title, so his office was 1513 alone, though "James IV had married Margaret Tudor …
    in 1503" dates him too. A regnal name whole ("James IV") dates its holder without the title; a bare one ("Harold")
    still needs it (test_a_title_that_stays_keeps_the_years_the_document_gives_that_office)."""
    texts = {
        "orr.md": ("# The Battle of Orr\n\nThe Battle of Orr was fought on 9 September 1513 near the village of Brant "
                   "between an invading Kessel army led by King Robert IV and a Varnish army.\n\nRobert IV had married "
                   "Maud Varn, the elder sister of the Varnish ruler, in 1503, to seal a peace with Varnland.",
                   DocMeta("The Battle of Orr", kind="history")),
        "fen.md": ("# The Battle of Fenwick\n\nThe Battle of Fenwick was fought on 2 May 1431 near the town of Dunmore "
                   "between an invading Kessel army led by King Louis VII and a Varnish army.\n\nLouis VII had taken the "
                   "town of Orr in 1422 after a short siege.", DocMeta("The Battle of Fenwick", kind="history")),
    }
    assert_asked_within(texts, "Battle of (?:Orr|Fenwick) fought", {"orr.md": (1503, 1513),
                                                                              "fen.md": (1422, 1431)})


def test_a_title_that_stays_keeps_the_years_the_document_gives_that_office() -> None:
    when = [q for q in generate(TITLED) if q.kind == "when"]
    assert not [q for q in when if "King Harold" in q.prompt]  # king only in 1066: no three other years
    # "Argentine" is no nationality the generator knows: the title stays, so its years are bounded too
    bounded = {"Emperor Hirohito": (1926, 1989), "King Olav": (1957, 1999), "President Juan Perón": (1946, 1955)}
    seen = set()
    for q in when:
        for title, (first, last) in bounded.items():
            if title in q.prompt:
                seen.add(title)
                assert all(first <= y <= last for y in years(q)), (q.prompt, q.distractors)
    assert "Emperor Hirohito" in seen


def test_a_title_before_a_full_name_never_stays_in_the_test_documents(documents: list[Question]) -> None:
    assert not [q.prompt for q in documents if q.kind == "when" and _TITLE_BEFORE_FULL_NAME.search(q.prompt)]


# --------------------------------------------------------------------------- a life's years
LIVES = {
    "rudolph.txt": ("Greta Lindqvist was born in Uppsala in 1931 and trained as a printer.\n\n"
                    "Greta Lindqvist founded the Ljus Press in Stockholm in 1962.\n\n"
                    "Lindqvist was diagnosed with a heart condition in 1979 and retired to the coast.\n\n"
                    "Greta Lindqvist died in Visby on 3 March 1980.",
                    DocMeta("Greta Lindqvist", kind="biography", date="2011")),
    "okafor.txt": ("The engineer Samuel Okafor (1902–1961) designed the first steel bridge over the Niger at "
                   "Onitsha.\n\nSamuel Okafor opened a drawing office in Lagos in 1958.\n\n"
                   "The Onitsha bridge was renamed after Samuel Okafor in 1975.",
                   DocMeta("Samuel Okafor", kind="biography", date="2015")),
    "moreau.txt": ("Claire Moreau's father died in 1897, when she was four.\n\nClaire Moreau moved to Lyon in "
                   "1910 to study chemistry.\n\nClaire Moreau published her first paper on dyes in 1921.\n\n"
                   "Moreau spent her last years in Grenoble, where she died in 1924.",
                   DocMeta("Claire Moreau", kind="biography", date="2001")),
    "rising.txt": ("Liam Doherty joined the Irish Citizen Army in 1911.\n\nLiam Doherty joined the Military Council "
                   "in January 1916.\n\nAfter the surrender, Liam Doherty was executed at Kilmainham Gaol in May 1916.",
                   DocMeta("The Dublin rising", kind="history", date="2016")),
    # the death's year fronted in its clause (a navigator killed in 1779, judge 55)
    "vos.txt": ("Hendrik Vos reached the Banda Islands in 1642.\n\nHendrik Vos charted the north coast of New "
                "Guinea in 1644.\n\nA storm broke over the anchorage, and on 3 March 1646 Vos was killed in the wreck "
                "of his ship.", DocMeta("Hendrik Vos", kind="biography", date="2008")),
    # a disappearance or a declared death ends a life too (judge 66: Earhart's acts offered after 1937)
    "flyer.txt": ("Ada Merrow flew solo across the Tasman Sea in 1934.\n\nAda Merrow took off from Lae for Howland "
                  "Island in 1937.\n\nAda Merrow was declared legally dead in 1939.",
                  DocMeta("Ada Merrow", kind="biography", date="2001")),
    "sailor.txt": ("Tomas Lind sailed round Cape Horn in 1921.\n\nTomas Lind crossed the Tasman Sea in a ketch in "
                   "1926.\n\nTomas Lind vanished off the coast of Chile in 1928.",
                   DocMeta("Tomas Lind", kind="biography", date="2003")),
}


def test_a_persons_act_is_offered_only_in_years_the_person_lived() -> None:
    """"In which year was Wilma Rudolph diagnosed with brain cancer?" with every wrong year after her death
    (judge 32): a person's act is offered only between the birth and the death the document gives. The
    birth or death asked itself, and an act done after the death, are not bound by it."""
    when = [q for q in generate(LIVES) if q.kind == "when"]
    lives = {"Lindqvist": (1931, 1980), "Okafor": (1902, 1961), "Moreau": (-1, 1924), "Doherty": (-1, 1916),
             "Vos": (-1, 1646), "Merrow": (-1, 1939), "Lind": (-1, 1928)}
    checked = set()
    for q in when:
        for name, (born, died) in lives.items():
            if name in q.prompt and int(q.answer) <= died and not re.search(
                    r"\b(?:die|died|born|executed|execute|vanish|dead)\b", q.prompt):
                checked.add(name)
                assert all(born < y <= died for y in years(q)), (q.prompt, q.answer, q.distractors)
    assert checked == set(lives), [q.prompt for q in when]
    died = [q for q in when if re.search(r"\bdied?\b", q.prompt)]
    assert died and any(int(d) > int(q.answer) for q in died for d in q.distractors), [q.prompt for q in died]
    # "Claire Moreau's father died in 1897" is no death of hers: her years after 1897 stay open
    renamed = [q for q in when if "renamed" in q.prompt]
    assert renamed and any(int(d) > 1961 for q in renamed for d in q.distractors)


THINGS = {
    "flyers.txt": ("Arthur Penrose and Walter Penrose built gliders in Sheffield from 1899.\n\nThe Penrose Aircraft "
                   "Company was founded in Leeds in 1917 to build their aeroplanes.\n\nWalter Penrose sold the "
                   "Penrose Aircraft Company to a Bristol group in 1919.",
                   DocMeta("The Penrose brothers", kind="biography", date="2010")),
    "ship.txt": ("The liner Aurora Borealis was launched at Glasgow in 1913 for the Northern Star Line.\n\nThe Aurora "
                 "Borealis was requisitioned as a hospital ship by the Admiralty in 1915.\n\nThe Aurora Borealis "
                 "was broken up at Blyth in 1933.", DocMeta("A northern liner", kind="history", date="2004")),
    "probe.txt": ("The Meridian probe was launched from Kourou in 2009.\n\nIn 2011 the Meridian probe photographed "
                  "ice plumes on the moon Seraphine.", DocMeta("The Meridian mission", kind="science", date="2020")),
    "siege.txt": ("The Grand Master Henri Falcour led the defence of the island of Corvo in 1571.\n\nHenri Falcour "
                  "laid the foundation stone of the new harbour fortress in 1578.\n\nHenri Falcour died at Corvo "
                  "in 1580 and was buried in the fortress chapel.", DocMeta("The siege of Corvo", kind="history",
                                                                           date="1999")),
}


def test_no_option_comes_before_the_first_year_the_text_gives_what_the_question_names() -> None:
    """"In which year did Orville Wright sell the Wright Company?" with 1907 and 1908 among the options, in a
    text that founds the company in 1909 (judge 38): what the question names (a company, a ship, a probe) is
    offered only from the first year the document gives it, when the answer comes later."""
    when = {q.prompt: q for q in generate(THINGS) if q.kind == "when"}
    floors = {"sell the Penrose Aircraft Company": 1917, "requisitioned as a hospital ship": 1913,
              "broken up at Blyth": 1913, "photograph ice plumes": 2009}
    checked = set()
    for prompt, q in when.items():
        for words, floor in floors.items():
            if words in prompt or words in q.explanation:
                checked.add(words)
                assert all(y >= floor for y in years(q)), (prompt, q.answer, q.distractors)
    assert len(checked) >= 3, list(when)


def test_a_death_is_not_offered_before_the_last_year_the_text_gives_the_person() -> None:
    """"In which year did de Valette die?" (1568) with 1562 and 1563 among the options, when the text has him
    lead the siege of 1565 and lay a foundation stone in 1566 (judge 38): the death asked is not offered before
    the last year the document gives the person alive, nor a birth after the first."""
    docs = {**LIVES, "siege.txt": THINGS["siege.txt"]}
    when = [q for q in generate(docs) if q.kind == "when"]
    lasts = {"Falcour": 1578, "Moreau": 1921, "Lindqvist": None, "Okafor": None}
    checked = set()
    for q in when:
        for name, last in lasts.items():
            if name in q.prompt and re.search(r"\bdie\b", q.prompt) and last is not None:
                checked.add(name)
                assert all(y >= last for y in years(q)), (q.prompt, q.answer, q.distractors)
    assert checked >= {"Falcour"}, [q.prompt for q in when]


def test_a_year_the_documents_own_event_gives_away_is_not_asked_of_another_fact() -> None:
    """"The Great Siege of Malta: Fort St Elmo finally fell on 23 June _____." (judge 38) and "The Halifax Explosion:
    In which year did the SS Mont-Blanc arrive outside the harbour?" (judge 36): the heading names an event whose
    year is the answer. The event itself is asked; another fact of its year is not, and when the event itself
    makes no question, one other fact of its year is asked. A news story's first year is its day's, not an event
    it is about, so one of its facts of that year stays (one, as for any year: see
    test_one_year_answers_one_question_of_a_document)."""
    texts = {
        "corvo.md": ("# The Siege of Corvo\n\nThe Siege of Corvo took place in 1571, when a Venetian fleet attacked the "
                     "island of Corvo. Fort San Lio fell to the Venetian infantry on 23 June 1571. Admiral Paolo Venier "
                     "was recalled to Venice in 1571. The Knights of Corvo rebuilt the harbour walls of Corvo in 1578.",
                     DocMeta("The Siege of Corvo", kind="history")),
        "news.txt": ("Velta Motors opened a factory in Gdansk in 2003, the company said. Velta Motors bought the Polish "
                     "carmaker Warsa for 40 million euros in 2003.",
                     DocMeta("Velta Motors expands in Poland", kind="news", date="2004-01")),
        "lorne.txt": ("Heavy rain fell on the Lorne valley for three days. On 31 May 1889 the Elk Fork Dam gave way above "
                      "the town of Carrow. Clara Benton opened a relief hospital in Carrow in June 1889. Carrow was "
                      "incorporated as a city in 1918.", DocMeta("The Lorne Flood of 1889", kind="history")),
    }
    when = [q for q in generate(texts) if q.kind == "when"]
    # every citation of "The Lorne Flood of 1889" gives its year, so no question asks it (judge 73)
    lorne = [q.prompt for q in when if q.doc_key == "lorne.txt" and q.answer == "1889"]
    assert lorne == [], lorne
    corvo = [q.prompt for q in when if q.doc_key == "corvo.md" and q.answer == "1571"]
    assert corvo == ["In which year did the Siege of Corvo take place?"], corvo
    assert len([q for q in when if q.doc_key == "news.txt" and q.answer == "2003"]) == 1, [q.prompt for q in when]


def test_one_year_answers_one_question_of_a_document() -> None:
    """"In which year did France declare war on Prussia?" and "German armies surrounded Paris on 19 September _____."
    (judge 62): both answer 1870, and the first reveal answers the second in the same round. A document's year is
    asked once, by its best question; another document may ask the same year."""
    texts = {
        "commune.md": ("# The siege of Lutèce\n\nThe Republic of Varenne declared war on Brandmark in July 1870. "
                       "Brandish armies surrounded the city of Lutèce in September 1870. Lutèce surrendered in 1871.",
                       DocMeta("The siege of Lutèce", kind="history")),
        "doctor.md": ("# Ellen Marsh\n\nEllen Marsh entered the Royal Maternity Hospital in Dublin in 1849. Ellen Marsh "
                      "received her medical degree from Trinity College Dublin in 1849. Ellen Marsh died in Bath in 1910.",
                      DocMeta("Ellen Marsh", kind="biography")),
        "wall.md": ("# The Harlan Wall\n\nThe Harlan government began the Harlan Wall across Kessel in August 1961. "
                    "Veldish and Harlan tanks faced each other at the Kessel Gate in October 1961. The Harlan Wall fell "
                    "in 1989.", DocMeta("The Harlan Wall", kind="history")),
        "fleet.md": ("# The Brandish navy\n\nBrandmark launched its first ironclad at Kiel Haven in 1870. The "
                     "Brandish navy bought steam tugs from Scotland in 1881.", DocMeta("The Brandish navy", kind="history")),
    }
    when = [q for q in generate(texts) if q.kind == "when"]
    pairs = Counter((q.doc_key, q.answer) for q in when)
    assert all(n == 1 for n in pairs.values()), [q.prompt for q in when]
    for doc, year in (("commune.md", "1870"), ("doctor.md", "1849"), ("wall.md", "1961"), ("fleet.md", "1870")):
        assert pairs[(doc, year)] == 1, (doc, year, [q.prompt for q in when])


def test_what_led_up_to_the_documents_event_is_not_offered_after_it() -> None:
    """"The Bay of Pigs Invasion" (1961): Castro's rebels took power in 1959, and 1963 is no option for it (judge
    42). A fact the document dates before the event it is about gets options before that event."""
    texts = {
        "suez.md": ("# The Suez Crisis of 1956\n\nGamal Abdel Nasser became president of Egypt in 1954. Britain "
                    "withdrew the last of its troops from the canal zone in June 1956.", DocMeta("The Suez Crisis of 1956",
                                                                                              kind="history")),
        "bay.md": ("# The Bay of Pigs Invasion\n\nThe Bay of Pigs Invasion was a failed landing on the south coast of "
                   "Cuba in April 1961. Fidel Castro took power in Havana in January 1959. President Dwight Eisenhower "
                   "approved the training of Cuban exiles in Guatemala in March 1960.",
                   DocMeta("The Bay of Pigs Invasion", kind="history")),
        "flood.txt": ("# The Lorne Flood of 1889\n\nThe Elk Fork Dam was built above the town of Carrow in 1853. "
                      "The Carrow Fishing Club bought the Elk Fork Dam in 1875. Engineer Samuel Ruff lowered the dam's "
                      "crest in 1879.", DocMeta("The Lorne Flood of 1889", kind="history")),
    }
    # (Eisenhower's approval of 1960 has no options: none before 1959, the document's first year, nor after 1961)
    event_years = {"suez.md": 1956, "bay.md": 1961, "flood.txt": 1889}
    checked = 0
    for q in generate(texts):
        if q.kind == "when" and int(q.answer) < event_years[q.doc_key]:
            checked += 1
            assert all(int(y) < event_years[q.doc_key] for y in q.distractors), (q.prompt, q.answer, q.distractors)
    assert checked >= 4


def test_the_documents_name_does_not_head_a_question_whose_year_it_gives() -> None:
    """"The Winter War: … expelled the Soviet Union on 14 December _____." (judge 43): a round headed by the name of
    an event answers every question dated inside it. Such a question is asked without the heading, and the
    heading still stands over questions dated outside the event."""
    texts = {
        "winter.txt": ("The Winter War was a conflict between the Soviet Union and Finland that began on 30 November 1939 "
                       "and ended on 12 March 1940.\n\nFinland had declared its independence from Russia in December "
                       "1917.\n\nIn 1940 the Red Army reorganised its forces under Semyon Timoshenko.",
                       DocMeta("The Winter War", kind="history")),
        "boer.txt": ("The Second Boer War was fought in southern Africa from October 1899 until May 1902.\n\n"
                     "Gold had been found on the Witwatersrand in 1886.\n\n"
                     "In 1900 Lord Roberts captured the town of Bloemfontein with a large force.",
                     DocMeta("The Second Boer War", kind="history")),
    }
    # a long event ("a civil war from 1850 to 1864") dates little: its name heads every question
    texts["taiping.txt"] = ("The Taiping Rebellion was a civil war in southern China from 1850 to 1864.\n\n"
                            "In 1853 the rebel army of Hong Xiuquan captured the city of Nanjing.",
                            DocMeta("The Taiping Rebellion", kind="history"))
    spans = {"winter.txt": (1939, 1940), "boer.txt": (1899, 1902), "taiping.txt": (0, 0)}
    when = [q for q in generate(texts) if q.kind == "when"]
    assert [q.prompt for q in when if q.answer == "1853"] == [
        "The Taiping Rebellion: In which year did the rebel army of Hong Xiuquan capture the city of Nanjing?"]
    inside = [q for q in when if spans[q.doc_key][0] <= int(q.answer) <= spans[q.doc_key][1]]
    outside = [q for q in when if q not in inside]
    assert inside and outside, [q.prompt for q in when]
    assert not [q.prompt for q in inside if q.prompt.startswith(("The Winter War:", "The Second Boer War:"))]
    assert all(q.prompt.startswith(("The Winter War:", "The Second Boer War:", "The Taiping Rebellion:")) for q in outside), \
        [q.prompt for q in outside]


# --------------------------------------------------------------------------- shape of years
@pytest.mark.parametrize("year", [1066, 1087, 1602, 1913, 1990, 2010])
def test_the_answers_position_among_the_years_tells_nothing(year: int) -> None:
    """First, second, third or last about equally often (a middle answer every time is a pattern too),
    never alone past a gap, and the wrong years never evenly spaced."""
    positions = [0, 0, 0, 0]
    for n in range(200):
        picked = _pick_years(year, None, lambda y: True, f"seed {n}")
        assert len(picked) == 3
        options = sorted([year, *picked])
        positions[options.index(year)] += 1
        assert not _lone_outlier(options, year), picked
        gaps = {b - a for a, b in zip(sorted(picked), sorted(picked)[1:], strict=False)}
        assert len(gaps) > 1, picked  # the wrong years are never evenly spaced
        # no two options a year apart: a neighbour of the answer is often true too (a conquest of 1381-82)
        assert min(b - a for a, b in itertools.pairwise(options)) >= 2, options
    assert all(25 <= n <= 75 for n in positions), positions


@pytest.mark.parametrize("year", [1087, 1976, 2021])
def test_an_answer_at_the_end_of_the_allowed_years_is_never_alone_past_a_gap(year: int) -> None:
    for n in range(40):
        picked = _pick_years(year, None, lambda y, top=year: y < top, f"seed {n}")  # nothing after the answer
        assert len(picked) == 3 and max(picked) < year
        assert not _lone_outlier([*picked, year], year), picked
        gaps = [b - a for a, b in zip(sorted(picked), sorted(picked)[1:], strict=False)]
        assert year - max(picked) <= max(gaps), picked  # never further from the others than they are apart
        assert sorted(picked) != list(range(max(picked) - 2, max(picked) + 1)) or max(picked) == year - 1, picked


@pytest.mark.parametrize(("year", "ladder"), [(1964, None), (1415, None), (2001, None),
                                             (2008, tuple(range(1788, 2030, 4))), (1950, tuple(range(1900, 2030, 10)))])
def test_no_middle_option_is_halfway_between_its_neighbours(year: int, ladder: tuple[int, ...] | None) -> None:
    """1962, 1964, 1966 and 1969 with 1964 the answer: the option equidistant from the two beside it is the
    guess a player makes; and were the answer never there, the player would rule that option out."""
    middles = 0
    for n in range(300):
        options = sorted([year, *_pick_years(year, ladder, lambda y: True, f"seed {n}")])
        assert len(options) == 4
        for i in (1, 2):
            assert options[i] - options[i - 1] != options[i + 1] - options[i], options
        middles += options[0] < year < options[3]
    assert middles >= 60  # the middle placements are still used


def test_which_option_is_the_answer_does_not_follow_from_the_shape() -> None:
    """The option nearest the options' mean (the pick of a player who guesses the centre of the spread;
    63% right with the old nearest-first years) is right little more often than a blind guess."""
    central = 0
    for n in range(400):
        picked = sorted(_pick_years(1500, None, lambda y: True, f"seed {n}"))
        options = [1500, *picked]
        mean = sum(options) / 4
        central += min(options, key=lambda y: (abs(y - mean), y)) == 1500
    assert central <= 140  # 100 would be a blind guess


def test_when_questions_of_the_test_documents_have_no_shape_that_points_at_the_answer(documents: list[Question]) -> None:
    when = [q for q in documents if q.kind == "when"]
    assert len(when) >= 20
    at_an_end = 0
    for q in when:
        ys = years(q)
        assert not _lone_outlier(ys, ys[0]), (q.prompt, ys)
        wrong = sorted(ys[1:])
        assert wrong[1] - wrong[0] != wrong[2] - wrong[1], (q.prompt, ys)
        assert min(b - a for a, b in itertools.pairwise(sorted(ys))) >= 2, (q.prompt, ys)
        at_an_end += not min(wrong) < ys[0] < max(wrong)
    assert 0.25 * len(when) <= at_an_end <= 0.75 * len(when)


# ------------------------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    ("option", "answer", "echo"),
    [("4.6 million", "6.4 million", True), ("6.9", "6.4", True), ("186", "185", True), ("180", "185", True),
     ("2,200", "2,300", True), ("3,200", "2,300", True), ("£1.0bn", "£1.3bn", True), ("58%", "85%", True),
     ("8.1 million", "6.4 million", False), ("122", "185", False), ("3,000", "2,000", False),
     ("1,900", "2,300", False), ("£0.9bn", "£1.3bn", False)],
)
def test_an_echo_of_the_answers_digits(option: str, answer: str, echo: bool) -> None:
    assert _digit_echo(NUMBER.search(option).group(0), NUMBER.search(answer).group(0)) is echo  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("answer", "kind", "far", "unit"),
    [("6.4 million", "count", True, ""), ("185", "count", True, "miles"), ("£1.3bn", "money", False, ""),
     ("85%", "pct", False, ""), ("2,300", "count", False, ""), ("96", "count", False, ""), ("12", "count", True, ""),
     ("$676m", "money", False, ""), ("4.5", "count", True, "acres"), ("46.31", "count", False, "seconds"),
     ("2.4%", "pct", False, "")],
)
def test_number_options_echo_no_digits_and_leave_the_answer_in_no_shape(answer: str, kind: str, far: bool, unit: str) -> None:
    digits = NUMBER.search(answer).group(0)  # type: ignore[union-attr]
    made = 0
    for n in range(25):
        options = _number_distractors(answer, kind, f"seed {n} {answer}", f"It was {answer}.", far=far, unit=unit)
        if not options:
            continue
        made += 1
        numbers = [NUMBER.search(o).group(0) for o in options]  # type: ignore[union-attr]
        assert not [o for o in numbers if _digit_echo(o, digits)], (answer, options)
        shuffled = [sorted(re.sub(r"\D", "", o)) for o in numbers]
        assert len({"".join(s) for s in shuffled}) == 3, options  # no two options swap digits
        values = sorted(float(o.replace(",", "")) for o in numbers)
        assert values[1] - values[0] != pytest.approx(values[2] - values[1]), options  # not evenly spaced
        mine = float(digits.replace(",", ""))
        if not values[0] < mine < values[-1]:  # an end option, never set apart: 1.6%, 1.7%, 1.9% and 2.4%
            assert min(abs(mine - values[0]), abs(mine - values[-1])) <= max(values[1] - values[0],
                                                                              values[2] - values[1]) + 1e-9, options
    assert made >= 20, answer


NUMBERS = {
    "voc.txt": ("The Dutch East India Company was founded in 1602.\n\nThe Dutch East India Company raised 6.4 "
                "million guilders from investors in Amsterdam and Middelburg.",
                DocMeta("The Dutch East India Company", kind="history", date="2022")),
    "pier.txt": ("In 1911 the builders of the new pier at Port Ellis laid 185 tonnes of granite.\n\n"
                 "The old wooden pier had been destroyed in a storm.", DocMeta("Port Ellis", kind="history", date="2001")),
    "maltings.txt": ("In March 2006 Hartwell paid £1.3bn for the Maltings brewery in Leeds.\n\n"
                     "The brewery employs 640 people.", DocMeta("Hartwell buys Maltings", kind="news", date="2006-03-14")),
}


def test_number_questions_never_offer_the_answers_digits_again(documents: list[Question]) -> None:
    asked = [q for q in [*generate(NUMBERS), *documents] if q.kind == "number" and NUMBER.search(q.answer)
             and not re.search(r"\d(?:st|nd|rd|th)$", q.answer)]  # an ordinal's options are its neighbours
    assert len(asked) >= 6
    assert {"voc.txt", "maltings.txt"} <= {q.doc_key for q in asked}
    for q in asked:
        answer = NUMBER.search(q.answer).group(0)  # type: ignore[union-attr]
        echoes = [d for d in q.distractors if (m := NUMBER.search(d)) and _digit_echo(m.group(0), answer)]
        assert not echoes, (q.prompt, q.answer, q.distractors)


@pytest.mark.parametrize(("answer", "grain", "rest"), [
    ("125", 25, 0), ("$175", 25, 0), ("1,275", 50, 25), ("2,125 tonnes", 50, 25), ("12,575", 50, 25),
    ("345", 10, 5), ("105", 10, 5), ("€1,235", 10, 5),
])
def test_options_are_rounded_as_a_round_answer_is(answer: str, grain: int, rest: int) -> None:
    """"The Sholes and Glidden Type-Writer went on sale in 1874 at a price of 125 dollars." with 141, 159 and 178
    (judge 40): only the answer was round. A whole amount ending in 5 has options rounded as it is: multiples of 25
    with 125, odd multiples of 5 with 345 (all ending in 0 would set the answer apart). From four digits, odd multiples
    of 25: "12,575 net cafes" against 8,300 and 14,200 (judge 166) had two options rounder than the answer."""
    for seed in ("a", "b", "c", "d"):
        options = _number_distractors(answer, "count", seed)
        assert len(options) == 3, (answer, options)
        for option in options:
            amount = int(re.sub(r"[^\d]", "", option))
            assert amount % grain == rest, (answer, options)


@pytest.mark.parametrize("answer", ["27", "13", "64", "31", "88", "142"])
def test_no_three_options_share_a_last_digit_the_answer_lacks(answer: str) -> None:
    """"About how many tonnes did ENIAC weigh?" offered 27 against 18, 38 and 48 (judge 176): the one option not ending
    in 8 is the answer."""
    for seed in "abcdefghijklmnop":
        for far in (False, True):
            options = _number_distractors(answer, "count", seed, far=far)
            assert not (len({o[-1] for o in options}) == 1 and options[0][-1] != answer[-1]), (answer, options)


def test_a_fact_inside_a_long_subjects_years_is_not_offered_before_it_began() -> None:
    """"The Great Irish Famine: In which year did the Quakers set up a Central Relief Committee in Dublin?" offered
    1840 and 1843 (judge 57), before the famine began: a document about something that lasted years, given by its
    title or its opening sentence, offers nothing inside those years an option before they began."""
    docs = {
        "famine.txt": ("The Great Hunger of Lorn was a period of mass starvation in the valleys of Lorn between 1845 and "
                       "1852.\n\nThe Society of Friends set up a relief committee in Oban in November 1846.\n\nThe Lorn "
                       "Relief Act was passed by Parliament in 1849.", DocMeta("The Great Hunger of Lorn", kind="history")),
        "strike.txt": ("The miners of the Vale went on strike in 1926.\n\nThe Vale Miners' Union opened a soup kitchen in "
                       "Pontcarn in 1927.\n\nThe Vale Colliery Company closed the Deep Pit in 1931.",
                       DocMeta("The Vale Lock-out, 1926-1934", kind="history")),
    }
    when = [q for q in generate(docs) if q.kind == "when"]
    spans = {"famine.txt": 1845, "strike.txt": 1926}
    checked = set()
    for q in when:
        if int(q.answer) > spans[q.doc_key]:  # the start itself is offered with years on both sides
            checked.add(q.doc_key)
            assert all(y >= spans[q.doc_key] for y in years(q)), (q.prompt, q.answer, q.distractors)
    assert checked == set(spans), [q.prompt for q in when]


def test_a_spacecraft_is_never_offered_before_the_space_age() -> None:
    """"In which year did Van Allen's instruments fly on Pioneer 3?" offered 1949, 1952 and 1956 (judge 66): nothing
    reached orbit before Sputnik 1 in 1957, so every option for a spacecraft's year is 1957 or later."""
    texts = {
        "belts.md": ("# Radiation belts\n\nThe probe Pioneer 3 carried a Geiger counter built by Kessel students in "
                     "1958.", DocMeta("Radiation belts", kind="science")),
        "venus.md": ("# Venus missions\n\nThe Soviet lander Venera 7 sent data from the surface of Venus in 1970.",
                     DocMeta("Venus missions", kind="science")),
        "relay.md": ("# Relay stations\n\nNASA launched the Telstar 1 satellite from Cape Canaveral for AT&T in "
                     "1962.", DocMeta("Relay stations", kind="history")),
    }
    when = [q for q in generate(texts) if q.kind == "when"]
    assert len(when) == 3, [q.prompt for q in when]
    for q in when:
        assert all(int(y) >= SPACE_AGE for y in years(q)), (q.prompt, q.distractors)


def test_no_year_that_another_questions_reveal_gives_is_asked() -> None:
    """Judge 73: every reveal cites "The Great Siege of Malta, 1565", so "The Ottoman fleet appeared off Malta on 18
    May _____." answers itself after the first question of the round; and "died on 29 May 1829, at the age of 50" in
    one reveal makes "In which year was Humphry Davy born?" arithmetic. A year of the title, or a birth year an age
    in another question's source sentence gives, is not asked; the sentence with the age may still ask its own."""
    texts = {
        "siege.md": ("# The Siege of Corvo, 1571\n\nThe fleet of Admiral Paolo Venier appeared off Corvo in May 1571. "
                     "Venier had sailed from Venice in 1569. The harbour walls of Corvo were rebuilt in 1578.",
                     DocMeta("The Siege of Corvo, 1571", kind="history")),
        "chemist.md": ("# Tomas Lind\n\nTomas Lind was born in Uppsala in 1778. Lind discovered the element kessium in "
                       "1807. Lind died in Stockholm in 1829, at the age of 51.", DocMeta("Tomas Lind", kind="biography")),
        "poet.md": ("# Ada Merrow\n\nAda Merrow was born at Whitby in 1840. Merrow published her first poems in 1866. "
                    "Aged 62, Ada Merrow died at Scarborough in 1902.", DocMeta("Ada Merrow", kind="biography")),
    }
    when = {(q.doc_key, q.answer): q.prompt for q in generate(texts) if q.kind == "when"}
    assert ("siege.md", "1571") not in when and ("siege.md", "1569") in when, when
    assert ("chemist.md", "1778") not in when and ("chemist.md", "1829") in when, when
    assert ("poet.md", "1840") not in when and ("poet.md", "1902") in when, when


def test_a_birthday_or_an_age_in_another_reveal_gives_the_birth_year() -> None:
    """Judge 119: "died … on 27 March 1982, … a week before his 53rd birthday" in one reveal makes "In which year was
    Fazlur Rahman Khan born?" arithmetic, as "at the age of 50" does. An age said as a birthday, as "at age N" or as
    "N years old", beside a year of the same sentence, gives the birth year too; the sentence's own question stays."""
    texts = {
        "rafi.md": ("# Omar Rafi\n\nOmar Rafi was born in Lahore in 1931. Rafi designed the Kestrel Tower in 1968. "
                    "Rafi died of a heart attack in 1984, while on a business trip to Cairo, a week before his 53rd birthday.",
                    DocMeta("Omar Rafi", kind="biography")),
        "kloos.md": ("# Piet Kloos\n\nPiet Kloos was born in Delft in 1889. Kloos won the Diamond Sculls in 1911. "
                     "Kloos drowned in the Maas in 1931, a few days before his 42nd birthday.",
                     DocMeta("Piet Kloos", kind="biography")),
        "lind.md": ("# Tomas Lind\n\nTomas Lind was born in Uppsala in 1778. Lind sailed to Java in 1807. "
                    "Lind died of a fever in Stockholm in 1829, at age 51.", DocMeta("Tomas Lind", kind="biography")),
        "vidal.md": ("# Rosa Vidal\n\nRosa Vidal was born in Valencia in 1908. Vidal flew solo across the Sahara in 1934. "
                     "Vidal crashed into the sea off Mallorca in 1946, when she was 38 years old.",
                     DocMeta("Rosa Vidal", kind="biography")),
    }
    # the year nearest the age: "retired in 1918 and died … in 1926, at the age of 82" (judge 134) gives 1843
    texts["golla.md"] = ("# Carlo Golla\n\nCarlo Golla was born in Corteno in 1843. Golla shared the Nobel Prize in "
                         "Medicine in 1906. Golla retired from teaching in 1918 and died in Pavia on 21 January 1926, at "
                         "the age of 82.", DocMeta("Carlo Golla", kind="biography"))
    # a birthday in words: "three weeks before her fiftieth birthday" (judge 162), "after his seventy-first birthday"
    texts["pav.md"] = ("# Anna Varn\n\nAnna Varn was born in St Petersburg in 1881. Varn danced in Paris in 1909. Varn "
                       "died in The Hague in 1931, three weeks before her fiftieth birthday.", DocMeta("Anna Varn", kind="biography"))
    texts["sho.md"] = ("# Carl Lode\n\nCarl Lode was born in Mooresburg in 1819. Lode patented a typewriter in 1868. Lode "
                       "died in Milwaukee in 1890, three days after his seventy-first birthday.",
                       DocMeta("Carl Lode", kind="biography"))
    texts["gau.md"] = ("# Karl Gauss\n\nKarl Gauss was born in Brunswick in 1777. Karl Gauss went to Göttingen in 1795. "
                       "Karl Gauss married Johanna Osthoff in 1795, a few weeks after his eighteenth birthday.",
                       DocMeta("Karl Gauss", kind="biography"))
    # an age in words: "at the age of fifty-eight" (judge 180, Dickens), "when she was nineteen years old"
    texts["dick.md"] = ("# Carl Dorn\n\nCarl Dorn was born in Portsea in 1812. Carl Dorn published a novel in 1837. Carl "
                        "Dorn suffered a stroke in Kent on 8 June 1870 and died the next day, at the age of fifty-eight.",
                        DocMeta("Carl Dorn", kind="biography"))
    texts["ness.md"] = ("# Ada Ness\n\nAda Ness was born in Bergen in 1871. Ada Ness sang in Oslo in 1890, when she was "
                        "nineteen years old.", DocMeta("Ada Ness", kind="biography"))
    when = {(q.doc_key, q.answer) for q in generate(texts) if q.kind == "when"}
    for doc_key, born, died in (("rafi.md", "1931", "1984"), ("kloos.md", "1889", "1931"), ("lind.md", "1778", "1829"),
                                ("vidal.md", "1908", "1946"), ("golla.md", "1843", "1918"), ("pav.md", "1881", "1931"),
                                ("sho.md", "1819", "1890"), ("gau.md", "1777", "1795"), ("dick.md", "1812", "1870"),
                                ("ness.md", "1871", "1890")):
        assert (doc_key, born) not in when and (doc_key, died) in when, when


def test_nothing_is_offered_before_what_the_sentence_says_came_first() -> None:
    """"In which year was Konishi Yukinaga executed after the Battle of Sekigahara?" offered 1592, 1594 and 1597
    (judge 72): the document dates the battle in the answer's own year, and "after" rules out every year before it.
    "named the Sandwich Islands after John Montagu" is no time at all."""
    texts = {
        "japan.md": ("# The unification of Japan\n\nKonishi Yukinaga was executed in 1600 after the Battle of "
                     "Sekigahara, and Arima Harunobu was ordered to kill himself in 1612.",
                     DocMeta("The unification of Japan", kind="history")),
        "mill.md": ("# The Kessel mills\n\nAnna Berg was dismissed in 1911 following the Kessel Mill Strike, and Tomas "
                    "Lind was jailed in 1913.", DocMeta("The Kessel mills", kind="history")),
    }
    when = [q for q in generate(texts) if q.kind == "when" and re.search(r"after|following", q.prompt)]
    assert len(when) == 2, [q.prompt for q in generate(texts)]
    for q in when:
        assert all(int(y) >= int(q.answer) for y in years(q)), (q.prompt, q.distractors)


def test_no_option_comes_before_what_the_sentence_names_existed() -> None:
    """"In which year did the new Nazi government pass a law …?" offered 1924, 1927 and 1931 (judge 76), and "only 4%
    of the people in the UK took a phonecam snap" offered 1996 (judge 77): nothing the sentence names (a Nobel Prize,
    a Nazi government, the United Nations, a camera phone) existed before a year every player knows, so no option
    for the year of what was done with it comes before that year."""
    texts = {
        "haber.md": ("# Fritz Haber\n\nThe Nazi government dismissed Haber's Jewish assistants from the Kaiser Wilhelm Institute in "
                     "1935.", DocMeta("Fritz Haber", kind="biography")),
        "urey.md": ("# Heavy water\n\nHarold Urey received the Nobel Prize in Chemistry in Stockholm in 1903.",
                    DocMeta("Heavy water", kind="science")),
        "blue.md": ("# Peacekeeping\n\nThe United Nations sent observers to the Kashmir border in 1947.",
                    DocMeta("Peacekeeping", kind="history")),
        "snap.md": ("# Phone pictures\n\nThe Carrow camera phone factory opened in Leeds in 2002.",
                    DocMeta("Phone pictures", kind="engineering")),
        # a space agency, though no spacecraft is named: "launched by NASA on a Thor-Delta rocket" offered 1955 (judge 225)
        "echo.md": ("# Balloons in orbit\n\nThe Echo balloon was launched by NASA on a Delta rocket from Cape Canaveral in "
                    "1960.", DocMeta("Balloons in orbit", kind="engineering")),
        "kourou.md": ("# Kourou\n\nThe European Space Agency opened a tracking station at Kourou in 1979.",
                      DocMeta("Kourou", kind="history")),
    }
    floors = {"haber.md": 1933, "urey.md": 1901, "blue.md": 1945, "snap.md": 2000, "echo.md": 1958, "kourou.md": 1975}
    when = [q for q in generate(texts) if q.kind == "when"]
    assert {q.doc_key for q in when} == set(floors), [q.prompt for q in when]
    for q in when:
        assert all(y >= floors[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_a_subject_dated_just_after_an_undated_opening_bounds_the_options() -> None:
    """"The neutron is one of the two particles … Its discovery by … James Chadwick in February 1932 …" (judge 75):
    when the opening sentence dates nothing, the first sentence after it that names the subject again (as "its", or by
    the title's words) dates what the document is about, so a later act (Fermi's work of 1934) offers no year before
    the discovery, and an earlier one none after it."""
    texts = {
        "neutron.md": ("# The Discovery of the Neutron\n\nThe neutron is one of the particles of the nucleus. It has no "
                       "electric charge. Its discovery by James Chadwick in February 1932 completed the picture of the "
                       "atom.\n\nEnrico Fermi bombarded uranium with neutrons in Rome in 1934.\n\nErnest Rutherford "
                       "proposed a neutral particle in a lecture to the Royal Society in 1920.",
                       DocMeta("The Discovery of the Neutron", kind="science")),
        "pulsar.md": ("# The Discovery of Pulsars\n\nA pulsar is a spinning neutron star. Pulsars flash many times a "
                      "second. The discovery of pulsars by Jocelyn Bell at Cambridge in November 1967 surprised "
                      "astronomers.\n\nThe Crab Nebula pulsar was found by David Staelin at Green Bank in 1968.\n\nFranco "
                      "Pacini predicted that a neutron star could power the Crab Nebula in 1967.",
                      DocMeta("The Discovery of Pulsars", kind="science")),
    }
    subject = {"neutron.md": 1932, "pulsar.md": 1967}
    after = [q for q in generate(texts) if q.kind == "when" and int(q.answer) > subject[q.doc_key]]
    assert {q.doc_key for q in after} == set(subject), [q.prompt for q in after]
    for q in after:
        assert all(y >= subject[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_a_grown_persons_act_is_not_offered_in_their_childhood() -> None:
    """"In which year did Maria Sibylla Merian marry Johann Andreas Graff?" offered 1656 and 1658, when she was nine and
    eleven (judge 79): an act of someone whose birth the document gives is offered from their sixteenth year on, when
    the answer is not itself a childhood year."""
    texts = {
        "merian.md": ("# Maria Sibylla Merian\n\nMaria Sibylla Merian was born in Frankfurt in 1647.\n\nIn 1665 Merian "
                      "married Johann Andreas Graff in Frankfurt.", DocMeta("Maria Sibylla Merian", kind="biography")),
        "tasman.md": ("# Abel Tasman\n\nAbel Tasman was born in Lutjegast in 1603.\n\nIn 1621 Tasman married Claesgie "
                      "Meyndrix in Amsterdam.", DocMeta("Abel Tasman", kind="biography")),
        "brunel.md": ("# Isambard Kingdom Brunel\n\nIsambard Kingdom Brunel was born in Portsmouth in 1806.\n\nIn 1823 "
                      "Brunel joined his father's office in London.", DocMeta("Isambard Kingdom Brunel",
                                                                             kind="biography")),
    }
    born = {"merian.md": 1647, "tasman.md": 1603, "brunel.md": 1806}
    acts = [q for q in generate(texts) if q.kind == "when" and int(q.answer) > born[q.doc_key] + 10]
    assert {q.doc_key for q in acts} == set(born), [q.prompt for q in acts]
    for q in acts:
        assert all(y >= born[q.doc_key] + 16 for y in years(q)), (q.prompt, q.distractors)


def test_he_is_never_the_life_of_a_woman_the_document_calls_she() -> None:
    """"Her father, Matthäus Merian the Elder, was a Swiss-born engraver. He died in 1650" (judge 79) was read as the
    subject's own death, which cost her real death its year and let a stroke of 1715 offer 1718 and 1720, after she
    died in 1717: "he" never stands for a subject the document calls "she", nor "she" for a "he"."""
    texts = {
        "merian.md": ("# Maria Sibylla Merian\n\nMaria Sibylla Merian was born in Frankfurt in 1647. She drew insects "
                      "from childhood.\n\nHer father, Matthäus Merian the Elder, was a Swiss-born engraver. He died in "
                      "1650.\n\nIn 1715 Merian suffered a stroke in Amsterdam. She died in Amsterdam in 1717.",
                      DocMeta("Maria Sibylla Merian", kind="biography")),
        "darwin.md": ("# Charles Darwin\n\nCharles Darwin was born in Shrewsbury in 1809. He collected beetles at "
                      "Cambridge.\n\nHis mother, Susannah Wedgwood Darwin, was the daughter of a potter. She died in "
                      "1817.\n\nIn 1881 Darwin published a book on earthworms in London. He died at Down House in 1882.",
                      DocMeta("Charles Darwin", kind="biography")),
    }
    died = {"merian.md": 1717, "darwin.md": 1882}
    when = [q for q in generate(texts) if q.kind == "when"]
    assert not [q.prompt for q in when if re.search(r"(?:Merian|Darwin) die\b", q.prompt)
                and q.answer not in ("1717", "1882")], [(q.prompt, q.answer) for q in when]
    acts = [q for q in when if "die" not in q.prompt and int(q.answer) > 1700 and q.answer not in ("1647", "1809")]
    assert {q.doc_key for q in acts} == set(died), [q.prompt for q in when]
    for q in acts:
        assert all(y <= died[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_a_thing_dated_by_a_fronted_participle_bounds_the_options_after_it() -> None:
    """"Launched in 1990, it was the first major observatory …, and five shuttle missions between 1993 and 2009 repaired
    it" (judge 78): a fronted "Launched in" or "Founded in" dates the thing the document is about even in a sentence
    with other years, so "NASA released the first sharp images" in 1994 offers no year before 1990."""
    texts = {
        "hubble.md": ("# The Orbital Telescope\n\nThe Orbital Telescope is a large telescope in low Earth orbit. "
                      "Launched in 1990, it was serviced by five crews between 1993 and 2009.\n\nIn January 1994 NASA "
                      "released the first sharp images from the Orbital Telescope.",
                      DocMeta("The Orbital Telescope", kind="science")),
        "society.md": ("# The Lune Valley Society\n\nThe Lune Valley Society is a club of amateur geologists. Founded in "
                       "1902, it grew from 12 members to 300 by 1950.\n\nIn 1906 the Lune Valley Society opened a museum "
                       "in Kirkby Lonsdale.", DocMeta("The Lune Valley Society", kind="history")),
    }
    made = {"hubble.md": 1990, "society.md": 1902}
    later = [q for q in generate(texts) if q.kind == "when" and int(q.answer) > made[q.doc_key]]
    assert {q.doc_key for q in later} == set(made), [q.prompt for q in later]
    for q in later:
        assert all(y >= made[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_no_option_comes_after_what_the_sentence_names_had_ended() -> None:
    """"In which year did the crew of Atlantis, on mission STS-125, install the Wide Field Camera 3?" offered 2014 and
    2016 (judge 78), after the shuttles' last flight in 2011: nothing the sentence names (a shuttle mission, the Soviet
    Union, Concorde) is offered after the year it ended."""
    texts = {
        "shuttle.md": ("# Servicing missions\n\nThe crew of Atlantis, on mission STS-125, installed a new camera on the "
                       "Kepler Platform in 2009.", DocMeta("Servicing missions", kind="science")),
        "soviet.md": ("# Grain\n\nThe Soviet Union bought grain from Canada in Montreal in 1989.",
                      DocMeta("Grain", kind="history")),
        "concorde.md": ("# Supersonic\n\nConcorde flew from London to Barbados in 2001 with the Rolling Stones.",
                        DocMeta("Supersonic", kind="history")),
    }
    ended = {"shuttle.md": 2011, "soviet.md": 1991, "concorde.md": 2003}
    when = [q for q in generate(texts) if q.kind == "when"]
    assert {q.doc_key for q in when} == set(ended), [q.prompt for q in when]
    for q in when:
        assert all(y <= ended[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_an_opening_whose_next_sentence_names_the_subject_dates_it() -> None:
    """"On 18 February 1930 a 24-year-old assistant … noticed a faint dot … Clyde Tombaugh had found Pluto." under
    "The Search for Planet X: How Pluto Was Found" (judge 62): an opening with one year, followed by a sentence that
    names the title's subject (in any case) and no year, dates the subject, so what led up to it offers no year after
    it."""
    texts = {
        "helium.md": ("# How Helium Was Found\n\nOn 18 August 1868 Jules Janssen saw a yellow line in the light of the "
                      "Sun. Norman Lockyer later named the element helium.\n\nGustav Kirchhoff mapped the solar spectrum "
                      "in Heidelberg in 1861.", DocMeta("How Helium Was Found", kind="science")),
        "argon.md": ("# How Argon Was Found\n\nOn 13 August 1894 Lord Rayleigh and William Ramsay told the British "
                     "Association of a new gas. They called the gas argon.\n\nJames Dewar liquefied oxygen at the Royal "
                     "Institution in London in 1891.", DocMeta("How Argon Was Found", kind="science")),
    }
    subject = {"helium.md": 1868, "argon.md": 1894}
    before = [q for q in generate(texts) if q.kind == "when" and int(q.answer) < subject[q.doc_key]]
    assert {q.doc_key for q in before} == set(subject), [q.prompt for q in before]
    for q in before:
        assert all(y < subject[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_an_accented_name_the_gazetteer_does_not_know_still_bounds_a_life() -> None:
    """"In which year did Évariste Galois join the advanced mathematics class …?" offered 1833 and 1836 (judge 88), after
    he died in 1832: a sentence that opens with a name written with an accented capital, which the gazetteer does not
    know, is a sentence, and the life's years come from it all the same."""
    texts = {
        "manet.md": ("# Édouard Manet\n\nÉdouard Manet was born in Paris in 1832.\n\nIn 1863 Manet published an etching of "
                     "a Spanish guitar player in the journal Gazette des Beaux-Arts.\n\nÉdouard Manet was taken to his home in "
                     "Paris, where he died the next morning, 30 April 1883, at the age of fifty-one.",
                     DocMeta("Édouard Manet", kind="biography")),
        "zola.md": ("# Émile Zola\n\nÉmile Zola was born in Paris in 1840.\n\nIn 1898 Zola published an open letter on "
                    "the Dreyfus case in the newspaper L'Aurore.\n\nÉmile Zola was found in his bedroom in Paris, where "
                    "he died on 29 September 1902.", DocMeta("Émile Zola", kind="biography")),
    }
    died = {"manet.md": 1883, "zola.md": 1902}
    acts = [q for q in generate(texts) if q.kind == "when" and "published" in q.explanation]
    assert {q.doc_key for q in acts} == set(died), [q.prompt for q in generate(texts)]
    for q in acts:
        assert all(y <= died[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_a_lifes_own_pronoun_dates_its_death_when_nothing_resolves_it() -> None:
    """"He died in Osaka on 28 November 1694" in judge 92's life of Matsuo Bashō stayed unresolved, so the life had no
    death year and "In which year did Matsuo Bashō set out from Edo …?" offered 1696. A sentence that opens with the
    pronoun the document uses for its subject, with no one else named before the verb, dates the subject's life; the
    father's death in "Matsuo Bashō's father … died in 1656" is not his."""
    text = (Path(__file__).parent / "files" / "lives" / "basho.md").read_text(encoding="utf-8")
    when = [q for q in generate({"basho.md": (text, DocMeta("Matsuo Bashō", kind="biography"))}) if q.kind == "when"]
    acts = [q for q in when if 1644 < int(q.answer) < 1694]
    assert acts, [q.prompt for q in when]
    for q in acts:
        assert all(y <= 1694 for y in years(q)), (q.prompt, q.distractors)


def test_a_doctorate_is_not_offered_in_a_teenage_year() -> None:
    """"In which year did Heinrich Hertz receive his doctorate?" offered 1873, when he was 16 (judge 94): a doctorate, a
    degree, a chair or a doctor's or a lawyer's practice is offered from a person's twentieth year, when the answer is
    not earlier itself."""
    texts = {
        "hertz.md": ("# Heinrich Hertz\n\nHeinrich Hertz was born in Hamburg in 1857.\n\nIn 1880 Heinrich Hertz received "
                     "a doctorate from the University of Berlin.", DocMeta("Heinrich Hertz", kind="biography")),
        "noether.md": ("# Emmy Noether\n\nEmmy Noether was born in Erlangen in 1882.\n\nIn 1907 Emmy Noether received a "
                       "doctorate from the University of Erlangen.", DocMeta("Emmy Noether", kind="biography")),
        # a qualified profession's practice too (judge 174: "set up as a general practitioner" offered at 16 and 18)
        "doyle.md": ("# Arthur Varn\n\nArthur Varn was born in Edinburgh in 1860.\n\nIn 1881 Arthur Varn set up as a "
                     "general practitioner in Leith.", DocMeta("Arthur Varn", kind="biography")),
        "lind.md": ("# Ada Lind\n\nAda Lind was born in Leeds in 1870.\n\nIn 1891 Ada Lind opened a medical practice in "
                    "York.", DocMeta("Ada Lind", kind="biography")),
    }
    born = {"hertz.md": 1857, "noether.md": 1882, "doyle.md": 1860, "lind.md": 1870}
    degrees = [q for q in generate(texts) if q.kind == "when" and re.search("doctorate|practi", q.prompt)]
    assert {q.doc_key for q in degrees} == set(born), [q.prompt for q in generate(texts)]
    for q in degrees:
        assert all(y >= born[q.doc_key] + 20 for y in years(q)), (q.prompt, q.distractors)


def test_a_race_for_congress_is_offered_only_election_years() -> None:
    """"In which year did Jeannette Rankin run for the United States Senate?" offered 1923 and 1925 (judge 130): the
    Senate and the House are elected in even years, "election" said or not, so an American race for either, or for a
    seat, is offered among even years."""
    texts = {
        "hale.md": ("# Ruth Hale\n\nRuth Hale was an American suffragist from Oregon. She was born in Salem in 1881.\n\n"
                    "In 1922 Ruth Hale ran for the United States Senate as a Progressive.",
                    DocMeta("Ruth Hale", kind="biography")),
        "moss.md": ("# Carl Moss\n\nCarl Moss was an American farmer and congressman from Iowa. He was born in Ames in "
                    "1870.\n\nIn 1912 Carl Moss won a seat in the House of Representatives for the Iowa 5th district.",
                    DocMeta("Carl Moss", kind="biography")),
    }
    races = [q for q in generate(texts) if q.kind == "when" and " born" not in q.prompt]
    assert {q.doc_key for q in races} == set(texts), [q.prompt for q in races]
    for q in races:
        assert all(y % 2 == 0 for y in years(q)), (q.prompt, q.distractors)


def test_the_world_wars_air_raids_bound_the_options() -> None:
    """"The original Z3 was destroyed in an Allied bombing raid on Berlin on 21 December 1943" offered 1947 (judge 133):
    no Allied air raid after the war, and no Luftwaffe raid before 1935."""
    texts = {
        "brand.md": ("# Kurt Brand\n\nKurt Brand was a German engineer. He was born in Kassel in 1910.\n\nIn 1943 an "
                     "Allied bombing raid on Berlin destroyed Kurt Brand's workshop and his first calculator.",
                     DocMeta("Kurt Brand", kind="biography")),
        "carr.md": ("# Ada Carr\n\nAda Carr was an English potter. She was born in Hull in 1898.\n\nIn 1941 a Luftwaffe "
                    "raid on Hull destroyed Ada Carr's pottery on the River Humber.", DocMeta("Ada Carr", kind="biography")),
    }
    assert_asked_within(texts, "raid", {"brand.md": (1935, 1945), "carr.md": (1935, 1945)})


def test_the_american_revolutions_bodies_bound_the_options() -> None:
    """"In which year did Tadeusz Kościuszko join the Northern Army under Horatio Gates?" offered 1773 (judge 129), two
    years before the Continental Army existed: no option before 1775 for an act in it."""
    texts = {
        "drozd.md": ("# Jan Drozd\n\nJan Drozd was a Polish engineer. He was born in Lublin in 1748.\n\nIn 1776 Jan Drozd "
                     "joined the Continental Army as a colonel of engineers.", DocMeta("Jan Drozd", kind="biography")),
        "vell.md": ("# Adam Vell\n\nAdam Vell was a Virginia surveyor. He was born in Norfolk in 1741.\n\nIn 1777 Adam Vell "
                    "joined the Northern Army under Horatio Gates at Saratoga.", DocMeta("Adam Vell", kind="biography")),
    }
    assert_asked_within(texts, "join", {"drozd.md": (1775, 1784), "vell.md": (1775, 1784)})


def test_a_name_borne_only_for_a_while_bounds_the_options_on_both_sides() -> None:
    """"the Stalin Peace Prize" offered 1957 and 1960 (judge 109): it became the Lenin Peace Prize in 1956; "the
    Leningrad Philharmonic" offered 1923 (judge 92): Petrograd became Leningrad in 1924. A name a prize or a city bore
    only for a while bounds the years of what was done under it, or no question is asked."""
    texts = {
        "cardenas.md": ("# Lázaro Cárdenas\n\nLázaro Cárdenas was a Mexican president.\n\nLázaro Cárdenas received the "
                        "Stalin Peace Prize in 1955.", DocMeta("Lázaro Cárdenas", kind="biography")),
        "shost.md": ("# A first symphony\n\nThe young composer finished his studies.\n\nThe Leningrad Philharmonic "
                     "first performed the First Symphony of Dmitri Shostakovich in 1926.",
                     DocMeta("A first symphony", kind="history")),
    }
    bounds = {"cardenas.md": (1950, 1956), "shost.md": (1924, 1991)}
    when = [q for q in generate(texts) if q.kind == "when"]
    # seven years leave too few options that pass the other checks: no question, rather than one with 1957 in it
    assert {q.doc_key for q in when} == {"shost.md"}, [q.prompt for q in when]
    for q in when:
        low, high = bounds[q.doc_key]
        assert all(low <= y <= high for y in years(q)), (q.prompt, q.distractors)


def test_what_the_web_brought_and_japans_wartime_rule_bound_the_options() -> None:
    """"In which year did MSN introduce its own blog system?" offered 1995 (judge 120), before anyone wrote a blog;
    "In which year did the Japanese authorities intern Eric Liddell?" offered 1947 (judge 120), after Japan's
    surrender. No option comes before what the sentence names existed, nor after a rule that ended."""
    texts = {
        "blogs.md": ("# Web diaries\n\nThe portal Netvista launched its own blog service in Europe in 2000.",
                     DocMeta("Web diaries", kind="news")),
        "pods.md": ("# Radio online\n\nThe BBC began to offer its radio programmes as podcasts in 2005.",
                    DocMeta("Radio online", kind="news")),
        "camp.md": ("# Arthur Penrose\n\nArthur Penrose was a Welsh doctor in Tianjin.\n\nIn 1943 the Japanese "
                    "authorities interned Arthur Penrose at a camp in Shandong.", DocMeta("Arthur Penrose", kind="biography")),
        "ship.md": ("# The Kestrel\n\nThe steamer Kestrel sailed on the Yangtze.\n\nThe Imperial Japanese Navy seized "
                    "the steamer Kestrel at Shanghai in 1944.", DocMeta("The Kestrel", kind="history")),
    }
    assert_asked_within(texts, "", {"blogs.md": (1997, 3000), "pods.md": (2004, 3000), "camp.md": (0, 1945),
                                     "ship.md": (0, 1945)})


def test_what_reopened_or_was_rebuilt_is_offered_no_year_before_it_closed() -> None:
    """"In which year did the Mont Blanc Tunnel reopen to light vehicles?" offered 1993 and 1996 (judge 122), before the
    fire of 1999 that closed it. What reopened, was rebuilt or resumed is offered no year before the latest earlier
    year the document ties to it (by the sentence's names, or its title's when "the tunnel" names nothing)."""
    texts = {
        "tunnel.md": ("# The Arlen Tunnel\n\nThe Arlen Tunnel opened in 1971. A lorry fire closed the Arlen Tunnel in "
                      "March 1996.\n\nThe tunnel reopened to traffic in 1998.", DocMeta("The Arlen Tunnel", kind="history")),
        "opera.md": ("# The Kessel Opera House\n\nThe Kessel Opera House was built in 1874. In 1944 bombs destroyed the "
                     "Kessel Opera House.\n\nThe Kessel Opera House reopened with a performance of Fidelio in 1951.",
                     DocMeta("The Kessel Opera House", kind="history")),
        "bridge.md": ("# The Varn Bridge\n\nThe Varn Bridge was finished in 1890. A flood swept the Varn Bridge away in "
                      "1931.\n\nThe Varn Bridge was rebuilt in steel in 1934.", DocMeta("The Varn Bridge", kind="history")),
    }
    closed = {"tunnel.md": 1996, "opera.md": 1944, "bridge.md": 1931}
    again = [q for q in generate(texts) if q.kind == "when" and re.search(r"\b(?:reopen|rebuilt)\b", q.prompt)]
    assert {q.doc_key for q in again} == set(closed), [q.prompt for q in again]
    for q in again:
        assert all(y >= closed[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_what_came_out_of_a_state_is_offered_no_year_before_it_went_in() -> None:
    """"In which year did WorldCom emerge from bankruptcy protection?" offered 1995, 1999 and 2001 (judge 189) in a story
    that dates the firm's collapse in 2002. What emerged from, recovered from or was released from something is offered
    no year before the latest earlier year the document ties to it, a name with capitals inside ("NordTel") and a name
    opening the sentence included."""
    texts = {
        "tel.md": ("# A telecoms collapse\n\nThe telecoms firm NordTel was founded in 1979. An accounting fraud at NordTel "
                   "came to light in 1993, and the firm collapsed.\n\nNordTel emerged from bankruptcy protection in 1995.",
                   DocMeta("A telecoms collapse", kind="history")),
        "fever.md": ("# Anton Reger\n\nThe composer Anton Reger was born in Graz in 1841. In 1874 Anton Reger fell ill "
                     "with typhus in Trieste.\n\nAnton Reger recovered from typhus at a spa in Baden in 1877.",
                     DocMeta("Anton Reger", kind="biography")),
        "fort.md": ("# Joma Tessa\n\nThe rebel leader Joma Tessa was born in 1931. The colonial police imprisoned Joma "
                    "Tessa at Fort Karr in 1962.\n\nJoma Tessa was released from prison at Fort Karr in 1969.",
                    DocMeta("Joma Tessa", kind="biography")),
    }
    assert_asked_within(texts, r"\b(?:emerge|recover|released)\b",
                        {"tel.md": (1993, 3000), "fever.md": (1874, 3000), "fort.md": (1962, 3000)})


def test_no_option_comes_before_the_earliest_year_the_document_gives() -> None:
    """"In which year was the Civil Constitution of the Clergy adopted?" (1790) in a story of the king's flight that
    begins in October 1789 was offered 1783, 1785 and 1788 (judge 286): before the Revolution and its Assembly. Unless
    the answer is the document's earliest year, no option comes before it."""
    texts = {
        "varennes.md": ("# The king's flight\n\nFrom October 1789 Louis XVI lived in the Tuileries Palace in Paris under "
                        "guard. The National Constituent Assembly adopted the Civil Constitution of the Clergy in July "
                        "1790. The royal family left the Tuileries Palace in disguise on 20 June 1791.",
                        DocMeta("The king's flight", kind="history")),
        "riots.md": ("# The Swing Riots\n\nA wet summer ruined the harvest in southern England in 1829. Labourers in "
                     "Kent destroyed threshing machines at Lower Hardres in August 1830. A special commission tried "
                     "almost 2,000 rioters in 1831.", DocMeta("The Swing Riots", kind="history")),
        "tower.md": ("# The Eiffel Tower\n\nThe French government announced a competition for the centrepiece of a "
                     "world's fair in May 1886. Workers poured the foundations of the Eiffel Tower on the Champ de Mars "
                     "in January 1887. The lifts of the tower carried the first visitors in May 1889.",
                     DocMeta("The Eiffel Tower", kind="engineering")),
        "dam.md": ("# Building the Aswan dam\n\nBritish engineers surveyed the First Cataract of the Nile in 1894. "
                   "Workers laid the first stone of the Aswan Low Dam in 1899. Engineers raised the Aswan Low Dam by "
                   "five metres in 1912.", DocMeta("Building the Aswan dam", kind="engineering")),
    }
    first = {"varennes.md": 1789, "riots.md": 1829, "tower.md": 1886, "dam.md": 1894}
    asked = [q for q in generate(texts) if q.kind == "when" and int(q.answer) > first[q.doc_key or ""]]
    assert {q.doc_key for q in asked} == set(first), [q.prompt for q in asked]
    for q in asked:
        assert min(years(q)) >= first[q.doc_key or ""], (q.prompt, q.distractors)


def test_nothing_is_done_with_a_kind_of_thing_before_the_first_was_made() -> None:
    """"In which year did Wolfgang Ketterle's group release two separate condensates?" (1997) was offered 1990 and 1992
    (judge 284), before "the first Bose–Einstein condensate" the text has made in 1995. What the text says was first
    made in a year bounds the options of every act with that kind of thing."""
    texts = {
        "bec.md": ("# Cold atoms\n\nBose and Einstein predicted a new state of matter in 1925. On 5 June 1995 Eric "
                   "Cornell and Carl Wieman produced the first Bose–Einstein condensate at Boulder. In 1997 Wolfgang "
                   "Ketterle's group at Cambridge released two condensates of sodium atoms into one trap.",
                   DocMeta("Cold atoms", kind="science")),
        "laser.md": ("# Light amplification\n\nCharles Townes described the maser in a paper in 1954. In May 1960 "
                     "Theodore Maiman built the first laser at Hughes Research Laboratories in Malibu. In 1966 the "
                     "astronomers of the Massachusetts Institute of Technology bounced laser pulses off the Moon.",
                     DocMeta("Light amplification", kind="science")),
        "iron.md": ("# Iron over water\n\nQuakers smelted iron with coke at Coalbrookdale in 1709. In 1779 Abraham "
                    "Darby III built the first iron bridge across the River Severn. In 1786 the pamphleteer Thomas "
                    "Paine designed iron bridges for the Schuylkill River.", DocMeta("Iron over water", kind="engineering")),
        "press.md": ("# Printing in the colonies\n\nThe Puritans settled Massachusetts Bay in 1630. In 1703 Benjamin "
                     "Harris printed the first newspaper in Boston, which the governor closed after one issue. In 1705 "
                     "the postmaster John Campbell sold newspapers at the Boston post office.",
                     DocMeta("Printing in the colonies", kind="history")),
    }
    assert_asked_within(texts, r"condensates|laser pulses|iron bridges|sell newspapers",
                        {"bec.md": (1995, 3000), "laser.md": (1960, 3000), "iron.md": (1779, 3000),
                         "press.md": (1703, 3000)})


def test_an_act_in_the_last_year_of_what_it_names_gets_no_later_option() -> None:
    """"In which year did the Soviet Union itself recognise the independence of the Baltic states?" (1991) was offered
    1994, 1996 and 1999 (judge 288), when there was no Soviet Union. An act in the last year of a state, a force or
    a body the sentence names is offered no year after it; the end itself ("dissolved") may be."""
    texts = {
        "baltic.md": ("# Lithuanian independence\n\nThe Red Army occupied Lithuania in June 1940. The Soviet Union "
                      "recognised the independence of Lithuania on 6 September 1991.",
                      DocMeta("Lithuanian independence", kind="history")),
        "essen.md": ("# The Krupp works\n\nKrupp began building tanks at Essen in 1933. Allied bombers destroyed most "
                     "of the Krupp works at Essen in March 1945.", DocMeta("The Krupp works", kind="engineering")),
        "ussr.md": ("# The end of the USSR\n\nMikhail Gorbachev became general secretary in 1985. The Soviet Union "
                    "dissolved on 26 December 1991.", DocMeta("The end of the USSR", kind="history")),
    }
    asked = {q.doc_key: q for q in generate(texts) if q.kind == "when" and q.answer in ("1991", "1945")}
    assert set(asked) == {"baltic.md", "essen.md", "ussr.md"}, [q.prompt for q in asked.values()]
    assert max(years(asked["baltic.md"])) == 1991 and max(years(asked["essen.md"])) == 1945
    assert max(years(asked["ussr.md"])) > 1991  # the end asked: any year is a fair guess at it


def test_an_honour_is_offered_no_year_before_what_it_honours() -> None:
    """"In which year did William Wordsworth write a poem in Grace Darling's honour?" (1843) offered 1836 (judge 284),
    before the rescue of 1838 that made her known. An honour to someone comes after the last thing the document dates
    of them before it (their death, when it does): a life by pronoun, another person by name."""
    texts = {
        "darling.md": ("# Mary Hollis\n\nMary Hollis was an English lighthouse keeper's daughter. Mary Hollis was born "
                       "on Lundy in 1815. In September 1838 Mary Hollis rowed through a storm to rescue nine sailors. "
                       "Mary Hollis died in Bideford in 1842.\n\nThe poet William Wordsworth wrote a poem in her "
                       "honour in 1843.", DocMeta("Mary Hollis", kind="biography")),
        "crater.md": ("# Lunar craters\n\nCraters cover the Moon's surface.\n\nThe astronomer Tomas Brandt mapped the "
                      "crater Kepler in 1931. Tomas Brandt measured the depth of the crater Tycho in 1936.\n\nThe "
                      "Royal Astronomical Society struck a gold medal in honour of Tomas Brandt in 1939.",
                      DocMeta("Lunar craters", kind="science")),
        "tull.md": ("# Amos Reid\n\nAmos Reid was a footballer and soldier. Amos Reid was born in Folkestone in 1888. "
                    "Amos Reid joined Clapton Orient in 1909. Amos Reid was killed in France in 1918.\n\nThe town of "
                    "Folkestone unveiled a memorial in Amos Reid's memory in 1920.", DocMeta("Amos Reid", kind="biography")),
    }
    assert_asked_within(texts, r"honour|memory", {"darling.md": (1842, 3000), "crater.md": (1936, 3000),
                                                  "tull.md": (1918, 3000)})


def test_what_a_widow_or_a_posthumous_honour_did_is_offered_no_year_before_the_death() -> None:
    """"In which year did Jackie Robinson's widow, Rachel Robinson, found the Jackie Robinson Foundation …?" offered 1967
    and 1969 (judge 197), before he died in 1972. What a widow did, or an honour given posthumously, came after the
    death the document gives."""
    texts = {
        "robinson.md": ("# Tom Varn\n\nTom Varn was an American baseball player. Tom Varn was born in Cairo, Georgia, in "
                        "1919. Tom Varn died in Stamford in 1972.\n\nTom Varn's widow, Rachel Varn, founded the Tom Varn "
                        "Foundation in 1973.", DocMeta("Tom Varn", kind="biography")),
        "medal.md": ("# Ada Lind\n\nAda Lind was a Swedish chemist. Ada Lind was born in Lund in 1890. Ada Lind died in "
                     "Uppsala in 1950.\n\nThe Swedish Academy awarded Ada Lind the Berzelius Medal posthumously in 1952.",
                     DocMeta("Ada Lind", kind="biography")),
    }
    assert_asked_within(texts, r"widow|posthumously", {"robinson.md": (1972, 3000), "medal.md": (1950, 3000)})
    # ... and a title's Latin: "His autobiographical Opera posthuma was published … in 1697" offered 1689 and 1693,
    # before he died in 1694 (judge 226)
    latin = {
        "vanni.md": ("# Carlo Vanni\n\nCarlo Vanni was an Italian anatomist. Carlo Vanni was born in Imola in 1628. "
                     "Carlo Vanni died in Rome in 1694.\n\nCarlo Vanni's Opera posthuma was published in London in 1697.",
                     DocMeta("Carlo Vanni", kind="biography")),
    }
    assert_asked_within(latin, r"posthuma", {"vanni.md": (1694, 3000)})


def test_a_death_the_text_gives_by_name_outweighs_one_a_pronoun_gave() -> None:
    """"In which year did Heinrich Barth become an extraordinary professor of geography …?" offered 1866, 1869 and 1871
    (judge 199), after Barth died in 1865: "Exhausted by fever, he died near the lake in 1852", of his companion named
    the sentence before, gave the life a second death, and two deaths made none. Where a pronoun's year and the name's
    disagree, the name's stands."""
    texts = {
        "barth.md": ("# Karl Varn\n\nKarl Varn was a German explorer. Karl Varn was born in Hamburg in 1821.\n\nHis "
                     "companion Adolf Lode fell ill at the lake. Exhausted by fever, he died near the lake in 1852.\n\nIn "
                     "1864 Karl Varn became professor of geography at Berlin. Karl Varn died in Berlin in 1865.",
                     DocMeta("Karl Varn", kind="biography")),
        "rhind.md": ("# Ada Kell\n\nAda Kell was a Scottish botanist. Ada Kell was born in Perth in 1830.\n\nHer "
                     "assistant Mary Brill caught a fever in Ceylon. Weakened by it, she died at Kandy in 1861.\n\nIn "
                     "1868 Ada Kell became keeper of the herbarium at Edinburgh. Ada Kell died in Edinburgh in 1869.",
                     DocMeta("Ada Kell", kind="biography")),
    }
    assert_asked_within(texts, "professor|keeper", {"barth.md": (0, 1865), "rhind.md": (0, 1869)})


def generator_of(texts: dict[str, tuple[str, DocMeta]]) -> _Generator:
    """The question generator over ``texts``, for what it reads of them (life spans, names) before it asks anything."""
    corpus = text_corpus(texts)
    return _generator(corpus.canonical, corpus.passages, corpus.events, Tally())


def assert_asked_within(texts: dict[str, tuple[str, DocMeta]], asks: str, bounds: dict[str, tuple[int, int]]) -> None:
    """Every document asks a year question whose prompt matches ``asks``, and offers no year outside its bounds."""
    asked = [q for q in generate(texts) if q.kind == "when" and re.search(asks, q.prompt)]
    assert {q.doc_key for q in asked} == set(bounds), [q.prompt for q in asked]
    for q in asked:
        low, high = bounds[q.doc_key]
        assert all(low <= y <= high for y in years(q)), (q.prompt, q.distractors)


def assert_acts_end_by(texts: dict[str, tuple[str, DocMeta]], died: dict[str, int]) -> None:
    """Every document asks of an act of its life (no birth), and offers no year after the life's death."""
    acts = [q for q in generate(texts) if q.kind == "when" and " born" not in q.prompt]
    assert {q.doc_key for q in acts} == set(died), [q.prompt for q in acts]
    for q in acts:
        assert all(y <= died[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_an_act_before_the_death_year_is_not_offered_in_it() -> None:
    """"In which year did Walter Tull make his league debut against Sunderland?" (1909) offered 1918, the year he was
    killed in action (judge 265): an act the answer puts before the year of death is offered in no year from that one
    on, the death year too, whatever the month. An act of the death year itself is still offered up to it."""
    texts = {
        "marsh.md": ("# Walter Marsh\n\nWalter Marsh was an English footballer and army officer. Walter Marsh was born in "
                     "Dover in 1888.\n\nIn 1916 Walter Marsh was commissioned as an officer in the Middlesex Regiment."
                     "\n\nWalter Marsh was killed in action near Arras on 25 March 1918.",
                     DocMeta("Walter Marsh", kind="biography")),
        "vane.md": ("# Harold Vane\n\nHarold Vane was an English physicist. Harold Vane was born in Weymouth in 1887.\n\n"
                    "In 1913 Harold Vane measured the X-ray spectra of thirty-eight elements.\n\nHarold Vane was killed "
                    "at Gallipoli on 10 August 1915.", DocMeta("Harold Vane", kind="science")),
        "lorne.md": ("# Edith Lorne\n\nEdith Lorne was a Scottish explorer. Edith Lorne was born in Oban in 1860.\n\n"
                     "In 1897 Edith Lorne crossed the Kalahari Desert on foot.\n\nEdith Lorne died of fever in Zanzibar "
                     "on 2 May 1899.", DocMeta("Edith Lorne", kind="biography")),
        "hale.md": ("# Thomas Hale\n\nThomas Hale was an English poet. Thomas Hale was born in Ludlow in 1795.\n\nIn "
                    "1819 Thomas Hale published the verse romance Endor.\n\nThomas Hale died of consumption in Rome "
                    "on 23 February 1821.", DocMeta("Thomas Hale", kind="biography")),
    }
    died = {"marsh.md": 1918, "vane.md": 1915, "lorne.md": 1899, "hale.md": 1821}
    acts = [q for q in generate(texts) if q.kind == "when" and not re.search(r"\b(?:born|die|killed)\b", q.prompt)]
    assert {q.doc_key for q in acts} == set(died), [q.prompt for q in acts]
    for q in acts:
        assert all(y < died[q.doc_key] for y in years(q)), (q.prompt, q.answer, q.distractors)
    # the death itself may still be offered on either side
    deaths = [q for q in generate(texts) if q.kind == "when" and re.search(r"\b(?:die|killed)\b", q.prompt)]
    assert deaths and any(max(years(q)) > int(q.answer) for q in deaths), [(q.prompt, q.distractors) for q in deaths]


def test_a_lifes_own_name_is_a_persons_though_its_surname_is_a_common_word() -> None:
    """Judge 128: Marianne North's retirement in 1886 offered 1892 and 1895, though "Marianne North died there on 30
    August 1890": "north" is a common word, so "North" was no person's name and her death no life's. The name of the
    person a life is about is a person's; so is a full name whose given name is an English given name ("Marianne")."""
    texts = {
        "north.md": ("# Ada North\n\nAda North was an English painter of plants. She was born in Hastings in 1830.\n\n"
                     "In 1886 Ada North retired to the village of Alderley. Ada North died there on 30 August 1890.",
                     DocMeta("Ada North", kind="biography")),
        "march.md": ("# Edith March\n\nEdith March was a Welsh harpist. She was born in Conwy in 1851.\n\nIn 1902 Edith "
                     "March moved to the town of Tenby. Edith March died there on 2 May 1905.",
                     DocMeta("Edith March", kind="biography")),
    }
    assert_acts_end_by(texts, {"north.md": 1890, "march.md": 1905})


def test_a_lifes_death_dated_by_the_sentence_before_bounds_its_acts() -> None:
    """Judge 134: Chekhov's marriage of 1901 offered 1905 and 1908, though "In the early hours of 15 July 1904 his
    doctor was called. Chekhov … lay down on his side and died.": a death of the life's own person with no year is
    dated by the sentence before it in the same paragraph, when that sentence gives one year."""
    texts = {
        "orlov.md": ("# Pavel Orlov\n\nPavel Orlov was a Russian playwright. He was born in Tver in 1850.\n\nIn 1889 "
                     "Pavel Orlov moved to Yalta for his health.\n\nIn the early hours of 3 May 1893 his doctor was "
                     "called. Orlov asked for a glass of wine, lay down on his side and died.",
                     DocMeta("Pavel Orlov", kind="biography")),
        "lamb.md": ("# Edith Lamb\n\nEdith Lamb was an English novelist. She was born in Bath in 1838.\n\nIn 1871 Edith "
                    "Lamb moved to Florence with her sister.\n\nOn the evening of 9 March 1874 a fever set in. Lamb "
                    "wrote a last letter to her publisher and died before morning.", DocMeta("Edith Lamb", kind="biography")),
    }
    assert_acts_end_by(texts, {"orlov.md": 1893, "lamb.md": 1874})


def test_a_death_at_the_end_of_a_run_of_participles_bounds_the_lifes_acts() -> None:
    """Judge 127: "In which year did Sophie Scholl begin to study … at the University of Munich?" offered 1944, 1946 and
    1950, though "Arrested at the University of Munich on 18 February 1943, she was tried, sentenced and executed within
    four days". "was tried and hanged", "was tried, sentenced and executed" are a death as "was executed" is."""
    texts = {
        "vell.md": ("# Anna Vell\n\nAnna Vell was a Czech student who printed leaflets against the occupation. She was "
                    "born in Brno in 1919.\n\nIn 1938 Anna Vell began to study chemistry at Charles University in Prague. "
                    "In 1942 Vell joined a student resistance group in Prague. Arrested in Prague on 2 March 1943, she was "
                    "tried, sentenced and executed within a week.", DocMeta("Anna Vell", kind="biography")),
        "orm.md": ("# Tomas Orm\n\nTomas Orm was a Scottish Covenanter preacher. He was born in Ayr in 1641.\n\nIn 1662 "
                   "Tomas Orm was ordained at Glasgow. In 1683 Orm preached to a crowd of thousands at Lanark. Seized near "
                   "Ayr in May 1684, he was tried and hanged at Edinburgh.", DocMeta("Tomas Orm", kind="biography")),
    }
    assert_acts_end_by(texts, {"vell.md": 1943, "orm.md": 1684})


def test_a_lifes_death_told_in_a_later_clause_bounds_its_acts() -> None:
    """Judge 123: Vesalius's pilgrimage of 1564 offered 1567 and 1570, though "… he was put ashore on … Zakynthos, …
    where he died on 15 October 1564"; Van Gogh's move to Auvers in 1890 offered 1892 and 1895, though "On 27 July 1890
    he was wounded …, and he died two days later". The life's pronoun before the death in a later clause, with no one
    named before it, is the life's death, dated after the verb or, "days later", by the sentence's one year."""
    texts = {
        "brun.md": ("# Anton Brun\n\nAnton Brun was a Flemish anatomist. He was born in Ghent in 1521. In 1550 Brun moved "
                    "to Padua, where he taught surgery.\n\nIn 1561 Brun left Padua on a pilgrimage to Rome. On the voyage "
                    "home the ship ran into a storm, and he was put ashore on Corfu, where he died on 2 May 1561.",
                    DocMeta("Anton Brun", kind="biography")),
        "mey.md": ("# Clara Mey\n\nClara Mey was a Dutch painter. She was born in Leiden in 1851. In 1879 Mey moved to "
                   "Paris to study with Carolus-Duran.\n\nIn March 1883 Mey moved to the village of Barbizon. On 3 June "
                   "1883 she fell from a cliff near the village, and she died two days later.",
                   DocMeta("Clara Mey", kind="biography")),
    }
    assert_acts_end_by(texts, {"brun.md": 1561, "mey.md": 1883})


def test_a_last_journey_never_returned_from_is_the_lifes_end() -> None:
    """Judge 221: "In which year did Antoine de Saint-Exupéry take off from Borgo?" offered 1947, 1950 and 1952, though
    "On 31 July 1944 Saint-Exupéry took off from Borgo, … and never returned": a life that sets out and never returns
    (is never seen again) ends in that sentence's one year, and nothing of it is offered after."""
    texts = {
        "varga.md": ("# Pal Varga\n\nPal Varga was a Hungarian airman and writer. He was born in Pécs in 1901.\n\nIn 1931 "
                     "Varga published his first novel in Budapest. On 12 May 1942 Varga took off from Szeged, on a flight "
                     "over the river, and never returned.", DocMeta("Pal Varga", kind="biography")),
        "holt.md": ("# Edith Holt\n\nEdith Holt was an English mountaineer. She was born in Kendal in 1879.\n\nIn 1908 "
                    "Holt climbed the north face of the Eiger with her brother. In August 1913 Holt set out from Zermatt, "
                    "alone and on foot, and was never seen again.", DocMeta("Edith Holt", kind="biography")),
    }
    assert_acts_end_by(texts, {"varga.md": 1942, "holt.md": 1913})
    # a move away is no end: "left Vienna in 1848 and never returned" bounds nothing of the life after it
    moved = {"rett.md": ("# Karl Rett\n\nKarl Rett was an Austrian composer. He was born in Linz in 1811.\n\nIn 1840 "
                         "Rett left Vienna and never returned. In 1862 Rett wrote his third symphony in Zurich.",
                         DocMeta("Karl Rett", kind="biography"))}
    assert not any(kinds.get("died") for kinds in generator_of(moved)._life_spans("rett.md").values())


def test_a_parents_death_under_a_name_with_a_particle_is_the_parents() -> None:
    """Judge 221's life of Antoine de Saint-Exupéry: "His father, Jean, died in 1904, and Antoine spent much of his
    childhood …", its "His" resolved to "Antoine de Saint-Exupéry's", gave "Antoine" a death in 1904: the owner's run
    stopped at "de". An owner's name with a particle or a hyphen in it is an owner still, and the death a relative's."""
    texts = {
        "montclair.md": ("# Louis de Montclair-Vigny\n\nLouis de Montclair-Vigny was a French aviator. He was born in Lyon "
                         "in 1900. His father, Henri, died in 1904, and Louis spent his childhood near Lyon.\n\nIn 1921 "
                         "Louis de Montclair-Vigny learned to fly in Strasbourg. Louis de Montclair-Vigny died in 1950.",
                         DocMeta("Louis de Montclair-Vigny", kind="biography")),
        "dalen.md": ("# Maria van Dalen\n\nMaria van Dalen was a Dutch botanist. She was born in Delft in 1870. Her "
                     "mother, Anna, died in 1879, and Maria was raised by an aunt.\n\nIn 1899 Maria van Dalen described "
                     "a new orchid. Maria van Dalen died in 1931.", DocMeta("Maria van Dalen", kind="biography")),
    }
    generator = generator_of(texts)
    for doc_key, died in (("montclair.md", 1950), ("dalen.md", 1931)):
        deaths = {kinds["died"][0] for kinds in generator._life_spans(doc_key).values() if "died" in kinds}
        assert deaths == {died}, (doc_key, generator._life_spans(doc_key))


def test_a_craft_named_after_a_person_keeps_its_name_and_its_years() -> None:
    """Judge 226's "Galileo: The First Spacecraft to Orbit Jupiter" asked "did Galileo Galilei pass Venus?": the text
    says the mission "was named after the Italian astronomer Galileo Galilei", and the bare "Galileo" was put in full as
    him. The name the title gives a thing named after a person is the thing's, and with the kind its subtitle says ("the
    Galileo spacecraft"); and nothing it did is offered before it was launched or after it was destroyed."""
    texts = {
        "galileo.md": ("# Galileo: The First Spacecraft to Orbit Jupiter\n\nThe mission was named after the Italian "
                       "astronomer Galileo Galilei, who found four moons of Jupiter in 1610.\n\nGalileo was finally "
                       "launched on 18 October 1989 aboard the Space Shuttle Atlantis. Galileo passed Venus on 10 "
                       "February 1990 on its way to Jupiter. In December 1995 Galileo released a probe into the "
                       "atmosphere of Jupiter. On 21 September 2003 Galileo entered the atmosphere of Jupiter and was "
                       "destroyed.", DocMeta("Galileo: The First Spacecraft to Orbit Jupiter", kind="science")),
        "ulysses.md": ("# Ulysses: The Ship That Crossed the Pacific\n\nThe ship was named for the Greek hero Ulysses "
                       "Grant, a distant cousin of its builder Ulysses Marsh, in 1851.\n\nUlysses was launched at "
                       "Bristol on 2 May 1852. Ulysses reached Sydney on 14 March 1853 with 300 passengers. Ulysses "
                       "carried troops from Sydney to New Zealand in 1862. In 1863 Ulysses was broken up at Liverpool.",
                       DocMeta("Ulysses: The Ship That Crossed the Pacific", kind="history")),
    }
    asked = [q for q in generate(texts) if q.kind == "when" and q.prompt.split()[-1] != "launched?"]
    assert {q.doc_key for q in asked} == {"galileo.md", "ulysses.md"}, [q.prompt for q in asked]
    assert not [q.prompt for q in asked if "Galilei" in q.prompt or "Ulysses Grant" in q.prompt or "Marsh" in q.prompt]
    assert any("did the Galileo spacecraft" in q.prompt for q in asked), [q.prompt for q in asked]
    bounds = {"galileo.md": (1989, 2003), "ulysses.md": (1852, 1863)}
    for q in asked:
        low, high = bounds[q.doc_key]
        if low < int(q.answer) < high:
            assert all(low <= y <= high for y in years(q)), (q.prompt, q.distractors)


def test_a_ship_sunk_in_a_relative_clause_bounds_its_acts() -> None:
    """"Essex was an American whaling ship …, that was rammed and sunk by a sperm whale … on 20 November 1820" (judge 332
    was offered 1823 to 1829 for the crew's rescue): the end of a craft said in a relative clause after its name, or with
    another verb before it ("rammed and sunk"), bounds what it did as "was sunk" alone does."""
    texts = {
        "varn.md": ("# The Varn\n\nThe Varn was an American whaling ship from Nantucket, that was rammed and sunk by a "
                    "sperm whale in the Pacific Ocean on 20 November 1820.\n\nThe Varn sailed from Nantucket in 1799. In "
                    "March 1820 the Varn landed a record cargo of whale oil at Valparaiso.", DocMeta("The Varn", kind="history")),
        "kell.md": ("# The Kell\n\nThe Kell was a Norwegian sealer from Tromsø, which was crushed and sunk by pack "
                    "ice in the White Sea in October 1911.\n\nThe Kell sailed from Tromsø in 1890. In May 1911 the Kell "
                    "landed a record catch of seal skins at Hammerfest.", DocMeta("The Kell", kind="history")),
    }
    assert_asked_within(texts, "whale oil|seal skins", {"varn.md": (0, 1820), "kell.md": (0, 1911)})


def test_a_title_that_gives_a_ships_kind_in_brackets_names_it_with_its_kind() -> None:
    """"In which year did Essex round Cape Horn?" (judge 332): the document, titled "Essex (whaleship)", calls the ship
    "Essex" bare, and a frigate of that name rounded the Horn too. A title that gives the kind in brackets, as an
    encyclopaedia does, names the bare ship with its kind; a longer name ("Varn Whaling Company") is left as it is."""
    texts = {
        "varn.md": ("# Varn (whaleship)\n\nVarn was an American whaling ship from Nantucket.\n\nIn 1819 Varn rounded "
                    "Cape Horn and worked the whaling grounds off Chile. In 1830 Varn Whaling Company paid its last dividend.",
                    DocMeta("Varn (whaleship)", kind="history")),
        "kell.md": ("# Kell (schooner)\n\nKell was a Canadian fishing schooner.\n\nIn 1921 Kell won the International "
                    "Fishermen's Trophy off Halifax.", DocMeta("Kell (schooner)", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts) if q.kind == "when")
    assert "did the whaleship Varn round Cape Horn" in prompts, prompts
    assert "did the schooner Kell win the International Fishermen's Trophy" in prompts, prompts
    assert "whaleship Varn Whaling Company" not in prompts, prompts


def test_a_death_the_sentence_puts_in_the_answers_year_ends_the_options() -> None:
    """"Darwin moved in 1802 to Breadsall Priory, …, where he died on 18 April of that year" (judge 334 was offered 1804 to
    1811 for the move): a death the same sentence dates by the answer's year ("of that year", "the next day") leaves no
    option after it."""
    texts = {
        "kell.md": ("# Tom Kell\n\nTom Kell was an English poet and physician.\n\nIn 1737 Tom Kell moved to Lode House "
                    "near York, where he died on 18 April of that year.", DocMeta("Tom Kell", kind="biography")),
        "moss.md": ("# Ida Moss\n\nIda Moss was an English poet and physician.\n\nIn 1848 Ida Moss moved to Varn Grange "
                    "near Hull, where she died on 18 April of that year.", DocMeta("Ida Moss", kind="biography")),
    }
    assert_asked_within(texts, "Lode House|Varn Grange", {"kell.md": (0, 1737), "moss.md": (0, 1848)})


def test_no_act_of_a_ruler_is_offered_after_his_rule_ended() -> None:
    """"In which year did the Ugandan dictator Idi Amin invade the Kagera region …?" (1978) offered 1982 and 1985 (judge
    230), though "on 11 April 1979 its troops … captured Kampala, ending Amin's rule". An act of a person whose rule the
    text ends ("ending X's rule", "X was overthrown") is offered no year after that end."""
    texts = {
        "norland.md": ("# Jon Harka\n\nJon Harka was the first president of Norland.\n\nIn 1961 Jon Harka founded the "
                       "Norland Labour Party. In October 1978 the Lode dictator Piet Varo invaded the Kessel region of "
                       "Norland. On 2 April 1979 Norland's troops captured Lode city, ending Varo's rule.",
                       DocMeta("Jon Harka", kind="biography")),
        "tarsa.md": ("# Ana Reyes\n\nAna Reyes was a Tarsan journalist.\n\nIn 1961 Ana Reyes founded the newspaper El "
                     "Dia. In 1966 General Ruiz Mora expelled Ana Reyes from Tarsa. In 1969 Mora was "
                     "overthrown by a group of young officers.", DocMeta("Ana Reyes", kind="biography")),
    }
    assert_asked_within(texts, r"invade|expel", {"norland.md": (0, 1979), "tarsa.md": (0, 1969)})
    # ... but a fall under a surname two people of the text bear is neither's: "After Perón was overthrown in September
    # 1955" (Juan's) took the options, and the question, from Eva Perón's death in 1952 (judge 233)
    spouse = {"varo.md": ("# Ana Varo\n\nAna Varo was the wife of the Lode president Juan Varo. She was born in Tesk in "
                          "1919.\n\nIn 1946 Ana Varo founded the Varo Foundation. Ana Varo died in Lode in 1952. After Varo "
                          "was overthrown in 1955, the army closed the Varo Foundation.", DocMeta("Ana Varo", kind="biography"))}
    generator = generator_of(spouse)
    death = next(sent for sent in generator._sentences_of("varo.md") if "died" in sent.text)
    assert generator._end_ceiling(death, 1952) is None


def test_a_seat_held_on_after_an_election_is_offered_no_later_year() -> None:
    """"In which year was Joseph Paxton elected … member of Parliament for Coventry?" offered 1859 (judge 232), though "In
    1854 he was elected Liberal member of Parliament for Coventry, a seat he held until his death": a seat held on is won
    again at every later election, so an election to it is offered no year after the answer."""
    texts = {
        "ash.md": ("# Tom Ash\n\nTom Ash was an English gardener and architect. He was born in Bedford in 1803.\n\nIn "
                   "1854 Tom Ash was elected Liberal member of Parliament for Lode, a seat he held until his death.\n\n"
                   "Tom Ash died in 1870.", DocMeta("Tom Ash", kind="biography")),
        "vine.md": ("# Ada Vine\n\nAda Vine was a Welsh politician. She was born in Conwy in 1901.\n\nIn 1945 Ada Vine was "
                    "elected member of Parliament for Bangor, a seat she held for twenty years.\n\nAda Vine died in "
                    "1977.", DocMeta("Ada Vine", kind="biography")),
    }
    assert_asked_within(texts, r"elected", {"ash.md": (0, 1854), "vine.md": (0, 1945)})


def test_a_lifes_end_told_after_before_bounds_its_acts() -> None:
    """Judge 235: Kingsford Smith's acts of 1930 and 1935 were offered 1937 to 1943, though "… a string of record-breaking
    journeys …, before he vanished over the Andaman Sea in 1935": the life's pronoun after "before" or "until" in a later
    clause is the life's end too."""
    texts = {
        "ross.md": ("# Ed Ross\n\nEd Ross was an Australian aviator. He was born in Hobart in 1897.\n\nIn 1933 Ed Ross "
                    "flew across the Tasman Sea. In the years after that he made record flights, before he vanished over the "
                    "Timor Sea in 1934.", DocMeta("Ed Ross", kind="biography")),
        "lane.md": ("# Ada Lane\n\nAda Lane was a Canadian nurse. She was born in Halifax in 1870.\n\nIn 1902 Ada Lane "
                    "opened a clinic in Yukon. She worked in the north for a year, until she died of typhoid in 1903.",
                    DocMeta("Ada Lane", kind="biography")),
    }
    died = {"ross.md": 1934, "lane.md": 1903}
    generator = generator_of(texts)
    assert {doc_key: generator._life_spans(doc_key)[surname].get("died", (None,))[0]
            for doc_key, surname in (("ross.md", "Ross"), ("lane.md", "Lane"))} == died
    acts = [q for q in generate(texts) if q.kind == "when" and not re.search(r" born|died|vanished", q.prompt)]
    assert {q.doc_key for q in acts} == set(died), [q.prompt for q in acts]
    for q in acts:  # the end asked may be offered any year
        assert all(y <= died[q.doc_key] for y in years(q)), (q.prompt, q.distractors)


def test_the_forces_of_one_war_bound_the_years_of_what_was_done_in_them() -> None:
    """"In which year did Charles Kingsford Smith transfer to the Royal Flying Corps?" offered 1920 to 1926, and his
    enlisting in the Australian Imperial Force 1913 (judge 235): the Royal Flying Corps was formed in 1912 and merged
    into the RAF in 1918; the (first) Australian Imperial Force was raised in 1914."""
    texts = {
        "ross.md": ("# Ed Ross\n\nEd Ross was an Australian aviator. He was born in Hobart in 1890.\n\nIn 1916 Ed Ross "
                    "transferred to the Royal Flying Corps.", DocMeta("Ed Ross", kind="biography")),
        "dunn.md": ("# Tom Dunn\n\nTom Dunn was an Australian surveyor. He was born in Perth in 1893.\n\nIn 1916 Tom Dunn "
                    "enlisted in the Australian Imperial Force.", DocMeta("Tom Dunn", kind="biography")),
    }
    bounds = {"ross.md": (1912, 1918), "dunn.md": (1914, 1921)}
    # a window this narrow often leaves too few years, and then no question: never one outside it
    for q in generate(texts):
        if q.kind == "when" and re.search(r"Royal Flying Corps|Imperial Force", q.prompt):
            low, high = bounds[q.doc_key]
            assert all(low <= y <= high for y in years(q)), (q.prompt, q.distractors)


def test_a_parent_named_by_the_lifes_middle_name_and_surname_is_the_parent() -> None:
    """Judge 240: "In which year did Noor Inayat Khan join the Women's Auxiliary Air Force?" offered 1945 and 1947, after
    "She was executed at Dachau in 1944": "When Inayat Khan died in India in 1927" (her father) gave the surname a
    second death written by name, which won. The life's middle name and surname without her own given name are another
    person's name; "Noor-un-Nisa Inayat Khan was born …" is still hers."""
    texts = {
        "zara.md": ("# Zara Amal Rahim\n\nZara Amal Rahim was a British agent of Indian descent. Zara-un-Nisa Amal Rahim was "
                    "born in Moscow in 1914.\n\nWhen Amal Rahim died in India in 1927, Zara took on the care of her brothers. "
                    "In 1940 Zara Amal Rahim joined the air force. She was executed at Dachau in 1944.",
                    DocMeta("Zara Amal Rahim", kind="biography")),
    }
    spans = generator_of(texts)._life_spans("zara.md")
    assert spans["Rahim"] == {"born": (1914, spans["Rahim"]["born"][1]), "died": (1944, spans["Rahim"]["died"][1])}


def test_a_death_joined_to_the_lifes_pronoun_by_and_is_the_lifes() -> None:
    """Judge 243: "In which year did Charles Stewart Parnell marry Katharine O'Shea …?" (1891) offered 1893 to 1899,
    though "Exhausted by a punishing campaign in Ireland, he fell ill after speaking in the rain at Creggs, …, and died
    at their home in Hove … on 6 October 1891": the life's pronoun, then a clause joined by "and" to "died", is the
    life's death; a person named in between ("he met Gladstone, and died") leaves it."""
    texts = {
        "varn.md": ("# Tom Varn\n\nTom Varn was an Irish politician. He was born in Avondale in 1846.\n\nIn 1880 Tom Varn "
                    "led the Land League. Exhausted by a long campaign in Ireland, he fell ill after speaking in the rain "
                    "at Creggs, and died at his home in Hove on 6 October 1891, aged 45.", DocMeta("Tom Varn", kind="biography")),
        "lind.md": ("# Ada Lind\n\nAda Lind was a Swedish chemist. She was born in Lund in 1890.\n\nIn 1921 Ada Lind "
                    "opened a laboratory in Uppsala. She met the chemist Karl Berg in Stockholm, and died there in 1950.",
                    DocMeta("Ada Lind", kind="biography")),
    }
    generator = generator_of(texts)
    assert generator._life_spans("varn.md")["Varn"].get("died", (None,))[0] == 1891
    assert "died" not in generator._life_spans("lind.md").get("Lind", {})


def test_a_hyphened_surname_alone_names_the_life_whose_death_bounds_it() -> None:
    """"In which year did Amrita Sher-Gil and Victor Egan move to Lahore?" (1941) offered 1943, 1946 and 1948 (judge 245),
    though "She died in Lahore on 5 December 1941": the sentence said "Sher-Gil", and the spans kept her death under
    "Amrita". A sentence naming the life's hyphened surname names the life."""
    texts = {
        "kerr.md": ("# Ada Kerr-Lind\n\nAda Kerr-Lind was a Scottish painter. She was born in Perth in 1913.\n\nIn 1932 "
                    "Ada Kerr-Lind studied in Paris. In 1940 Kerr-Lind and Tom Egan moved to Lahore. She died in Lahore in "
                    "December 1941.", DocMeta("Ada Kerr-Lind", kind="biography")),
    }
    for q in generate(texts):
        if q.kind == "when" and "move to Lahore" in q.prompt:
            assert all(y <= 1941 for y in years(q)), (q.prompt, q.distractors)
    generator = generator_of(texts)
    move = next(sent for sent in generator._sentences_of("kerr.md") if "moved" in sent.text)
    assert generator._life_window(move, 1940, (0, 0))[1] == 1940  # an act of 1940: up to the year before her death


def test_a_lifes_death_told_after_a_fronted_phrase_bounds_its_acts() -> None:
    """"In which year did the University of Cambridge award Pyotr Ilyich Tchaikovsky an honorary doctorate?" offered
    1896, 1899 and 1901 (judge 119): "Nine days later, on 6 November 1893, he died in the city" is the life's death,
    its pronoun after a fronted phrase, and no act of his is offered after it."""
    texts = {
        "tchaikovsky.md": ("# Pyotr Ilyich Tchaikovsky\n\nPyotr Ilyich Tchaikovsky was a Russian composer. He was born "
                           "in Votkinsk in 1840.\n\nIn June 1893 the University of Cambridge awarded Pyotr Ilyich "
                           "Tchaikovsky an honorary doctorate of music.\n\nHe conducted his Sixth Symphony in October. "
                           "Nine days later, on 6 November 1893, he died in the city at the age of 53.",
                           DocMeta("Pyotr Ilyich Tchaikovsky", kind="biography")),
    }
    corpus = text_corpus(texts)
    spans = _generator(corpus.canonical, corpus.passages, corpus.events, Tally())._life_spans("tchaikovsky.md")
    assert spans.get("Tchaikovsky", {}).get("died", (None,))[0] == 1893, spans
    asked = [q for q in generate(texts) if q.kind == "when" and "Cambridge" in q.prompt]
    assert asked, [q.prompt for q in generate(texts)]
    assert all(int(y) <= 1893 for q in asked for y in q.distractors), [(q.prompt, q.distractors) for q in asked]


def test_the_learned_societies_bound_the_options() -> None:
    """"In which year was Johannes Hevelius elected a Fellow of the Royal Society of London?" offered 1657 (judge 143),
    three years before the society was founded in 1660."""
    texts = {
        "roth.md": ("# Jan Roth\n\nJan Roth was a Danzig astronomer. He was born in Danzig in 1611.\n\nIn 1664 Jan Roth "
                    "was elected a Fellow of the Royal Society of London.", DocMeta("Jan Roth", kind="biography")),
        "marl.md": ("# Ada Marl\n\nAda Marl was an English chemist. She was born in Leeds in 1640.\n\nIn 1662 Ada Marl "
                    "sent a paper on saltpetre to the Royal Society.", DocMeta("Ada Marl", kind="biography")),
    }
    assert_asked_within(texts, "Royal Society", {"roth.md": (1660, 3000), "marl.md": (1660, 3000)})


def test_an_act_done_young_is_not_offered_in_early_childhood() -> None:
    """"In which year did Stanislao Cannizzaro enter the University of Palermo to study medicine?" (1841) offered 1832
    and 1834, when he was six and eight (judge 142): an act the answer puts before the grown age is offered no more
    than YOUTH_SLACK years younger than it."""
    from bot.corpus.questions import YOUTH_SLACK

    texts = {
        "cann.md": ("# Ugo Vanni\n\nUgo Vanni was an Italian chemist. He was born in Palermo in 1826.\n\nIn 1841 Ugo Vanni "
                    "entered the University of Palermo to study medicine.", DocMeta("Ugo Vanni", kind="biography")),
        "tch.md": ("# Ivan Lode\n\nIvan Lode was a Russian composer. He was born in Votkinsk in 1840.\n\nIn 1850 Ivan Lode "
                   "was sent to the School of Jurisprudence in St Petersburg.", DocMeta("Ivan Lode", kind="biography")),
        "wed.md": ("# Tom Wedd\n\nTom Wedd was an English potter. He was born in Burslem in 1730.\n\nIn 1744 Tom Wedd was "
                   "apprenticed to his brother at the Churchyard pottery.", DocMeta("Tom Wedd", kind="biography")),
    }
    age = {"cann.md": (1826, 15), "tch.md": (1840, 10), "wed.md": (1730, 14)}
    assert_asked_within(texts, r"entered|enter|sent|apprenticed",
                        {k: (born + at - YOUTH_SLACK, 3000) for k, (born, at) in age.items()})


def test_a_relatives_death_under_the_lifes_surname_is_the_relatives() -> None:
    """Charlotte Brontë's marriage of 1854 offered 1857 and 1859, though "She died on 31 March 1855" (judge 145): "Maria
    Brontë died of cancer on 15 September 1821", her mother's death, gave the surname a second death and neither bound
    her acts. A death of another bearer of the life's surname, named by another given name, or of "his brother" or "her
    sister", is theirs; a longer birth name holding the life's given name ("Johann Ludwig Heinrich Julius Schliemann")
    is the life's own."""
    texts = {
        "kerr.md": ("# Ada Kerr\n\nAda Kerr was an English novelist. She was born in Thornton in 1816. Maria Kerr died of "
                    "cancer on 15 September 1821.\n\nIn 1854 Ada Kerr married Arthur Bell Nolan at Haworth. She died on "
                    "31 March 1855.", DocMeta("Ada Kerr", kind="biography")),
        "lugg.md": ("# Tom Lugg\n\nTom Lugg was a Welsh painter. He was born in Conwy in 1840. In 1851 Tom Lugg went to "
                    "Liverpool, where his brother Owen had died in a fever.\n\nIn 1872 Tom Lugg married Ann Wynn in "
                    "Bangor. Tom Lugg died in Conwy in 1874.", DocMeta("Tom Lugg", kind="biography")),
        "varn.md": ("# Karl Varn\n\nJohann Ludwig Karl August Varn was born on 6 January 1822 in Neubukow, the son of a "
                    "pastor, Ernst Varn. Ernst Varn died in 1849.\n\nIn 1841 Karl Varn signed on as a cabin boy on a ship "
                    "bound for Venezuela.", DocMeta("Karl Varn", kind="biography")),
    }
    # the run of names nearest the verb says whose death it is, though the life's own name came first (judge 175: "Walter
    # Tull's mother died of cancer in 1895, and his father married again, but Daniel Tull himself died … in 1897")
    texts["hale.md"] = ("# Tom Hale\n\nTom Hale was an English footballer. He was born in Folkestone in 1888. Tom Hale's "
                        "mother died of cancer in 1895, and his father married again, but Daniel Hale himself died of heart "
                        "disease in 1897.\n\nIn 1917 Tom Hale married Ann Wynn in Dover. Tom Hale was killed in France in "
                        "March 1918.", DocMeta("Tom Hale", kind="biography"))
    gen = generator_of(texts)
    life = {"kerr.md": ("Kerr", {"born": 1816, "died": 1855}), "lugg.md": ("Lugg", {"born": 1840, "died": 1874}),
            "varn.md": ("Varn", {"born": 1822}), "hale.md": ("Hale", {"born": 1888, "died": 1918})}
    for doc_key, (surname, years) in life.items():
        spans = gen._life_spans(doc_key)
        assert {kind: when for kind, (when, _) in spans.get(surname, {}).items()} == years, (doc_key, spans)
    assert_asked_within(texts, "marr", {"kerr.md": (1816, 1855), "lugg.md": (1840, 1874), "hale.md": (1888, 1918)})


def test_the_national_fascist_party_bounds_the_options() -> None:
    """"In which year did Guglielmo Marconi join the National Fascist Party?" offered 1914, 1916 and 1920 (judge 145):
    the party was founded in 1921 and dissolved in 1943."""
    texts = {
        "rossi.md": ("# Ugo Rossi\n\nUgo Rossi was an Italian engineer. He was born in Bologna in 1874.\n\nIn 1923 Ugo Rossi "
                     "joined the National Fascist Party in Rome.", DocMeta("Ugo Rossi", kind="biography")),
        "bruni.md": ("# Lea Bruni\n\nLea Bruni was an Italian aviator. She was born in Turin in 1895.\n\nIn 1926 Lea Bruni "
                     "joined the National Fascist Party in Turin.", DocMeta("Lea Bruni", kind="biography")),
    }
    assert_asked_within(texts, "Fascist", {"rossi.md": (1921, 1943), "bruni.md": (1921, 1943)})


def test_a_firm_or_a_league_of_the_news_is_offered_only_after_it_began() -> None:
    """"In which year did DaimlerChrysler decide not to pump in any more money?" offered 1996 (judge 171), before the
    merger of 1998: the firms, services and leagues news stories name are offered only in the years they existed."""
    texts = {
        "cars.txt": ("Carmaker cuts stake\n\nIn 2004 DaimlerChrysler sold its stake in the Kessel truck maker Varn.",
                     DocMeta("Carmaker cuts stake", kind="history")),
        "phone.txt": ("Net calls grow\n\nIn 2004 Skype signed a deal with the Varn telephone company in Luxembourg.",
                      DocMeta("Net calls grow", kind="history")),
        "league.txt": ("Club sold\n\nIn 1994 Kessel United was fined by the Premier League for fielding Tom Varn.",
                       DocMeta("Club sold", kind="history")),
        # "In which year did Jef Raskin join Apple as employee number 31?" offered 1970, 1972 and 1975 (judge 192)
        "apple.txt": ("Mac pioneer honoured\n\nIn 1978 Tom Varn joined Apple as head of publications.",
                      DocMeta("Mac pioneer honoured", kind="history")),
        "search.txt": ("Search deal\n\nIn 2001 Google signed a deal with the Kessel portal Varn.",
                       DocMeta("Search deal", kind="history")),
        # ... and flying: "did Harriet Quimby pass her test [for a pilot's licence]?" offered 1902 (judge 181)
        "pilot.txt": ("Air race\n\nIn 1906 Ada Varn won the Kessel aviation prize at Belmont Park.",
                      DocMeta("Air race", kind="history")),
    }
    assert_asked_within(texts, "DaimlerChrysler|Skype|Premier League|aviation|Apple|Google",
                        {"cars.txt": (1998, 2007), "phone.txt": (2003, 3000), "league.txt": (1992, 3000),
                         "pilot.txt": (1903, 3000), "apple.txt": (1976, 3000), "search.txt": (1998, 3000)})


def test_a_year_someone_went_back_there_is_no_option_for_going_there() -> None:
    """"In which year did Charlotte Brontë go to Roe Head School at Mirfield?" offered 1835 (judge 145), when, the next
    sentence says, "She returned there as a teacher from 1835 to 1838": a sentence that goes back to where the one
    before took someone ties its years to that place too."""
    texts = {
        "kerr.md": ("# Ada Kerr\n\nAda Kerr was an English novelist. She was born in Thornton in 1816.\n\nIn 1831 Ada Kerr "
                    "went to Lowood School at Mirfield, where she met her friend Ellen Nussey. She returned there as a "
                    "teacher from 1834 to 1838 and later worked as a governess.", DocMeta("Ada Kerr", kind="biography")),
        "lugg.md": ("# Tom Lugg\n\nTom Lugg was a Welsh painter. He was born in Conwy in 1805.\n\nIn 1829 Tom Lugg went to "
                    "the Academy School at Dresden, where he studied under Caspar Friedrich. He went back there as a "
                    "master in 1832 and stayed until 1836.", DocMeta("Tom Lugg", kind="biography")),
    }
    went = [q for q in generate(texts) if q.kind == "when" and " go to " in q.prompt]
    assert {q.doc_key for q in went} == set(texts), [q.prompt for q in generate(texts)]
    back = {"kerr.md": {1834, 1838}, "lugg.md": {1832, 1836}}
    for q in went:
        assert not back[q.doc_key] & set(years(q)), (q.prompt, q.distractors)


def test_indias_civil_honours_bound_the_options() -> None:
    """"In which year did the Government of India award Janaki Ammal the Padma Shri?" offered 1950 and 1952 (judge 147):
    the Padma awards and the Bharat Ratna were instituted in 1954."""
    texts = {
        "rao.md": ("# Lata Rao\n\nLata Rao was an Indian botanist. She was born in Madras in 1897.\n\nIn 1957 the Government "
                   "of India awarded Lata Rao the Padma Shri.", DocMeta("Lata Rao", kind="biography")),
        "nath.md": ("# Ravi Nath\n\nRavi Nath was an Indian mountaineer. He was born in Darjeeling in 1914.\n\nIn 1956 the "
                    "Indian government awarded Ravi Nath the Padma Bhushan.", DocMeta("Ravi Nath", kind="biography")),
    }
    assert_asked_within(texts, "Padma", {"rao.md": (1954, 3000), "nath.md": (1954, 3000)})


def test_a_subject_dated_by_a_later_span_and_a_president_named_bare_bound_the_options() -> None:
    """"The Aroostook War: In which year did Martin Van Buren send Winfield Scott to Maine?" (1839) offered 1830, 1832
    and 1836 (judge 294): the text dates its subject in its second sentence ("It reached its height in the winter of
    1838–1839") and calls him "President Martin Van Buren" in another. A span in the first dated sentence after the
    opening dates the subject, and a president the text titles elsewhere keeps his term when named alone."""
    texts = {
        "border.md": ("# The Lode War\n\nThe Lode War was a quarrel between Maine and New Brunswick over a forest border. "
                      "It reached its height in the winter of 1838–1839. The lumbermen of Maine cut timber in the "
                      "Aroostook valley in 1836. The governor of Maine sent militia to the Aroostook River in 1839.",
                      DocMeta("The Lode War", kind="history")),
        "bank.md": ("# The Bank War\n\nThe Second Bank of the United States was chartered by Congress in 1816. President "
                    "Andrew Jackson distrusted paper money. Andrew Jackson vetoed the recharter of the Second Bank of the "
                    "United States in July 1832. Nicholas Biddle moved the bank's funds to Philadelphia in 1826.",
                    DocMeta("The Bank War", kind="politics")),
    }
    assert_asked_within(texts, "cut timber|veto the recharter", {"border.md": (0, 1837), "bank.md": (1829, 1837)})
    assert_asked_within(texts, "send militia", {"border.md": (1838, 3000)})


def test_the_heritage_registers_bound_the_options() -> None:
    """"In which year was the Eads Bridge designated a National Historic Landmark?" (1964) offered 1956 and 1958 (judge
    292): the first National Historic Landmarks were named in 1960, the first World Heritage Sites listed in 1978."""
    texts = {
        "bridge.md": ("# The Varn Bridge\n\nThe Varn Bridge is a steel arch bridge over the Kessel River. The engineer Ada "
                      "Lind completed the Varn Bridge in 1874. The Varn Bridge was designated a National Historic "
                      "Landmark in 1963.", DocMeta("The Varn Bridge", kind="engineering")),
        "reef.md": ("# The Lode Reef\n\nThe Lode Reef is a coral reef off the coast of Belize. The diver Tomas Brandt "
                    "mapped the Lode Reef in 1961. UNESCO inscribed the Lode Reef on the World Heritage List in 1980.",
                    DocMeta("The Lode Reef", kind="science")),
    }
    assert_asked_within(texts, "Landmark|World Heritage", {"bridge.md": (1960, 3000), "reef.md": (1978, 3000)})


def test_a_us_presidents_term_bounds_the_options() -> None:
    """"In which year did Dwight D. Eisenhower appoint Marian Anderson a delegate to the United Nations?" offered 1962 and
    1966 (judge 151), after his term ended in January 1961: an act of "President …" is offered in that president's term
    only (a general's act is not bound)."""
    texts = {
        "lind.md": ("# Ada Lind\n\nAda Lind was an American singer. She was born in Philadelphia in 1897.\n\nIn 1956 "
                    "President Dwight D. Eisenhower appointed Ada Lind a delegate to the Kessel Commission.",
                    DocMeta("Ada Lind", kind="biography")),
        "rowe.md": ("# Tom Rowe\n\nTom Rowe was an American engineer. He was born in Ohio in 1901.\n\nIn 1943 President "
                    "Franklin D. Roosevelt awarded Tom Rowe the Varn Medal at the White House.",
                    DocMeta("Tom Rowe", kind="biography")),
    }
    assert_asked_within(texts, "appoint|award", {"lind.md": (1953, 1961), "rowe.md": (1933, 1945)})


def test_what_came_after_a_subjects_span_is_not_offered_during_it() -> None:
    """"The Berlin Wall: In which year was Germany reunified?" (1990) offered 1982, 1986 and 1988, while the wall stood
    (a read of the test documents): a document whose title spans its subject's years offers an aftermath's act no
    year before the span ends, as it offers what led up to the subject none after it begins."""
    texts = {
        "famine.md": ("# The Lode Famine, 1845–1852\n\nThe Lode Famine was a period of mass starvation in Lode between "
                      "1845 and 1852.\n\nIn 1854 the Varn Relief Society closed its last soup kitchen in Kessel.",
                      DocMeta("The Lode Famine, 1845–1852", kind="history")),
        "strike.md": ("# The Lode Coal Strike, 1910 to 1912\n\nThe Lode Coal Strike was a stoppage in the pits of Lode "
                      "between 1910 and 1912.\n\nIn 1914 the Lode Miners' Union opened a hospital at Kessel.",
                      DocMeta("The Lode Coal Strike, 1910 to 1912", kind="history")),
        "wall.md": ("# The Kessel Wall, 1961 to 1989\n\nThe Kessel Wall divided the city of Kessel from 1961 to 1989.\n\n"
                    "In 1990 East Germany and West Germany were reunified in Berlin.",
                    DocMeta("The Kessel Wall, 1961 to 1989", kind="history")),
    }
    assert_asked_within(texts, "soup kitchen|hospital|reunified", {"famine.md": (1852, 1900), "strike.md": (1912, 1960),
                                                                     "wall.md": (1989, 2030)})


def test_other_states_presidents_terms_bound_the_options_too() -> None:
    """"In which year did Boris Yeltsin of Russia sign a decree rehabilitating the participants in the Kronstadt
    rebellion?" (1994) offered 2000, after he resigned on the last day of 1999 (judge 266): the presidents of other
    states with one unbroken tenure bound their acts as the American ones do."""
    texts = {
        "kessel.md": ("# The Kessel rebellion\n\nThe Kessel rebellion broke out among the sailors of the Baltic Fleet in "
                      "1921.\n\nOn 10 January 1994 President Boris Yeltsin of Russia signed a decree rehabilitating the "
                      "participants in the Kessel rebellion.", DocMeta("The Kessel rebellion", kind="history")),
        "verdun.md": ("# The Varn memorial\n\nThe Varn memorial stands above the Meuse near Verdun.\n\nIn 1984 President "
                      "François Mitterrand and Chancellor Helmut Kohl laid a wreath at the Varn memorial.",
                      DocMeta("The Varn memorial", kind="history")),
        "lode.md": ("# Anna Lode\n\nAnna Lode was a French lawyer. She was born in Lyon in 1931.\n\nIn 1999 President "
                    "Jacques Chirac awarded Anna Lode the Varn Medal at the Élysée Palace.",
                    DocMeta("Anna Lode", kind="biography")),
    }
    assert_asked_within(texts, "decree|wreath|award", {"kessel.md": (1991, 1999), "verdun.md": (1981, 1995),
                                                        "lode.md": (1995, 2007)})


def test_a_presidents_term_bounds_an_act_in_its_first_year_too() -> None:
    """"In which year did Pablo Casals play at the White House for John F. Kennedy?" (1961) offered 1952, 1954 and 1958
    (judge 176): a term bounds an act in its first or last year too, as a lifetime does not. Here three years of the
    term cannot be found beside the answer, so there is no question; a later act in a longer term is bounded."""
    texts = {
        "vell.md": ("# Ana Vell\n\nAna Vell was a Spanish cellist. She was born in Girona in 1890.\n\nOn 13 November 1961 "
                    "Ana Vell played at the White House for President John F. Kennedy.", DocMeta("Ana Vell", kind="biography")),
        "rowe.md": ("# Tom Rowe\n\nTom Rowe was an American engineer. He was born in Ohio in 1921.\n\nIn 1981 President "
                    "Ronald Reagan gave Tom Rowe the Varn Medal at the White House.", DocMeta("Tom Rowe", kind="biography")),
    }
    asked = [q for q in generate(texts) if q.kind == "when" and "White House" in q.prompt]
    assert {q.doc_key for q in asked} == {"rowe.md"}, [q.prompt for q in asked]
    assert all(1981 <= y <= 1989 for q in asked for y in years(q)), [q.distractors for q in asked]


def test_a_name_in_capitals_is_not_offered_before_the_document_first_dates_it() -> None:
    """"In which year was ENIAC switched off?" (1946) offered 1937, 1942 and 1944 (judge 176): a name in capitals, like
    a capitalised one, is offered no year before the first the document gives it."""
    texts = {
        "vesta.md": ("# Comets\n\nThe Kessel agency launched VESTA in 1985.\n\nIn 1986 VESTA reached the comet Varn.",
                     DocMeta("Comets", kind="science")),
        "lyra.md": ("# Early machines\n\nThe Varn Institute completed LYRA in 1960.\n\nIn 1961 LYRA was sold to a bank in "
                    "Leeds.", DocMeta("Early machines", kind="history")),
    }
    assert_asked_within(texts, "reach|sold", {"vesta.md": (1985, 3000), "lyra.md": (1960, 3000)})


def test_a_guillotined_life_bounds_its_acts() -> None:
    """"In which year did de Gouges publish her Declaration of the Rights of Woman?" (1791) offered 1797 and 1800
    (judge 154), though "the following day, 3 November 1793, she was guillotined": an execution by the guillotine,
    the axe or the stake ends a life as "executed" does."""
    texts = {
        "roux.md": ("# Marie Roux\n\nMarie Roux was a French playwright. She was born in Montauban in 1748.\n\nOn 2 November "
                    "1793 she was tried before the Revolutionary Tribunal; the following day, 3 November 1793, she was "
                    "guillotined in Paris.", DocMeta("Marie Roux", kind="biography")),
        "hale.md": ("# Tom Hale\n\nTom Hale was an English preacher. He was born in Leicester in 1520.\n\nIn March 1556 Tom "
                    "Hale was burned at the stake in Oxford.", DocMeta("Tom Hale", kind="biography")),
    }
    gen = generator_of(texts)
    assert gen._life_spans("roux.md").get("Roux", {}).get("died", (None,))[0] == 1793, gen._life_spans("roux.md")
    assert gen._life_spans("hale.md").get("Hale", {}).get("died", (None,))[0] == 1556, gen._life_spans("hale.md")


def test_a_probes_launch_bounds_what_it_did_but_not_its_launch() -> None:
    """"In which year did Voyager 1 photograph Enceladus from a distance?" offered 1973 and 1975 (judge 154), before its
    launch in 1977. A probe's or a telescope's launch bounds the options of what it did after; a question on the year
    a lifetime began ("In which year was Voyager 2 launched?") is not bound by it, or the answer would be the earliest
    option every time."""
    texts = {
        f"{moon.lower()}.md": (f"# {moon}, a moon of Saturn\n\n{moon} is a small moon of Saturn.\n\nIn {year} {probe} "
                               f"photographed {moon} from a distance of 200,000 kilometres.",
                               DocMeta(f"{moon}, a moon of Saturn", kind="science"))
        for moon, year, probe in (("Varn", 1979, "Voyager 1"), ("Lode", 1981, "Voyager 2"), ("Kessel", 1980, "Voyager 1"),
                                  ("Tarn", 1978, "Voyager 2"))
    }
    assert_asked_within(texts, "photograph", {key: (1977, 3000) for key in texts})
    launch = {"probe.md": ("# Voyager 2\n\nVoyager 2 is a space probe of NASA.\n\nVoyager 2 was launched from Cape "
                           "Canaveral on 20 August 1977.", DocMeta("Voyager 2", kind="science"))}
    asked = [q for q in generate(launch) if q.kind == "when" and "launched" in q.prompt]
    assert asked and any(int(y) < 1977 for q in asked for y in q.distractors), [(q.prompt, q.distractors) for q in asked]


def test_the_seven_years_war_bounds_the_options() -> None:
    """The Battle of Sainte-Foy (1760) offered 1767 and 1769 (judge 155): the Seven Years' War, or the French and Indian
    War, ended in 1763."""
    texts = {
        "foy.md": ("# Jean Varn\n\nJean Varn was a French officer. He was born in Lyon in 1719.\n\nIn 1760 Jean Varn defeated "
                   "a British column at Sainte-Foy during the Seven Years' War.",
                   DocMeta("Jean Varn", kind="biography")),
        "ohio.md": ("# Tom Kell\n\nTom Kell was a Virginia scout. He was born in Norfolk in 1725.\n\nIn 1758 Tom Kell guided "
                    "the Forbes expedition across Pennsylvania in the French and Indian War.",
                    DocMeta("Tom Kell", kind="biography")),
    }
    assert_asked_within(texts, "defeat|guide", {"foy.md": (1754, 1763), "ohio.md": (1754, 1763)})


def test_the_guillotine_bounds_the_options() -> None:
    """"In which year was Marie Antoinette guillotined?" offered 1788 and 1790 (judge 158): the guillotine was first used
    in April 1792."""
    texts = {
        "roux.md": ("# Marie Varn\n\nMarie Varn was a French noblewoman. She was born in Vienna in 1755.\n\nMarie Varn was "
                    "guillotined in the Place de la Révolution on 16 October 1793.", DocMeta("Marie Varn", kind="biography")),
        "lode.md": ("# Jean Lode\n\nJean Lode was a French chemist. He was born in Paris in 1743.\n\nOn 8 May 1794 Jean Lode "
                    "was guillotined in Paris with his father-in-law.", DocMeta("Jean Lode", kind="biography")),
    }
    assert_asked_within(texts, "guillotin", {"roux.md": (1792, 3000), "lode.md": (1792, 3000)})


def test_a_death_whose_subject_is_another_name_is_not_the_lifes() -> None:
    """Keats's voyage of 1820 offered 1823, 1826 and 1828 (judge 159): "John Keats nursed him through the autumn, and Tom
    died on 1 December 1818" gave the life a death in 1818 beside his own of 1821, so neither bound his acts (so did
    "the house in Rome where he died has been a museum since 1909"); and
    "Their son, also named Richard, was born that year, but Patience died in 1756" gave Sir Richard Arkwright a death in
    1756. A name straight before the verb that is no person the document knows is the one who died."""
    texts = {
        "keats.md": ("# Jon Varn\n\nJon Varn was an English poet. He was born in London in 1795.\n\nJon Varn nursed him "
                     "through the autumn, and Tom died on 1 December 1818.\n\nIn 1820 Jon Varn sailed for Italy with the "
                     "painter Joseph Severn. Jon Varn died in Rome on 23 February 1821. The house in Rome where he died has "
                     "been a museum since 1909.", DocMeta("Jon Varn", kind="biography")),
        "ark.md": ("# Sir Richard Lode\n\nSir Richard Lode was an English inventor. He was born in Preston in 1732.\n\nIn "
                   "1755 Richard Lode married Patience Holt. Their son, also named Richard, was born that year, but "
                   "Patience died in 1756.\n\nSir Richard Lode died at Cromford in 1792.",
                   DocMeta("Sir Richard Lode", kind="biography")),
    }
    gen = generator_of(texts)
    assert gen._life_spans("keats.md").get("Varn", {}).get("died", (None,))[0] == 1821, gen._life_spans("keats.md")
    assert "died" not in gen._life_spans("ark.md").get("Richard", {}), gen._life_spans("ark.md")


def test_a_death_given_by_age_alone_bounds_the_life() -> None:
    """"In which year did David Douglas climb Mauna Kea?" (1834) offered 1836 and 1839 (judge 182): "He died in Hawaii at
    the age of 35" gives no year, but with the birth year (1799) the age bounds the death: nothing after 1835."""
    texts = {
        "gray.md": ("# Tom Gray\n\nTom Gray was a Scottish botanist. Tom Gray was born in Scone in 1799.\n\nIn 1834 Tom Gray "
                    "climbed Mauna Kea with a guide. Tom Gray collected hundreds of plants on the island.\n\nTom Gray died "
                    "in Hawaii at the age of 35, in circumstances never explained.", DocMeta("Tom Gray", kind="biography")),
        "moss.md": ("# Ada Moss\n\nAda Moss was an English painter. Ada Moss was born in Leeds in 1850.\n\nIn 1889 Ada Moss "
                    "exhibited at the Royal Academy in London. Ada Moss painted many views of the city.\n\nAda Moss died "
                    "in Rome, aged forty, of a fever.",
                    DocMeta("Ada Moss", kind="biography")),
    }
    gen = generator_of(texts)
    assert gen._life_spans("gray.md")["Gray"]["died"][0] == 1835
    assert gen._life_spans("moss.md")["Moss"]["died"][0] == 1891
    assert_asked_within(texts, "climb|exhibit", {"gray.md": (1799, 1835), "moss.md": (1850, 1891)})


def test_the_legion_of_honour_bounds_the_options() -> None:
    """"In which year was Charles Messier made a member of the Legion of Honour?" offered 1797 and 1799 (judge 185): the
    order was founded in 1802."""
    texts = {
        "mess.md": ("# Karl Mess\n\nKarl Mess was a French astronomer. He was born in Lorraine in 1740.\n\nIn 1806 Karl Mess "
                    "was made a member of the Legion of Honour in Paris.", DocMeta("Karl Mess", kind="biography")),
        "dupin.md": ("# Ana Dupin\n\nAna Dupin was a French engineer. She was born in Lyon in 1760.\n\nIn 1804 Ana Dupin "
                     "received the Légion d'honneur at Boulogne.", DocMeta("Ana Dupin", kind="biography")),
    }
    assert_asked_within(texts, "Legion|Légion", {"mess.md": (1802, 3000), "dupin.md": (1802, 3000)})


def test_a_thing_the_text_founds_by_a_common_noun_bounds_the_options() -> None:
    """"In 2002 the British Academy … decided to split the awards" offered 1993 and 1996 (judge 249), though the story
    said "The awards, which were started in 1997". What the text founds, starts or first holds by "the <noun>" has
    nothing done to it before then, as a thing it founds by name has not (``_named_floor``)."""
    texts = {
        "prize.md": ("# New media battle for Cymru awards\n\nThe Cymru Design Awards are prizes for web designers in "
                     "Wales. The awards, which were started in 1997, recognise the best websites.\n\nIn 2003 the Arts Council of "
                     "Wales decided to move the awards to Cardiff Bay.",
                     DocMeta("New media battle for Cymru awards", kind="news", date="2005")),
        "fest.md": ("# Padstow in summer\n\nThe Padstow Quay Festival is a brass band contest in Cornwall. "
                    "The festival was first held in 1961.\n\nIn 1963 the Cornwall County Council agreed to fund the festival for ten "
                    "years.", DocMeta("Padstow in summer", kind="history", date="2010")),
        "race.md": ("# Rowing on the Wear\n\nThe Wearside Regatta is a rowing race on the River Wear. The regatta began "
                    "in 1884, when miners from Durham raced for a silver cup.\n\nIn 1886 the Durham Rowing Association "
                    "moved the regatta to Sunderland.", DocMeta("Rowing on the Wear", kind="history", date="2015")),
    }
    assert_asked_within(texts, "move|fund", {"prize.md": (1997, 2005), "fest.md": (1961, 1975),
                                             "race.md": (1884, 1898)})


def test_life_dates_after_a_fuller_form_of_the_lifes_name_are_the_lifes() -> None:
    """"Ayrton Senna da Silva (1960-1994) was a Brazilian racing driver": judge 251 was offered 1995 and 1997 for his
    third title, won in 1991, as the dates went to "Silva", a name the life never goes by. Dates after a run of names
    that holds the life's surname bound the life."""
    texts = {
        "mendes.md": ("# Carlos Mendes\n\nCarlos Mendes dos Santos (1890-1931) was a Portuguese cyclist.\n\n"
                      "In 1929 Carlos Mendes won the Volta a Portugal for the Sporting club of Lisbon.",
                      DocMeta("Carlos Mendes", kind="biography")),
        "hals.md": ("# Pieter Hals\n\nPieter Hals van Dijk (1822-1870) was a Dutch painter of ships.\n\n"
                    "In 1868 Pieter Hals painted the frigate Zeeland for the Rotterdam harbour board.",
                    DocMeta("Pieter Hals", kind="biography")),
        "ribeiro.md": ("# Ana Ribeiro\n\nAna Ribeiro de Castro (1871-1920) was a Brazilian composer.\n\n"
                       "In 1917 Ana Ribeiro wrote the opera Iracema for the Municipal Theatre of Rio de Janeiro.",
                       DocMeta("Ana Ribeiro", kind="biography")),
    }
    assert_acts_end_by(texts, {"mendes.md": 1931, "hals.md": 1870, "ribeiro.md": 1920})


def test_the_order_of_the_british_empire_bounds_the_options() -> None:
    """"In which year was Henry Royce appointed an Officer of the Order of the British Empire?" offered 1912 and 1914
    (judge 258): the order was founded in 1917, so no option before it."""
    texts = {
        "royce.md": ("# Walter Hale\n\nWalter Hale was an English engineer. He was born in Alwalton in 1863.\n\nIn 1918 "
                     "Walter Hale was appointed an Officer of the Order of the British Empire for his aero engines.",
                     DocMeta("Walter Hale", kind="biography")),
        "nurse.md": ("# Ada Brook\n\nAda Brook was a Scottish nurse. She was born in Perth in 1871.\n\nIn 1919 Ada Brook "
                     "was made a CBE for her work in the military hospitals of France.",
                     DocMeta("Ada Brook", kind="biography")),
    }
    assert_asked_within(texts, "British Empire|CBE", {"royce.md": (1917, 1930), "nurse.md": (1917, 1930)})


LIVES_ENDING = {
    f"{name.lower()}.md": (f"# {given} {name}\n\n{given} {name} was a {what}. {given} {name} was born in {town} in {born}."
                           f"\n\nIn {act} {given} {name} {did}.\n\n{given} {name} died in {place} in {died}.",
                           DocMeta(f"{given} {name}", kind="biography"))
    for given, name, what, town, born, act, did, place, died in (
        ("Ada", "Varn", "Scottish botanist", "Perth", 1801, 1840, "described the flora of the Kessel valley",
         "Edinburgh", 1866),
        ("Otto", "Lind", "Danish engineer", "Aarhus", 1822, 1858, "built the Lode bridge over the Gudenå", "Copenhagen",
         1889),
        ("Tomas", "Brel", "Czech composer", "Brno", 1840, 1871, "wrote the opera Kessel", "Prague", 1902),
        ("Edith", "Marle", "English chemist", "Leeds", 1861, 1895, "isolated the element varnium", "London", 1931),
        ("Hugo", "Aalst", "Dutch painter", "Delft", 1870, 1905, "painted The Harbour at Lode", "Amsterdam", 1944),
        ("Ines", "Corr", "Irish surgeon", "Cork", 1885, 1920, "opened a clinic in the Liberties", "Dublin", 1957),
    )
}


def test_a_death_leans_late_among_its_options_where_its_bounds_leave_a_choice() -> None:
    """Judges 262 and 266 saw the answer to "In which year did … die?" always the earliest of the four years, and
    other acts the latest: the life's last dated act bounds a death from below, so a player who always picked the
    earliest year for a death beat chance. Where the bounds leave room on both sides (the last act decades before),
    a death leans late, and is not the earliest option; the options stay as bounded as ever."""
    deaths = [q for q in generate(LIVES_ENDING) if q.kind == "when" and " die " in q.prompt]
    assert len(deaths) == len(LIVES_ENDING), [q.prompt for q in deaths]
    earliest = [q.prompt for q in deaths if int(q.answer) == min(years(q))]
    assert len(earliest) <= 1, earliest
    # the lean itself, where nothing bounds the years: a death is seldom the earliest, often the latest; other acts
    # are spread over the four places
    for late, most_earliest, least_latest in ((LATE_FOR_DEATHS, 0.1, 0.3), (LATE_FIRST, 0.3, 0.15)):
        places = [sorted([*ys, 1900]).index(1900) for i in range(300)
                  if (ys := _pick_years(1900, None, lambda y: True, f"seed {i}", late=late))]
        assert places.count(0) <= most_earliest * len(places) and places.count(3) >= least_latest * len(places), (
            late, [places.count(k) for k in range(4)])


def test_an_act_under_a_british_prime_minister_is_offered_in_that_tenure() -> None:
    """"In which year did Gordon Brown, chancellor of the exchequer under Tony Blair, become Britain's longest serving
    chancellor of modern times?" (2004) offered 1995, before Blair took office (judge 275): an act done under a prime
    minister with one unbroken tenure, or by one named as such, is offered in that tenure only."""
    texts = {
        "brown.md": ("# The Kessel Bank\n\nThe Kessel Bank lends to the towns of the north of England. Tony Blair led the "
                     "Labour government of the day.\n\nIn 2004 the "
                     "Kessel Bank was given its royal charter by Parliament under Mr Blair.",
                     DocMeta("The Kessel Bank", kind="history", date="2005")),
        "lawson.md": ("# The Varn Act\n\nThe Varn Act changed the rates of local tax in England.\n\nIn 1986 the Varn Act "
                      "was passed by Parliament under Margaret Thatcher after a long debate.",
                      DocMeta("The Varn Act", kind="history")),
        "attlee.md": ("# The Lode hospital\n\nThe Lode hospital stands in Leeds.\n\nIn 1983 Prime Minister Margaret "
                      "Thatcher opened the Lode hospital in Leeds.", DocMeta("The Lode hospital", kind="history")),
    }
    assert_asked_within(texts, "charter|Varn Act|Lode hospital", {"brown.md": (1997, 2007), "lawson.md": (1979, 1990),
                                                                  "attlee.md": (1979, 1990)})


def test_an_act_dated_by_someones_time_in_power_that_no_table_holds_is_not_asked() -> None:
    """"In which year did Lord Callaghan travel to Idi Amin's Uganda …?" (1975) offered 1967 and 1970, before Amin took
    power (judge 310); "did Gordon Brown become shadow chancellor under John Smith's leadership?" (1992) offered 1985
    and 1987, before Smith led his party (judge 311): a prompt that dates its act by someone's time in power ties the
    options to a tenure the prompt does not give, so the question goes. A prime minister the tenure table holds, or a
    body's leadership, is no such tie."""
    dropped = {
        "amin.md": ("# Varn College\n\nVarn College is a small college in Leeds.\n\nIn 1975 Lord Kessel travelled to Idi "
                    "Amin's Uganda to plead for the life of a lecturer from Varn College.",
                    DocMeta("Varn College", kind="history")),
        "smith.md": ("# Edwin Lode\n\nEdwin Lode was a Labour politician from Leeds.\n\nIn 1992 Edwin Lode became shadow "
                     "chancellor under John Smith's leadership.", DocMeta("Edwin Lode", kind="biography")),
        "vargas.md": ("# The Kessel Dam\n\nThe Kessel Dam stands on the Varn river in Brazil.\n\nThe Kessel Dam was "
                      "finished in 1936 under the rule of Getúlio Vargas.", DocMeta("The Kessel Dam", kind="history")),
        "pinochet.md": ("# Ana Brel\n\nAna Brel was a Chilean poet.\n\nIn 1976 Ana Brel fled Augusto Pinochet's Chile "
                        "for Paris.", DocMeta("Ana Brel", kind="biography")),
    }
    asked = [q.prompt for q in generate(dropped) if q.kind == "when"]
    assert asked == [], asked
    kept = {
        "blair.md": ("# The Lode Bank\n\nThe Lode Bank is a bank in London. Tony Blair led the Labour government of the "
                     "day.\n\nIn 1998 the Lode Bank opened a branch in Leeds under Tony Blair's government.",
                     DocMeta("The Lode Bank", kind="history")),
        "company.md": ("# The Kessel works\n\nThe Kessel works made steel in Sheffield.\n\nIn 1936 the Kessel works moved "
                       "to Leeds under the leadership of the Steel Company.", DocMeta("The Kessel works", kind="history")),
    }
    asked = [q.prompt for q in generate(kept) if q.kind == "when"]
    assert len(asked) == 2 and {"Tony Blair's government", "Steel Company"} == {
        tie for tie in ("Tony Blair's government", "Steel Company") if any(tie in prompt for prompt in asked)}, asked


def test_a_bodys_act_is_not_offered_after_the_document_dissolves_it() -> None:
    """"In which year did the Livonian Order conclude the Treaty of Pozvol?" (1557) offered 1562 and 1564, after the
    same document has Kettler dissolve the Order in 1561 (judge 313): no order, company, league or brotherhood acts
    after the year the document ends it, whether it says "dissolved the Order" or "the Company was dissolved"."""
    bodies = [("Kessel Order", "concluded the Treaty of Varn with the king of Poland", 1537,
               "Otto Brel, the last master of the Kessel Order, dissolved the Order", 1540),
              ("Varn Company", "opened a trading post at Fort Kessel", 1783,
               "the Varn Company was dissolved by act of parliament", 1786),
              ("Lode League", "sent an embassy to the king of Sweden", 1650,
               "the towns abolished the League at a meeting in Varn", 1653),
              ("Corr Brotherhood", "opened a school for orphans in Cork", 1871, "the bishop suppressed the Brotherhood",
               1874)]
    texts = {f"{name.split()[1].lower()}.md": (f"# The {name}\n\nThe {name} was founded by merchants of the town.\n\n"
                                               f"In {year} the {name} {act}. In {ended} {end}.",
                                               DocMeta(f"The {name}", kind="history"))
             for name, act, year, end, ended in bodies}
    assert_asked_within(texts, "Treaty|trading post|embassy|school",
                        {f"{name.split()[1].lower()}.md": (0, ended - 1) for name, *_, ended in bodies})


UK_GENERAL_ELECTIONS = {1945, 1950, 1951, 1955, 1959, 1964, 1966, 1970, 1974, 1979, 1983, 1987, 1992, 1997, 2001, 2005,
                        2010, 2015, 2017, 2019, 2024}


def assert_asked_in_general_election_years(texts: dict[str, tuple[str, DocMeta]], asks: str) -> None:
    """Every document asks a year question whose prompt matches ``asks``, and offers only general elections' years."""
    asked = [q for q in generate(texts) if q.kind == "when" and re.search(asks, q.prompt)]
    assert {q.doc_key for q in asked} == set(texts), [q.prompt for q in asked]
    for q in asked:
        assert set(years(q)) <= UK_GENERAL_ELECTIONS, (q.prompt, q.distractors)


def test_a_westminster_seat_won_is_offered_among_general_election_years() -> None:
    """"In which year did Michael Howard win the Folkestone & Hythe seat with 20,645 votes?" (2001) offered 1994, 1996
    and 2003, years of no general election (judge 313): a seat a member of the Commons won or held is a general
    election's too, when no by-election is named."""
    texts = {
        "howard.md": ("# Tory leader holds on\n\nThe Conservative leader kept his seat.\n\nIn 2001, Edwin Lode won the "
                      "Kessel & Varn seat with 20,645 votes, compared to 14,738 for the Liberal Democrat candidate.",
                      DocMeta("Tory leader holds on", kind="news", date="2005-04-10")),
        "mp.md": ("# Ada Brel\n\nAda Brel was a Labour politician from Leeds.\n\nAda Brel was elected MP for Leeds "
                  "Varn in 1964 at her third attempt.", DocMeta("Ada Brel", kind="biography")),
        "held.md": ("# The Kessel division\n\nThe Kessel division is a constituency of the Commons.\n\nIn 1983 the "
                    "Conservatives held the Kessel seat by 312 votes after three recounts.",
                    DocMeta("The Kessel division", kind="history")),
    }
    assert_asked_in_general_election_years(texts, r"\b(?:seat|MP)\b")


def test_a_british_partys_election_win_is_offered_among_general_election_years() -> None:
    """"In which year did Labour win a huge majority of 167 over the Conservatives?" (2001) offered 1995 and 2003, years
    of no general election (judge 275): a British party's win or loss is offered among the general elections' years."""
    texts = {
        "labour.md": ("# Labour in power\n\nThe Labour Party governed Britain for thirteen years.\n\nLabour won a huge "
                      "majority of 167 over the Conservatives in 2001.", DocMeta("Labour in power", kind="history")),
        "tories.md": ("# The Conservative revival\n\nThe Conservative Party rebuilt its organisation in the 1940s.\n\nThe "
                      "Conservatives won a majority of 100 seats in the House of Commons in 1959.",
                      DocMeta("The Conservative revival", kind="history")),
        "opposition.md": ("# Labour in opposition\n\nThe Labour Party spent eighteen years in opposition.\n\nLabour lost "
                          "its majority in the House of Commons to the Conservatives of Margaret Thatcher in 1979.",
                          DocMeta("Labour in opposition", kind="history")),
    }
    assert_asked_in_general_election_years(texts, r"\b(?:win|lose)\b")


def test_an_event_inside_a_long_subject_span_is_offered_years_inside_it() -> None:
    """"Revolt of the Three Feudatories: In which year did Qing armies recover Hunan?" (1679) offered 1682, 1686 and 1688
    (judge 335), after the revolt (1673-1681) had ended. A subject whose title or opening sentence gives a span of eight
    years or more offers the events inside it no year after it (nor before it, as already)."""
    texts = {
        "varn.md": ("# The Varn War, 1610–1622\n\nThe Varn War was a conflict between the duchy of Varn and the kingdom "
                    "of Kessel.\n\nIn 1614 the Kessel army burned the town of Marl. In 1617 the Kessel army besieged the "
                    "fortress of Ostrova for five months. In 1619 the Varn fleet sank four Kessel galleys off Cape Lind. In "
                    "1620 the Kessel army stormed the citadel of Brenn.", DocMeta("The Varn War, 1610–1622", kind="history")),
        "hale.md": ("# The Hale Rebellion\n\nThe Hale Rebellion was a rising of the northern clans against the crown "
                    "between 1701 and 1712.\n\nIn 1703 the clansmen of Angus Hale burned the town of Kirkmoor. In 1706 the "
                    "clansmen of Angus Hale defeated a royal army at Glen Orr. In 1709 the clansmen of Angus Hale captured "
                    "the port of Dunmore.", DocMeta("The Hale Rebellion", kind="history")),
    }
    assert_asked_within(texts, "", {"varn.md": (1610, 1622), "hale.md": (1701, 1712)})


def test_a_nobel_prize_is_not_offered_in_a_year_its_field_gave_none() -> None:
    """"In which year was Victor Franz Hess awarded half of the Nobel Prize in Physics?" (1936) offered 1941 (judge 339):
    no prize in physics, chemistry, medicine or literature was awarded in 1940 to 1942, and some fields missed other
    years too."""
    texts = {
        "varn.md": ("# Enrico Varn\n\nEnrico Varn was an Italian physicist. Enrico Varn was born in Turin in 1901.\n\nIn "
                    "1939 Enrico Varn was awarded the Nobel Prize in Physics for his work on slow neutrons.",
                    DocMeta("Enrico Varn", kind="biography")),
        "lind.md": ("# Jonas Lind\n\nJonas Lind was a Danish poet. Jonas Lind was born in Aarhus in 1890.\n\nIn 1944 Jonas "
                    "Lind was awarded the Nobel Prize in Literature for his northern ballads.",
                    DocMeta("Jonas Lind", kind="biography")),
        "kessel.md": ("# Otto Kessel\n\nOtto Kessel was a German chemist. Otto Kessel was born in Jena in 1885.\n\nIn 1943 "
                      "Otto Kessel was awarded the Nobel Prize in Chemistry for his work on isotopes.",
                      DocMeta("Otto Kessel", kind="biography")),
    }
    gaps = {"varn.md": {1931, 1934, 1940, 1941, 1942}, "lind.md": {1935, 1940, 1941, 1942, 1943},
            "kessel.md": {1933, 1940, 1941, 1942}}
    asked = [q for q in generate(texts) if q.kind == "when" and "Nobel" in q.prompt]
    assert {q.doc_key for q in asked} == set(gaps), [q.prompt for q in asked]
    for q in asked:
        assert not set(years(q)) & gaps[q.doc_key], (q.prompt, q.distractors)


def test_a_retired_telescope_is_not_offered_after_its_end() -> None:
    """"did the Spitzer Space Telescope attempt to detect ʻOumuamua?" (2017) offered 2021, after it was retired in 2020
    (judge 339)."""
    texts = {
        "space.md": ("# Spitzer and the comet\n\nThe Spitzer Space Telescope observed in infrared light.\n\nIn 2019 the "
                     "Spitzer Space Telescope observed the comet Kessel for three days.",
                     DocMeta("Spitzer and the comet", kind="science")),
    }
    assert_asked_within(texts, "Spitzer", {"space.md": (2003, 2020)})


def test_fighting_in_a_war_the_document_names_is_offered_years_around_the_war() -> None:
    """"In which year did Elsie Inglis take a new unit to Russia to support the First Serbian Volunteer Division?"
    (1916) offered 1907, 1909 and 1913 (judge 330): in a life that names the First World War, a sentence about its
    fighting made 1916 the one wartime year. Options now stay within two years of the war, or the question goes."""
    texts = {
        "varn.md": ("# Ada Varn\n\nAda Varn was a Scottish nurse who served in the Second World War. Ada Varn was born in "
                    "Perth in 1901 and died in 1980.\n\nIn 1925 Ada Varn qualified as a nurse in Edinburgh. In 1942 Ada "
                    "Varn took a field hospital to Egypt to support the Eighth Army, which was fighting in the desert.",
                    DocMeta("Ada Varn", kind="biography")),
        "hale.md": ("# Tom Hale\n\nTom Hale was an American surgeon of the American Civil War. Tom Hale was born in Ohio in "
                    "1830 and died in 1899.\n\nIn 1855 Tom Hale opened a practice in Columbus. In 1863 Tom Hale ran a field "
                    "hospital for the wounded of the Army of the Cumberland.", DocMeta("Tom Hale", kind="biography")),
    }
    bounds = {"varn.md": (1937, 1947), "hale.md": (1859, 1867)}
    wartime = [q for q in generate(texts) if q.kind == "when" and re.search(r"Army|wounded", q.prompt)]
    assert "varn.md" in {q.doc_key for q in wartime}, [q.prompt for q in wartime]
    for q in wartime:
        low, high = bounds[q.doc_key]
        assert all(low <= y <= high for y in years(q)), (q.prompt, q.distractors)


def test_an_act_with_a_spouse_is_offered_no_year_before_the_wedding() -> None:
    """"In which year did Humphry Davy set off on a long tour of France, Italy and Switzerland with his wife and Michael
    Faraday?" (judge 356) offered 1804, 1808 and 1811; the text married him in 1812, so only 1813 was left. An act the
    sentence does with "his wife" or "her husband" is offered no year before the last marriage the text dates."""
    texts = {
        "dane.md": ("# Hal Dane\n\nHal Dane was an English chemist born in 1778. In 1801 Hal Dane joined the Royal "
                    "Institution in London. In April 1812 Hal Dane married Jane Kerr, a wealthy widow. In October 1813 "
                    "Hal Dane set off on a long tour of France and Italy with his wife and his assistant.",
                    DocMeta("Hal Dane", kind="biography")),
        "ruiz.md": ("# Ana Ruiz\n\nAna Ruiz was a Spanish painter born in 1820. In 1845 Ana Ruiz exhibited at the Madrid "
                    "Salon. In 1851 Ana Ruiz married the sculptor Tomas Vidal. In 1853 Ana Ruiz travelled to Rome with "
                    "her husband.", DocMeta("Ana Ruiz", kind="biography")),
        "lund.md": ("# Per Lund\n\nPer Lund was a Danish astronomer born in 1840. In 1866 Per Lund took a post at the "
                    "Copenhagen Observatory. Per Lund married Karen Holm in 1870. In 1872 Per Lund moved to Oslo with "
                    "his young wife.", DocMeta("Per Lund", kind="biography")),
    }
    assert_asked_within(texts, r"with (?:his|her) (?:young )?(?:wife|husband)",
                        {"dane.md": (1812, 2026), "ruiz.md": (1851, 2026), "lund.md": (1870, 2026)})


def test_revolutionary_france_is_offered_only_in_the_revolutions_years() -> None:
    """"In which year did Alexander von Humboldt travel to the Netherlands, England and revolutionary France …?" (judge
    358) offered 1785 and 1788: France was not revolutionary before 1789. Revolutionary France or Paris is offered only
    1789 to 1799, and the Revolution's French exiles 1789 to 1815."""
    texts = {
        "brandt.md": ("# Karl Brandt\n\nKarl Brandt was a German naturalist born in 1769. In 1790 Karl Brandt travelled "
                      "to the Netherlands, England and revolutionary France with Georg Forster.",
                      DocMeta("Karl Brandt", kind="biography")),
        "lind.md": ("# Ada Lind\n\nAda Lind was a Swiss painter born in 1760. In 1792 Ada Lind exhibited portraits in "
                    "revolutionary Paris at the Salon.", DocMeta("Ada Lind", kind="biography")),
        # ... and the Revolution's exiles (judge 360 was offered 1785 for Frances Burney's French friends)
        "vane.md": ("# Fanny Vane\n\nFanny Vane was an English novelist born in 1752. She published her first novel, "
                    "Evelina, in 1778. In 1791 Fanny Vane came to know a group of French constitutional monarchists "
                    "living in exile near Mickleham in Surrey.",
                    DocMeta("Fanny Vane", kind="biography")),
    }
    assert_asked_within(texts, r"revolutionary (?:France|Paris)|French constitutional",
                        {"brandt.md": (1789, 1799), "lind.md": (1789, 1799), "vane.md": (1789, 1815)})


def test_an_act_the_sentence_says_came_round_again_is_not_asked_by_its_year() -> None:
    """"In which year did Antonín Dvořák win the Austrian State Stipendium?" (judge 360) offered 1876, a year he won it
    again: the sentence said "he won it again in later years". An act the sentence says recurred in years it does not
    give ("again in later years", "twice more") makes no year question; a prize won once still does."""
    texts = {
        "vok.md": ("# Ana Vok\n\nAna Vok was a Czech composer born in 1841. In 1874 Ana Vok won the Bohemian State "
                   "Stipend, a grant for young artists, and she won it again in later years.",
                   DocMeta("Ana Vok", kind="biography")),
        "reed.md": ("# Tom Reed\n\nTom Reed was an English rower born in 1850. In 1872 Tom Reed won the Diamond Sculls at "
                    "Henley, and he won the race twice more.", DocMeta("Tom Reed", kind="biography")),
        "holm.md": ("# Ida Holm\n\nIda Holm was a Danish chemist born in 1880. In 1912 Ida Holm won the Orsted Medal for "
                    "her work on salts.", DocMeta("Ida Holm", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "Stipend" in p or "Diamond Sculls" in p], prompts
    assert "In which year did Ida Holm win the Orsted Medal for her work on salts?" in prompts, prompts


def test_a_conservation_status_is_asked_only_by_its_first_year() -> None:
    """"In which year did the IUCN assess the European eel as critically endangered?" (judge 364) offered 2013, when it
    was assessed so again. A status is assessed again and again, so a year question asks only when it was first given."""
    texts = {
        "eel.md": ("# The Varn eel\n\nThe Varn eel is a fish of the Baltic. In 2008 the IUCN assessed the Varn eel as "
                   "critically endangered. In 1990 the Varn eel was first listed as vulnerable on the Red List.",
                   DocMeta("The Varn eel", kind="science")),
        "newt.md": ("# The Lode newt\n\nThe Lode newt is an amphibian of Wales. The Lode newt was classified as endangered "
                    "by the IUCN in 2004.", DocMeta("The Lode newt", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when" and q.prompt.startswith("In which year")]
    assert not [p for p in prompts if "critically endangered" in p or "classified as endangered" in p], prompts
    assert "In which year was the Varn eel first listed as vulnerable on the Red List?" in prompts, prompts

"""Timeline summaries stand alone: an opening pronoun or definite reference is resolved from the
text before it, the title or the document's subject, or the event is dropped (issue 11, part 4).

Invented documents of several kinds: a biography, a history, news about people and companies.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from test_dates import make_doc

from bot.corpus.dates import extract_events
from bot.corpus.grammar import opening_reference
from bot.corpus.model import Event
from bot.corpus.referents import document_noun_phrases, title_noun_phrases


def events_titled(title: str, *paragraphs: str, date: str | None = None, kind: str = "paper") -> list[Event]:
    doc, passages = make_doc(*paragraphs, date=date, kind=kind)
    return extract_events(replace(doc, meta=replace(doc.meta, title=title)), passages)


def summaries(events: list[Event]) -> list[str]:
    return [e.summary for e in events]


# ------------------------------------------------------------------------------ the measure itself
@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("He signed the treaty in 1990.", "He"),
        ("Its engines failed in 1970.", "Its"),
        ("This treaty was signed in 1922.", "This treaty"),
        ("The company said on Friday that it would sell the plant.", "The company"),
        ("However, the war ended in 1945.", "However"),
        ("The Panama Canal opened in 1914.", None),
        ("The discovery of radium in 1898 changed physics.", None),
        ("Marie Curie won the prize in 1911.", None),
        ("There was a fire in the archive in 1966.", None),
        ("It was the first time since 1990 that the river froze.", None),
    ],
)
def test_what_counts_as_an_opening_that_leans_on_context(text: str, opening: str | None) -> None:
    assert opening_reference(text) == opening


# ------------------------------------------------------------------------------------------ people
def test_a_biographys_pronouns_are_its_subject() -> None:
    events = events_titled(
        "Ada Lovelace and the first program",
        "Ada Lovelace was born in London in December 1815. She met the inventor Charles Babbage in June 1833, "
        "when she was seventeen.",
        "She published her notes on his engine in 1843. Her notes were reprinted in 1953 by a historian.",
    )
    assert summaries(events)[1:] == [
        "Ada Lovelace met the inventor Charles Babbage in June 1833, when she was seventeen.",
        "Ada Lovelace published her notes on his engine in 1843.",
        "Ada Lovelace's notes were reprinted in 1953 by a historian.",
    ]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a surname the story introduced with a first name
        (["Police named a suspect in the shooting, the fugitive Martin Hale.",
          "Hale, 44, of Dover, fled the country in November. He was charged on 6 May 1999 with murder."],
         "Martin Hale was charged on 6 May 1999 with murder."),
        # the sentence before is about someone with no name the gazetteer knows
        (["Eric Rudolph has been on the run since the 1998 bombing of a clinic in the south.",
          "He is also charged in three other attacks, including a bombing in July 1996."],
         "Eric Rudolph is also charged in three other attacks, including a bombing in July 1996."),
        # a sentence with no one in it between the name and the pronoun
        (["Walter Brenn, an executive at a regional bank, was named chief executive of the group.",
          "The appointment takes effect on 13 November 1989. He succeeds a founder who retired in March 1989."],
         "Walter Brenn succeeds a founder who retired in March 1989."),
        # a name of four words with a capitalised particle is one person, named whole (judge 66: "James appeared")
        (["James Alfred Van Allen was born in Mount Pleasant, Iowa, in 1914, and taught at the University of Iowa.",
          "He appeared on the cover of Time magazine in May 1959."],
         "James Alfred Van Allen appeared on the cover of Time magazine in May 1959."),
        # the gazetteer's "William" inside "William Paterson" is Paterson, not "King William" (judge 70); and
        # "Parliament", named alone after "the Scottish Parliament", is no surname
        (["The Scottish Parliament backed the company in 1695, and King William opposed it. William Paterson "
          "promoted the scheme in London.", "He was granted an indemnity by Parliament in 1715, and he died in London "
          "in 1719."],
         "William Paterson was granted an indemnity by Parliament in 1715"),
        (["Maria Elena De Souza was born in Recife in 1931 and studied at the University of Recife.",
          "She opened a clinic in Olinda in March 1960."],
         "Maria Elena De Souza opened a clinic in Olinda in March 1960."),
    ],
)
def test_he_or_she_is_the_person_the_text_before_is_about(paragraphs: list[str], expected: str) -> None:
    assert expected in summaries(events_titled("", *paragraphs, kind="news", date="1999-05-20"))


def test_a_pronoun_with_no_one_before_it_drops_the_event() -> None:
    assert events_titled("Notes", "He was arrested on 3 May 1990 at the border.") == []
    assert events_titled("Notes", "They signed the lease in June 1988.", kind="paper") == []


# ------------------------------------------------------------------------------------------ things
def test_it_is_the_named_thing_the_sentence_before_was_about() -> None:
    events = events_titled(
        "Voyager, the probes that left the Solar System",
        "Voyager 2 was launched on August 20, 1977, two weeks before its twin.",
        "It passed Uranus in January 1986 and discovered ten new moons. It reached Neptune in August 1989.",
    )
    assert summaries(events)[1:] == ["Voyager 2 passed Uranus in January 1986 and discovered ten new moons.",
                                     "Voyager 2 reached Neptune in August 1989."]


def test_it_after_a_subject_with_no_name_is_nobody() -> None:
    """"The receiving reservoir at Yorkville … later lay within Central Park." / "It was drained in the 1930s" (judge
    344's document) became the timeline's "The was drained …": an article alone was taken for the subject's name."""
    events = events_titled(
        "The Orr Aqueduct",
        "The Orr Aqueduct carried water to Kessel from 1842. The receiving reservoir at Varnton, between two hills, later "
        "lay within the city park. It was drained in 1934, and the site became a lawn.",
    )
    assert not [s for s in summaries(events) if re.match(r"(?:The|A|An|This) (?:was|were)\b", s)], summaries(events)


@pytest.mark.parametrize(
    ("title", "paragraphs", "expected"),
    [
        ("The building of the Panama Canal", ["Work went slowly for years.", "The canal opened on August 15, 1914."],
         "The Panama Canal opened on August 15, 1914."),
        ("Border talks", ["The Treaty of Rapallo settled the border between the two states.",
                          "This treaty was annulled in 1924 after a coup."],
         "The Treaty of Rapallo was annulled in 1924 after a coup."),
        ("Quarterly results", ["Conseco Inc. reported higher profits for the quarter.",
                               "The company said it would redeem its preferred shares on 7 December 1989."],
         "Conseco Inc. said it would redeem its preferred shares on 7 December 1989."),
    ],
)
def test_a_definite_noun_is_the_named_thing_with_that_head(title: str, paragraphs: list[str], expected: str) -> None:
    assert expected in summaries(events_titled(title, *paragraphs, kind="news", date="1989-11-02"))


def test_a_later_clause_reads_its_pronoun_from_the_clause_before() -> None:
    [_, second] = events_titled("", "The observatory opened in 1958, and its first survey began in 1961.")
    assert second.summary == "The observatory's first survey began in 1961."


# ------------------------------------------------------------------------------------ connectives
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parliament debated the bill for months. But Parliament rejected it in March 1912.",
         "Parliament rejected it in March 1912."),
        ("The lab was small. Also, the Pasteur Institute hired four chemists in 1936.",
         "The Pasteur Institute hired four chemists in 1936."),
    ],
)
def test_a_connective_opening_goes(text: str, expected: str) -> None:
    assert expected in summaries(events_titled("", text))


def test_when_nothing_names_the_referent_the_sentence_before_carries_it() -> None:
    events = events_titled("Letters", "In 1894 the chemist Marie Sklodowska met Pierre Curie in Paris. "
                                      "They married in July 1895 in a civil ceremony.")
    assert summaries(events)[-1] == ("In 1894 the chemist Marie Sklodowska met Pierre Curie in Paris. They married in "
                                     "July 1895 in a civil ceremony.")
    assert all(opening_reference(s) is None for s in summaries(events))


def test_a_name_of_an_organisation_is_no_person_and_a_pronoun_in_the_sentence_before_carries_on() -> None:
    events = events_titled(
        "Amara Diallo, a life in politics",
        "Amara Diallo was born in a small river town in 1941 and trained as a teacher.",
        "The Popular Unity Front won the vote in May 1994, and Diallo was sworn in as president.",
        "As president she set up a truth commission, chaired by Bishop Kofi Mensah. She served a single term "
        "and stepped down in June 1999.",
    )
    assert summaries(events)[-1] == "Amara Diallo served a single term and stepped down in June 1999."


@pytest.mark.parametrize(("title", "body", "head", "named"), [
    ("Reading the human genome", "The Human Genome Project began in 1990. Watson left the project in 1992.",
     "project", "Human Genome Project"),  # science: the name is in the text, not the title
    ("Motorway bridge collapses in Genoa", "A motorway bridge fell on Tuesday. The Morandi bridge opened in 1967. "
     "Engineers had warned that the bridge was corroding.", "bridge", "Morandi bridge"),  # title case gives way
    ("The Berlin Airlift, 1948–1949", "In June 1948 the airlift began.", "airlift", "Berlin Airlift"),  # history
    ("Harbour news", "The Valmora Harbour Commission met in 1874. In 1875 the commission raised its fees.",
     "commission", "Valmora Harbour Commission"),  # news
    # a sentence-case headline names a thing by its capitalised words; a three-letter head counts
    ("Slovakia seal Hopman Cup success", "Slovakia beat Argentina. They won the Cup on their debut in 1998.",
     "cup", "Hopman Cup"),  # sport news
    ("Senate passes Clean Air Act", "The Clean Air Act was signed in 1970. Critics said the Act cost jobs.",
     "act", "Clean Air Act"),  # politics news
    ("Aswan Dam", "Work began in 1960. Nasser opened the dam in 1970.", "dam", "Aswan Dam"),  # engineering
])
def test_the_noun_a_document_names_one_thing_by_is_that_thing(title: str, body: str, head: str, named: str) -> None:
    from bot.corpus.referents import document_noun_phrases

    assert document_noun_phrases(title, body)[head] == named


@pytest.mark.parametrize(("title", "body", "head", "named"), [
    # title case the text writes in lower case (judge 166: "did the Original Ferris Wheel carry")
    ("The Original Ferris Wheel of 1893", "The wheel opened in June 1893. The Great Wheel at Earls Court followed in "
     "1895. The London Eye is three times the height of the original Ferris wheel.", "wheel", "original Ferris wheel"),
    ("The Famous Kessel Clock", "The clock was built in 1410. Visitors still come to see the famous Kessel clock.",
     "clock", "famous Kessel clock"),
    # a name the text writes as the title does stays; a word of a longer name is no other way of writing it
    ("The Great Chicago Fire", "The Great Chicago Fire began in October 1871. In 1872 the fire was blamed on a cow.",
     "fire", "Great Chicago Fire"),
    ("Record year for Chilean copper", "Sales rose, the Chilean Copper Commission said. The Chilean copper price rose.",
     "copper", "Chilean copper"),
])
def test_a_titles_name_is_written_as_its_text_writes_it(title: str, body: str, head: str, named: str) -> None:
    from bot.corpus.referents import Referents, document_noun_phrases

    assert document_noun_phrases(title, body)[head] == named
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", body)]
    assert Referents(title, [body], [sentences]).named(0, 1, head) == f"the {named}"


@pytest.mark.parametrize(("title", "body", "head"), [
    ("Space race", "The Apollo mission landed in 1969. The Gemini mission flew in 1965. Later the mission ended.",
     "mission"),  # two named missions: "the mission" is unclear
    ("Genoa", "Genoa is the Italian city of the port. In 1992 the city hosted an expo.", "city"),  # a demonym names nothing
    ("Costs", "It cost a lot. The cost rose in 2001.", "cost"),  # "It cost" is a sentence's start, not a name
    # a person's name is no thing's name: the unit, the prize and the ship named after someone
    ("Nikola Tesla", "Nikola Tesla was born in 1856. In 1884 Tesla sailed to New York. In 1960 the unit was "
     "named the tesla in his honour. "
     "The Nikola Tesla Museum opened in 1955.", "tesla"),
    ("Alfred Nobel", "Alfred Nobel left his fortune to found the prizes. In 1895 Nobel signed his will. "
     "The nobel is not a unit.", "nobel"),
    ("A physicist's life", "Ernest Rutherford split the atom in 1917. In 1919 Rutherford moved to Cambridge. "
     "The rutherford, a unit of radioactivity, was named in 1946.", "rutherford"),
    # a person's office before their name is no thing's name
    ("Spammer seeks bankruptcy", "The suit was brought by Microsoft and New York attorney general Eliot Spitzer. "
     "Richter settled the attorney general case in July 2004.", "attorney"),
    ("Budget row", "Treasury secretary John Snow spoke. In 2003 the secretary praised the plan.", "secretary"),
    # a text about several of them, one named (judge 42: "the church" is not the one church it names)
    ("Antoni Gaudí", "Antoni Gaudí was born in Reus in 1852. For a textile village he designed a church whose structure "
     "he calculated with strings. Only the crypt of the Colònia Güell church was built. In 1883 he planned a church "
     "with eighteen towers. In 2010 the Pope consecrated the church.", "church"),
    ("Harbours of Maine", "Maine has a long coast. The town built a lighthouse on the cape in 1791. The Portland Head "
     "lighthouse still stands. A fishing village later raised a lighthouse too. In 1855 the lighthouse was raised.",
     "lighthouse"),
    # a group's possessive opens a second name of the head, not an owner's (judge 63: "the college" was Geneva's)
    ("Elizabeth Blackwell", "In 1847 Elizabeth Blackwell entered Geneva Medical College. In 1868 she opened the "
     "Women's Medical College of the New York Infirmary. In 1869 Blackwell left the college.", "college"),
    ("A surgeon's career", "In 1901 Ellen Ward trained at the Royal Free Hospital. In 1912 she joined the Children's "
     "Hospital in Leeds. She left the hospital in 1920.", "hospital"),
    ("A curator's life", "In 1890 the Peabody Museum hired Ada Lorne. In 1902 she moved to the Children's Museum in "
     "Boston. She left the museum in 1910.", "museum"),
    # a work's title is the work's name, not a name of its last word (judge 357 was asked whether Parliament approved
    # "the Post Office Reform", a pamphlet)
    ("The Penny Black", "In 1837 he published a pamphlet, Post Office Reform: Its Importance and Practicability. "
     "Parliament approved the reform in 1839.", "reform"),
    ("Ada Oastler", "In 1830 she wrote a pamphlet, The Ten Hours Bill, on child labour. Parliament passed the bill in "
     "1847.", "bill"),
    ("Ned Loft", "In 1851 he wrote a book titled Harbour Scheme for Swansea. The council adopted the scheme in 1853.",
     "scheme"),
    ("Rob Vane", "In 1959 Rob Vane wrote a novel entitled The Mountain Accord. The two governments signed the accord "
     "in 1961.", "accord"),
])
def test_a_noun_with_no_single_name_stays_as_written(title: str, body: str, head: str) -> None:
    from bot.corpus.referents import document_noun_phrases

    assert head not in document_noun_phrases(title, body)


# -------------------------------------------------- an unplaced definite noun: named, or no event
@pytest.mark.parametrize(
    ("paragraphs", "kind", "kept"),
    [
        (["Amundsen sailed north in the ship Maud in 1918.", "The voyage reached the Bering Strait in 1920."],
         "biography", ["1918"]),
        (["De Lesseps and his engineers began digging in 1881.", "The company went bankrupt in 1889."], "history",
         ["1881"]),
        (["Engineers tested both probes in the desert in 1976.", "The spacecraft was launched in August 1977."],
         "paper", ["1976"]),
    ],
)
def test_a_definite_noun_no_reader_can_place_drops_its_event(paragraphs: list[str], kind: str,
                                                             kept: list[str]) -> None:
    assert [e.value for e in events_titled("Explorers and engineers", *paragraphs, kind=kind)] == kept


def test_in_news_the_storys_own_participants_stand() -> None:
    events = events_titled("Miners trapped in Chile", "The rescue team reached the men on Oct. 9, 2010.",
                           "The company apologised to the families in August 2010.", date="2010-10-14", kind="news")
    assert [e.value for e in events] == ["2010-10-09", "2010-08"]


@pytest.mark.parametrize(
    "text",
    [
        "The last, Apollo 17, left the lunar surface in December 1972.",
        "The first human patient was Albert Alexander, a police constable treated in February 1941.",
        "The machine that broke through first, a Schramm T130 drill, reached the workshop on 9 October 2010.",
        "The first cosmonaut orbited the earth in April 1961.",
        "The political compromise of 1996 ignited a crisis in the provinces.",
    ],
)
def test_a_definite_noun_named_in_its_own_sentence_stands(text: str) -> None:
    [event] = events_titled("", text, kind="history")
    assert event.summary == text


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Fire devastates Notre-Dame cathedral in Paris", "The fire was declared extinguished on 16 April 2019."),
        ("All 33 miners rescued from collapsed Chilean mine", "The rescue operation began on 12 October 2010."),
        ("Voyager, the probes that left the Solar System", "The probes passed Jupiter in 1979."),
    ],
)
def test_a_definite_noun_the_title_names_stands(title: str, text: str) -> None:
    [event] = events_titled(title, text, kind="history")
    assert event.summary == text


@pytest.mark.parametrize(
    ("paragraphs", "summary"),
    [
        (["A volcanic eruption on the Spanish island of La Palma forced thousands from their homes.",
          "The eruption ended in December 2021 after 85 days."],
         "The volcanic eruption on the Spanish island of La Palma ended in December 2021 after 85 days."),
        (["For 28 years a wall divided the city of Berlin.", "The city was reunited in October 1990."],
         "The city of Berlin was reunited in October 1990."),
        (["A strike at the port of Antwerp stopped all shipping.", "The strike ended in May 1907."],
         "The strike at the port of Antwerp ended in May 1907."),
    ],
)
def test_a_definite_noun_takes_the_name_the_text_introduced_it_with(paragraphs: list[str], summary: str) -> None:
    assert summaries(events_titled("", *paragraphs, kind="history")) == [summary]


def test_a_name_cut_to_its_capitalised_head_is_named_in_full() -> None:
    """"won the Cup" in a story about the Hopman Cup is the Hopman Cup; "the Act" after the Clean Air Act is
    that Act; a name the text writes in full, or another head, stays as written."""
    from bot.corpus.referents import name_the_subject

    named = {"cup": "Hopman Cup", "act": "Clean Air Act", "canal": "Panama Canal"}
    assert name_the_subject("Slovakia won the Cup in 1998.", named) == "Slovakia won the Hopman Cup in 1998."
    assert name_the_subject("In 1977 the Act was amended.", named) == "In 1977 the Clean Air Act was amended."
    assert name_the_subject("The Canal opened in 1914.", named) == "The Panama Canal opened in 1914."
    for kept in ("They won the Davis Cup in 2005.", "The Cup's trophy was stolen.", "the Treaty was signed.",
                 # a capital "The" inside a sentence opens a work's title, no name cut short
                 "Defoe published The Cup, a novel, in 1704.", "In 1990 she wrote The Act for the stage."):
        assert name_the_subject(kept, named) == kept


def test_a_name_that_takes_no_article_is_put_in_without_one() -> None:
    """"to occupy the Wrangel Island" (judge 340's text said "to occupy the island"): an island's, a street's or a
    square's name takes no "the" when it stands for "the island"; a name that does keeps it."""
    from bot.corpus.referents import name_the_subject

    named = {"island": "Wrangel Island", "street": "Arden Street", "square": "Trafalgar Square", "canal": "Panama Canal"}
    assert name_the_subject("In 1921 a party occupied the island.", named) == "In 1921 a party occupied Wrangel Island."
    assert name_the_subject("The island was annexed in 1924.", named) == "Wrangel Island was annexed in 1924."
    assert name_the_subject("Troops marched into the street.", named) == "Troops marched into Arden Street."
    assert name_the_subject("The square was paved in 1844.", named) == "Trafalgar Square was paved in 1844."
    assert name_the_subject("The canal opened in 1914.", named) == "The Panama Canal opened in 1914."


def test_a_bodys_head_named_alone_is_no_surname() -> None:
    """"The Scottish Parliament backed the company … He was granted an indemnity by Parliament" (judge 70): a word
    the text writes in full and then alone is a surname ("Kopp, 44, became …"), unless it is the head of a body or
    a place ("Parliament", "Senate", "Bridge"), so "he" in that clause is nobody named there."""
    from bot.corpus.referents import Referents

    texts = ["In 1695 the Scottish Parliament backed the company. In 1790 the Federal Senate met. In 1937 the Golden "
             "Gate Bridge opened. Parliament paid. Parliament sat. Senate rules held. Senate votes fell. Bridge tolls "
             "rose. Bridge traffic grew. In 1998 the sniper James Kopp fled. Kopp hid. Kopp ran."]
    referents = Referents("Debts", texts, [[(0, len(texts[0]))]])
    assert referents._persons("He was paid by Parliament and the Senate at the Bridge.") == []
    assert referents._persons("He was found by Kopp.") == ["Kopp"]


@pytest.mark.parametrize(("title", "head", "phrase"), [
    # judge 195: "The expedition left Royal Park" became "The Wills Expedition left …"
    ("The Burke and Wills Expedition across Australia", "expedition", None),
    ("The Sholes and Glidden Typewriter and the Birth of QWERTY", "typewriter", None),
    ("Anandibai Joshi: India's First Woman Doctor of Western Medicine", "medicine", None),
    ("Charles Messier and His Catalogue of Nebulae", "catalogue", None),
    # ... nor a description in title case after "a" (judge 203: "the island" became "the Remote Atlantic Island")
    ("Saint Helena: A Short History of a Remote Atlantic Island", "island", None),
    ("Saint Helena: A Short History of a Remote Atlantic Island", "history", None),
    ("How William Herschel Found a New Planet", "planet", None),
    # a whole name stays
    ("The Lewis and Clark Expedition, 1804 to 1806", "expedition", "Lewis and Clark Expedition"),
    ("Saint Helena: A Short History of a Remote Atlantic Island", "helena", "Saint Helena"),
    ("The building of the Panama Canal", "canal", "Panama Canal"),
    ("The Michelson–Morley Experiment", "experiment", "Michelson–Morley Experiment"),
    # ... and one whose head comes first (judge 290's "Canal du Midi")
    ("Canal du Midi", "canal", "Canal du Midi"),
    ("The Siege of Leiden, 1573 to 1574", "siege", "Siege of Leiden"),
])
def test_a_titles_named_thing_is_never_the_tail_of_a_longer_name(title: str, head: str, phrase: str | None) -> None:
    """"The expedition left Royal Park in Melbourne" in "The Burke and Wills Expedition across Australia" became "The
    Wills Expedition left …" (judge 195): the title's named things by head noun are whole names, never what follows
    an "and" or an "of" inside one, nor a description in title case after "a"."""
    assert title_noun_phrases(title).get(head) == phrase


@pytest.mark.parametrize(("title", "body", "head"), [
    # judge 202: "Frederick Brackett described the series with n equal to 4" became "the Balmer Series …"
    ("The Balmer Series and the Lines of Hydrogen", "Theodore Lyman found the Lyman series in 1906. Friedrich Paschen "
     "found the Paschen series in 1908. Frederick Brackett described the series with n equal to 4 in 1922. The Brackett "
     "series lies in the infrared.", "series"),
    ("The Balmer Series and the Lines of Hydrogen", "Rydberg's formula suggested other series with other values of n. "
     "Frederick Brackett described the series with n equal to 4 in 1922.", "series"),
    ("The Kessel Comet", "The comet was seen in 1910. The Varn comet followed in 1911, the Lode comet in 1912 and the "
     "Brill comet in 1913. The comet faded.", "comet"),
])
def test_the_titles_thing_is_not_what_the_text_names_others_of_its_kind(title: str, body: str, head: str) -> None:
    """"the series with n equal to 4" is Brackett's, not the title's "Balmer Series" (judge 202): where the text runs
    through three or more others of the title's kind ("the Lyman series", "the Paschen series" …), "the <kind>" is no
    one of them; a canal compared with a few others is still the document's."""
    assert head not in document_noun_phrases(title, body)
    assert document_noun_phrases("The building of the Panama Canal", "The canal was longer than the Suez Canal, the Kiel "
                                 "Canal and the Erie Canal. The canal opened in 1914.")["canal"] == "Panama Canal"

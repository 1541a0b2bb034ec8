"""Definite descriptions whose referent is outside the sentence (bot.corpus.descriptions), each rule
shown on sentences of several kinds of document: athletics, football, politics, business, the arts."""

from __future__ import annotations

import pytest

from bot.corpus.descriptions import (
    anaphoric_definite,
    context_names,
    context_person,
    person_descriptions,
    resolve_person,
)


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        ("The 25-year-old Briton clocked 7.98 seconds while Irina Shevchenko finished sixth.", "The 25-year-old Briton"),
        ("The world junior champion clocked 44.93 seconds to finish well clear.", "The world junior champion"),
        ("The Olympic silver medallist set the fastest time in Europe this year.", "The Olympic silver medallist"),
        ("Cragg held off the Ethiopian veteran by only 0.19 seconds.", "the Ethiopian veteran"),
        ("The former chancellor was paid £250,000 for his memoirs.", "The former chancellor"),
        ("The 48-year-old Dane joined the brewer as a marketing trainee.", "The 48-year-old Dane"),
        ("The Oscar-winning actress sold the house for $4.2m.", "The Oscar-winning actress"),
        ("The Spanish violinist joined the Vienna orchestra in 1979.", "The Spanish violinist"),
        ("The French referee awarded the goal after consulting his colleague.", "The French referee"),
        ("The young astronomer found the comet in 1995.", "The young astronomer"),
        # a name as the modifier: a club, a party, a company
        ("The Manchester United winger won his first cap as a 17-year-old in 1991.", "The Manchester United winger"),
        ("The Real Madrid striker scored twice in the second half.", "The Real Madrid striker"),
        ("The Microsoft founder gave the lecture in Seattle.", "The Microsoft founder"),
        # a ruler's title standing for the ruler the sentence before named
        ("In 1341 the Sultan chose Ibn Battuta to lead an embassy to China.", "the Sultan"),
        ("On Christmas Day 800 the Pope crowned Charlemagne in Rome.", "the Pope"),
        ("The Tsar dissolved the Duma in 1906.", "The Tsar"),
    ],
)
def test_a_person_described_without_a_name_is_found(sentence: str, description: str) -> None:
    assert [d.text for d in person_descriptions(sentence)] == [description]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelly Holmes, the 25-year-old Briton, clocked 7.98 seconds in Birmingham.",  # a name before it
        "The world champion Kelly Holmes won the 1,000m in two minutes 35.39 seconds.",  # a name after it
        "In 1909 Frederick Cook and Robert Peary each claimed to have reached the North Pole first.",  # a place
        "The Black Prince died at Westminster in 1376.",  # a name whose last word looks like a person noun
        "Sultan Mehmed II took Constantinople in 1453.",  # the title with its name
        "The King of France signed the treaty at Cateau-Cambrésis.",  # pinned down by "of"
        "The chancellor, Gordon Brown, has been given a £2.1bn boost.",  # an appositive name
        "The American duo Jerry Harris and James Davis took second and third.",  # "American" is an adjective here
        "Production began through an agreement with the American drug company Eli Lilly.",  # an adjective again
        "The president of Chile greeted the 33 miners at the camp.",  # "of Chile" says which president
        "The coach of the England team, Sven-Goran Eriksson, watched from the stand.",  # "of" says which coach
        "Hartwell employs 2,300 people at three breweries in Yorkshire.",  # no description at all
        # a people, not one person (judge 75: "the Portuguese attacked" became "Ngola Mbandi attacked")
        "In 1626 the Portuguese attacked her stronghold on the islands of the Kwanza River.",
        "In 1667 the Dutch burned the English fleet at Chatham.",
        "In 1314 the Scots defeated Edward II at Bannockburn.",
    ],
)
def test_a_named_or_pinned_down_person_is_no_unresolved_description(sentence: str) -> None:
    assert person_descriptions(sentence) == []


def test_the_name_comes_from_the_subject_of_the_sentence_before() -> None:
    assert context_person("Teenager LaShawn Merritt ran the third fastest indoor 400m of all time at the "
                          "Fayetteville Invitational meeting.") == "LaShawn Merritt"
    assert context_person("Fiona Rennie broke the Scottish indoor record for 60m at the Kelvin Hall "
                          "International in Glasgow on Saturday.") == "Fiona Rennie"
    assert context_person("Chairman Richard Hartwell said the decision had been the hardest of his life.") \
        == "Richard Hartwell"


@pytest.mark.parametrize(
    "earlier",
    [
        # the subject's name is lost (a fragment paragraph): the only name is someone else's
        "continued her outstanding start to the season, beating a strong field, which included two-time "
        "Olympic bronze medallist Melissa Morrison, to claim the women's 60m hurdles.",
        # two people: either may be "the 61-year-old chairman"
        "Chairman Richard Hartwell met Mette Sørensen in Copenhagen in January.",
        # nobody named
        "The board said it would recommend the offer to shareholders.",
    ],
)
def test_no_name_or_an_ambiguous_one_resolves_nothing(earlier: str) -> None:
    assert context_person(earlier) is None


def test_titles_events_and_common_words_are_no_names() -> None:
    assert context_names("Double Olympic champion Kelly Holmes won at the Norwich Union Birmingham Indoor "
                         "Grand Prix.") == ["Kelly Holmes"]
    assert context_names("He missed the European Indoor Championships in Madrid.") == []


@pytest.mark.parametrize(("earlier", "name"), [
    ("In London Leonard Colebrook, working at Queen Charlotte's Hospital, used the drug from 1936.", "Leonard Colebrook"),
    ("In Paris Marie Dorval opened a salon in 1830.", "Marie Dorval"),
    ("At Kenya Ada Lind trained for the race.", "Ada Lind"),
    # a place that is the first word of a two-word name stays: "Victoria Cross" is no concern here, "Paris Hilton" is a name
    ("Paris Hilton opened a shop in Leeds.", "Paris Hilton"),
])
def test_a_place_before_a_name_is_no_part_of_it(earlier: str, name: str) -> None:
    """"the son of London Leonard Colebrook" (judge 170): "In London Leonard Colebrook, working at …" gave a three-word
    name whose first word was the place the sentence opened on."""
    assert context_names(earlier) == [name]


def test_resolving_puts_the_name_where_the_description_stood() -> None:
    for sentence, name, expected in [
        ("The world junior champion clocked 44.93 seconds in Arkansas.", "LaShawn Merritt",
         "LaShawn Merritt clocked 44.93 seconds in Arkansas."),
        ("Doyle finished behind the Olympic silver medallist in Stockholm.", "Peter Mwangi",
         "Doyle finished behind Peter Mwangi in Stockholm."),
    ]:
        described = person_descriptions(sentence)
        assert len(described) == 1
        assert resolve_person(sentence, described[0], name) == expected


@pytest.mark.parametrize(
    ("sentence", "earlier", "phrase"),
    [
        ("One of the highlights of the sale is Roy Lichtenstein's Blue Nude.", {"versace", "sale"}, "the sale"),
        ("RDF Media, which makes the British show for US network ABC, has filed a claim.", {"show", "wife"},
         "the British show"),
        ("The authorities estimate the ID fraud caused losses of $4m.", {"fraud", "site"}, "the ID fraud"),
        ("The survey counted 52,000 paying spectators at eleven meetings in 2004.", {"survey", "athletics"},
         "The survey"),
        ("In 2004, all 112,000 tickets for the public sold out in 24 hours.", {"tickets", "festival"},
         "all 112,000 tickets"),
        ("Each winner received £2,500, and a bonus was paid for the record.", set(), "Each winner"),
        ("The US team won the relay in Athens.", {"team"}, "The US team"),  # a team is not one a country has
    ],
)
def test_a_definite_noun_the_earlier_sentences_introduced_points_back(sentence: str, earlier: set[str],
                                                                      phrase: str) -> None:
    assert anaphoric_definite(sentence, earlier) == phrase


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("The locks at Gatun, Pedro Miguel and Miraflores lift ships 26 metres.", {"locks"}),  # a place pins them
        ("The Berlin Wall grew into a system of barriers 155 kilometres long.", {"wall"}),  # a name
        ("The sale of the television rights brought in £140,000.", {"sale"}),  # "of" says which sale
        ("The authorities in the US indicted 19 people in Newark.", {"authorities"}),
        ("The world's largest brewer sold 31 million hectolitres.", {"world"}),  # self-defining
        ("Hartwell shares rose 62p to 458p in London.", {"shares"}),  # no definite phrase at all
        ("The fraud caused losses of $4m.", {"site", "police"}),  # a fraud nobody mentioned before
        ("Xi visited Russia before the G20 summit 2017 held in Hamburg.", {"summit"}),  # its year says which
        ("The treaty signed in Paris ended the war in 1783.", {"treaty", "war"}),  # a participle and its place
        ("Delegates met before the congress held at Vienna in 1815.", {"congress"}),
        # what a country has one of (judge 25: "The US budget deficit hit a record …")
        ("The US budget deficit hit a record $412bn in the 12 months to 30 September 2004.", {"deficit", "budget"}),
        ("The French government fell in 1954.", {"government"}),
        ("The British economy grew by 3.1% in 2004.", {"economy"}),
    ],
)
def test_a_definite_noun_that_says_what_it_is_stands_alone(sentence: str, earlier: set[str]) -> None:
    assert anaphoric_definite(sentence, earlier) is None


def test_a_self_defining_word_after_the_determiner_is_no_reference_and_prepositions_end_the_phrase() -> None:
    assert anaphoric_definite("Drogba has missed the last three weeks through injury.", {"weeks", "injury"}) is None
    assert anaphoric_definite("Both teams scored on the same day in Madrid.", {"day"}) is None
    assert anaphoric_definite("The ban ran through the season after the fight.", {"fight"}) == "the fight"

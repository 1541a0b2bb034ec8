"""The English of generated questions: verb forms, wh-questions, and what a prompt leans on."""

from __future__ import annotations

import pytest

from bot.corpus.grammar import (
    active_past,
    leans_on_context,
    main_clause,
    missing_argument,
    past_base,
    unanchored,
    year_giveaway,
)


@pytest.mark.parametrize(
    ("word", "base"),
    [("resigned", "resign"), ("visited", "visit"), ("studied", "study"), ("stepped", "step"), ("died", "die"),
     ("controlled", "control"), ("hoped", "hope"), ("hopped", "hop"), ("flew", "fly"), ("led", "lead"),
     ("began", "begin"), ("annexed", "annex"), ("married", "marry"), ("founded", "found"), ("found", "find"),
     # the verb list also spells some with a hyphen ("over-take"): the base is spelled as the past is ("In which
     # year did Samsung over-take Nokia?" was made)
     ("overtook", "overtake"), ("undertook", "undertake"), ("overcame", "overcome"), ("rebuilt", "rebuild"),
     ("ghost-wrote", "ghostwrite")],
)
def test_past_tense_verbs_are_looked_up_not_guessed(word: str, base: str) -> None:
    assert past_base(word) == base


@pytest.mark.parametrize("word", ["red", "hundred", "need", "born", "Warsaw", "bed", "the", "seed"])
def test_words_that_only_look_past_are_not_verbs(word: str) -> None:
    assert past_base(word) is None


@pytest.mark.parametrize(("participle", "past"), [("overtaken", "overtook"), ("undertaken", "undertook"),
                                                  ("overcome", "overcame"), ("rebuilt", "rebuilt"), ("taken", "took")])
def test_a_passive_turned_active_takes_the_verbs_simple_past(participle: str, past: str) -> None:
    assert active_past(participle) == past


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ("Stevens resigned", "In which year did Stevens resign?"),
        ("Apollo 13 was launched", "In which year was Apollo 13 launched?"),
        ("the Curies announced the discovery of two new elements, polonium and radium",
         "In which year did the Curies announce the discovery of two new elements, polonium and radium?"),
        ("Voyager 2 passed Uranus and discovered ten new moons there", "In which year did Voyager 2 pass Uranus?"),
        ("Pierre Curie died when he was struck by a horse-drawn cart", "In which year did Pierre Curie die?"),
        ("The Pinault family promised money and Arnault pledged more",
         "In which year did the Pinault family promise money?"),
        ("Xi paid a visit before the G20 summit held in Hamburg, Germany, and left",
         "In which year did Xi pay a visit before the G20 summit held in Hamburg, Germany?"),
        ("East and West Germany were reunified on a Wednesday", "In which year were East and West Germany reunified on a Wednesday?"),
        ("Curie travelled to the United States where President Harding met her",
         "In which year did Curie travel to the United States?"),
        ("A former Thai navy diver, Saman Kunan, died while placing oxygen tanks",
         "In which year did a former Thai navy diver, Saman Kunan, die?"),
        ("Leland Stanford, the president of the Central Pacific, drove a golden spike into the last tie",
         "In which year did Leland Stanford, the president of the Central Pacific, drive a golden spike into the last tie?"),
        # a past perfect is asked in the past: "In which year had … invaded" is no English
        ("Napoleon's army had invaded Egypt", "In which year did Napoleon's army invade Egypt?"),
        ("Spain and Portugal had divided the Atlantic", "In which year did Spain and Portugal divide the Atlantic?"),
        ("Castro's rebels had taken power in Havana", "In which year did Castro's rebels take power in Havana?"),
        ("The Visigoths had overrun Rome", "In which year did the Visigoths overrun Rome?"),
        # a name given to the object after a comma goes with it
        ("Simón Bolívar led a swift campaign into Venezuela, later called the Admirable Campaign, and entered Caracas",
         "In which year did Simón Bolívar lead a swift campaign into Venezuela, later called the Admirable Campaign?"),
        ("Franklin and Gosling took a photograph of the B form of DNA, known as Photo 51",
         "In which year did Franklin and Gosling take a photograph of the B form of DNA, known as Photo 51?"),
        ("Watson, Crick and Wilkins received the Nobel Prize in Physiology or Medicine",
         "In which year did Watson, Crick and Wilkins receive the Nobel Prize in Physiology or Medicine?"),
        # an adverb between the subject and its verb goes with the verb
        ("Nintendo first launched its GameBoy console", "In which year did Nintendo first launch its GameBoy console?"),
        ("The two men jointly received the prize", "In which year did the two men jointly receive the prize?"),
        ("Parliament formally abolished the tax", "In which year did Parliament formally abolish the tax?"),
        # what is left when a fronted date is cut: a common noun describing the name that follows
        ("the physicist John Mauchly wrote a memorandum", "In which year did the physicist John Mauchly write a memorandum?"),
        ("the governor of Tennessee declared a holiday", "In which year did the governor of Tennessee declare a holiday?"),
        ("the steamer Excelsior docked in San Francisco", "In which year did the steamer Excelsior dock in San Francisco?"),
        # an "and" between two names joins them, not two predicates
        ("John Bampton summoned the villagers of Fobbing, Corringham and Stanford-le-Hope to Brentwood",
         "In which year did John Bampton summon the villagers of Fobbing, Corringham and Stanford-le-Hope to Brentwood?"),
        ("The state of California created the Golden Gate Bridge and Highway District to run the bridge",
         "In which year did the state of California create the Golden Gate Bridge and Highway District to run the bridge?"),
        ("Sten Sture defeated Christian I and Denmark lost Sweden", "In which year did Sten Sture defeat Christian I?"),
        ("UNESCO added Park Güell, the Palau Güell and the Casa Milà to its World Heritage List",
         "In which year did UNESCO add Park Güell, the Palau Güell and the Casa Milà to its World Heritage List?"),
        ("Kahlo and Rivera divorced", "In which year did Kahlo and Rivera divorce?"),
        # a name after a comma with a verb of its own opens the next clause of a list (judge 211)
        ("the scholar Jeong Mong-ju was murdered in Kaesong, King Gongyang was deposed and Yi Seong-gye took the throne",
         "In which year was the scholar Jeong Mong-ju murdered in Kaesong?"),
        ("The Senate ratified the treaty, President Polk signed it and Mexico ceded California",
         "In which year did the Senate ratify the treaty?"),
        ("Abebe Bikila won the marathon in Rome, Ethiopia celebrated for a week",
         "In which year did Abebe Bikila win the marathon in Rome?"),
        # ... but a name after a comma with no verb of its own stays
        ("Haile Selassie visited Kingston, Jamaica", "In which year did Haile Selassie visit Kingston, Jamaica?"),
        ("Elizabeth Garrett Anderson helped Sophia Jex-Blake and others to found the London School of Medicine",
         "In which year did Elizabeth Garrett Anderson help Sophia Jex-Blake and others to found the London School of "
         "Medicine?"),
        # a plural noun opening the sentence is capitalised only there: no name ("did Builders begin", judge 61's kind)
        ("Builders began York Minster", "In which year did builders begin York Minster?"),
        ("Pilgrims reached Santiago de Compostela", "In which year did pilgrims reach Santiago de Compostela?"),
        ("Farmers planted maize at Tehuacán", "In which year did farmers plant maize at Tehuacán?"),
    ],
)
def test_clauses_become_grammatical_wh_questions(clause: str, question: str) -> None:
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset()) == question


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ("Keeling received the National Medal of Science", "In which year did Keeling receive the National Medal of Science?"),
        ("Fielding published Tom Jones", "In which year did Fielding publish Tom Jones?"),
        ("Builders began York Minster", "In which year did Builders begin York Minster?"),
    ],
)
def test_a_name_the_corpus_capitalises_is_never_lowered_as_a_common_word(clause: str, question: str) -> None:
    """"In which year did keeling receive …?" (judge 71): "Keeling" looks like a verb's -ing form, which opens a
    subject in lower case ("did rebuilding begin"); a word the corpus capitalises mid-sentence is a name and keeps
    its capital (a plural noun like "Builders" too, when the corpus writes it as one)."""
    parsed = main_clause(clause)
    assert parsed is not None
    name = clause.split()[0]
    assert parsed.question("In which year", frozenset(), frozenset({name})) == question
    assert parsed.question("In which year", frozenset()) == question.replace(f"did {name}", f"did {name.lower()}")


@pytest.mark.parametrize(
    "clause",
    [
        "After the police killed 69 people, the government banned the party",  # a subordinate opener
        "Because Britain was at war, Florey travelled to America",
        "Spain's prime minister, Pedro Sánchez, flew to the island",  # an appositive subject
        "The spacecraft has already outlived its planned lifetime",  # present perfect
        "He was arrested",  # a pronoun subject
        "Voyager 2 followed",  # followed what?
        # a lower-case subject naming nobody (left after a fronted date): "the team", "the day after …"
        "the team published its results",
        "the day after Britain declared war, Turing reported to Bletchley Park",
        "the wind in the Narrows blew at about 64 kilometres per hour",
        "It rained for weeks",
        # a comma cut between an adjective and its noun
        "The Great Eastern sailed from Ireland with a new, heavier cable",
        "The company built the line with an old, narrow gauge",
    ],
)
def test_clauses_we_cannot_invert_make_no_question(clause: str) -> None:
    parsed = main_clause(clause)
    assert parsed is None or (parsed.subject[:1].isupper() and parsed.subject.split()[0] not in ("After", "Because"))
    if parsed is not None:
        assert leans_on_context(parsed.question("In which year", frozenset())) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "NASA set the goal of finding, within ten years, 90 per cent of near-Earth objects larger than 1 km",
        "The mayor was charged with selling, through his brother's firm, the city's surplus coal",
        "The society was credited with founding, at its own cost, the first public library in the town",
        "The engineers finished the work of building, in under two years, a dam across the gorge",
    ],
)
def test_a_cut_that_leaves_a_gerund_without_its_object_makes_no_clause(sentence: str) -> None:
    """A comma after an -ing verb whose object comes after an aside: the cut at the comma leaves the verb hanging."""
    assert main_clause(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Gutenberg mastered the art of printing",  # a noun in -ing, nothing cut
        "The mayor was charged with selling the city's surplus coal",
        "The engineers finished the work of building a dam, which still stands, across the gorge",
    ],
)
def test_a_gerund_with_its_object_or_a_noun_in_ing_keeps_its_clause(sentence: str) -> None:
    assert main_clause(sentence) is not None


def test_who_questions_keep_the_verb_form_and_labels_are_short() -> None:
    parsed = main_clause("Howard Florey and Ernst Chain began a systematic study of antibacterial substances")
    assert parsed is not None
    assert parsed.subject_question() == "Who began a systematic study of antibacterial substances?"
    assert parsed.label() == "Howard Florey and Ernst Chain began a systematic study of antibacterial substances"


@pytest.mark.parametrize(
    "prompt",
    [
        "However, the treaty was signed in _____.",
        "At the same time, Russia joined the group in _____.",
        # a comparison with what the sentence before said (judge 45)
        "By contrast, the _____ San Francisco earthquake, which killed about 3,000 people, is estimated at magnitude 7.9.",
        "In comparison, the Forth Bridge took _____ years to build.",
        "He was arrested in _____.",
        "The company went bankrupt in _____.",
        "The initiative was announced in _____.",
        "This statement was signed in _____.",
        "Future visits mark the _____ trip to Russia since he became president of China.",
        "The summit will be held in Xiamen in _____.",
        # a plan or a forecast in the present (judge 28)
        "US retail giant Federated Department Stores is to buy rival May Department Stores for _____.",
        # a comparison with no "than" (judge 29)
        "The Channel Tunnel, which opened in _____, is shorter overall but has a longer undersea section.",
        "The Forth Bridge, opened in _____, was much longer and carried two tracks.",
        "In _____ Joseph Paxton met ten of them in Leeds.",  # "of them" with no plural before it
        "UNECE is forecasting average economic growth of _____ for Europe in 2005.",
        "Aer Lingus and Iberia are to merge Atlantic routes in _____.",
        "As of January 2005, Apple expects the Mac mini to sell for _____ in the US.",  # judge 30
        "The Hallé hopes to open its new hall in Manchester in _____.",
        "Lee's answer, in _____, was the Fantastic Four, a team of astronauts.",  # answer to what? (judge 30)
        "Four were acquitted, and three were hanged aboard HMS Brunswick on 29 October _____.",  # four of whom?
        "In _____ the court heard the case, and two were sent to Botany Bay.",
        "In which year did Faraday's reply reach the Royal Society?",
        "According to Claire Dubois, Louis Pasteur's first major discovery came in _____.",  # which? (judge 31)
        "Officials met on Tuesday to discuss the _____ plan.",
        "The lava was moving at about _____ metres an hour towards the coast.",
        "The first human patient was treated in _____.",
        "The twin rovers Spirit and Opportunity followed in _____.",
        # a relation whose other side is the text's own country (a dump of judge 341's documents)
        "In which year did tension with Spain rise sharply?",
        "Relations with Japan were broken off in _____.",
        "In which year did talks with the Kessel rebels begin in Geneva?",
        # an ordinal with no noun, before a verb (judge 349's document)
        "In which year was the first set up by Neil Armstrong and Buzz Aldrin at Tranquility Base?",
        "The second was launched from Baikonur in _____.",
        # elsewhere than the story's own place (judge 346)
        "In which year did some Citigroup operations elsewhere in the world come under regulatory criticism?",
        "In _____ cholera spread from Hamburg to towns elsewhere in Germany.",
        "Last year the city council spent _____ on roads.",
        "The two countries signed _____ agreements.",
        # a definite noun placed only by a date, a shell noun with a clause after it, "that" after a preposition
        "Pope Clement VI condemned the movement in October _____.",
        "The council banned the practice in March _____.",
        "The result was the Dialogue Concerning the Two Chief World Systems, published in _____.",
        "The outcome was the Treaty of Ghent, signed in _____.",
        "Perlmutter and Riess shared the _____ Nobel Prize in Physics for that work.",
        "Brunel was knighted in _____ after that voyage.",
        # a time counted from another event: that event dates this one
        "Only 17 days after the launch, on 3 May _____, the probe reached orbit around Mars.",
        "Two weeks after the coronation, the king rode north to York in _____.",
        # "her" as an object, with only the subject named before it (an adjective of a title is no name)
        "In which year did the American poet Henry Wadsworth Longfellow celebrate her in his poem?",
        "In which year did the French painter Claude Monet paint her in a garden?",
        "In which country were homosexual acts then a crime?",  # "then": the time the text speaks of
        # "that" standing alone, work on nothing named, a news story's present
        "War with Spain in _____ interrupted even that.",
        "The strike of _____ did not stop that.",
        "Work began with the Amsteldiep dike, which joined Wieringen to North Holland in _____.",
        "Construction started in _____ under the engineer Cornelis Lely.",
        "The _____ Orange British Academy Film Awards are being held at The Odeon in Leicester Square.",
        "The gap between exports and imports hit an all-time high of _____ in 2004, latest figures show.",
        # a path or place left unnamed, a relation with nothing to relate to
        "As of October 2026, up to 260 freight trains and _____ passenger trains a day can pass through.",
        "In _____ the first steamship sailed across.",
        "The Lötschberg Base Tunnel, _____ kilometres long, opened further west in 2007.",
        "In _____ a second colony was founded farther south, at Port Royal.",
        "Grace Hopper obtained an exemption and joined the Naval Reserve in December _____.",
        "In _____ the studio announced a sequel.",
        "The city council granted a waiver in _____.",
        "When Parliament met in December _____, members demanded an inquiry.",
        "In which year was the first scientific expedition led by the mineralogist Leonid Kulik?",
        "In _____ both were added to UNESCO's Memory of the World Register.",
        "The Humboldt University of Berlin, renamed in _____, honours both brothers.",
        "Kenteris and Thanou, who missed _____ drug tests, have since been charged and await trial.",
        "How many articles did the Final Act contain?",
        "In _____ France gave it to the United States.",  # "it": the statue of the sentence before
        "In _____ Edison, working at Menlo Park, improved it.",
        "Debra Hill co-wrote the _____ film, which starred Jamie Lee Curtis as a babysitter.",
        "SGI's Columbia machine reached a top speed of _____ trillion calculations per second in October.",
        "How many people attended the Live Aid concert at Wembley on 13 July?",
        "In which year did the Anglo-American Telegraph Company pay for another attempt?",
        "Amundsen led another expedition north in _____.",
        "In which year was Bly's account published as Nellie Bly's Book?",
        "On 3 April _____ the Ad Hoc Committee chose IBM's proposal.",
        "In _____ San Francisco held a design competition.",
        "In which year did Wegener's theory win wide acceptance?",
        "Fleming's discovery was published in the British Journal of Experimental Pathology in _____.",
        "In which year did the King open the new bridge?",
        "The Company paid a dividend of _____ per cent in 1610.",
        "In which year did the Government abolish the tax?",
        "In which year did Conti's most nerve-wracking moment come during the Oscars?",
        "Churchill called the Battle of Britain their finest hour in _____.",
        "Amundsen's greatest triumph came in December _____ at the South Pole.",
        "A full explanation came only in _____, from three physicists at the University of Illinois.",
        "Across the Channel, the financier John Law was selling shares in his Mississippi Company in _____.",
        # one person set apart from others named before (judge 47)
        "Tuberculosis: In which year did Selman Waksman alone receive the Nobel Prize in Physiology or Medicine?",
        "Marie Curie alone received the second Nobel Prize in _____.",
        # inside or aboard what the sentence before named
        "Hayabusa: In which year did JAXA announce that about 1,500 grains had been found inside?",  # space science
        "In which year were the crown jewels hidden beneath?",  # history
        # "the company" with no company named before it
        "In which year did Lena Smith leave the company?",
        # someone's thought or plan, stated only in the sentence before
        "In which year did Joseph John Thomson announce his conclusion at the Royal Institution?",  # science
        "In which year were Carl Friedrich Gauss's methods published in Theoria motus?",  # biography
        "On 3 April _____ the Ad Hoc Committee chose IBM's proposal.",  # business history
        "In which year did the council finally approve their plan?",  # civic history
        # "her" as an object (a ship, a woman) that no demonym before it owns (judge 62)
        "In which year did Chilean ironclads corner her off Point Angamos?",  # naval history
        "In which year did British destroyers sink her near Cape Matapan?",
        "In which year did Dutch privateers chase her out of Table Bay?",
        # a find or a theory named by where it was shown, not by what it was (judges 61, 62)
        "In which year did Werner von Siemens present the discovery to the Berlin Academy of Sciences?",  # engineering
        "In which year did Alfred Wegener present his theory in a lecture to the Geological Association?",  # geology
        "In which year did Lena Marsh show the invention to the Royal Society?",
        # an owned measure or announcement that never says of what (judge 65)
        "In which year did Robert Millikan publish his definitive value?",  # physics
        "Jean-François Champollion's announcement in Paris in September _____ changed Egyptology.",  # history
        "In which year did the Met Office revise its earlier estimates?",  # news
        # a past perfect looks back from a time the sentence before gave (judge 63)
        "Robert Brout had died in May _____ in Brussels.",  # physics
        "The Royal Navy had abandoned its base at Scapa Flow in _____.",  # naval history
        "Ellen Marsh had left the Dublin hospital in _____.",  # biography
        # "both" of two things the sentence before named (judge 68)
        "In which year did Louis Pasteur report both cases to the Académie des Sciences?",  # medicine
        "In which year did the Court of Appeal hear both appeals?",  # law
        # a body or a work named only by its kind (judge 67)
        "In which year did the Samogitians rise against the Order with Lithuanian support?",  # history
        "Aleksander Ford's film of Sienkiewicz's novel, released in _____, was seen by 30 million people.",  # film
        "In which year did Marie Stopes publish her book in London?",  # biography
        # more or less than what? (judge 66)
        "In which year did Charles Vernon Boys, using fine quartz fibres, obtain a much more precise value?",  # physics
        "In which year did Ford launch a cheaper car?",  # business
        "In which year did a more powerful earthquake strike Valparaíso?",  # geology
        # an object pronoun whose only person candidate is the subject; places are no candidates (judge 66)
        "On 28 December _____, at Long Beach, California, the pilot Longfellow took her on a flight.",
        "In which year did Xi, in Kazan, Russia, award her the Friendship Medal?",
        # a people owns no "her" (judge 75)
        "In which year did the Portuguese attack her stronghold on the islands of the Kwanza River?",
        "In which year did the Dutch burn his fleet at Chatham?",
        # a direction from where the paragraph stands (judge 66)
        "In the east, the Ussuri Railway from Vladivostok to Khabarovsk was completed in _____.",  # engineering
        "To the north, Roman troops built the Antonine Wall in _____.",  # history
        "Elsewhere, the Jesuits founded a college at Coimbra in _____.",
        # a noun given a name, not named by it (judge 64)
        "Eugen Goldstein gave the phenomenon the name Kathodenstrahlen in _____.",  # physics
        "In which year did Abel Tasman give the island the name Van Diemen's Land?",  # exploration
        "In which year did James Cook give the bay the name Botany Bay?",
        # like what? (judge 63)
        "In which year did Fei Xin, a soldier, write a similar account?",  # history
        "In which year did Rolls-Royce build a comparable engine?",  # engineering
        # work on what? (judge 208: "did work begin on a hill to the west of Maragheh?")
        "In which year did work begin on a hill to the west of Maragheh?",  # science
        "In which year did construction start near the mouth of the river?",  # engineering
        "In which year did filming begin in Morocco?",  # film
        # a thing told of in a book or a letter, which the book does not name (judge 209: "describe the rescue in A
        # Cruising Voyage Round the World")
        "In which year did Woodes Rogers describe the rescue in A Cruising Voyage Round the World?",  # biography
        "In which year did Samuel Pepys record the fire in his Diary?",  # history
        "In which year did the Times report the collapse in a leading article?",  # news
        # a first purchase of what, a first climb of what? (judge 215)
        "In which year did Eleazar Sukenik make his first purchase?",  # history
        "In which year did the Tate Gallery make its first acquisition?",  # art
        "In which year did Sir Edmund Hillary make his first real climb?",  # biography
        # whose army, fleet or troops? A place after them says where they were (judge 211)
        "In which year did the Goryeo commander Gang Gam-chan destroy the retreating army at the Battle of Gwiju?",
        "In which year did Admiral Tromp attack the enemy fleet off Dunkirk?",
        "In which year did the Parliamentarians relieve the besieged garrison at Gloucester?",
        # which office, capital or test? The one object is the subject's own thing, which the sentences before named
        # (judges 220, 74, 181, 141)
        "In which year did Étienne Pascal sell his office?",  # biography
        "In which year did Mansa Musa leave his capital?",  # history
        "In which year did Harriet Quimby pass her test?",  # aviation
        "In which year did James Hutton let his farms?",  # science
        "In _____ the Medici bank sold its shares.",  # an institution's too
        "In which year was Jean-Henri Fabre forced to leave his lodgings?",  # judge 328: which, where?
        "In which year did Marie Curie give up her laboratory?",  # science
        "In which year did Hokusai sell his house?",  # art
        "In which year did the brothers give up their business?",
        # which grandmother? (judge 225) Everyone has several
        "In which year did Lucy Maud Montgomery's grandmother die?",  # biography
        "In which year did Frédéric Chopin's uncle move to Warsaw?",  # music
        "In which year did the emperor Augustus adopt his grandson?",  # history
        "In _____ Ada Byron's cousin inherited the estate.",
        "In which year did Karen Blixen become engaged to her Swedish cousin?",  # judge 227: a word between says no more
        # a blow or a setback: the writer's word for an event the prompt does not name (judge 227)
        "In which year did the BCG vaccine's reputation suffer a severe blow in the German city of Lübeck?",  # science
        "In which year did the Liberal Party suffer a major setback in Scotland?",  # politics
        "In which year was the peace movement dealt a further blow?",  # history
        # a place named by a function word reads as a stray word (judge 227: Rosa Bonheur's château at By)
        "In which year did the American painter Anna Klumpke come to By to paint Rosa Bonheur's portrait?",  # art
        "In which year did the abbot move the monks to So, a village on the coast?",
        # an order for things named only by their kind, a proposal or a plan named by nothing (judges 228, 229)
        "In which year did Pan Am place an order for 25 aircraft worth about 525 million dollars?",  # engineering
        "In which year did the Admiralty sign a contract for twelve new ships with Harland and Wolff?",  # history
        "In which year did NASA select a proposal led by the planetary scientist Alan Stern?",  # science
        "In which year did the city council approve a new plan drawn up by Ildefons Cerdà?",  # history
        # a forecast, as the text was written (judge 229)
        "In which year did total output across the Euro zone is forecast to fall from 1.9% to 1.8%?",  # news
        "In _____ the economy was predicted to grow by 2%.",
        # a complement split from its verb, a place won in no named contest (judge 233)
        "How many flasks of bacteria growing did the American biologist Richard Lenski start?",  # science
        "How many boats drifting did the coastguard find off Dover?",
        "In which year did Maurice Ravel take second place with his cantata Myrrha?",  # music
        "In which year did Fanny Blankers-Koen finish third in the 100 metres and win first prize?",  # sport
        # one end of a link (judge 236): linking it with what?
        "In which year did Cosimo I de' Medici commission Giorgio Vasari to build a passage linking the Palazzo Vecchio?",
        "In which year was a telegraph line opened connecting Adelaide?",  # engineering
        # rewarded with what? a building for what? (judge 241)
        "In which year was Hans Egede's persistence rewarded?",  # history
        "In which year were Marie Stopes's efforts finally rewarded?",  # biography
        "In which year did the Prussian government finally provide a building for Jan Evangelista Purkyně?",  # science
        "In which year did the Royal Society find him a house in Leiden?",
        # become what? (judge 243)
        "In which year did Claude Monet at last become what he had wanted to be as a schoolboy?",  # art
        "In which year did Henry Longfellow achieve what he had hoped for?",  # literature
        # a crowd on no dated occasion (judge 243)
        "About how many people filled Madison Square Garden to hear Marcus Garvey speak?",  # biography
        "How many spectators packed the Colosseum in Rome?",  # history
        # a gathering held again and again, named by its kind alone (judge 251)
        "In which year did the Diet open at Augsburg?",  # the Holy Roman Empire
        "In which year did the Synod meet at Whitby?",  # the English church
        "In which year did the Parliament pass the Bill of Rights?",  # England
        "In which year did the Sejm elect Stefan Batory king?",  # Poland
        # a count led or driven, and no place (judge 253)
        "In which year did Phineas Taylor Barnum lead 21 elephants?",  # biography
        "In which year did Charles Goodnight drive 2,000 cattle?",  # history
        "In which year did Hannibal take thirty-seven elephants?",  # antiquity
        # an unnamed star passed in front of (judge 253)
        "In which year did Haumea pass in front of a faint star?",  # science
        "In which year did the asteroid Eros pass in front of a star?",  # science
        # an agreement named only by its kind (judge 258)
        "In which year was a peace agreement signed in Helsinki?",  # news
        "In which year was a trade treaty concluded at Nanking?",  # history
        "In which year was a ceasefire agreed in Geneva?",  # history
        # interrupted by nothing the prompt names (judge 260)
        "In which year was Otto Wichterle's academic career interrupted?",  # science
        "In which year were Clara Schumann's studies abruptly cut short?",  # music
        # more of what the text told before (judge 360)
        "In which year did Maurice de Saxe win further victories at Rocoux?",  # history
        "In which year did the union win fresh concessions from the mill owners?",  # news
        "In which year did James Cook make further voyages to the Pacific?",  # biography
        # a sally from nowhere named, against no one named (judge 362)
        "In which year did the Alabama come out to fight?",  # history
        "In which year did the garrison of Kell march out to meet the rebels?",  # history
        # further than what? (judge 364)
        "In which year did Georges Lemaître go further?",  # science
        "In which year did the Frankfurt Parliament go a step further?",  # history
        # a work named only by what it tells of its writer (judge 365)
        "In which year did Rose Valland publish an account of her work?",  # biography
        "In which year did Ida Pfeiffer publish a record of her travels?",  # biography
        "In which year did the admiral write a short history of his own career?",  # history
    ],
)
def test_prompts_that_lean_on_the_document_are_caught(prompt: str) -> None:
    assert leans_on_context(prompt, frozenset({"Putin", "Xi", "Longfellow", "Monet"})) is not None


@pytest.mark.parametrize(
    "prompt",
    [
        "In which year did Fleming publish his observations in the British Journal of Experimental Pathology?",
        # a thought or plan that says what it is about
        "In which year did Curie publish her findings on radioactivity?",
        "In which year did Marie Curie announce the discovery of radium?",
        "In which year did both Britain and France sign the Entente Cordiale?",
        "In which year did Henryk Sienkiewicz publish his novel Quo Vadis?",
        "In which year did the Teutonic Order build the castle at Marienburg?",
        "In which year did Isambard Kingdom Brunel build a longer bridge than Thomas Telford's?",
        "In which year did F. W. de Klerk lift the ban on the African National Congress?",
        "Rosalind Franklin, who had spent three years in Paris, joined King's College in _____.",
        "In which year did Eratosthenes publish his estimate of the Earth's circumference?",
        "In which year did Harold Wilson announce the plan for the Open University?",
        "In which year did Einstein publish his theory of general relativity in Annalen der Physik?",
        "In which year did Queen Victoria give her blessing to the Royal Albert Hall?",
        "In which year did Mandela present his plan for a new constitution?",
        # a year's own total ("in 1847 alone") names no one apart
        "Liverpool received around 300,000 Irish arrivals in _____ alone.",
        # the organisation the prompt names (judge 44), in news, history and science
        "In which year did Amnesty International members vote to extend the organisation's work to economic rights?",
        "In which year did the Royal Society move the society's library to Burlington House?",
        "In which year did the Ford Foundation close the foundation's office in Lagos?",
        # aboard what the prompt names
        "In October _____ twelve Genoese galleys put into Messina with dying sailors aboard.",
        "In which year did the Soviet cosmonaut Yuri Gagarin become the first person to orbit the Earth?",
        "Neil Armstrong landed the lunar module Eagle in the Sea of Tranquility in _____.",
        "In which year did Mandela and de Klerk share the Nobel Peace Prize for their work to end apartheid?",
        "Marie Curie received the Nobel Prize in Chemistry in _____.",
        "In which year did the war in Vietnam end?",
        "In which year did Fleming report that penicillin killed bacteria?",
        "Marsh posted a _____ loss for the last three months of 2004, against a $375m profit a year before.",
        "The Simplon Tunnel, _____ kilometres long, runs under the Alps between Brig and Domodossola.",
        "In _____ Francis Drake sailed through the Strait of Magellan.",
        "Parliament granted Cornwall an exemption from import duties in _____.",
        "The Humber Bridge, opened in _____, was longer than any other suspension bridge in the world.",
        "Charles Darwin wrote a 35-page sketch in 1842 and a longer essay of about _____ pages in 1844.",
        # "N of them": the plural just named (judge 29)
        "The Tokyo Finance Centre tower had _____ lifts, 34 of them double-deckers.",
        "In which year did the Royal Navy take 400 prisoners at Cadiz, most of them wounded?",
        "Parliament ordered an inquiry into the South Sea Company in _____.",
        "In which year did Britain's first nuclear power station open at Calder Hall?",
        "Edison's most famous invention was patented in _____.",
        "In _____ the Holmdel Horn Antenna itself was designated a National Historic Landmark.",
        "In which year did Simón Bolívar lead a swift campaign into Venezuela, later called the Admirable Campaign?",
        "The Golden Gate Bridge opened to pedestrians in May 1937, when some _____ people walked across it.",
        "A safety net under the Golden Gate Bridge saved _____ men, who called themselves the Halfway to Hell Club.",
        "How many articles did the Final Act of the Congress of Vienna contain?",
        "In which year was Bly's account of her trip around the world published?",
        "In _____ San Francisco held a design competition for a bridge across the Golden Gate.",
        "In which year did the Uniform Grocery Product Code Council adopt IBM's proposal for a universal product code?",
        "Debra Hill co-wrote the _____ film Halloween, which starred Jamie Lee Curtis.",
        "On 14 July _____ the steamer Excelsior docked in San Francisco, and on 17 July the Portland reached Seattle.",
        "SGI's Columbia machine reached a top speed of _____ trillion calculations per second in October 2004.",
        "The Live Aid concert at Wembley on 13 July 1985 drew _____ people.",
        "Shackleton's ship Endurance sank in November _____.",
        "After Taft lost the _____ election, his supporters blocked a federal dam at Muscle Shoals.",
        "In _____ Lübeck and Hamburg agreed to help one another in war.",
        "In which year did Wegener's theory of continental drift win wide acceptance?",
        "In which year was the Treaty of Paris signed?",
        "In which year did the Royal Navy launch HMS Dreadnought?",
        "In which year was Alan Turing elected a Fellow of the Royal Society?",
        "In which year did the Great Council of Venice close membership to new families?",
        "The Dutch East India Company paid a dividend of _____ per cent in 1610.",
        "Bardeen, Cooper and Schrieffer published a full explanation of superconductivity in _____.",
        "In _____ Louis Blériot flew across the Channel from Calais to Dover.",
        # work on what it names, and a thing named after the word "in"
        "In which year did work begin on the Admiralty shipyard on the left bank of the Neva?",
        "In which year did construction begin on the Forth Bridge?",
        "In which year did Charles Dickens describe the Marshalsea prison in Little Dorrit?",
        "In which year did Daniel Defoe describe the Great Plague in A Journal of the Plague Year?",
        "In which year did Napoleon's Grande Armée cross the Niemen into Russia?",
        "In which year did the RMS St Helena make her last voyage?",
        "In which year did Slovakia win the Hopman Cup on their first appearance?",
        "In which year did Eleazar Sukenik make his first purchase of a scroll?",
        "In which year did the army of the Potomac cross the Rappahannock at Fredericksburg?",
        # the one a life has, or the owned thing named or placed
        "In which year did Tomáš Garrigue Masaryk receive his doctorate?",
        "In which year did Pieter Zeeman retire from his chair?",
        "In which year did Alexander Fleming lose his post in Paddington?",
        "In which year did Étienne Pascal sell his office as president of the Cour des aides?",
        "In which year did Mansa Musa leave his capital for Mecca?",
        "In which year was Jean-Henri Fabre forced to leave his lodgings in Avignon?",
        "In which year did Marie Curie give up her laboratory on the rue Cuvier?",
        "In which year did Harriet Quimby pass her pilot's test?",
        # the relative told apart or named
        "In which year did Lucy Maud Montgomery's maternal grandmother die?",
        "In which year did Frédéric Chopin's uncle, Jan Chopin, move to Warsaw?",
        "In which year did Frédéric Chopin's eldest cousin move to Warsaw?",
        "In which year did Eadweard Muybridge die at his cousin's house in Kingston?",  # a place, whoever's
        "In which year was Grace Darling born in her grandfather's cottage at Bamburgh?",
        # a title that opens on a function word is a name in capitals
        "In which year did Truman Capote publish In Cold Blood?",
        "In which year did Johann Strauss II write On the Beautiful Blue Danube, Opus 314?",  # judge 205
        "In which year did the Board of Ordnance send Lieutenant-Colonel John By to build the Rideau Canal?",  # judge 163
        "In which year did Rosa Bonheur buy the Château de By?",  # judge 227
        "In which year did Queen Victoria marry her first cousin?",  # judge 196: the one she married
        "In which year did Pan Am place an order for 25 Boeing 747s?",
        "In which year did NASA select a proposal for a mission to Pluto?",
        "In which year did the Spanish government approve a plan to extend Barcelona?",
        "How many people living in London did the Office for National Statistics count in 2001?",
        "In which year did Maurice Ravel take second place in the Prix de Rome?",
        "In which year did Eric Liddell win first prize at the Scottish Amateur Athletics championships?",
        "In which year was a telegraph line opened connecting Adelaide with Darwin?",
        "In which year did Cosimo I de' Medici build a passage linking the Palazzo Vecchio to the Palazzo Pitti?",
        "In which year did Samuel Pepys join the Navy Board?",
        "About how many people filled Madison Square Garden in August 1920 to hear Marcus Garvey speak?",
        "About how many people attended Abebe Bikila's funeral?",
        "In which year did the Prussian government provide a building for the Physiological Institute in Breslau?",
        "In which year was Hans Egede rewarded with a royal pension?",
        "In which year did Ernest Hemingway publish For Whom the Bell Tolls?",
        "In which year did the Liberal Party suffer defeat at the general election in Scotland?",
        # ... and the same gatherings named in full
        "In which year did the Diet of Worms declare Martin Luther an outlaw?",
        "In which year did the Synod of Whitby choose the Roman date of Easter?",
        "In which year did the Long Parliament first meet in Westminster?",
        "In which year did the Parliament of Scotland ratify the Treaty of Union?",
        # ... and the same with where, or which star
        "In which year did Phineas Taylor Barnum lead 21 elephants across the Brooklyn Bridge?",
        "In which year did Charles Goodnight drive 2,000 cattle from Texas to Colorado?",
        "In which year did Pluto pass in front of the star P131.1?",
        "In which year did Hannibal cross the Alps with thirty-seven elephants?",
        "In which year was a peace agreement signed in Helsinki between Indonesia and the Free Aceh Movement?",
        "In which year was the Treaty of Nanking signed?",
        "In which year was Otto Wichterle's academic career interrupted by the closing of the Czech universities?",
        "In which year did Amelia Earhart become the first woman to fly solo across the Atlantic?",  # an ordinal's noun
        # a relation with both its sides named
        "In which year did the United States break off relations with Spain?",
        "In which year did Britain's trade with China collapse?",
        # "further" of distance or of study, no "more of the same"
        "In which year did Fridtjof Nansen reach latitude 86 degrees north, further north than anyone before?",
        "In which year did Lise Meitner go to Berlin for further studies in physics?",
        # a sally that says whence and against whom
        "In which year did the Alabama come out of Cherbourg to fight the USS Kearsarge?",
        "In which year did Fridtjof Nansen go further north than anyone before in the Fram?",
        # a work named with its title
        "In which year did Rose Valland publish her memoir Le Front de l'art?",
    ],
)
def test_self_contained_prompts_pass(prompt: str) -> None:
    assert leans_on_context(prompt, frozenset({"Fleming", "Mandela", "Klerk", "Curie"})) is None


@pytest.mark.parametrize(
    ("prompt", "persons"),
    [
        ("In which year was Mohandas Karamchand Gandhi released?", {"Gandhi"}),  # judge 64: from what?
        ("Nelson Mandela was released in _____.", {"Mandela"}),
        ("In which year was Aung San Suu Kyi released?", {"Suu", "Kyi"}),
    ],
)
def test_a_person_released_says_from_what(prompt: str, persons: set[str]) -> None:
    """A person is released from prison, hospital or a contract the sentence before named; a record is released
    whole, and "released from Victor Verster Prison" says from what."""
    assert leans_on_context(prompt, frozenset(persons)) is not None
    assert leans_on_context(prompt.replace("released", "released from Robben Island prison"), frozenset(persons)) is None
    assert leans_on_context(prompt, frozenset()) is None  # no person: "was Abbey Road released?"


@pytest.mark.parametrize(
    ("prompt", "persons"),
    [
        ("Santos Dumont Airport in Rio, opened in _____, bears his name.", {"Santos", "Dumont"}),  # judge 62
        ("In which year did the Darwin College in Cambridge open on his family's land?", {"Darwin"}),
        ("The Nightingale Museum in London, opened in _____, displays her lamp.", {"Nightingale"}),
    ],
)
def test_a_person_named_only_inside_a_things_name_owns_no_his_or_her(prompt: str, persons: set[str]) -> None:
    """A thing named after someone ("Santos Dumont Airport") is no one a "his" or "her" can stand for."""
    assert leans_on_context(prompt, frozenset(persons)) is not None
    assert leans_on_context(prompt.replace(" Airport", "").replace(" College", "").replace(" Museum", ""),
                            frozenset(persons)) is None  # the person alone owns it


@pytest.mark.parametrize(
    ("prompt", "persons", "head"),
    [
        ("In which year was Toyoda Loom Works founded to manufacture his looms?", {"Toyoda"}, " Loom Works"),  # judge 313
        ("In which year was the Kessel Motor Company set up to build his engines?", {"Kessel"}, " Motor Company"),
        ("In which year did Varn Mills begin to weave her designs?", {"Varn"}, " Mills"),
    ],
)
def test_a_person_named_only_inside_a_firms_name_owns_no_his_or_her(prompt: str, persons: set[str], head: str) -> None:
    """A firm named after its founder ("Toyoda Loom Works") is no one a "his" or "her" can stand for: whose looms,
    the founder's or another's, the prompt does not say."""
    assert leans_on_context(prompt, frozenset(persons)) is not None
    assert leans_on_context(prompt.replace(head, ""), frozenset(persons)) is None  # the person alone owns it


@pytest.mark.parametrize(
    ("prompt", "names"),
    [
        ("Samsung recalled its Galaxy Note 7 phone in _____.", {"Samsung"}),
        ("Nintendo first launched its GameBoy console in _____.", {"Nintendo"}),
        ("Boeing flew its first jet airliner, the 707, in _____.", {"Boeing"}),
    ],
)
def test_a_name_opening_the_prompt_owns_its_its(prompt: str, names: set[str]) -> None:
    """A possessive after the prompt's first word: that word is its owner when the documents write it as a name
    mid-sentence too; a capitalised common word opening a sentence is no owner."""
    assert leans_on_context(prompt, names=names) is None
    assert leans_on_context(prompt) is not None  # not known as a name: "its" points back
    common = prompt.replace(prompt.split()[0], "Scientists", 1)
    assert leans_on_context(common, names=names) is not None


@pytest.mark.parametrize(
    "prompt",
    [
        "In which year did the parade mark the 79th anniversary of the victory?",
        "In which year did the COVID-19 pandemic close the Louvre?",
        "In which year was the Treaty of Paris signed, twenty years after 1763?",
        "In which year did the 21st century begin?",
        # the host city dates the Games
        "Jesse Owens won four gold medals at the _____ Olympic Games in Berlin.",
        "In which year was Emil Zátopek's last Olympic race the marathon at Melbourne?",
        "In which year did Dick Fosbury win the high jump at the Mexico City Olympics?",
        "In which year did Neil Armstrong set up a reflector at Tranquility Base during Apollo 11?",
        "In which year did Sultan Mehmed II take Constantinople?",
        # a name that carries its date (judge 350)
        "In which year was GW150914 recorded by the two LIGO detectors?",
        "In which year did the LIGO and Virgo detectors observe GW170817?",
        "In which year did the Swift satellite detect GRB 080319B?",
        "In which year was the chapel rebuilt after the fall of Constantinople?",
        # ... and so do medals won there (judge 344)
        "In which year did Marion Jones win three gold medals and two bronzes in Sydney?",
        "In which year did Fanny Blankers-Koen win four gold medals in London?",
        "In which year did the rower take a silver medal at Atlanta?",
        # a war, an epidemic or a disaster every player can date (a BBC story of 2005)
        "In which year was Lufthansa hit by a dip in demand following the Iraq war and the killer SARS virus?",
        "In which year did the resort lose its hotels in the Asian tsunami?",
        "In which year did the airline cut its Gulf routes after the invasion of Kuwait?",
        # a campaign or battle of one year that every player can date (judge 65)
        "Mendeleev: In which year was Henry Moseley killed at Gallipoli?",
        "In which year was Wilfred Owen wounded at Passchendaele?",
        "In which year did Bernard Montgomery win at El Alamein?",
        # an age at the sentence's start (judge 70)
        "At the age of 14, in _____, John Snow was apprenticed to a surgeon in Newcastle.",
        "Aged 19, Mary Shelley published Frankenstein in _____.",
        # a term of office "then" (judge 332): the holder's years bound the answer
        "In which year did Stanley Fischer become adviser on Israel's economy to then-US secretary of state George Shultz?",
        "In which year did the bank lend the city £2m under then-mayor Tom Bradley?",
        "In _____ the club was bought with the backing of then-president Carlos Menem.",
        # a season every reader dates (judge 364)
        "In which year did Emil Zátopek support the liberal reforms of the Prague Spring?",
        "In which year did Václav Havel sign a manifesto in support of the Prague Spring?",
    ],
)
def test_year_giveaways_are_caught(prompt: str) -> None:
    assert year_giveaway(prompt) is not None


@pytest.mark.parametrize("prompt", [
    "In which year did Emil Zátopek win his first Olympic gold medal?",  # which Games is the question
    "In which year was the Nobel Peace Prize first presented in Oslo?",  # a host city, but no Games
    "In which year did Nadia Comăneci score the first perfect ten in Olympic gymnastics?",
    "In which year did Stanley Fischer become adviser on Israel's economy to the US secretary of state?",
    "In which year did the council decide then to rebuild the hall?",
    "In which year did the Apollo 12 crew land near Surveyor 3?",  # a number, no date
    # medals at a championship or at other Games held in a host city
    "In which year did Paula Radcliffe win gold at the World Championships in Helsinki?",
    "In which year did the swimmer win two gold medals at the Commonwealth Games in Melbourne?",
])
def test_a_games_year_without_its_host_city_or_an_office_not_then_is_no_giveaway(prompt: str) -> None:
    assert year_giveaway(prompt) is None


def test_a_prompt_must_name_someone_somewhere_or_a_year() -> None:
    assert unanchored("An expansion with a third set of larger locks opened in June _____.") is not None
    assert unanchored("Who insisted on a sea-level canal?") is not None
    assert unanchored("In which year was Apollo 13 launched?") is None
    assert unanchored("Mass demonstrations spread through Leipzig in September and October _____.") is None
    # a body every country has names no country (judge 62); its country's name or adjective does
    assert unanchored("In which year were elections for a National Assembly held?") is not None
    assert unanchored("In which year did the Senate ratify the treaty?") is not None
    assert unanchored("In which year did Congress pass the act?") is not None
    assert unanchored("In which year did the French National Assembly abolish slavery?", frozenset({"French"})) is None
    assert unanchored("In which year did Parliament pass the Longitude Act?") is None


@pytest.mark.parametrize("prompt", [
    "In _____, at the age of 27, Vincent van Gogh decided to become an artist.",  # biography
    "Galileo Galilei died at Arcetri in January _____, aged 77.",  # history of science
    "In which year did Nellie Bly set off round the world at the age of twenty-five?",  # journalism
    "In _____ the twenty-year-old Johannes Brahms visited the Schumanns.",  # music
    "The 17-year-old Bobby Fischer won the tournament in _____.",  # sport
])
def test_an_age_gives_the_year_away(prompt: str) -> None:
    """With the birth year asked or known, an age makes the year a sum."""
    from bot.corpus.grammar import year_giveaway

    assert year_giveaway(prompt) is not None


@pytest.mark.parametrize("prompt", [
    "Louis Pasteur: On 6 July _____ a nine-year-old boy from Alsace, Joseph Meister, was brought to Paris.",
    "In August _____ Peter Fechter, an 18-year-old bricklayer, was shot at the Berlin Wall.",
])
def test_the_age_of_someone_nobody_can_date_gives_nothing_away(prompt: str) -> None:
    from bot.corpus.grammar import year_giveaway

    assert year_giveaway(prompt) is None


@pytest.mark.parametrize(("prompt", "persons"), [
    ("Victoria Falls: In which year did the artist Thomas Baines paint them?", {"Thomas", "Baines"}),  # judge 43
    ("In which year did Claude Monet exhibit them in Paris?", {"Claude", "Monet"}),
    ("In which year did Ada Lovelace publish their notes?", {"Ada", "Lovelace"}),
])
def test_they_need_two_people_not_one_persons_two_names(prompt: str, persons: set[str]) -> None:
    assert leans_on_context(prompt, frozenset(persons)) is not None


@pytest.mark.parametrize(
    "clause",
    [
        "The International Union of Pure and Applied Chemistry named element 109 meitnerium in 1997",
        "The Royal Institute of Applied Sciences Founded a school in Delft in 1864",
        "Parade, first performed on 18 May 1917 at the Théâtre du Châtelet, had a scenario by Jean Cocteau",
        "The Vasa, later raised from the harbour, sank on its maiden voyage in 1628",
        # a participle with its agent, the clause's verb after an aside (judge 56)
        "A study published by researchers at the Ifremer institute, based on growth rings, suggested that they live long",
    ],
)
def test_a_verb_is_never_a_word_of_a_name_nor_inside_an_aside(clause: str) -> None:
    """A capitalised word inside a name ("Pure and Applied Chemistry") is no verb, and a past form after a
    subject's one comma ("Parade, first performed …,") opens an aside: neither is the clause's verb, so no
    question is made of it ("did the International Union of Pure and apply Chemistry named …")."""
    parsed = main_clause(clause)
    assert parsed is None or parsed.verb not in ("applied", "founded", "first performed", "later raised", "published"), (
        parsed.subject, parsed.verb)


def test_a_closed_appositive_still_stands_before_the_verb() -> None:
    parsed = main_clause("A former navy diver, Saman Kunan, died in July 2018")
    assert parsed is not None and parsed.verb == "died"


@pytest.mark.parametrize(
    "prompt",
    [
        "In October astronomers at the Molonglo Observatory found a pulsar with a period of _____ milliseconds.",
        "Since March the garrison of Vicksburg had lost _____ soldiers.",
        "the team reached the summit in May with _____ porters.",
        "By March the strikers had lost _____ days of pay.",
    ],
)
def test_a_month_with_no_year_leans_on_the_sentence_before_wherever_it_stands(prompt: str) -> None:
    """"In October astronomers … found a pulsar" (judge 54): October of the year the sentence before gave, at the
    start of a sentence as much as inside one."""
    assert "a month with no year" in (leans_on_context(prompt) or "")


@pytest.mark.parametrize("prompt", ["In October 1968 astronomers found a pulsar in the Vela remnant.",
                                    "On 4 July _____ the garrison of Vicksburg surrendered to General Grant."])
def test_a_month_with_its_year_or_its_blank_is_anchored(prompt: str) -> None:
    assert "a month with no year" not in (leans_on_context(prompt) or "")


@pytest.mark.parametrize(
    "prompt",
    [
        "To restore public confidence, a banquet was held inside the Thames Tunnel in November _____.",
        "To regain the trust of investors, the bank sold _____ branches.",
        "In order to rebuild the fleet, the Admiralty ordered _____ frigates in 1805.",
    ],
)
def test_a_purpose_of_winning_back_leans_on_the_loss_the_sentence_before_told(prompt: str) -> None:
    assert "a purpose that answers" in (leans_on_context(prompt) or "")


def test_a_purpose_that_presupposes_nothing_stands() -> None:
    assert leans_on_context("To celebrate the centenary of the Revolution, the city of Lyon held a festival in 1889.") is None


@pytest.mark.parametrize(
    "prompt",
    [
        "In which year did Ignaz Semmelweis take charge?",  # of what? (judge 57)
        "In which year did Banting and Best begin work?",  # on what? (judge 57)
        "Banting and Best began work on 17 May _____, while Macleod spent the summer in Scotland.",  # a date, no what
        "In which year did the new director take charge in Leipzig?",
        "Most of the capital of _____ was raised in Britain.",  # which company's capital? (judge 57)
        "The budget of about _____ was approved by Congress.",
    ],
)
def test_a_task_or_a_noun_left_without_its_complement_is_caught(prompt: str) -> None:
    assert missing_argument(prompt) is not None


@pytest.mark.parametrize(
    "prompt",
    [
        "In which year did Semmelweis take charge of the obstetric ward of St Rochus Hospital?",
        "In which year did Dian Fossey begin work at the Karisoke Research Center?",
        "The Atlantic Telegraph Company raised a capital of _____ in London.",
        "Workers began work on the Panama Canal in _____.",
    ],
)
def test_a_task_or_a_noun_with_its_complement_stands(prompt: str) -> None:
    assert missing_argument(prompt) is None


def test_an_as_that_opens_a_clause_is_no_complement_to_keep() -> None:
    """"born at Store Frøen, an estate just outside Christiania, as Oslo was then called" (judge 57) is no
    "proclaimed 30 June, the anniversary, as Asteroid Day": the aside and its "as" clause both go."""
    clause = main_clause("Nansen was born at Store Frøen, an estate just outside Christiania, as Oslo was then called.")
    assert clause is not None and "Oslo" not in clause.rest and clause.rest == "born at Store Frøen"


@pytest.mark.parametrize(
    "prompt",
    [
        "Fighting broke out in _____, when Italian forces advanced into the northern province of Tigray.",  # judge 56
        "Talks resumed in Geneva in _____.",
        "Filming began at Pinewood Studios in _____.",
    ],
)
def test_an_activity_opening_a_sentence_without_what_it_was_leans_on_context(prompt: str) -> None:
    """Fighting between whom, talks on what, filming of what: the sentence before said it."""
    assert "on or between what" in (leans_on_context(prompt) or "")


def test_a_count_of_people_chosen_says_what_for() -> None:
    """"How many companions did Fridtjof Nansen choose?" (judge 56): for the Greenland crossing, the Fram or the dash
    for the Pole? A count of people chosen, picked or hired that ends on its verb is caught."""
    assert missing_argument("How many companions did Fridtjof Nansen choose?") is not None
    assert missing_argument("How many sailors did Captain Cook recruit?") is not None
    assert missing_argument("How many companions did Fridtjof Nansen choose for the Greenland crossing?") is None
    assert leans_on_context("Fighting between Italy and Ethiopia broke out in _____.") is None


def test_an_emphatic_self_a_bare_discharge_a_dated_battle_and_a_halved_title_are_caught() -> None:
    """An emphatic "himself" sets its subject beside people the sentence before named ("Washington Roebling himself
    collapsed"); "was discharged" says from what; a battle every player can date dates its question; a title cut
    at its colon ("the exhibition Hokusai: beyond the Great Wave") makes no clause."""
    assert "emphatic reflexive" in (leans_on_context("In which year did Washington Roebling himself collapse?") or "")
    assert "emphatic reflexive" in (leans_on_context("In which year did Catherine Parr herself fall ill at Sudeley?") or "")
    assert missing_argument("Santiago Ramón y Cajal caught malaria and was discharged in _____.") is not None
    assert missing_argument("In which year was Cajal discharged from the Spanish army in Cuba?") is None
    assert year_giveaway("During the First Battle of the Marne in _____, the station intercepted German messages.")
    assert year_giveaway("In which year did Admiral Villeneuve sail from Cadiz before the Battle of Trafalgar?")
    assert main_clause("The British Museum held the exhibition Hokusai: beyond the Great Wave in 2017.") is None
    assert "to what" in (leans_on_context("In which year did Joseph Paxton sketch an alternative on blotting paper?") or "")
    assert "to what" not in (leans_on_context("In which year did Joseph Paxton sketch an alternative to the hall?") or "")
    clause = main_clause("Cook took three instruments: a compass, a sextant and a chronometer.")
    assert clause is not None and clause.rest == "three instruments"  # a colon after a common word still cuts


def test_an_adverb_after_had_stays_before_the_base_and_a_bare_return_says_from_where() -> None:
    """"did Dorothy Hodgkin have first photographed crystals of insulin?" (judge 61) is no English: an adverb
    between "had" and its participle stays before the base form. "knighted on his return" (judge 60): from where?"""
    clause = main_clause("Dorothy Hodgkin had first photographed crystals of insulin at Oxford")
    assert clause is not None
    assert clause.question("In which year") == "In which year did Dorothy Hodgkin first photograph crystals of insulin at Oxford?"
    clause = main_clause("The Swedish navy had already abandoned the wreck off Beckholmen")
    assert clause is not None and "did the Swedish navy already abandon the wreck" in clause.question("In which year")
    assert "from where" in (leans_on_context("In which year was Ernest Shackleton knighted on his return?") or "")
    assert leans_on_context("In which year was Ernest Shackleton knighted on his return from the Antarctic?") is None


def test_a_noun_the_blank_completes_inside_the_predicate_is_the_subjects() -> None:
    """"died at the age of _____" is the subject's age: only a subject the blank alone completes is caught."""
    assert missing_argument("Fridtjof Nansen died at the age of _____ in Lysaker.") is None
    assert missing_argument("The ship reached a speed of _____ knots off Ushant.") is None


@pytest.mark.parametrize(("past", "base"), [("installed", "install"), ("travelled", "travel"), ("controlled", "control"),
                                            ("fulfilled", "fulfil"), ("distilled", "distil")])
def test_a_double_l_past_gives_the_base_a_reader_expects(past: str, base: str) -> None:
    """"did the crew of Atlantis instal the Wide Field Camera 3?" (judge 78, read as a typo): "installed" is "install",
    while the bases of "travelled", "fulfilled" and "distilled" keep their one l as the document spells them."""
    from bot.corpus.grammar import participle_base

    assert past_base(past) == base
    assert participle_base(past) == base


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ("Maurice had Oldenbarnevelt, Grotius and the Leiden pensionary Rombout Hogerbeets arrested",
         "In which year did Maurice have Oldenbarnevelt, Grotius and the Leiden pensionary Rombout Hogerbeets arrested?"),
        ("The sultan had Mehmed and his brother Selim strangled",
         "In which year did the sultan have Mehmed and his brother Selim strangled?"),
        ("The council got the bridge and the old road repaired",
         "In which year did the council get the bridge and the old road repaired?"),
        # … with a phrase of place or agent after its participle (judge 167)
        ("Las Casas had the Short Account and several other treatises printed in Seville",
         "In which year did Las Casas have the Short Account and several other treatises printed in Seville?"),
        ("The abbot had the chapel and the old cloister rebuilt by masons from Lyon",
         "In which year did the abbot have the chapel and the old cloister rebuilt by masons from Lyon?"),
        # the past perfect, and a second act with its own participle, stay cut at "and"
        ("Maurice had arrested Hogerbeets and Grotius fled", "In which year did Maurice arrest Hogerbeets?"),
        ("The queen had a palace built in Turin and moved her court there",
         "In which year did the queen have a palace built in Turin?"),
        ("The queen had a palace built and the gardens laid out", "In which year did the queen have a palace built?"),
    ],
)
def test_a_causative_keeps_every_object_and_its_participle(clause: str, question: str) -> None:
    """"In which year did Maurice of Nassau have Oldenbarnevelt, Hugo Grotius?" (judge 143): "had X, Y and Z arrested"
    was cut at its "and", as if "Z arrested" opened a second clause, leaving "have" without its participle. A causative
    whose one verb after its objects ends the sentence is one clause."""
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset()) == question


@pytest.mark.parametrize(
    "sentence",
    [
        "Predicted by a Dutch student in occupied Leiden in 1944 and detected at Harvard in 1951, it became a tool.",
        "Built by Thomas Telford in wartime Wales in 1805, the aqueduct carried the canal over the Dee.",
        "Founded in exiled Paris in 1863, the society published a journal.",
    ],
)
def test_a_fronted_participle_phrase_is_no_subject(sentence: str) -> None:
    """"In which year did Predicted by a Dutch student in occupy Leiden?" (judge 147): the phrase before the comma was
    read as the subject and its "occupied" as the verb. A capitalised participle with its preposition opens a phrase
    whose clause's subject follows the comma."""
    parsed = main_clause(sentence)
    assert parsed is None or not parsed.subject.split()[0].endswith("ed"), (parsed.subject, parsed.verb)


def assert_leans(prompt: str, why: str, flagged: bool) -> None:
    """``leans_on_context`` gives ``prompt`` a reason holding ``why`` exactly when ``flagged``."""
    reason = leans_on_context(prompt) or ""
    assert (why in reason) == flagged, reason


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("In which year did the first attack take place at Efailwen?", True),
        ("In which year did the first strike break out at the Kessel mill?", True),
        ("In which year did the first integrated circuit go on sale in Texas?", False),
        ("In which year was the first attack made at Efailwen?", True),
    ],
)
def test_the_first_of_a_bare_noun_before_a_base_verb_is_the_storys(prompt: str, flagged: bool) -> None:
    """"In which year did the first attack take place at Efailwen?" (judge 147): after "did" the verb is a base form,
    which ended no phrase, so "attack take place" read as a kind of thing ("the first integrated circuit"). The first
    attack of what? The story's, which the prompt does not name."""
    assert_leans(prompt, "ordinal relative to the document", flagged)


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("In which year did the BBC drop the Baird system altogether?", True),
        ("In which year did the Kessel council close the tin mine for good?", True),
        ("In which year did Varnland abandon the gold standard altogether?", True),
        ("In which year did the BBC drop the Baird television system?", False),
    ],
)
def test_a_last_step_after_a_first_leans_on_the_sentences_before(prompt: str, flagged: bool) -> None:
    """"In which year did the BBC drop the Baird system altogether?" (judge 146): "altogether" (or "for good") ends what
    a first, partial step began, which the sentences before told."""
    assert_leans(prompt, "leans on context", flagged)


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("In which year did William Thomas Brande obtain a tiny amount by passing a current through lithium oxide?", True),
        ("In which year did the Kessel assayers send a small sample to the Royal Mint?", True),
        ("In which year did Jacques Cartier sail ahead with five ships?", True),
        ("In which year did the Varn column march ahead towards Kessel?", True),
        ("In which year did Ada Brant obtain a small amount of radium in Paris?", False),
        ("In which year did Tom Lugg finish ahead of the field at Kessel?", False),
        ("In which year did the Varnland railway merger go ahead in Kessel?", False),
    ],
)
def test_an_amount_of_nothing_and_ahead_of_no_one_lean_on_the_sentences_before(prompt: str, flagged: bool) -> None:
    """"did William Thomas Brande obtain a tiny amount …?" (of lithium, said before), "did Jacques Cartier sail ahead with
    five ships?" (of Roberval, said before; judge 149): an amount with no "of", and "ahead" with no "of" (but "go
    ahead", proceed), name what only the sentences before said."""
    assert_leans(prompt, "(the prompt does not say)", flagged)


@pytest.mark.parametrize(
    "sentence",
    [
        "The US looks set for a continued boost to interest rates in 2005, according to the Federal Reserve.",
        "The Kessel economy appears poised for growth in 2006.",
        "Varnland looks set to win the title in 2005.",
    ],
)
def test_a_forecast_with_a_present_verb_is_no_past_clause(sentence: str) -> None:
    """"In which year did the US looks set for a continued boost to interest rates?" (judge 150): "looks", a present
    verb, was read as part of the subject and "set" as the past verb. A forecast ("looks set", "appears poised") is no
    past event to date."""
    assert main_clause(sentence) is None


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        ("the biologist Ernst Mayr proposed that Java Man, Peking Man", False),
        ("the council agreed that the Kessel mills, the Varn docks", False),
        ("Ernst Mayr proposed that Java Man belonged to Homo erectus", True),
        ("The court ruled that the ban was unlawful", True),
    ],
)
def test_a_that_clause_without_its_verb_is_no_clause(clause: str, kept: bool) -> None:
    """"In which year did the biologist Ernst Mayr propose that Java Man, Peking Man?" (judge 151): the sentence was cut
    at "and related fossils should all be placed …", leaving "that" with a list of names and no verb."""
    assert (main_clause(clause) is not None) == kept


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("In which year did Ernest Lawrence's student Niels Edlefsen build crude models?", True),
        ("In which year did the Varn company show its prototype at Kessel?", True),
        ("In which year did Ada Lind build a working model of a cyclotron in Berkeley?", False),
        ("In which year did Ford launch the Model T in Detroit?", False),
    ],
)
def test_a_model_of_nothing_leans_on_the_sentences_before(prompt: str, flagged: bool) -> None:
    """"did Ernest Lawrence's student Niels Edlefsen build crude models?" (judge 151): models of what? The cyclotron the
    sentences before described."""
    assert_leans(prompt, "of what? (the prompt does not say)", flagged)


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("In which year did Absalom Jones and Richard Allen answer with A Narrative of the Proceedings?", True),
        ("In which year did the Kessel council respond with a ban on night work?", True),
        ("In which year did the Varn garrison retaliate with a raid on Lode?", True),
        ("In which year did Ada Lind answer the Kessel Prize committee's letter in Paris?", False),
    ],
)
def test_an_answer_with_no_question_leans_on_the_sentences_before(prompt: str, flagged: bool) -> None:
    """"In which year did Jones and Allen answer with A Narrative of the Proceedings …?" (judge 152): answered what?
    "Answer", "respond" or "retaliate" with something is in answer to what the sentences before told."""
    assert_leans(prompt, "in answer to what?", flagged)


@pytest.mark.parametrize(
    ("prompt", "why", "flagged"),
    [
        ("In which year did within forty years Ferdinand III of Castile capture Córdoba?", "a time counted from", True),
        ("In which year did the Varn army within two years take Lode?", "a time counted from", True),
        ("In which year did the Pont de Normandie lose its world record?", "for what?", True),
        ("In which year did Ada Lind set her world record for the mile at Oslo?", "for what?", False),
        ("In which year did England and the empire agree secretly at Bruges to make war on France?", "'the empire'", True),
        ("In which year did Varnland and the company sign a treaty at Lode?", "'the company'", True),
        ("In which year was the first unmanned lighthouse using Gustaf Dalén's system lit in Sweden?", "ordinal", False),
        ("In which year did the first ship driven by diesel engines cross the Atlantic?", "ordinal", False),
    ],
)
def test_judges_156_and_157_leaning_phrases(prompt: str, why: str, flagged: bool) -> None:
    """Judges 156 and 157: "within forty years" of what; "its world record" for what; "the empire" after another subject
    ("did England and the empire agree … at Bruges", whose "at Bruges" named no empire); and a kind's first described by
    a participle ("the first unmanned lighthouse using Dalén's system") is no ordinal relative to the story."""
    assert_leans(prompt, why, flagged)


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ("Wilson was appointed junior surgeon, vertebrate zoologist and artist to the British National Antarctic "
         "Expedition, led by Scott",
         "In which year was Wilson appointed junior surgeon, vertebrate zoologist and artist to the British National "
         "Antarctic Expedition?"),
        ("Ada Lind was made curator, librarian and archivist of the Kessel Museum, a post she held for years",
         "In which year was Ada Lind made curator, librarian and archivist of the Kessel Museum?"),
        # an appositive, not a series, is still cut at its comma
        ("Bassi married Giuseppe Veratti, a physician and fellow lecturer at the university",
         "In which year did Bassi marry Giuseppe Veratti?"),
    ],
)
def test_a_series_of_nouns_is_not_cut_at_its_first_comma(clause: str, question: str) -> None:
    """"In which year was Edward Wilson appointed junior surgeon?" (judge 158): "junior surgeon, vertebrate zoologist and
    artist to the British National Antarctic Expedition" was cut at its first comma, losing what he was appointed to."""
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset(), frozenset(clause.split()[:1])) == question


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ("The National Defense Education Act provided federal money for science, mathematics and foreign-language "
         "teaching",
         "In which year did the National Defense Education Act provide federal money for science, mathematics and "
         "foreign-language teaching?"),
        ("The Kessel charter granted the town rights of market, toll and river-borne trade",
         "In which year did the Kessel charter grant the town rights of market, toll and river-borne trade?"),
        # a second clause of verbs is still cut
        ("The Varn gang stopped the mail coach, robbed and killed him",
         "In which year did the Varn gang stop the mail coach?"),
    ],
)
def test_a_list_that_ends_the_sentence_is_not_cut_at_its_first_comma(clause: str, question: str) -> None:
    """"In which year did the National Defense Education Act provide federal money for science?" (judge 167): "for
    science, mathematics and foreign-language teaching" was cut at its first comma, which changed what it paid for."""
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset(), frozenset(clause.split()[:2])) == question


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ("Eaton and Hamet set out from near Alexandria, in Egypt, with a force of several hundred men",  # history
         "In which year did Eaton and Hamet set out from near Alexandria, in Egypt?"),
        ("The survey team landed at Georgetown, in Guyana, after a storm",  # science
         "In which year did the survey team land at Georgetown, in Guyana?"),
        ("Mills opened a second factory in Cambridge, in Massachusetts, with borrowed money",  # business
         "In which year did Mills open a second factory in Cambridge, in Massachusetts?"),
        # a month after the comma is a date, not a place, and is cut as before
        ("Darwin reached Valparaiso, in July, with the Beagle", "In which year did Darwin reach Valparaiso?"),
    ],
)
def test_the_country_that_says_which_place_is_kept(clause: str, question: str) -> None:
    """"did William Eaton and Hamet Karamanli set out from near Alexandria?" (judge 284): the cut at the comma dropped
    "in Egypt", and an American reads Alexandria, Virginia. A region between commas after a place stays with it."""
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset(), frozenset(clause.split()[:1])) == question


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        ("Przhevalsky set out from Kyakhta, on the border between Siberia and Mongolia, on his first expedition",
         "In which year did Przhevalsky set out from Kyakhta on his first expedition?"),
        ("Cook sailed from Plymouth, on his second voyage",
         "In which year did Cook sail from Plymouth on his second voyage?"),
        ("Lind sang in Boston, for the last time, before she sailed home",
         "In which year did Lind sing in Boston for the last time?"),
        # the first of something that is not the subject's own series is an aside, still cut
        ("Herschel discovered Enceladus, during the first observations made with his new telescope",
         "In which year did Herschel discover Enceladus?"),
    ],
)
def test_a_phrase_that_picks_one_of_a_series_is_kept(clause: str, question: str) -> None:
    """"In which year did Nikolai Przhevalsky set out from Kyakhta?" (judge 166): he left Kyakhta on more than one
    expedition; the cut dropped "on his first great expedition", which said which, so two years were true."""
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset(), frozenset(clause.split()[:1])) == question


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        # a bracketed word inside a unit's name goes; the name is not cut at its bracket (judge 175: "enlist in the 17th")
        ("Tull enlisted in the 17th (Service) Battalion of the Middlesex Regiment",
         "In which year did Tull enlist in the 17th Battalion of the Middlesex Regiment?"),
        ("Varn joined the 2nd (Highland) Division in Perth", "In which year did Varn join the 2nd Division in Perth?"),
        # a lone name the sentence ends on keeps what it is (judge 175: "join Clapton")
        ("Tull joined Clapton, an amateur football club in London",
         "In which year did Tull join Clapton, an amateur football club in London?"),
        ("Lind joined Varn, one of the oldest choirs in Leipzig",
         "In which year did Lind join Varn, one of the oldest choirs in Leipzig?"),
        # ... and a lone name after "the", up to a relative clause of the aside's own (judge 179: "the Bruderhaus")
        ("Daimler became the manager of the workshop of the Bruderhaus, a charitable institution in Reutlingen that "
         "trained orphans", "In which year did Daimler become the manager of the workshop of the Bruderhaus, a "
         "charitable institution in Reutlingen?"),
        # ... not a place after a preposition, nor an aside of one noun before its relative clause
        ("Lind was born in Leeds, a city in Yorkshire", "In which year was Lind born in Leeds?"),
        ("Lind joined Varn, a firm which made shoes", "In which year did Lind join Varn?"),
        # ... nor a time after the name (the suite's birthday test caught "drowned in the Maas, a few days before …")
        ("Kloos drowned in the Maas, a few days before his 42nd birthday", "In which year did Kloos drown in the Maas?"),
    ],
)
def test_a_units_bracket_and_what_a_lone_name_is_stay_in_the_question(clause: str, question: str) -> None:
    """"In which year did Walter Tull enlist in the 17th?" and "… join Clapton?" (judge 175): the first was cut at the
    bracket inside "the 17th (Service) Battalion of the Middlesex Regiment", the second lost ", one of the strongest
    amateur clubs in London", without which Clapton is a district of London."""
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset(), frozenset(clause.split()[:1])) == question


@pytest.mark.parametrize(("clause", "label"), [
    ("Five million visitors made the London gallery - which houses treasures like Raphael's Madonna of the Pinks - the "
     "UK's most visited museum", "Five million visitors made the London gallery the UK's most visited museum"),
    ("Ada Lind sang in Leeds - a city she loved - at the Varn Hall", "Ada Lind sang in Leeds at the Varn Hall"),
    ("Ada Lind sang in Leeds - and then in York", "Ada Lind sang in Leeds"),
])
def test_an_aside_between_dashes_goes_and_the_clause_goes_on(clause: str, label: str) -> None:
    """"How many million visitors made the London gallery?" (judge 177): the clause was cut at the first of two dashes
    around an aside, leaving "made" without what the gallery was made."""
    parsed = main_clause(clause)
    assert parsed is not None and parsed.label() == label


@pytest.mark.parametrize("clause", [
    "Tull enlisted in the 17th, a unit of footballers from London",
    "Varn served with the 2nd (Ulster), a division raised in Belfast",
    # a relative clause cut after its verb (judge 180: "a symbolic treaty of friendship that ended")
    "The mayors signed a symbolic treaty of friendship that ended, more than 2,100 years late, a war",
    "Ada Lind founded a guild that ruled, for a century, the trade",
])
def test_a_cut_that_leaves_a_bare_ordinal_or_a_bare_relative_makes_no_clause(clause: str) -> None:
    """"enlist in the 17th" (judge 175): an ordinal the cut parted from its noun is no object; "that ended" (judge 180),
    a relative clause whose object the cut took, is no end."""
    assert main_clause(clause) is None


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("In which year did Armauer Hansen try to infect a woman patient?", True),
        ("In which year did the Kessel doctors inoculate forty orphans?", True),
        ("In which year did Edward Jenner inoculate James Phipps with cowpox?", False),
        ("In which year did the Varn board vaccinate its schoolchildren against smallpox?", False),
    ],
)
def test_an_infection_says_with_what(prompt: str, flagged: bool) -> None:
    """"In which year did Armauer Hansen try to infect a woman patient?" (judge 158): with what? Infecting, inoculating
    or vaccinating someone is asked with what, or against what."""
    assert ("with what?" in (missing_argument(prompt) or "")) == flagged


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("In which year did Christiaan Huygens announce his explanation in the form of a Latin anagram?", True),
        ("In which year did the States General grant Christiaan Huygens a patent?", True),
        ("In which year did the States General grant Christiaan Huygens a patent for a pendulum clock?", False),
        ("In which year did Ada Lind publish her explanation of the Kessel effect in Nature?", False),
    ],
)
def test_an_explanation_or_a_patent_says_of_what(prompt: str, flagged: bool) -> None:
    """Judge 161: "announce his explanation in the form of a Latin anagram" (of Saturn's ring, said before), "grant
    Christiaan Huygens a patent" (for his pendulum clock, said before)."""
    assert bool(leans_on_context(prompt) or missing_argument(prompt)) == flagged


def test_an_adverb_opening_a_sentence_is_no_given_name() -> None:
    """"In which year did Increasingly Ludwig become engaged …?" (judge 160): "Increasingly Ludwig withdrew from Munich"
    made "Increasingly Ludwig" a full name, which then stood for every bare "Ludwig". An -ly word that is no given name
    ("Emily" is) opens no name."""
    from bot.corpus.entities import full_names
    from bot.corpus.gazetteer import build_gazetteer

    text = ("Increasingly Ludwig withdrew from Munich into the mountains. Finally Charles abdicated in 1556. "
            "Emily Davison died at Epsom in 1913.")
    gaz = build_gazetteer([text])
    assert gaz.lookup("Increasingly Ludwig") is None and gaz.lookup("Finally Charles") is None
    assert gaz.lookup("Emily Davison") is not None
    names = full_names([text])
    assert not any(f.startswith(("Increasingly", "Finally")) for forms in names.values() for f in forms), names
    assert "Emily Davison" in names.get("Davison", set())


@pytest.mark.parametrize(
    ("prompt", "flagged"),
    [
        ("In which year did Salim Ali take study leave?", True),
        ("In which year did Georg Simon Ohm take leave from his school?", True),
        ("In which year did Ada Lind take sick leave?", True),
        ("In which year did Ohm take leave from the Jesuit Gymnasium of Cologne?", False),
    ],
)
def test_leave_taken_says_what_for(prompt: str, flagged: bool) -> None:
    """"In which year did Salim Ali take study leave?" (judge 164), "did Georg Simon Ohm take leave from his school?"
    (judge 165): leave to do what, and from where? The sentences before said."""
    assert ("to do what" in (missing_argument(prompt) or "")) == flagged


@pytest.mark.parametrize(("clause", "question"), [
    ("The Life of Charlotte Brontë was published in London", "In which year was The Life of Charlotte Brontë published "
     "in London?"),
    ("The Wealth of Nations was published in London", "In which year was The Wealth of Nations published in London?"),
    # a body's or an event's name, and a title in another language, take a lower-case "the"
    ("The Royal Society was founded in London", "In which year was the Royal Society founded in London?"),
    ("The Theatrum Orbis Terrarum was published in Antwerp", "In which year was the Theatrum Orbis Terrarum published "
     "in Antwerp?"),
])
def test_a_published_works_title_keeps_its_the(clause: str, question: str) -> None:
    """"In which year was the Life of Charlotte Brontë published?" (judge 179): the title lost its "The" and read as
    prose."""
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset({"life", "wealth", "nations"})) == question


@pytest.mark.parametrize(("clause", "label"), [
    ("Budapest was formed by the union of Buda, Óbuda and Pest", "Budapest was formed by the union of Buda, Óbuda and Pest"),
    ("The league joined Lübeck, Årsta and Visby", "The league joined Lübeck, Årsta and Visby"),
])
def test_a_list_of_names_with_an_accented_capital_is_not_cut(clause: str, label: str) -> None:
    """"In which year was Budapest formed by the union of Buda?" (judge 185): the list of names was cut at its first
    comma because "Óbuda" did not start with an unaccented capital."""
    parsed = main_clause(clause)
    assert parsed is not None and parsed.label() == label


@pytest.mark.parametrize(
    ("sentence", "subject", "verb"),
    [
        # "the San Francisco based US Court of Appeals ruled" (judge 272 was asked "did the San Francisco base US Court of
        # Appeals ruled …?"): a place and "based" written without the hyphen make an adjective, no verb
        ("The London based charity Oxfam opened a shop in Leeds.", "The London based charity Oxfam", "opened"),
        ("The Paris based firm Varn Ltd closed its plant in Lyon.", "The Paris based firm Varn Ltd", "closed"),
        ("The Tokyo headquartered bank Kessel raised its rates.", "The Tokyo headquartered bank Kessel", "raised"),
        # ... but a name that bases something on something is the verb's subject
        ("Edison based his design on a lamp by Swan.", "Edison", "based"),
        ("Ford based the Model T on the Model N.", "Ford", "based"),
    ],
)
def test_a_place_before_based_makes_an_adjective_not_a_verb(sentence: str, subject: str, verb: str) -> None:
    clause = main_clause(sentence)
    assert clause is not None and (clause.subject, clause.verb) == (subject, verb), clause


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        # judge 336 was asked "did Karl Landsteiner and Erwin Popper take spinal cord tissue from a boy?": which boy?
        ("Landsteiner took spinal cord tissue from a boy who had died of poliomyelitis",
         "In which year did Landsteiner take spinal cord tissue from a boy who had died of poliomyelitis?"),
        ("Varn married a widow who owned a mill at Lowell", "In which year did Varn marry a widow who owned a mill at Lowell?"),
        ("The museum bought a painting which had hung in the chapel at Ely",
         "In which year did the museum buy a painting which had hung in the chapel at Ely?"),
        # a relative clause after a name is an aside, and goes as before
        ("Kessel married Anna Lind, who owned a mill at Lowell", "In which year did Kessel marry Anna Lind?"),
    ],
)
def test_a_relative_clause_that_says_which_one_stays(clause: str, question: str) -> None:
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset(), frozenset(clause.split()[:1])) == question


@pytest.mark.parametrize(
    "clause",
    [
        "Varn met a man who had sailed with Cook on the second voyage to the Pacific and back",
        "The museum bought a painting which had hung for two centuries in the private chapel of the bishops of Ely",
    ],
)
def test_a_relative_clause_too_long_to_keep_drops_the_clause(clause: str) -> None:
    """Cut, the long relative clause would leave "a man", "a painting": any one of them."""
    assert main_clause(clause) is None


@pytest.mark.parametrize(
    ("clause", "question"),
    [
        # judge 336 was asked "did Amy Johnson … fly a de Havilland Puss Moth, Jason II?": the flight's route was cut
        ("Johnson flew a de Havilland Puss Moth, Jason II, from London to Moscow",
         "In which year did Johnson fly a de Havilland Puss Moth, Jason II, from London to Moscow?"),
        ("Earhart flew a Lockheed Vega, Old Bessie, across the Atlantic",
         "In which year did Earhart fly a Lockheed Vega, Old Bessie, across the Atlantic?"),
        ("The navy sent the Royal Yacht, Britannia, to Aden", "In which year did the navy send the Royal Yacht, Britannia, to Aden?"),
    ],
)
def test_a_name_set_off_after_its_kind_keeps_the_phrase_after_it(clause: str, question: str) -> None:
    parsed = main_clause(clause)
    assert parsed is not None
    assert parsed.question("In which year", frozenset(), frozenset(clause.split()[:1])) == question


@pytest.mark.parametrize(
    ("clause", "kept"),
    [
        # judge 337 was asked "did Antonio Paris propose that hydrogen clouds around two comets?": "clouds" is no verb
        ("Paris proposed that hydrogen clouds around two comets, Gibbs and Christensen, might have passed through it", False),
        ("Varn argued that iron filings near the magnet, as he had drawn them, had moved", False),
        ("Kessel reported that sugar levels in the blood, measured each hour, had risen", False),
        # judge 341 was asked "did the Marseille group report that a strain closely related to mimivirus, called
        # mamavirus?": a participle after an adverb or a comma is no verb of the that-clause
        ("The group reported that a strain closely related to mimivirus, called mamavirus, was itself infected", False),
        ("Varn reported that a moth newly described by Kessel, called the lind moth, fed only on birch", False),
        ("Varn reported that the strain grew in amoebae, a finding that surprised everyone", True),
        # a that-clause that keeps its verb, or is not cut, stays
        ("Mendel reported that traits pass from parents to offspring in fixed ratios, a finding long ignored", True),
        ("Einstein proposed that light consists of discrete quanta of energy", True),
    ],
)
def test_a_that_clause_cut_before_its_verb_drops_the_clause(clause: str, kept: bool) -> None:
    assert (main_clause(clause) is not None) == kept

"""Self-contained prompts (issue 10, part 1): a question's predicate carries the arguments a reader
needs, an opening that points back is resolved or the sentence is left alone, and the names the
generator builds on are typed from principles (a place after "at", a people is no person)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fixtures_questions import text_corpus

from bot.corpus.gazetteer import PERSON, PLACE, build_gazetteer
from bot.corpus.grammar import leans_on_context, lower_first, main_clause, missing_argument
from bot.corpus.model import DocMeta, Question
from bot.corpus.questions import (
    _EVALUATIVE,
    ALL_FORMS,
    ALL_KINDS,
    BLANK,
    _given_name_in_full,
    generate_questions,
)
from bot.corpus.referents import document_noun_phrases


def generate(texts: dict[str, tuple[str, DocMeta]]) -> list[Question]:
    corpus = text_corpus(texts)
    return generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS)[0]


def generate_all(texts: dict[str, tuple[str, DocMeta]]) -> list[Question]:
    """Every kind, "Who …?" and "In which city …?" too, which builds leave out (see GENERATED_KINDS)."""
    corpus = text_corpus(texts)
    return generate_questions(corpus.canonical, corpus.passages, corpus.events, kinds=ALL_KINDS, forms=ALL_FORMS)[0]


# ----------------------------------------------------------------- the predicate's arguments
@pytest.mark.parametrize(
    "prompt",
    [
        "Who resigned in January 1957?",  # resigned as what?
        "In which year did Stevens resign?",
        "Who was elected in 1994?",
        "Who took office in 1961?",
        "Who was appointed in 1992?",
        "Who stepped down in June 1999?",
        "Who died in April 1906?",  # many people did: the predicate says only when
        "According to Anna Kowalczyk's paper, who died on July 4, 1934?",
        "In which year did the Western powers introduce a new currency?",  # which currency, where?
        "In which year did the miners launch a rescue?",
        "In which year did NASA launch a pair of identical spacecraft?",  # which pair? (judge 66)
        "Matteo Ricci arrived in August _____.",  # arrived where? (judge 68)
        "In which year did Oswaldo Cruz send Carlos Chagas?",  # sent where? (judge 69)
        "In which year did Jean Batten fly the Gipsy Moth back to England?",  # back from where? (judge 71)
        "In which year did the Beatles come back to Liverpool?",
        "In _____ King Manuel I sent Vasco da Gama.",
        "In which year did the Mayflower arrive?",
        "The first Jesuit missionaries arrived in March _____.",
        "In which year did Kew publish a series of botanical prints?",
        "Who launched a rescue in 2010?",
        "In which year was Peter Fechter, an 18-year-old bricklayer, shot?",  # shot where?
        "Nelson Mandela was arrested in August _____.",  # arrested more than once: where, by whom?
        "In which year did Jenner publish his results?",  # results of what?
        "In which year did Ferdinand de Lesseps's company begin digging?",  # digging what: Suez or Panama?
        "Who told a press conference in June 1961?",  # told it what?
        "In which year was the Secret Service first tipped off?",  # about what?
        "In which year did large-scale production begin through an agreement with a drug company?",  # of what?
        "In which year was construction completed after the long strike?",
        "In which year did Large-scale production begin in Indianapolis?",  # as a wh-question keeps its capital
        "In which year were the villagers warned?",
        "Federico Gravina was badly wounded and died of his wounds in March _____.",
        "In which year was Anton Weber wounded and later died in hospital?",
        "In which year was England chosen as host at a FIFA congress in Rome?",  # host of what?
        "Who was elected as chairman in 1990?",  # chairman of what?
        "In which year was Maria Lopez appointed as the new director?",
        # taking part, or being inducted, in nothing named
        "Beginning on 26 April _____, about 1.8 million schoolchildren took part in the United States and Canada.",
        "In which year was Greta Lindqvist inducted?",
        "In which year did 40 nations participate?",
        "Samuel Okafor enlisted in _____.",
        # a negative: what did not happen has no date
        "In which year did Finnish officials have not entered Nurmi in the 10,000 metres?",
        "The Senate had not ratified the treaty by December _____.",
        "The expedition's report was not published until _____.",
        "The crew were not paid until _____.",
        # a figure of one year, which every year has
        "In which year did about 30,000 ships use the Kiel Canal?",
        "In _____, more than 2 million visitors visited the Louvre's Egyptian wing.",
        "In which year did roughly 4,000 vessels transit the Corinth Canal?",
        # a headcount, which holds for the years beside it too
        "In _____ the city of Galveston had about 37,000 inhabitants.",
        "In which year did the Royal Society have more than 1,200 members?",
        # a change that comes on slowly: the years beside it are true too
        "In which year did the Liberian economy start to grow?",
        "In which year did the Bach revival begin in earnest?",
        "Sales of the Model T began to decline in _____.",
        # a "that" clause cut before its verb, however long
        "In which year did Susan Solomon propose that reactions on the surfaces of polar stratospheric clouds?",
        "In which year did the survey conclude that the population of the northern islands?",
        # a post in a firm, team or paper without the firm
        "In which year did Charles Durand become chief operating officer and president?",
        "In which year did Ruth Okafor become the new head coach?",
        "Lena Berg became editor in _____.",
        "In which year did Tomas Weller become managing director?",
        # a verb of getting someone to act, cut before what they were to do
        "In which year did William Buckland persuade the British Association for the Advancement of Science?",
        "Who persuaded the Senate in 1887?",
        "In which year were the strikers induced?",
        "In which year did Amit Yoran take up his post?",  # a post as what?
        "In which year did the coach leave his job?",
        # a quantity or a copy of something the prompt does not name
        "A team led by Wendy Freedman published a value of _____ kilometres per second per megaparsec in 2001.",
        "A team led by Wendy Freedman published a value of _____ kilometres per second per megaparsec in 2001, with an "
        "uncertainty of about 10 per cent.",
        "In which year did the survey publish a new estimate of 4,200?",
        "In which year was the Lincoln copy shown at the New York World's Fair?",
        "In which year was the Vienna edition printed?",
        # a "that" clause cut before its verb
        "In which year did Jun Akimitsu's group in Japan find that magnesium diboride?",
        "In which year did the census find that the rural population?",
        # a parting with nothing of from what or to whom
        "In which year did Miranda surrender?",
        "Venezuela and Ecuador broke away in _____.",
        "In which year did the southern states secede?",
        # a state that lasts: the years beside the answer are true too
        "According to Helen Marsh, in which year was England at war with both the Dutch Republic and France?",
        "In which year was the Liberal Party in power in Canada?",
        "The Habsburg empire was at its height in _____.",
        # one letter of many: people who write to each other write more than once
        "In which year did Charles Darwin receive a letter from the naturalist Alfred Russel Wallace?",
        "Einstein sent a long letter to Max Born in _____.",
        "In which year did Queen Victoria send a telegram to President Buchanan?",
        # a return without where from: one goes back to a city more than once
        "In which year did Nellie Bly return to New York?",
        "Gandhi returned to India in _____.",
        "In which year did Napoleon come back to Paris?",
        # a gathering with nothing of what it met on (judge 295)
        "In which year did an international conference open in London?",  # history
        "In which year was a peace conference held at Jalapa?",
        "In which year did the United Nations convene a summit in Rio de Janeiro?",  # science
        # a president or a treasurer of what? (judge 292)
        "In which year did Juliette Gordon Low step down as president?",  # biography
        "In which year was Ada Lind elected as treasurer?",  # science
        "Who retired as vice-president in 1931?",  # business
        # appointed as what? (judge 310: Washington appointed Andrew Ellicott twice)
        "In which year did George Washington appoint the surveyor Andrew Ellicott?",  # biography
        "In which year did Louis XIV appoint Jean-Baptiste Colbert?",  # history
        "In which year was the astronomer Ada Lind appointed by the Kessel Society?",
        # between whom, jointly with whom? (judge 304: the second side or winner cut off with its "and")
        "In which year was the Battle of Isandlwana fought between the army of the Zulu Kingdom?",  # history
        "In which year did the Norwegian Nobel Committee award the first Nobel Peace Prize jointly to Henry Dunant?",
        "In which year was a treaty signed between Peru?",  # news
        # which war? (judge 300: the United States entered one against Germany in 1917 and another in 1941)
        "In which year did the United States enter the war against Germany?",  # history
        "In which year did Portugal join the war on the side of Britain?",  # history
        "In which year did the conflict with the Comanche end?",  # history
        # a referee or an adviser, of what? (judge 322: the Westminster clock's design)
        "In which year was George Airy joined as a referee by Edmund Beckett Denison?",  # engineering
        "In which year did Ada Lind serve as an adviser?",
        "In which year was Otto Brel appointed as a consultant by the Kessel Company?",  # business
        # a land lost or ceded, by whom and to whom? (judge 317: "Siege of Candia: In which year was Cyprus lost?")
        "Siege of Candia: In which year was Cyprus lost?",  # history
        "In which year was Minorca ceded?",
        "In which year were the Ionian Islands handed over?",
        # peace with whom, ending which war? (judge 313: "was peace signed at Badajoz?")
        "In which year was peace signed at Badajoz?",  # history
        "In which year did Sweden make peace?",
        "In which year did the Ottoman Empire sue for peace at Karlowitz?",  # history
        # a command taken, of what? (judge 284)
        "In which year did Commodore Edward Preble take command?",  # history
        "Admiral Cochrane took command in _____.",
        "In which year did Ulysses S. Grant assume overall command?",
        "In which year did the army seize control in March?",  # politics
        "Who took charge in 1942?",  # science
        "In which year did Tadeusz Kościuszko sail home?",  # judge 129: home from where?
        "Amelia Earhart flew home in _____.",
        # a selection or translation of what, selected for what (judge 47)
        "Samuel Pepys: A selection edited by Lord Braybrooke was published in _____.",
        "In which year was an abridged translation printed in Leipzig?",
        "On 16 February _____ Valentina Tereshkova was one of five women selected from more than 400 applicants.",
        "In which year was Alan Shepard chosen from 110 test pilots?",
        # war declared, on whom? (judge 45)
        "In which year did Bolivia declare war?",
        "Congress declared war in April _____.",
        # a body set up for what? (judges 216, 217) and a passing mishap (judge 216)
        "In which year did Kumamoto University set up a research group?",  # science
        "In which year did a Canadian commission of inquiry open in Quebec?",  # history
        "In which year did the Senate appoint a special committee?",  # politics
        "In which year was Lord Byron caught in a rainstorm?",  # biography
        "In which year was the Beagle caught in a violent gale?",  # exploration
        # a land taken, by whom? (judge 218)
        "In which year was Bulgaria annexed?",
        "In which year was Silesia occupied?",
        "In which year were the Moluccas conquered?",
        # an indefinite object in a borrowed word (judge 235): whose éloge?
        "In which year did Georges Cuvier deliver an éloge?",  # science
        "In which year did the Académie commission a mémoire?",
        # after a particle, or a bare collective plural (judge 271's documents)
        "In which year did the city of Amsterdam send out two ships?",  # history
        "In which year did the mathematician Roger Penrose find sets of tiles?",  # science
        "In which year did Ada Lovelace send off two letters?",  # biography
        "In which year did the Royal Society buy up several instruments?",
        # judge 326: someone's work, research or findings, with nothing of what they were
        "In which year did NASA hold a press conference about the work of McKay and his colleagues?",
        "In which year did the Academy of Sciences praise the research of Meitner and her team?",
        "In which year did The Lancet publish the findings of Snow?",
        # a that-clause the cut left without its verb (judge 334)
        "In which year did Benjamin Heyne report to the Linnean Society of London that the leaves of the succulent "
        "Bryophyllum calycinum?",
        "In which year did Ada Lind show that the eggs of the common eel?",
        # a rising, to power or in revolt, and against whom? (judge 335)
        "In which year did Geng Jingzhong rise in Fujian?",
        "In which year did the miners of Dalarna rise?",
        # someone sent, with where and what for cut (judge 348)
        "In which year did William the Conqueror send a Norman, Robert de Comines?",
        "In which year did the Hudson's Bay Company send the surveyor David Thompson?",
        # a war decided on, against no one (judge 353)
        "In which year did the Swedish council decide on war?",
        "In which year did the Kessel parliament vote for war?",
        # an interest roused, in nothing (judge 350)
        "In which year did Frederic Newton Gisborne interest Cyrus West Field?",
    ],
)
def test_a_predicate_without_its_argument_is_caught(prompt: str) -> None:
    assert missing_argument(prompt) is not None


@pytest.mark.parametrize(
    "prompt",
    [
        "In which year did Luiz Felipe Scolari resign as Brazil's national coach?",
        "In which year was Meriwether Lewis appointed governor of the Louisiana Territory?",
        "Who was appointed chief executive of Nokia in 1992?",
        "In which year did John F. Kennedy take office as president?",
        "In which year did Pierre Curie die?",  # the subject names the event
        "Who met Pierre Curie in 1894?",
        "Who was born in Warsaw in 1867?",
        "Which country won the football World Cup for the fourth time in 2014?",
        "In which year did Nokia launch the Mobira Cityman?",
        "About how many million visitors did Notre-Dame receive a year?",  # "a year" is a rate, not an object
        "In which year did Howard Florey and Ernst Chain begin a systematic study of antibacterial substances?",
        "In August _____ Peter Fechter was shot while climbing the Berlin Wall.",
        "In which year was Abraham Lincoln shot at Ford's Theatre?",
        "In which year was Horatio Nelson wounded at the Battle of Trafalgar and died aboard HMS Victory?",
        "In which year did Walter Ulbricht tell a press conference that nobody intended to build a wall?",
        "In which year was Tokyo chosen as host of the 2020 Summer Olympics?",
        "In which year did production of the Model T begin in Detroit?",
        "In which year was construction of the Panama Canal completed?",
        "In which year was Alf Ramsey appointed as England's manager?",
        "In which year did Ruth Okafor become head coach of the Kenyan women's team?",
        "In which year did Charles Durand become McDonald's chief executive?",
        "Lena Berg became editor of The Economist in _____.",
        "In which year did Abraham Lincoln become president?",
        "In which year did 1.8 million schoolchildren take part in the trial of the Salk vaccine?",
        "In which year was Wilma Rudolph inducted into the National Women's Hall of Fame?",
        "Samuel Okafor enlisted in the Royal West African Frontier Force in _____.",
        "In which year did Norway first take part in the Eurovision Song Contest?",
        "In which year did Susan Solomon propose that reactions on polar clouds released chlorine?",
        "In which year did Gregor Mendel conclude that traits pass to offspring in fixed ratios?",
        "In which year did Paavo Nurmi win not only the 1,500 metres but also the 5,000 metres on one afternoon?",
        "In which year did the first ships use the Kiel Canal?",
        "In which year did Bolivia declare war on Chile?",
        "In which year was Valentina Tereshkova selected for the cosmonaut corps?",
        "In which year was Alan Shepard chosen as the first American to fly in space?",
        "In which year was a selection of Samuel Pepys's diary published?",
        "In which year did the construction of the Kiel Canal begin?",
        "In which year did the Salem trials begin with the arrest of Sarah Good?",
        "In which year did Gandhi return to India from South Africa?",
        "In which year did Napoleon return to France after his exile on Elba?",
        "In which year did Halley's Comet return?",
        "In which year did England declare war on France?",
        "In which year did Cornwallis surrender at Yorktown?",
        "In which year did Venezuela and Ecuador break away from Gran Colombia?",
        "Because Britain was at war, Florey and Heatley travelled to the United States in July _____.",
        "In which year did Einstein sign a letter to President Roosevelt warning of atomic bombs?",
        "In which year did Darwin receive a letter from Wallace containing an essay on natural selection?",
        "In which year did Rosalind Franklin return to London to join the biophysics unit at King's College?",
        "In which year did Lise Meitner retire to Cambridge?",
        "Garibaldi retired to the island of Caprera in _____.",
        "In which year did the International Astronomical Union adopt a definition of a planet?",  # the "of" says which
        "In which year did NASA launch a pair of Van Allen Probes?",
        "In which year did Matteo Ricci arrive in Macau?",
        "In which year did Oswaldo Cruz send Carlos Chagas to Lassance?",
        "In which year did Jean Batten fly back to England from Sydney?",
        "In which year did Nellie Bly arrive back in New Jersey?",
        "In which year did the government set up a commission to investigate the disaster?",
        "In which year did Juliette Gordon Low step down as president of the Girl Scouts?",
        "In which year did an international conference on the Schleswig question open in London?",
        "In which year did the United Nations convene a summit on the environment in Rio de Janeiro?",
        "In which year did Richard Nixon resign as President?",  # the office, capitalised
        "In which year did Edward Preble take command of the Mediterranean Squadron?",
        "In which year did Horatio Nelson take command of HMS Agamemnon?",
        "In which year did the Bolsheviks seize control of Petrograd?",
        "Who took charge of the Manhattan Project in 1942?",
        "In which year did the army take control in Thailand?",
        "In which year did Parliament appoint a select committee on the Poor Laws?",
        "In which year did a royal commission into the sinking of the Empress of Ireland open in Quebec?",
        "In which year was Bulgaria annexed by the Byzantine Empire?",
        "In which year did the city of Amsterdam send out two ships to find a northern passage to China?",
        "In which year did the Royal Navy send out HMS Erebus?",
        "In which year did Mary Anning find sets of bones in the cliffs at Lyme Regis?",
        "In which year was the Battle of Isandlwana fought between the Zulu army and a British force?",
        "In which year did George Washington appoint Andrew Ellicott to survey the federal district?",
        "In which year did Henry VIII appoint Thomas More Lord Chancellor?",
        "In which year did Charles II appoint John Flamsteed Astronomer Royal?",
        "In which year was the Nobel Prize in Physics shared jointly by Ada Lind and Tom Hale?",
        "In which year did Ada Lind work jointly with Tom Hale on the Varn survey?",
        "In which year did the war of the Spanish Succession end?",
        "In which year did the war in the Crimea end?",
        "In which year did the war between Chile and Peru begin?",
        "In which year was peace signed between Spain and Portugal at Badajoz?",
        "In which year was Calais lost to the French?",
        "In which year was George Airy joined as a referee of the clock's design by Edmund Beckett Denison?",
        "In which year did Ada Lind serve as an adviser to the Kessel Society?",
        "In which year was Minorca ceded to Britain by the Treaty of Utrecht?",
        "In which year was the fort at Kessel abandoned?",
        "In which year did Sweden make peace with Russia?",
        "In which year did Spain and Portugal make peace at Badajoz?",
        "In which year was the Peace of Westphalia signed?",
        "In which year did Edward Grey warn of a war over Belgium?",
        "In which year did NASA hold a press conference about the work of David McKay on the meteorite ALH84001?",
        "In which year did the Academy of Sciences praise the research of Lise Meitner into nuclear fission?",
        "In which year was the work of restoring the Iron Bridge finished?",
        "In which year did Benjamin Heyne report that the leaves of Bryophyllum calycinum tasted sour in the morning?",
        "In which year did Ada Lind show that the eggs of the common eel were laid in the Sargasso Sea?",
        "In which year did Geng Jingzhong rise in revolt against the Qing in Fujian?",
        "In which year did William the Conqueror send Robert de Comines to Durham as earl of Northumbria?",
        "In which year did Marconi send a radio signal across the Atlantic?",
        "In which year did Frederic Newton Gisborne interest Cyrus West Field in the telegraph scheme?",
        "In which year did the Swedish council decide on war against Denmark?",
    ],
)
def test_a_predicate_with_its_arguments_passes(prompt: str) -> None:
    assert missing_argument(prompt) is None


def test_no_generated_question_lacks_its_office_or_object() -> None:
    meta = DocMeta("Ministers and money in post-war Europe", kind="paper", date="2010")
    text = ("Anthony Eden resigned in January 1957 after the Suez crisis.\n\n"
            "In June 1948 the Western powers introduced a new currency.\n\n"
            "Ludwig Erhard became chancellor of West Germany in October 1963.\n\n"
            "Konrad Adenauer resigned as chancellor of West Germany in October 1963.")
    corpus = text_corpus({"e.txt": (text, meta)})
    questions, drops = generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS)
    asked = [q.prompt for q in questions] + [d for q in questions if q.kind == "order" for d in [q.answer, *q.distractors]]
    assert not [p for p in asked if re.search(r"\bresign(?:ed)?\b(?! as)|new currency", p)], asked
    missing = [item for item, reason in drops if "office" in reason or "indefinite object" in reason]
    assert any("Eden" in item for item in missing) and any("currency" in item for item in missing), drops
    assert not [item for item in missing if "Adenauer" in item or "Erhard" in item], drops


# ------------------------------------------------------------------ clause shapes and grammar
def test_had_with_a_participle_keeps_the_past_perfect() -> None:
    clause = main_clause("Nokia had overtaken Motorola as the leading maker of telephones by 1998.")
    assert clause is not None and clause.question("By which year").startswith("By which year had Nokia overtaken")
    owned = main_clause("Nokia had about 40 per cent of the world market in 2007.")
    assert owned is not None and owned.question("In which year").startswith("In which year did Nokia have")


def test_the_dated_second_clause_of_a_sentence_is_asked_alone() -> None:
    meta = DocMeta("Northern Europe between the wars", kind="paper", date="2003")
    text = ("Talks in Geneva dragged on for months, and Norway joined the League of Nations in 1920.\n\n"
            "Finland held its first free elections, and Carl Gustaf Mannerheim became regent of Finland in 1918.")
    prompts = {q.prompt: q.answer for q in generate({"n.txt": (text, meta)}) if q.kind == "when"}
    assert prompts.get("In which year did Norway join the League of Nations?") == "1920", prompts
    assert prompts.get("In which year did Carl Gustaf Mannerheim become regent of Finland?") == "1918", prompts


def test_a_citation_after_the_full_stop_does_not_hide_a_sentence() -> None:
    meta = DocMeta("The Lewis and Clark Expedition", kind="paper", date="2018")
    text = ("The United States bought the Louisiana Territory from France for $15 million in April 1803.[2] "
            "Sacagawea gave birth to a son, Jean Baptiste, at Fort Mandan in February 1805.[4]\n\n"
            "The Corps of Discovery reached St. Louis on September 23, 1806.[7]")
    questions = generate({"l.txt": (text, meta)})
    assert {q.answer for q in questions} >= {"1805", "1806"}, [q.prompt for q in questions]
    assert [q for q in questions if "Louisiana" in q.prompt], [q.prompt for q in questions]
    assert not [q for q in questions if "[" in q.prompt or "[" in q.explanation]


# ---------------------------------------------------------------------- openings resolved
def test_an_opening_that_points_back_is_resolved_to_a_name_or_left_alone() -> None:
    probes = ("Voyager 2 is the only spacecraft to have visited Uranus and Neptune. It passed Uranus in January 1986 "
              "and discovered ten new moons there.")
    health = ("Vaccination spread slowly through Europe in the nineteenth century. It remained common in Africa "
              "and South Asia until 1977.\n\n"
              "Janet Parker, a medical photographer in Birmingham, was infected in a laboratory below her "
              "office. She died on September 11, 1978.")
    company = ("The Finnish Cable Works made telephone cables in Helsinki. The company began making radio "
               "telephones for the army in 1963.")
    questions = [*generate({"v.txt": (probes, DocMeta("Voyager, the probes that left", kind="news", date="2022"))}),
                 *generate({"h.txt": (health, DocMeta("How smallpox was eradicated", kind="paper", date="2020"))}),
                 *generate({"c.txt": (company, DocMeta("A history of Finnish industry", kind="paper", date="2016"))})]
    prompts = {q.prompt: q.answer for q in questions if q.kind == "when"}
    assert prompts.get("In which year did Voyager 2 pass Uranus?") == "1986", prompts
    assert prompts.get("In which year did Janet Parker die?") == "1978", prompts
    assert not [p for p in prompts if "Vaccination remained" in p or p.startswith(("It ", "She "))], prompts


# ---------------------------------------------------------------------- the gazetteer's people
def test_places_and_peoples_are_not_taken_for_people() -> None:
    sentences = [
        "In October 1961 American and Soviet tanks faced each other at Checkpoint Charlie, the crossing point.",
        "Checkpoint Charlie became a symbol of the divided city.",
        "Amundsen learned from the Netsilik Inuit, who taught him to drive dogs.",
        "The explorers met the Lakota Sioux near the mouth of the Bad River.",
        "Sergeant Charles Floyd died near Sioux City, Iowa, in August 1804.",
        "The party built Fort Mandan, where they spent the winter.",
        "Germany beat Brazil 7–1 in Belo Horizonte, a city in the south-east of the country.",
        "Mario Götze, a 22-year-old substitute, scored in the 113th minute.",
        "Walter Ulbricht, the East German leader, closed the border.",
    ]
    gaz = build_gazetteer(sentences)
    people = {name for name, e in gaz.entities.items() if e.type == PERSON}
    assert not people & {"Checkpoint Charlie", "Netsilik Inuit", "Lakota Sioux", "Fort Mandan", "Belo Horizonte"}
    assert {"Mario Götze", "Walter Ulbricht", "Charles Floyd"} <= people
    assert gaz.entities["Checkpoint Charlie"].type == PLACE and gaz.entities["Fort Mandan"].type == PLACE


# --------------------------------------------------------------- "the <noun>" names the right thing
@pytest.mark.parametrize(
    ("title", "body", "head", "expected"),
    [
        ("Nokia, from paper mill to mobile phones",
         "After the Second World War the firm grew. It became the world's largest maker of phones.", "world", None),
        ("Nokia, from paper mill to mobile phones",
         "Samsung overtook Nokia. The company kept Nokia's largest factory. It was the largest maker.", "largest", None),
        ("The Lewis and Clark Expedition, 1804 to 1806",
         "The expedition left in May. The Lewis and Clark Expedition reached the Pacific.", "expedition",
         "Lewis and Clark Expedition"),
        ("Apple unveils the iPhone, a phone without a keyboard", "The phone unveils little.", "unveils", None),
        ("Fire at the cathedral", "Renovation work on the spire had begun. The work stopped.", "work", None),
        ("The building of the Panama Canal", "The canal opened in 1914.", "canal", "Panama Canal"),
        # a head noun that only qualifies the noun after it names nothing ("a spoof London media worker", judge 36)
        ("Comic returns with sitcom", "The sitcom is about a spoof London media worker. A satire of the media "
         "sparked complaints.", "media", None),
        ("A new museum", "The Kelvin Grove museum director resigned. The museum closed in 1990.", "museum", None),
        ("A new museum", "The Kelvin Grove museum opened in 1901. The museum closed in 1990.", "museum",
         "Kelvin Grove museum"),
        # a name given only after "the <noun>" was used is not what it points back at (judge 37: "the accident" in a
        # history of Chernobyl became "the Fukushima Daiichi accident", named once, later, in a comparison)
        ("The Chernobyl disaster", "Gorbachev spoke about the accident on television. The accident was compared "
         "later with the Fukushima Daiichi accident.", "accident", None),
        ("The Chernobyl disaster", "The Chernobyl disaster was a nuclear accident in April 1986. It is rated as high as "
         "the Fukushima Daiichi accident. The accident happened during a safety test.",
         "accident", None),
        ("A flood in Holland", "The dike broke in the night. In 1953 the North Sea flood drowned 1,836 people, and "
         "the flood led to the Delta Works.", "flood", "North Sea flood"),
        # the name after "of" is the thing's; the words before only say what kind (judge 39: "the US state legislature")
        ("The Mackinac Bridge", "The bridge lies in the US state of Michigan. The state legislature created an "
         "authority.", "state", None),
        ("Tulip mania", "Bulbs were sold in the Dutch province of Holland. The province taxed the trade.", "province",
         None),
        ("The Forth Bridge", "The Scottish county of Fife lies north of the firth. The county grew.", "county", None),
    ],
)
def test_a_definite_noun_is_named_only_by_a_whole_name(title: str, body: str, head: str, expected: str | None) -> None:
    assert document_noun_phrases(title, body).get(head) == expected


# ------------------------------------------------------------------- more shapes, same checks
def test_a_day_of_the_week_in_a_news_story_becomes_its_date() -> None:
    final = ("Germany won the football World Cup for the fourth time on Sunday night, beating Argentina 1–0 in "
             "Rio de Janeiro. Brazil, Argentina, the Netherlands and Colombia had reached the last eight, and "
             "France had lost to Germany in the quarter-final.")
    fire = "A fire tore through the roof of Notre-Dame cathedral in Paris on Monday evening. Paris, Lyon and Rouen mourned."
    questions = [*generate_all({"f.txt": (final, DocMeta("Germany wins the World Cup", kind="news", date="2014-07-14"))}),
                 *generate_all({"n.txt": (fire, DocMeta("Fire at Notre-Dame", kind="news", date="2019-04-16"))})]
    prompts = [q.prompt for q in questions]
    assert "Which country won the football World Cup for the fourth time on the night of July 13, 2014?" in prompts
    assert not [p for p in prompts if re.search(r"\b(?:Sunday|Monday)\b", p)], prompts


def test_a_passive_with_a_named_agent_is_asked_who() -> None:
    meta = DocMeta("Nokia, from paper mill to mobile phones", kind="paper", date="2016-03")
    text = ("The Finnish Cable Works was founded in Helsinki in 1912 by the engineer Arvid Wikström.\n\n"
            "In 1865 the mining engineer Fredrik Idestam set up a pulp mill at Tampere. "
            "In 1898 the engineer Eduard Polón founded the Finnish Rubber Works. "
            "In 1918 the industrialist Rudolf Walden bought a paper mill at Valkeakoski. "
            "In 1906 the senator Leo Mechelin led the reform of the Finnish parliament. "
            "In 1992 the board chose Jorma Ollila as chief executive.")
    questions = {q.prompt: q for q in generate_all({"n.txt": (text, meta)}) if q.kind == "entity"}
    q = questions.get("Nokia: Who founded the Finnish Cable Works in Helsinki in 1912?")  # headed by its document
    assert q is not None and q.answer == "Arvid Wikström", list(questions)
    assert all(len(d.split()) == 2 for d in q.distractors)  # full names against a full name


def test_one_of_a_kind_needs_no_date_but_a_sex_in_the_prompt_is_no_question() -> None:
    meta = DocMeta("Explorers of the poles", kind="paper", date="2011")
    text = ("Roald Amundsen was the first person to reach both the North Pole and the South Pole, in 1926. "
            "Robert Falcon Scott reached the South Pole in January 1912. Fridtjof Nansen crossed Greenland in 1888. "
            "Ernest Shackleton sailed for Antarctica in 1914.\n\n"
            "Valentina Tereshkova was the first woman to fly in space. Yuri Gagarin orbited the Earth in 1961. "
            "Alexei Leonov walked in space in 1965. Neil Armstrong walked on the Moon in 1969.")
    corpus = text_corpus({"p.txt": (text, meta)})
    questions, drops = generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS,
                                          kinds=ALL_KINDS)
    first = {q.prompt: q.answer for q in questions if q.prompt.startswith("Who was the first")}
    assert first.get("Who was the first person to reach both the North Pole and the South Pole?") == "Roald Amundsen"
    assert not [p for p in first if "woman" in p]
    assert [item for item, reason in drops if "sex" in reason and "woman" in item]


def test_nobody_who_had_died_by_then_is_a_distractor() -> None:
    meta = DocMeta("Marie Curie, a life in science", kind="paper", date="2017")
    text = ("Pierre Curie died in April 1906 in a street accident in Paris. Henri Becquerel died in 1908. "
            "Paul Langevin worked in Paris in 1910. Ernest Rutherford studied radium in Manchester in 1909. "
            "Albert Einstein met Marie Curie in Brussels in 1911. Irène Joliot-Curie studied in Paris in 1912.\n\n"
            "Marie Curie received the Nobel Prize in Chemistry in 1911.")
    questions = [q for q in generate_all({"c.txt": (text, meta)}) if q.kind == "entity" and "1911" in q.prompt]
    assert questions, "a who-question on the 1911 prize"
    for q in questions:
        assert not {"Pierre Curie", "Henri Becquerel"} & set(q.distractors), (q.prompt, q.distractors)


def test_a_definite_noun_the_document_uses_for_several_things_is_no_referent() -> None:
    meta = DocMeta("Roald Amundsen, explorer of both poles", kind="paper", date="2011")
    text = ("In 1897 Amundsen joined the Belgian Antarctic Expedition as first mate. As a boy he had read about "
            "John Franklin, whose expedition vanished in the Arctic.\n\n"
            "In January 1911 the Fram landed the expedition at the Bay of Whales, on the Ross Ice Shelf.")
    prompts = [q.prompt for q in generate({"a.txt": (text, meta)})]
    assert not [p for p in prompts if "Bay of Whales" in p], prompts  # neither "the expedition" nor a wrong name
    assert not [p for p in prompts if "Belgian Antarctic Expedition at" in p], prompts


def test_country_options_existed_in_the_prompts_year_and_agencies_are_not_people() -> None:
    meta = DocMeta("Football's world champions", kind="news", date="2014-07-14")
    text = ("West Germany won the World Cup in 1954, 1974 and 1990. Brazil won it in 2002 in Yokohama. "
            "Spain beat the Netherlands in 2010. Colombia and France reached the quarter-finals in 2014.\n\n"
            "Germany won the football World Cup for the fourth time on Sunday night in Rio de Janeiro.")
    asked = [q for q in generate_all({"w.txt": (text, meta)}) if "2014" in q.prompt and q.kind == "entity"]
    assert asked and all("West Germany" not in q.distractors for q in asked), [(q.prompt, q.distractors) for q in asked]
    gaz = build_gazetteer(["In 2000 the United States Mint put her portrait on a new one-dollar coin."])
    assert gaz.lookup("United States Mint") is None or gaz.entities["United States Mint"].type != PERSON


def test_a_long_sentence_is_asked_as_its_main_clause_when_that_reads_alone() -> None:
    meta = DocMeta("Nokia, from paper mill to mobile phones", kind="paper", date="2016-03")
    text = ("Nokia began as a paper mill in Tampere in 1865, and Nokia's rubber boots were sold across Finland. "
            "Rubber works moved to the town of Nokia in 1904.\n\n"
            "In September 2013 Nokia agreed to sell its mobile phone business to Microsoft for €5.44 billion; about "
            "32,000 employees moved to the American company when the sale was completed in April 2014.\n\n"
            "Gonzalo Higuaín had a goal disallowed for offside in the 30th minute, and Rodrigo Palacio lifted the "
            "ball over the German goalkeeper Manuel Neuer and wide in extra time, to the dismay of the fans.")
    corpus = text_corpus({"n.txt": (text, meta)})
    questions, drops = generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS)
    prompts = {q.prompt: q.answer for q in questions}
    assert prompts.get("In September 2013 Nokia agreed to sell its mobile phone business to Microsoft for _____.") \
        == "€5.44 billion", prompts  # "its" is Nokia's: a firm seen in the possessive is no person
    assert not [p for p in prompts if "minute" in p]  # which match? the prompt names none
    assert [item for item, reason in drops if "inside an event" in reason]


def test_a_person_option_belongs_to_the_questions_era() -> None:
    meta = DocMeta("Nokia, from paper mill to mobile phones", kind="paper", date="2016-03")
    text = ("The Finnish Cable Works was founded in Helsinki in 1912 by the engineer Arvid Wikström.\n\n"
            "In 1865 the mining engineer Fredrik Idestam set up a pulp mill at Tampere. "
            "In 1898 the engineer Eduard Polón founded the Finnish Rubber Works. "
            "In 1918 the industrialist Rudolf Walden bought a paper mill at Valkeakoski. "
            "In 1906 the senator Leo Mechelin led the reform of the Finnish parliament. "
            "In 1987 the Soviet leader Mikhail Gorbachev used a Nokia phone in Helsinki. "
            "In 1992 the board chose Jorma Ollila as chief executive.")
    questions = [q for q in generate_all({"n.txt": (text, meta)}) if q.kind == "entity" and "1912" in q.prompt]
    assert questions, "a who-question on the founding in 1912"
    for q in questions:
        assert not {"Mikhail Gorbachev", "Jorma Ollila", "Fredrik Idestam"} & set(q.distractors), q.distractors


def test_an_event_label_may_leave_its_object_but_never_its_office_or_its_words() -> None:
    assert missing_argument("Walter Ulbricht told a press conference", objects=False) is not None
    assert missing_argument("Anthony Eden resigned after the Suez crisis", objects=False) is not None
    assert missing_argument("The Western powers introduced a new currency", objects=False) is None  # dated beside it
    assert missing_argument("President John F. Kennedy visited West Berlin", objects=False) is None


def test_a_demonym_before_a_name_is_no_part_of_it() -> None:
    gaz = build_gazetteer(["Rennie finished clear of Jamaican Keisha Brown, who was second in 7.26 seconds.",
                           "The race was won by the Kenyan Paul Tergat, who set a record.",
                           "Nikita Khrushchev, who led the Soviet Union, met him."])
    people = {name for name, e in gaz.entities.items() if e.type == PERSON}
    assert {"Keisha Brown", "Paul Tergat", "Nikita Khrushchev"} <= people
    assert not people & {"Jamaican Keisha Brown", "Kenyan Paul Tergat"}


@pytest.mark.parametrize(
    ("subject", "lowered"),
    [
        ("Large-scale production", "large-scale production"),
        ("Long-term studies", "long-term studies"),
        ("Well-known writers", "well-known writers"),
        ("Austro-Hungarian forces", "Austro-Hungarian forces"),  # a name stays as written
    ],
)
def test_a_hyphenated_common_word_opening_a_subject_is_lowered_in_a_question(subject: str, lowered: str) -> None:
    from bot.corpus.grammar import lower_first

    vocab = frozenset({"large", "scale", "long", "term", "well", "known", "production", "studies", "writers", "forces"})
    assert lower_first(subject, vocab) == lowered


@pytest.mark.parametrize(
    ("subject", "lowered"),
    [
        ("Allied bombers", "Allied bombers"),  # history
        ("Confederate troops", "Confederate troops"),
        ("Labour MPs", "Labour MPs"),  # politics
        ("Union engineers", "Union engineers"),  # engineering
        ("Heavy bombers", "heavy bombers"),  # a common adjective is still lowered
    ],
)
def test_a_sides_or_a_partys_adjective_keeps_its_capital(subject: str, lowered: str) -> None:
    """"In which year did allied bombers destroy most of the Krupp works at Essen?": "Allied" is the Allies', a name,
    though the lexicon has "allied"."""
    from bot.corpus.grammar import lower_first

    vocab = frozenset({"allied", "confederate", "labour", "union", "heavy", "bombers", "troops", "engineers"})
    assert lower_first(subject, vocab) == lowered


def test_a_ship_is_asked_with_the_kind_its_document_gives_it() -> None:
    """"In which year did the Essex round Cape Horn …?" (judge 196): which Essex, a county, a ship? The title named "the
    Whaleship Essex". A ship the title or the text names with its kind is asked with it."""
    texts = {
        "essex.md": ("# The Last Voyage of the Whaleship Kestrel\n\nThe Kestrel was an old whaleship of Nantucket.\n\nThe "
                     "Kestrel sailed from Nantucket in August 1819 with a crew of 21 men.",
                     DocMeta("The Last Voyage of the Whaleship Kestrel", kind="history")),
        "tea.md": ("# Tea races\n\nThe clipper Ariel was built at Greenock.\n\nThe Ariel won the tea race from Foochow to "
                   "London in 1866.", DocMeta("Tea races", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "did the whaleship Kestrel sail from Nantucket" in p], prompts
    assert [p for p in prompts if "did the clipper Ariel win the tea race" in p], prompts


@pytest.mark.parametrize(
    ("subject", "lowered"),
    [
        # judge 193: "How many Cesar awards did a Very Long Engagement … win?": a work's title keeps its article
        ("A Very Long Engagement, a World War I drama", "A Very Long Engagement, a World War I drama"),
        ("A Tale of Two Cities", "A Tale of Two Cities"),
        ("A Beautiful Mind", "A Beautiful Mind"),
        ("An Enemy of the People", "An Enemy of the People"),
        # ... but an article before a demonym, or before a common phrase, is lowered
        ("A German court", "a German court"),
        ("A French Navy frigate", "a French Navy frigate"),
        ("A team of doctors", "a team of doctors"),
    ],
)
def test_an_indefinite_article_opening_a_title_is_kept(subject: str, lowered: str) -> None:
    vocab = frozenset({"very", "long", "engagement", "tale", "two", "cities", "beautiful", "mind", "enemy", "people",
                       "court", "team", "doctors", "frigate", "navy"})
    assert lower_first(subject, vocab) == lowered


@pytest.mark.parametrize(
    ("subject", "lowered"),
    [
        ("Construction", "construction"),  # judge 30: "In which year did Construction begin officially?"
        ("Excavation of the harbour", "excavation of the harbour"),
        ("Ratification", "ratification"),
        ("Tension", "tension"),  # a short stem before "-sion" (judge 341's documents)
        ("Pension reform", "pension reform"),
        ("Marion", "Marion"),  # a name, though it ends like one
        ("Albion Rovers", "Albion Rovers"),
    ],
)
def test_a_noun_of_action_opening_a_subject_is_lowered_though_the_text_never_lowers_it(subject: str,
                                                                                       lowered: str) -> None:
    from bot.corpus.grammar import lower_first

    assert lower_first(subject, frozenset()) == lowered


@pytest.mark.parametrize(
    ("subject", "lowered"),
    [
        ("Anger at council tax rises", "anger at council tax rises"),  # judge 121: "did Anger at council tax rises spill"
        ("Support for the rebels", "support for the rebels"),
        ("Demand for copper", "demand for copper"),
        ("Pressure from the unions", "pressure from the unions"),
        ("Mark of Cornwall", "Mark of Cornwall"),  # a name: the word after the preposition is one too
        ("Bill of Rights", "Bill of Rights"),
        ("Grant", "Grant"),
    ],
)
def test_a_common_word_before_a_preposition_opening_a_subject_is_lowered(subject: str, lowered: str) -> None:
    """A subject that is a common noun and its complement ("Anger at council tax rises") is no name, though the
    word is a verb too and the text never writes it in lower case."""
    assert lower_first(subject, frozenset()) == lowered


@pytest.mark.parametrize("subject", ["Congress", "Congress of Vienna", "Parliament", "Senate"])
def test_a_legislature_keeps_its_capital_though_the_corpus_writes_the_common_word(subject: str) -> None:
    """"Congress restored the name Hoover Dam" beside "the first international congress of chemists" in
    another document: "In which year did congress restore …?" read as a misprint."""
    from bot.corpus.grammar import lower_first

    assert lower_first(subject, frozenset({"congress", "parliament", "senate"})) == subject


def test_an_order_label_keeps_the_other_party_of_an_agreement() -> None:
    texts = {
        "serum.txt": ("# The antitoxin\n\nThe chemist Ilse Brandt isolated the antitoxin in Leipzig in 1911. "
                      "Large-scale production began in 1914 through an agreement with the German drug company "
                      "Hoechst. The physician Otto Lenz received the Nobel Prize in Physiology for the work in 1927. "
                      "Hoechst sold the licence to Bayer in 1985.",
                      DocMeta("The antitoxin", kind="science")),
    }
    corpus = text_corpus(texts)
    orders = [q for q in generate_questions(corpus.canonical, corpus.passages, corpus.events, kinds=ALL_KINDS, forms=ALL_FORMS)[0]
              if q.kind == "order"]
    labels = [label for q in orders for label in (q.answer, *q.distractors)]
    assert labels  # the document gives an order question
    assert not [label for label in labels if label.endswith("an agreement")]


@pytest.mark.parametrize(
    ("prompt", "broken"),
    [
        ("In which country did foreign nationals detain are being held at two prisons?", True),
        ("In which year did the men arrest have been released on bail?", True),
        ("In which city did the workers train are now employed by the state?", True),
        ("In which country did the miners go on strike in 1984?", False),
        ("In which year did the company say that prices are rising?", False),
        ("How many million children did David Davis say were being denied sporting opportunities?", False),
        # a reduced relative before the real verb (judge 27)
        ("In which year did a court-martial hold behind closed doors found Dreyfus guilty of treason?", True),
        ("In which year did a jury sit in private convicted the two men?", True),
        ("In which year did a panel meet in Geneva chose the design?", True),
        ("In which year did a lawsuit bring in Strasbourg by the heirs of his partner mentions a press?", True),
        ("In which year did a report write for the navy describes the wreck?", True),
        ("In which year did the heirs of Andreas Dritzehn sue Gutenberg in Strasbourg?", False),
        ("In which year did Joseph Strauss build the bridge designed by Leon Moisseiff?", False),
        ("In which year did the Royal Navy buy a collier named Earl of Pembroke?", False),
        ("In which year did Ammann complete the crossing first proposed in 1920?", False),
        ("In which year did Roger Bannister set the mile record at Iffley Road?", False),
        ("In which year did Alan Turing go to Princeton University in the United States?", False),
        # ... and before an amount (judge 114)
        ("In which year did the number of British films produce in the UK fell 40%?", True),
        ("In which year did the output of coal mine in Wales rose 12%?", True),
        ("In which year did the army lose 5,000 men?", False),
        ("In which year did the price rise 40%?", False),
        # ... and before its clause (judge 126)
        ("In which year did studies publish in the journal Nature concluded that such objects strike more often?", True),
        ("In which year did a survey carry out in Leeds found that most pupils walk to school?", True),
        ("In which year did the court rule that the strike was illegal?", False),
        ("In which year did Rosalind Franklin show that DNA is a helix?", False),
        ("In which year did Charles Darwin write to Joseph Hooker that he had become convinced that species change?",
         False),
        # ... and at the end of the question, after a name (judge 289)
        ("In which year did Talks hold at Jalapa failed?", True),  # history
        ("In which year did a trial conduct at Porton Down succeeded?", True),  # science
        ("In which year did a strike call by the miners of Durham collapsed?", True),  # politics
        ("In which year did Oscar Wilde find Paris changed?", False),
        ("In which year did the talks at Jalapa fail?", False),
        ("In which year did Tesla become interested?", False),
    ],
)
def test_a_question_built_on_a_participle_has_two_finite_verbs(prompt: str, broken: bool) -> None:
    from bot.corpus.grammar import two_finite_verbs

    assert two_finite_verbs(prompt) is broken


def test_a_name_the_corpus_also_writes_as_a_common_word_keeps_its_capital_in_a_prompt() -> None:
    """"Tesla" is a person ten times and "the tesla" a unit once: the corpus writes the word as a name,
    so no prompt may lower it ("In which year did tesla become an American citizen?")."""
    texts = {
        "tesla.txt": ("# Nikola Tesla\n\nThe inventor Nikola Tesla was born in Smiljan in 1856. In 1884 Tesla arrived "
                      "in New York City with a letter for Thomas Edison. Later, Tesla left Edison's company. "
                      "In 1891 Tesla became an American citizen. In 1899 Tesla moved to Colorado Springs. "
                      "In 1960 the unit of magnetic flux density was named the tesla, and Tesla is honoured by it. "
                      "Engineers still read Tesla's patents, and Tesla is remembered in Belgrade.",
                      DocMeta("Nikola Tesla", kind="biography")),
        "watt.txt": ("# James Watt\n\nThe engineer James Watt was born in Greenock in 1736. In 1765 Watt conceived "
                     "the separate condenser. In 1775 Watt entered a partnership with Matthew Boulton in "
                     "Birmingham. In 1882 the unit of power was named the watt, and Watt is honoured by it. "
                     "Historians still study Watt's letters, and Watt is buried in Handsworth. In 1800 Watt retired "
                     "from the firm, and Watt died in 1819.",
                     DocMeta("James Watt", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    named = [p for p in prompts if re.search(r"\b(?:tesla|watt)\b", p, re.IGNORECASE)]
    assert named, prompts
    assert not [p for p in named if re.search(r"\b(?:tesla|watt)\b", p)], named


@pytest.mark.parametrize(
    "prompt",
    [
        "In which year did President Gerald Ford award him the Presidential Medal of Freedom?",
        "In which year did the Royal Society elect him a Fellow?",
        "In which year did Pierre Curie marry her?",
        "Who gave her the prize in 1911?",
        "In which year did President George H. W. Bush present a posthumous gold medal to his widow?",
        "In which year did the city council name a square after her late husband's estate?",
    ],
)
def test_an_object_pronoun_or_a_dead_owner_needs_a_second_name(prompt: str) -> None:
    """"him" cannot be its own clause's subject, and "his widow" cannot be the widow of the one acting:
    with a single name before it, the referent is outside the prompt."""
    from bot.corpus.grammar import leans_on_context

    persons = frozenset(["Gerald", "Ford", "George", "Bush", "Pierre", "Curie"])
    assert leans_on_context(prompt, persons) is not None


@pytest.mark.parametrize(
    "prompt",
    [
        "In which year did Fleming publish his observations?",
        "In which year did Marie Curie receive her second Nobel Prize?",
        "In which year did Hardy invite Ramanujan to Cambridge and pay him a stipend?",
    ],
)
def test_a_pronoun_with_its_referent_in_the_prompt_stands(prompt: str) -> None:
    from bot.corpus.grammar import leans_on_context

    persons = frozenset(["Fleming", "Marie", "Curie", "Hardy", "Ramanujan"])
    assert leans_on_context(prompt, persons) is None


@pytest.mark.parametrize(("prompt", "leans"), [
    ("In which year did the house in Hampstead open as the Freud Museum?", True),
    ("In which year did Ada Lind sell the flat in Kensington?", True),
    ("In which year was the villa at Posillipo pulled down?", True),
    ("In which year did the Red House in Bexleyheath open to the public?", False),
    ("In which year did the house of Ada Lind in Hampstead open as a museum?", False),
    ("In which year did the museum in Hampstead open?", False),  # a town's museum is one
    # "the one from Melbourne" (judge 195): one of what?
    ("In which year did the one from Melbourne, led by Alfred William Howitt, find John King?", True),
    ("In which year did the one from Kessel reach the coast?", True),
])
def test_a_home_in_a_place_says_not_whose(prompt: str, leans: bool) -> None:
    """"In which year did the house in Hampstead open as the Freud Museum?" (judge 193): a place has many houses, so a
    home named only by where it stands is the document's, not the prompt's; a named house or a town's museum is one.
    "The one from Melbourne" (judge 195) is no more: one of what?"""
    from bot.corpus.grammar import leans_on_context

    assert (leans_on_context(prompt) is not None) is leans


@pytest.mark.parametrize(
    "prompt",
    [
        "The journal Physical Review Letters rejected his report in _____.",
        "In _____ the steamer Great Western carried his engines to New York.",
        "In which year did the newspaper Le Figaro print her letter?",
        "The university Harvard College refused his application in _____.",
    ],
)
def test_a_name_after_its_kind_owns_no_his_or_her(prompt: str) -> None:
    """"The journal Physical Review Letters rejected his report" (judge 27): a name right after a thing's kind
    ("the journal", "the steamer") is that thing, so "his" has no owner in the prompt, even where the gazetteer
    took the name's words for a person's."""
    from bot.corpus.grammar import leans_on_context

    assert leans_on_context(prompt) is not None
    named = frozenset(w for w in re.findall(r"[A-Z][a-z]+", prompt) if w not in ("In", "The"))
    assert leans_on_context(prompt, persons=named) is not None



def test_an_object_pronoun_in_a_biography_is_the_documents_subject() -> None:
    """In a document about one person, "awarded him" and "his widow" after sentences about that person
    are about that person: the prompt names them instead of being dropped."""
    texts = {
        "owens.txt": ("# Carl Lindqvist\n\nCarl Lindqvist was a Swedish skier who won three gold medals at the "
                      "1948 Winter Olympics in St. Moritz. In 1955 the Swedish Ski Association sent him to Norway "
                      "as a coach. King Gustaf VI Adolf awarded him the Illis quorum medal in 1962. He died in "
                      "Falun in 1979. In 1985 the town of Mora presented a bronze plaque to his widow.",
                      DocMeta("Carl Lindqvist", kind="biography")),
        "curie.txt": ("# Ada Ferreira\n\nAda Ferreira was a Portuguese chemist who isolated two new alkaloids in "
                      "1921. She taught at the University of Coimbra for thirty years. The Lisbon Academy of "
                      "Sciences gave her the Artur Malheiro prize in 1934. She died in Porto in 1960.",
                      DocMeta("Ada Ferreira", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert any("Carl Lindqvist the Illis quorum medal" in p or "awarded Carl Lindqvist" in p for p in prompts), prompts
    assert any("Ada Ferreira the Artur Malheiro prize" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"\b(?:him|her)\b", p)], prompts


def test_a_surname_with_its_particle_opening_a_sentence_is_put_in_full() -> None:
    """"In which year did van Diemen send Abel Tasman on a second expedition …?" (judge 352): "Van Diemen sent Tasman …"
    opened the sentence, and the text named him once as "Anthony van Diemen". A surname with a particle, at the start,
    takes the one full form the text gives it, its particle as the text writes it."""
    texts = {
        "tasman.txt": ("# Abel Varn\n\nAbel Varn was a Dutch seafarer. In 1642 the governor-general of the Dutch East "
                       "Indies, Anthony van Orrsen, chose Varn to lead an expedition to the south.\n\nIn 1644 Van Orrsen "
                       "sent Varn on a second expedition with three ships.", DocMeta("Abel Varn", kind="biography")),
        "lind.txt": ("# Ada Lind\n\nAda Lind was a Flemish painter. In 1620 the Antwerp merchant Pieter de Kessel bought "
                     "her first altarpiece.\n\nIn 1624 De Kessel commissioned Lind to paint a portrait of his wife.",
                     DocMeta("Ada Lind", kind="biography")),
    }
    texts["emilie.txt"] = ("# Émilie du Varn\n\nÉmilie du Varn was a French mathematician. In 1725 she married the "
                           "Marquis du Varn, an army officer.\n\nIn 1733 Du Varn met Voltaire in Paris.",
                           DocMeta("Émilie du Varn", kind="biography"))
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "did Anthony van Orrsen send" in p], prompts
    assert [p for p in prompts if "did Pieter de Kessel commission" in p], prompts
    assert [p for p in prompts if "did Émilie du Varn meet Voltaire" in p], prompts  # the life, never the Marquis
    assert not [p for p in prompts if re.search(r"did (?:[Vv]an Orrsen|[Dd]e Kessel)", p)], prompts


def test_a_peoples_name_after_an_article_is_no_given_name_to_put_in_full() -> None:
    """"In which year did William the Conqueror send a Norman Conquest, Robert de Comines?" (judge 348): "a Norman" was
    taken for the given name Norman and put in the one full form the text gives it. After "a", "an" or "the", or when
    the corpus uses it as a people's name, it is no one's given name."""
    texts = {
        "north.md": ("# The Harrying of the North\n\nThe Harrying of the North followed the Norman Conquest of England "
                     "in 1066.\n\nIn 1069 William installed a Norman, Robert de Comines, in Durham as earl of "
                     "Northumbria.", DocMeta("The Harrying of the North", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "a Norman, Robert de Comines" in p], prompts
    assert not [p for p in prompts if "Norman Conquest, Robert" in p], prompts


def test_an_object_pronoun_after_a_possessive_is_left_alone() -> None:
    """"In which year did the composer Hector Berlioz, who had seen his work, write an enthusiastic article about Adolphe
    Sax …?" (judge 348): "about him" became the life's name, and "his work" before it read as Berlioz's own. A sentence
    whose possessive comes before the object pronoun makes no question of its object."""
    texts = {
        "sax.txt": ("# Adolf Varn\n\nAdolf Varn was a Belgian instrument maker. He moved to Paris in 1842 and opened a "
                    "workshop there.\n\nThe composer Hector Orr, who had seen his work, wrote an enthusiastic article "
                    "about him in the Journal des débats in June 1843.", DocMeta("Adolf Varn", kind="biography")),
        "mara.txt": ("# Mara Kell\n\nMara Kell was a Scottish painter. She moved to London in 1890 and opened a studio "
                     "there.\n\nThe critic John Orr, who had bought her first canvas, gave her a show at his gallery in "
                     "Bond Street in 1894.", DocMeta("Mara Kell", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"Orr, who had (?:seen his|bought her)", p)], prompts


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("the State Department sent Jesse Owens to India, the Philippines and Malaysia as an envoy, and he spoke.",
         "Jesse Owens to India, the Philippines and Malaysia as an envoy"),
        ("The Berlin Philharmonic toured Vienna, Prague, Budapest and Warsaw in 1936, while the war loomed.",
         "Vienna, Prague, Budapest and Warsaw in 1936"),
        ("Humboldt reached Quito, the capital, in May 1802.", "Quito"),  # an appositive is no list
    ],
)
def test_a_clause_is_not_cut_inside_a_list_of_names(text: str, rest: str) -> None:
    clause = main_clause(text)
    assert clause is not None
    assert clause.rest == rest


def test_a_person_named_by_one_word_takes_the_documents_fuller_form() -> None:
    """"Owens was born …" in a document that names Jesse Owens: the prompt says "Jesse Owens"; so does
    "William died …" where the document names William of Normandy and no other William. A one-word name
    with two fuller forms ("King Harold", "Harold Hardrada") stays as it is, and a surname followed by its
    country ("Boris Yeltsin of Russia") is no fuller form."""
    texts = {
        "skier.txt": ("# Carl Lindqvist\n\nCarl Lindqvist was a Swedish skier who won three gold medals in 1948. "
                      "Lindqvist was born in Mora in 1921. Lindqvist married the painter Ebba Sund in 1950. "
                      "Lindqvist retired from racing in 1956 and coached the national team.",
                      DocMeta("Carl Lindqvist", kind="biography")),
        "conquest.txt": ("# The conquest\n\nDuke William of Normandy claimed the English throne in 1066. King Harold "
                         "marched north, and Harold Hardrada was killed at Stamford Bridge in September 1066. "
                         "William was crowned in Westminster Abbey on Christmas Day 1066. William died at Rouen "
                         "in 1087. Harold fell at Hastings in October 1066, and Boris Yeltsin of Russia is no "
                         "part of this story.",
                         DocMeta("The conquest", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert any("Carl Lindqvist" in p and "born" in p for p in prompts), prompts
    assert any("William of Normandy" in p and "1087" not in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"\bdid Lindqvist\b|\bwas Lindqvist\b|\bdid William die\b", p)], prompts
    assert not [p for p in prompts if "Harold Hardrada fell" in p or "King Harold fell" in p], prompts


@pytest.mark.parametrize(
    "prompt",
    [
        "Leonard Thompson lived for another thirteen years and died of pneumonia in _____.",
        "The war went on for another eleven years, until the Treaty of the Pyrenees in _____.",
        "In which year did the mine stay open for another decade?",
    ],
)
def test_a_span_counted_from_an_unnamed_moment_leans_on_context(prompt: str) -> None:
    from bot.corpus.grammar import leans_on_context

    assert leans_on_context(prompt) is not None


@pytest.mark.parametrize(
    "prompt",
    [
        "In which year did the Memorial Bridge, a concrete arch bridge 579 metres long, open just downstream?",
        "In which year was a second lock built upstream?",
        "Who opened a school nearby in 1902?",
    ],
)
def test_a_place_counted_from_an_unnamed_point_leans_on_context(prompt: str) -> None:
    from bot.corpus.grammar import leans_on_context

    assert leans_on_context(prompt) is not None


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("Vera Drake, a film about a backstreet abortionist, is nominated in _____ categories.", True),
        ("The novel was shortlisted in _____, a year after its publication.", True),
        ("Vera Drake is nominated for the Academy Awards in _____ categories.", False),
        ("In which year was Marie Curie nominated for the Nobel Prize in Chemistry?", False),
        ("The documentary was nominated at the 2004 Cannes festival in _____ categories.", False),
    ],
)
def test_a_nomination_names_its_award(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did Dmitri Mendeleev graduate?", True),
        ("Who graduated in 1855?", True),
        ("In which year did Ada Lovelace graduate from the University of London?", False),
        ("Marie Curie graduated in _____ with a degree in physics.", False),
        ("In which year did Nelson Mandela graduate at the University of the Witwatersrand?", False),
    ],
)
def test_a_graduation_names_its_school(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


def _judgements(kind: str) -> dict[str, tuple[str, DocMeta]]:
    return {
        "war.txt": ("# The long war\n\nThe French victory over the Spanish army at Rocroi on 19 May 1643 showed that "
                    "Spanish military power was no longer unbeatable. King Harold marched north in September 1066 "
                    "with an army of some 7,000 men, and the English crown was at stake. The Treaty of the Pyrenees "
                    "was signed on Pheasant Island in November 1659.",
                    DocMeta("The long war", author="Open History Review", kind=kind)),  # type: ignore[arg-type]
        "ships.txt": ("# Steam at sea\n\nThe crossing of the Sirius in April 1838 proved that steamships could "
                      "cross the Atlantic on steam alone. Queen Victoria launched the liner Great Britain at "
                      "Bristol in July 1843, and the ship was no longer a novelty by 1850. The Cunard Line was founded "
                      "in Liverpool in 1840.",
                      DocMeta("Steam at sea", author="Maritime Review", kind=kind)),  # type: ignore[arg-type]
        "lab.txt": ("# A chemist's life\n\nDorothy Hodgkin won the Nobel Prize in Chemistry in 1964 for determining "
                    "the structures of important biochemical substances. Her brilliant work on insulin was "
                    "completed in 1969 at Oxford after thirty-five years. Dorothy Hodgkin was elected a Fellow of the "
                    "Royal Society in 1947.",
                    DocMeta("A chemist's life", author="Reference Desk", kind=kind)),  # type: ignore[arg-type]
    }


@pytest.mark.parametrize("kind", ["essay", "paper", "opinion"])
def test_a_judgement_in_a_document_of_views_is_attributed(kind: str) -> None:
    prompts = [q.prompt for q in generate(_judgements(kind))]
    judged = [p for p in prompts if "Rocroi" in p or "Sirius" in p or "insulin" in p or "important" in p]
    assert judged, prompts
    assert all(p.startswith("According to ") for p in judged), judged
    # a title before a name keeps its capital after "According to …,"
    assert not [p for p in prompts if re.search(r", (?:king|queen) [A-Z]", p)], prompts


@pytest.mark.parametrize("kind", ["history", "biography", "news", "science"])
def test_a_judgement_in_a_document_of_facts_is_not_asked(kind: str) -> None:
    """"According to Judge29 Reference Desk, Dorothy Hodgkin won the Nobel Prize in Chemistry in _____, … for
    determining the structures of important biochemical substances" (judges 28-37 published 1 of 16 such): in a
    history, a biography or a news story a view is a side remark, so the sentence is not asked."""
    made = generate(_judgements(kind))
    assert not [q.prompt for q in made if q.kind in ("when", "number", "entity") and _EVALUATIVE.search(q.prompt)]
    assert not [q.prompt for q in made if q.prompt.startswith("According to")]
    # the plain facts of the same documents are still asked
    plain = [q.prompt for q in made if q.kind == "when" and re.search("Pyrenees|Cunard|Fellow", q.prompt)]
    assert len(plain) == 3, [q.prompt for q in made]


@pytest.mark.parametrize(
    ("resolved", "expected"),
    [
        ("The Discovery of Pulsars was announced in Nature.", "The discovery of pulsars was announced in Nature."),
        ("The Invention of the Telephone was patented in Boston.", "The invention of the telephone was patented in Boston."),
        ("The Construction of the Railway began in Sacramento.", "The construction of the railway began in Sacramento."),
        ("The Battle of Hastings was fought in October.", "The Battle of Hastings was fought in October."),  # a name
        ("The Treaty of Paris was signed in Versailles.", "The Treaty of Paris was signed in Versailles."),
        ("Hoover Dam was dedicated in September.", "Hoover Dam was dedicated in September."),
    ],
)
def test_a_document_title_standing_for_the_opening_keeps_only_its_names_capitals(resolved: str, expected: str) -> None:
    """An opening resolved to the document's title ("The discovery was announced …" in "The Discovery of
    Pulsars") reads as English: a title whose head is a common noun loses the capitals of its common words."""
    from bot.corpus.questions import _common_title

    vocab = frozenset(["discovery", "pulsars", "invention", "telephone", "construction", "railway", "battle", "treaty", "dam", "was"])
    opening = resolved.index(" was ") if " was " in resolved else resolved.index(" began ")
    assert _common_title(resolved, opening, vocab) == expected


def test_a_person_noun_modifying_another_noun_describes_nobody() -> None:
    """"The official count lists 96 deaths" has no person in it: the opening is not replaced by a name
    from the sentence before ("Winged Figures count lists …")."""
    texts = {
        "dam.txt": ("# Hoover Dam\n\nThe sculptor Oskar Hansen made the Winged Figures of the Republic in 1936. "
                    "The official count lists 96 industrial deaths during construction of the dam.",
                    DocMeta("Hoover Dam", kind="history")),
        "race.txt": ("# The marathon\n\nThe runner Abebe Bikila won the race barefoot in Rome in 1960. The official "
                     "time shows 2 hours 15 minutes and 16 seconds for the course.",
                     DocMeta("The marathon", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"Winged Figures count|Bikila time|Hansen count", p)], prompts


def test_the_head_noun_of_a_name_title_stands_for_the_title() -> None:
    """"dedicated the dam" in a document titled "Kariba Dam" is about the Kariba Dam: the prompt names it.
    A person's name is no such title, even where its surname is also a unit ("the tesla")."""
    texts = {
        "kariba.txt": ("# Kariba Dam\n\nEngineers chose a gorge on the Zambezi for the dam in 1955. Work on the dam "
                       "began in November 1955. Queen Elizabeth The Queen Mother opened the dam on 17 May 1960, "
                       "and the lake behind the dam filled by 1963.",
                       DocMeta("Kariba Dam", kind="history")),
        "kiel.txt": ("# Kiel Canal\n\nThe German government planned the canal to link the North Sea and the Baltic. "
                     "Emperor Wilhelm II laid the foundation stone of the canal in June 1887. The canal was widened "
                     "between 1907 and 1914, and Emperor Wilhelm II opened the canal on 21 June 1895.",
                     DocMeta("Kiel Canal", kind="history")),
        "tesla.txt": ("# Nikola Tesla\n\nNikola Tesla was born in Smiljan in 1856. In 1884 Tesla arrived in New York. "
                      "In 1891 Tesla became an American citizen. In 1960 a conference named the SI unit of flux "
                      "density the tesla in his honour.",
                      DocMeta("Nikola Tesla", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert any("the Kariba Dam" in p for p in prompts), prompts
    assert any("the Kiel Canal" in p for p in prompts), prompts
    assert not [p for p in prompts if "the Nikola Tesla" in p], prompts


@pytest.mark.parametrize(
    ("prompt", "relative"),
    [
        ("In which year did Jack Kilby build the first integrated circuit?", False),
        ("In _____ a team led by Donald Backer discovered the first millisecond pulsar.", False),
        ("In which year did the Regency TR-1 go on sale as the first commercial transistor radio?", False),
        ("In which year did Karl Benz build the first practical motor car in Mannheim?", False),
        ("In which year did Leonard Thompson receive the first insulin injection?", True),  # first of a treatment
        ("In which year did Banting treat the first human patient?", True),
        ("In which year did Cook make the first trip?", True),
        ("In which year did Brazil play the first group match?", True),
        # one bare noun, its verb after it: the first of the story's plant, line or school (judge 27)
        ("The first factory opened at Oppau, near Ludwigshafen, in September _____.", True),
        ("The first train reached Kalgoorlie on 1 January _____.", True),
        ("The first school opened in the village in _____.", True),
        ("The first sod was turned at North Sydney on 28 July _____.", True),  # judge 28
        ("The first stone was laid in Cardiff in _____.", True),
        ("The first steam locomotive ran on the Stockton line in _____.", False),
    ],
)
def test_a_kinds_first_stands_alone_but_a_storys_first_does_not(prompt: str, relative: bool) -> None:
    from bot.corpus.grammar import leans_on_context

    assert (leans_on_context(prompt) is not None) is relative


@pytest.mark.parametrize(
    ("author", "kind", "named"),
    [
        ("BBC News", "news", "BBC News"),
        ("NPR News", "news", "NPR News"),
        ("Open History Review", "history", "the Open History Review"),
        ("The Economist", "news", "The Economist"),
        ("Journal of Medical History", "paper", "the Journal of Medical History"),
    ],
)
def test_a_source_is_named_as_readers_name_it(author: str, kind: str, named: str) -> None:
    """An outlet whose name opens with an acronym takes no article ("According to BBC News")."""
    from bot.corpus.model import CleanDocument
    from bot.corpus.questions import _source_name

    doc = CleanDocument(doc_key="d.txt", meta=DocMeta("A title", author=author, kind=kind), raw_sha256="",
                        clean_text="", paragraphs=[])
    assert _source_name(doc) == named


def test_a_who_question_on_a_quotation_needs_no_date() -> None:
    """Words in quotation marks are one person's: "Who said the ruling was "…"?" has one right answer
    without a date, while "Who won a line-out?" has many."""
    texts = {
        "ruling.txt": ("# Ruling on detention\n\nThe Law Lords ruled against the detention of foreign suspects. "
                       "Shami Chakrabarti said the Law Lords' ruling was \"a victory for the rule of law in Britain\". "
                       "Charles Clarke said the government would study the judgment. Michael Howard said the "
                       "ruling showed the law had failed. David Blunkett defended the law he had introduced.",
                       DocMeta("Ruling on detention", author="BBC News", kind="news", date="2004-12-16")),
    }
    prompts = [q.prompt for q in generate_all(texts)]
    assert any("a victory for the rule of law" in p and p.startswith(("Who ", "According to")) for p in prompts), prompts


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Bardeen and Brattain pressed two strips of gold foil, held on a plastic wedge, against a slab of germanium.",
         "two strips of gold foil against a slab of germanium"),
        ("Smith sent the letter, written in haste, to the king in 1790.", "the letter to the king in 1790"),
        ("Cook carried the chronometer, built by Kendall, across the Pacific in 1772.",
         "the chronometer across the Pacific in 1772"),
        ("Tesla moved to Budapest, where he worked for a telephone exchange, in 1881.", "to Budapest"),
        # a relative clause is an aside too (judge 357 was asked "did Condon meet a man with a foreign accent?")
        ("Condon met a man with a foreign accent, who called himself \"John\", at Woodlawn Cemetery in the Bronx.",
         "a man with a foreign accent at Woodlawn Cemetery in the Bronx"),
        ("The crew towed the barge, which had lost its rudder, to Dover in 1862.", "the barge to Dover in 1862"),
        ("Hooke showed the flea, which he had drawn under a lens, to the Royal Society in 1663.",
         "the flea to the Royal Society in 1663"),
        # ... but one that goes on past its comma is no aside: "to his annoyance" is the relative clause's
        ("Davy set off on a tour of France with Faraday, who acted as his assistant and, to his annoyance, sometimes as "
         "his valet.", "off on a tour of France with Faraday"),
        ("Kell sailed to Java with Brandt, who kept the log and, at his own request, the purse.", "to Java with Brandt"),
        ("The United Nations General Assembly proclaimed 30 June, the anniversary of the blast, as "
         "International Asteroid Day in December 2016, to raise awareness.",
         "30 June as International Asteroid Day in December 2016"),
        ("The National Convention adopted the metre, a unit based on the meridian, as the standard of length in 1795.",
         "the metre as the standard of length in 1795"),
        ("The council chose Geneva, the city on the lake, as the seat of the League in 1919.",
         "Geneva as the seat of the League in 1919"),
    ],
)
def test_an_aside_between_a_verb_and_its_phrase_is_left_out_not_the_phrase(text: str, rest: str) -> None:
    """A clause is cut at its first comma, except that a participle aside ("…, held on a plastic wedge, …")
    followed by the verb's own prepositional phrase, or an appositive ("…, the anniversary of the blast, …")
    followed by the "as" that completes the verb, is taken out and the phrase kept."""
    clause = main_clause(text)
    assert clause is not None
    assert clause.rest == rest


def test_a_titled_answer_takes_options_of_the_same_title() -> None:
    """"Who dedicated the dam?" answered by President Franklin D. Roosevelt offers other presidents the
    document names, never its architect or engineer; with too few, no who-question is asked."""
    texts = {
        "dam.txt": ("# Boulder Dam\n\nPresident Calvin Coolidge signed the Boulder Canyon Project Act on 21 December "
                    "1928. The architect Gordon Kaufmann designed the intake towers in 1932. The engineer Frank "
                    "Crowe led the work from 1931. President Franklin D. Roosevelt dedicated the Boulder Dam on 30 "
                    "September 1935. The engineer Elwood Mead died in 1936.",
                    DocMeta("Boulder Dam", kind="history")),
        "bridge.txt": ("# Golden Gate Bridge\n\nPresident Franklin D. Roosevelt opened the Golden Gate Bridge by "
                       "telegraph on 28 May 1937. The engineer Joseph Strauss led the project from 1929. The "
                       "architect Irving Morrow chose the orange colour in 1935. The engineer Charles Ellis "
                       "designed the towers in 1931.",
                       DocMeta("Golden Gate Bridge", kind="history")),
    }
    questions = generate(texts)
    for q in questions:
        options = {q.answer, *q.distractors}
        if "Franklin D. Roosevelt" in options:
            assert not options & {"Gordon Kaufmann", "Frank Crowe", "Elwood Mead", "Joseph Strauss",
                                  "Irving Morrow", "Charles Ellis"}, (q.prompt, options)


@pytest.mark.parametrize(
    "text",
    [
        "The Treaty of Amity and Commerce negotiated by the American consul Townsend Harris in 1858 opened more ports.",
        "The NASA space telescope launched on 7 March 2009 to search for planets was named Kepler in his honour.",
        "The bridge designed by Thomas Telford in 1819 carried the road across the strait.",
    ],
)
def test_a_participle_after_the_subject_is_not_taken_for_its_verb(text: str) -> None:
    """"The treaty negotiated by Harris in 1858 opened more ports": "negotiated" modifies the subject; a
    question built on it ("did the treaty negotiate by …") is not English, so no clause is made."""
    assert main_clause(text) is None


def test_a_pronoun_in_a_biography_is_its_subject_not_the_last_person_named() -> None:
    """"She left London with 38 nurses" after a sentence naming Sidney Herbert, in Florence Nightingale's
    biography, is about her: no question may put him in her place."""
    texts = {
        "nurse.txt": ("# Florence Nightingale\n\nFlorence Nightingale was born in Florence in 1820. In 1854 the "
                      "Secretary at War, Sidney Herbert, asked her to lead a group of nurses. She left "
                      "London in October 1854 with 38 volunteer nurses. She returned to England in August 1856.",
                      DocMeta("Florence Nightingale", kind="biography")),
        "painter.txt": ("# Artemisia Gentileschi\n\nArtemisia Gentileschi was born in Rome in 1593. In 1612 her "
                        "father hired the painter Agostino Tassi to teach her. She moved to "
                        "Florence in 1613 and joined the Accademia delle Arti del Disegno in 1616.",
                        DocMeta("Artemisia Gentileschi", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"Sidney Herbert leave|Agostino Tassi move|Orazio Gentileschi move",
                                                 p)], prompts


def test_the_company_is_not_the_one_firm_the_text_names_with_that_word() -> None:
    """A text that writes one "Railway Company" may mean another firm by "the company" (named without
    the word, "Eurotunnel"): an organisation's head noun names a thing only from the document's title."""
    from bot.corpus.referents import document_noun_phrases

    body = ("The Submarine Continental Railway Company dug trial tunnels in 1881. Eurotunnel opened the link in "
            "1994. In 2017 the company changed its name to Getlink.")
    assert "company" not in document_noun_phrases("The Channel Tunnel", body)
    body = ("The Human Genome Project began in 1990. The project published a draft in 2001, and the project "
            "finished in 2003.")
    assert document_noun_phrases("Reading the genome", body).get("project") == "Human Genome Project"


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Mr Yoran took up his post in September 2003 and his first task was to get the division running.",
         "up his post in September 2003"),
        ("Mr Richter settled the Microsoft and New York attorney general case in 2002 but the legal fight with "
         "Microsoft is continuing.", "the Microsoft and New York attorney general case in 2002"),
        ("Amundsen reached the South Pole with four men and 52 dogs in December 1911.",
         "the South Pole with four men and 52 dogs in December 1911"),
    ],
)
def test_a_second_clause_with_its_own_verb_is_cut_off(text: str, rest: str) -> None:
    """"… and his first task was to …" and "… but the legal fight is continuing" are clauses of their own:
    a question built on the first verb ends before them, while "four men and 52 dogs" stays whole."""
    clause = main_clause(text)
    assert clause is not None
    assert clause.rest == rest


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        ("After the war Douglass campaigned for the voting rights of Black men, secured in _____.", True),
        ("On the return journey Shackleton fell ill with scurvy, and in _____ he was sent home.", True),
        ("During the strike Miners' leaders met the Prime Minister in _____.", True),
        ("After the discovery of radium Marie Curie won a second Nobel Prize in _____.", False),
        ("In the Battle of Hastings Harold Godwinson died in _____.", False),
    ],
)
def test_a_fronted_phrase_is_not_named_by_the_subject_after_it(prompt: str, leans: bool) -> None:
    """"After the war Douglass campaigned …": "Douglass" opens the clause, it does not name the war, so
    the war stays unnamed; "the discovery of radium" and "the Battle of Hastings" name themselves."""
    from bot.corpus.grammar import leans_on_context

    persons = frozenset(["Douglass", "Shackleton", "Marie", "Curie", "Harold", "Godwinson"])
    assert (leans_on_context(prompt, persons) is not None) is leans


def test_a_pronoun_of_the_other_gender_is_not_the_subject_of_a_life() -> None:
    """"She died in April 1634" in a life of Galileo is his daughter; "He died in 1921" in a life of a
    woman is someone else: only the pronoun the document uses for its subject stands for the subject."""
    texts = {
        "galileo.txt": ("# Galileo Galilei\n\nGalileo Galilei was born in Pisa in 1564. He taught at Padua from 1592. "
                        "He built a telescope in 1609. He spent his last years at Arcetri, near the convent of his "
                        "daughter. Her letters to him survive. She died in April 1634, aged 33. He died in 1642.",
                        DocMeta("Galileo Galilei", kind="biography")),
        "sofia.txt": ("# Sofia Kovalevskaya\n\nSofia Kovalevskaya was born in Moscow in 1850. She studied in "
                      "Heidelberg from 1869. She married Vladimir Kovalevsky in 1868. His career failed. He died "
                      "in April 1883. She won the Prix Bordin in 1888. She died in Stockholm in 1891.",
                      DocMeta("Sofia Kovalevskaya", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert not re.search(r"Galileo Galilei died in April|Galileo Galilei die in April|Kovalevskaya die in April|"
                         r"Kovalevskaya died in April", prompts), prompts
    assert re.search(r"Sofia Kovalevskaya (?:win|won) the Prix Bordin", prompts), prompts


def test_a_word_the_title_uses_for_a_thing_is_not_taken_for_the_person() -> None:
    """"Hubble was launched in 1990" in a document titled "The Hubble Space Telescope" is the telescope, not
    Edwin Hubble; likewise "Kennedy" in a history of the Kennedy Space Center."""
    texts = {
        "hubble.txt": ("# The Hubble Space Telescope\n\nThe telescope is named after the astronomer Edwin Hubble. "
                       "Hubble was launched aboard the Space Shuttle Discovery in April 1990. Hubble observed a "
                       "comet strike Jupiter in July 1994.", DocMeta("The Hubble Space Telescope", kind="science")),
        "ksc.txt": ("# Kennedy Space Center\n\nThe centre was named after President John Kennedy. Kennedy hosted "
                    "the launch of Apollo 11 in July 1969. Kennedy hosted the first Space Shuttle launch in April "
                    "1981.", DocMeta("Kennedy Space Center", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate_all(texts))
    assert "Edwin Hubble" not in prompts and "John Kennedy host" not in prompts, prompts


def test_a_list_items_label_and_a_text_speaking_of_itself_make_no_question() -> None:
    """"Volume: about 43 million cubic metres …" is a label and a fragment; "The story begins with Uranus,
    which Herschel found in 1781" is the document talking about itself. Plain sentences beside them still
    make questions."""
    texts = {
        "dam.md": ("# Aswan High Dam\n\nThe dam was built between 1960 and 1970.\n\n"
                   "- Volume: about 43 million cubic metres of rock and sand, seventeen times the Great Pyramid.\n"
                   "- Length: about 3,830 metres from bank to bank across the Nile valley.\n\n"
                   "Gamal Abdel Nasser announced the project at Aswan in November 1958.",
                   DocMeta("Aswan High Dam", kind="report")),
        "congress.md": ("# Congress of Vienna\n\nThe delegations were these.\n\n"
                        "- Britain: Foreign Secretary Viscount Castlereagh, replaced in February 1815 by Wellington.\n"
                        "- Austria: Prince Klemens von Metternich, the host, chaired the meetings from 1814.\n\n"
                        "Napoleon escaped from the island of Elba in February 1815.",
                        DocMeta("Congress of Vienna", kind="history")),
        "neptune.txt": ("# Neptune\n\nThe story begins with Uranus, which William Herschel discovered in Bath in "
                        "March 1781. Johann Galle found Neptune at the Berlin Observatory in September 1846.",
                        DocMeta("The discovery of Neptune", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"\b(?:Volume|Length|Britain|Austria): |story begins", p)], prompts
    assert any("Nasser" in p for p in prompts) and any("Galle" in p for p in prompts), prompts


def test_a_news_storys_mr_x_is_named_in_full_or_makes_no_question() -> None:
    """News names a person in full once, then "Mr X": the prompt names them in full when the story gives one
    full form for that surname; with two (a "Scott Richter" and a "Steven Richter") it makes no question."""
    texts = {
        "cyber.txt": ("# Cyber security chief resigns\n\nAmit Yoran was director of the National Cyber Security "
                      "Division. Mr Yoran joined the Department of Homeland Security in September 2003 after a "
                      "career at Symantec.", DocMeta("Cyber security chief resigns", author="BBC News", kind="news",
                                              date="2004-10-02")),
        "mp.txt": ("# Minister to stand down\n\nPaul Boateng is to stand down at the next election. Mrs Rossi, "
                   "his agent, said so. Mr Boateng was elected to Parliament for Brent South in June 1987.",
                   DocMeta("Minister to stand down", author="BBC News", kind="news", date="2005-01-15")),
        "spam.txt": ("# Spammer seeks protection\n\nScott Richter runs the firm. Steven Richter is its lawyer. "
                     "Mr Richter settled the case with the state attorney general in July 2004 in New York.",
                     DocMeta("Spammer seeks protection", author="BBC News", kind="news", date="2005-01-15")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"\bM(?:r|rs|s)\.? [A-Z]", p)], prompts
    assert any("Amit Yoran" in p for p in prompts) and any("Paul Boateng" in p for p in prompts), prompts


def test_a_date_inside_a_subordinate_clause_does_not_date_the_main_verb() -> None:
    """"Boateng served on the council before being elected to Parliament in 1987": 1987 is the election,
    so "In which year did Boateng serve on the council?" would be false. A date before the subordinate
    clause ("joined the navy in 1942 before serving …") still dates the main verb."""
    texts = {
        "mp.txt": ("# Paul Boateng\n\nPaul Boateng served on the Greater London Council before being elected to "
                   "Parliament in 1987.", DocMeta("Paul Boateng", kind="biography")),
        "chemist.txt": ("# Lena Varga\n\nLena Varga worked at the Budapest Institute of Chemistry until she retired "
                        "in 1979.", DocMeta("Lena Varga", kind="biography")),
        "sailor.txt": ("# Tomas Berg\n\nTomas Berg studied at the Bergen Maritime Academy after losing his father "
                       "in 1931.", DocMeta("Tomas Berg", kind="biography")),
        "pilot.txt": ("# Ida Moss\n\nIda Moss joined the Royal Air Force in 1942 before serving in Egypt as a "
                      "radar officer.", DocMeta("Ida Moss", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"which year did (?:Paul Boateng serve|Lena Varga work|"
                                                r"Tomas Berg study)", p)], prompts
    assert any(re.search(r"which year did Ida Moss join the Royal Air Force", p) for p in prompts), prompts


def test_one_document_asks_one_amount_of_a_unit_and_one_year_of_a_named_thing() -> None:
    """Three oil prices in one story tell each other ("closed up $2.80 at $51.15" gives away "past $50"), and
    two 1768 questions on the Endeavour ask one voyage: each document keeps one of each."""
    texts = {
        "oil.txt": ("# Oil price rises\n\nCold weather took crude oil prices past $50 a barrel in New York on 11 "
                    "January 2005. A barrel of US light crude closed up $2.80 at $51.15 in New York on 11 January "
                    "2005. US crude was trading at $51.39 in Asian electronic trade on 12 January 2005.",
                    DocMeta("Oil price rises", author="BBC News", kind="news", date="2005-01-12")),
        "banks.txt": ("# Joseph Banks\n\nJoseph Banks was born in London in 1743. In May 1768 the Royal Society "
                      "recommended Banks for a place as naturalist aboard HMS Endeavour. The Endeavour sailed from "
                      "Plymouth on 26 August 1768. Banks became president of the Royal Society in 1778.",
                      DocMeta("Joseph Banks", kind="biography")),
    }
    questions = generate(texts)
    prompts = [q.prompt for q in questions]
    assert len([q for q in questions if q.kind == "number" and q.answer.startswith("$")]) <= 1, prompts
    assert len([q for q in questions if q.answer == "1768" and "Endeavour" in q.prompt]) == 1, prompts
    assert any("1778" in (q.answer, *q.distractors) or "president of the Royal Society" in q.prompt
               for q in questions), prompts


def test_the_topic_shown_with_a_question_is_its_documents_subject_in_full() -> None:
    """Judge 190 saw "topic Salmond" on a question about the Birkenhead, and the footers read "Robert" (for Robert Burns),
    "London" or "Dumfries": the least frequent name the sentence gave, a given name the gazetteer grouped a person under,
    or where they died. A question whose sentence names its document's subject is shown under that subject, in full."""
    texts = {
        "burns.md": ("# Robert Varn\n\nRobert Varn was a Scottish poet.\n\nRobert Varn was born in Alloway in 1759. Robert "
                     "Varn died in Dumfries in 1796. Robert Varn married Jean Lode at Mauchline in 1788.",
                     DocMeta("Robert Varn", kind="biography")),
        "kell.md": ("# Ada Kell, the Engineer of Lode\n\nAda Kell was an English engineer.\n\nAda Kell was born in London "
                    "in 1851. In 1879 Ada Kell built the Lode Viaduct with Tom Brant. Ada Kell died in London in 1920.",
                    DocMeta("Ada Kell, the Engineer of Lode", kind="biography")),
        "ship.md": ("# Otto Marr\n\nOtto Marr was a German sea captain.\n\nIn January 1852 Otto Marr sailed the steamer "
                    "Kestrel from Hamburg under the orders of Commodore Karl Brill. Otto Marr was born in Kiel in 1810.",
                    DocMeta("Otto Marr", kind="biography")),
    }
    subjects = {"burns.md": "Robert Varn", "kell.md": "Ada Kell", "ship.md": "Otto Marr"}
    questions = generate(texts)
    assert {q.doc_key for q in questions} == set(subjects), [q.prompt for q in questions]
    for q in questions:
        assert q.topic == subjects[q.doc_key], (q.prompt, q.topic)


def test_a_name_joined_by_a_is_not_put_in_full_as_its_neighbours() -> None:
    """"In which year did the government of Chile rename Más Afuera a Tierra as Robinson Crusoe Island?" (judge 300): the
    text names the islands Más a Tierra and Más Afuera, and the first word of "Más a Tierra" was put in full as if it were
    a family name written first. A name joined by a Spanish or Portuguese "a" stays as written."""
    texts = {
        "sailor.md": ("# Tomas Brel\n\nTomas Brel was a Scottish sailor.\n\nBrel was left on the island of Vel a Terra with "
                      "a musket. In 1709 two privateers anchored off Vel a Terra.\n\nIn 1966 the government of Chile renamed "
                      "Vel a Terra as Brel Island, and gave the name Kessel Island to Vel Afuera, a neighbouring island that "
                      "Brel never visited.\n\nTomas Brel was born in Largo in 1676.", DocMeta("Tomas Brel", kind="biography")),
        "colony.md": ("# The Lode colony\n\nThe Lode colony was a Spanish settlement on Kor a Fuera.\n\nSettlers landed "
                      "on the island of Kor a Fuera with cattle. In 1750 the governor of Chile sent a garrison to Kor a "
                      "Fuera, and gave the name Varn Island to Kor Adentro, a rock that no settler visited.",
                      DocMeta("The Lode colony", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert any("rename Vel a Terra as Brel Island" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"Vel Afuera a|Kor Adentro a", p)], prompts


def test_the_one_word_a_title_names_its_subject_by_is_that_subject() -> None:
    """"In which year was Europa Clipper discovered by Galileo Galilei?" (judge 302): under "Europa, the ocean moon of
    Jupiter", "Europa was discovered …" took the longer name the text also gives, the probe "Europa Clipper". The one
    word a title names its subject by, before its gloss, is that subject and is not put in full as another name."""
    texts = {
        "moon.md": ("# Varna, the ice moon of Kessel\n\nVarna is the second moon of the planet Kessel. The probe Varna "
                    "Clipper was launched to study it.\n\nVarna was discovered by Tomas Brel in January 1610.\n\nIn 2024 "
                    "Varna Clipper was launched from Lode.", DocMeta("Varna, the ice moon of Kessel", kind="science")),
        "comet.md": ("# Oberon: a comet of the north\n\nOberon is a bright comet. The ship Oberon Star was named after "
                     "it.\n\nOberon was first observed by Ada Lind in 1843.\n\nIn 1901 Oberon Star sank off Lode.",
                     DocMeta("Oberon: a comet of the north", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("was Varna discovered by Tomas Brel?" in p for p in prompts), prompts
    assert any(re.search(r"(?:was Oberon|Oberon was) first observed by Ada Lind", p) for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"(?:Clipper|Star) (?:discovered|first observed)", p)], prompts


def test_a_word_before_a_noun_is_no_short_name_of_the_titles_thing() -> None:
    """"In which year did the Paraguayan War forces seize the Brazilian steamer …?" (judge 311): under "The Paraguayan
    War", "Paraguayan forces seized …" took the title's thing for its first word. A bare subject's word followed by a
    noun qualifies that noun and is not put in full as the title's thing; one followed by its verb still is ("Hubble
    was launched" under "The Hubble Space Telescope")."""
    texts = {
        "war.md": ("# The Varnese War\n\nThe Varnese War was fought in South America. The war ruined the country.\n\nIn November 1864 Varnese forces "
                   "seized the steamer Lode on the Kessel River.", DocMeta("The Varnese War", kind="history")),
        "revolt.md": ("# The Brelish Revolt\n\nThe Brelish Revolt was a rising of farmers. The revolt failed.\n\nIn 1536 Brelish rebels "
                      "burned the abbey of Lode.", DocMeta("The Brelish Revolt", kind="history")),
        "scope.md": ("# The Kessel Space Telescope\n\nThe telescope studies distant galaxies.\n\nKessel was launched from "
                     "Lode on 24 April 1990.", DocMeta("The Kessel Space Telescope", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"Varnese War forces|Brelish Revolt rebels", p)], prompts
    assert any("Varnese forces seize the steamer Lode" in p for p in prompts), prompts
    assert any("the Kessel Space Telescope launched" in p for p in prompts), prompts


def test_a_place_that_ends_a_persons_name_is_no_topic() -> None:
    """Judge 301 saw "topic London" on a question about the physicist Fritz London: the place the gazetteer knows, read
    inside a name whose first word is no common word. A place so named is no topic of the question; a place the sentence
    names on its own still is."""
    texts = {
        "helium.md": ("# Superfluid helium\n\nSuperfluid helium flows without friction below 2.17 kelvin. London is far "
                      "from the cold laboratories of Leiden. Paris and Berlin had none either.\n\nFritz London suggested "
                      "in 1938 that superfluidity was a kind of condensation.", DocMeta("Superfluid helium", kind="science")),
        "crystal.md": ("# The Varn crystal\n\nThe Varn crystal grows in caves near Paris. Paris has a museum of them.\n\n"
                       "Hendrik Paris described the Varn crystal in 1871 at the Kessel Society.",
                       DocMeta("The Varn crystal", kind="science")),
        "station.md": ("# Old stations\n\nOld stations were built of brick. Berlin kept several.\n\nThe Kessel Company "
                       "opened a station in Berlin in 1881.", DocMeta("Old stations", kind="engineering")),
    }
    questions = generate(texts)
    topics = {q.prompt: q.topic for q in questions if q.kind == "when"}
    named = [p for p in topics if "Fritz London" in p or "Hendrik Paris" in p]
    assert len(named) == 2, topics
    assert not [p for p in named if topics[p] in ("London", "Paris")], topics
    assert "Berlin" in [t for p, t in topics.items() if "station in Berlin" in p], topics


def test_the_topic_shown_with_a_question_never_gives_its_answer() -> None:
    """The footer shows the topic while the question is open: a headline "Winter freeze keeps oil above $50"
    on "past _____ a barrel" ($50), or a title "The Berlin Wall, 1961 to 1989" on a 1961 question, would
    tell the answer, so such a question is labelled by the title's head ("The Berlin Wall") where that
    does not tell, else by its document's kind."""
    texts = {
        "oil.txt": ("# Winter freeze keeps oil above $50\n\nCold weather took crude oil prices past $50 a barrel in "
                    "New York on 11 January 2005 for the first time in seven weeks.",
                    DocMeta("Winter freeze keeps oil above $50", author="BBC News", kind="news", date="2005-01-12")),
        "wall.txt": ("# The Berlin Wall, 1961 to 1989\n\nEast German troops began building the Berlin Wall on 13 "
                     "August 1961. Crowds crossed the Berlin Wall freely on 9 November 1989.",
                     DocMeta("The Berlin Wall, 1961 to 1989", kind="history")),
        "tower.txt": ("# Gustave Eiffel\n\nGustave Eiffel was born in Dijon in 1832. Gustave Eiffel completed the "
                      "Garabit viaduct in the Massif Central in 1884.", DocMeta("Gustave Eiffel", kind="biography")),
    }
    texts["probe.txt"] = ("# Voyager 2, from 1977 to 1989\n\nThe physicist Edward Stone announced the first pictures of "
                          "the rings of Neptune in Pasadena on 25 August 1989.", DocMeta("Voyager 2, from 1977 to 1989", kind="science"))
    questions = generate(texts)
    assert questions
    for q in questions:
        assert not re.search(rf"(?<![\d.]){re.escape(q.answer.lstrip('$'))}(?!\d)", q.topic), (q.prompt, q.topic)
    # a year of the title is not asked at all: every citation of the document shows it (judge 73)
    assert not [q for q in questions if q.doc_key in ("probe.txt", "wall.txt") and q.answer in ("1961", "1989")], \
        [(q.prompt, q.topic) for q in questions]


def test_once_is_dropped_where_a_year_is_asked() -> None:
    """"In which year did Callaghan once travel to Uganda?" asks a year: "once" adds nothing, in news or in a
    life alike; "was once the capital" (formerly) is another sense and is not asked this way."""
    texts = {
        "pm.txt": ("# Ex-prime minister dies\n\nLord Callaghan once travelled to Uganda in 1975 to plead "
                   "for the life of a British lecturer.", DocMeta("Ex-prime minister dies", author="BBC News",
                                                                  kind="news", date="2005-03-26")),
        "pianist.txt": ("# Clara Wieck\n\nClara Wieck was born in Leipzig in 1819. Clara Wieck once played for "
                        "Goethe at Weimar in 1831.", DocMeta("Clara Wieck", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert [p for p in prompts if "Uganda" in p] and [p for p in prompts if "Goethe" in p], prompts
    assert not [p for p in prompts if " once " in p], prompts


def test_a_polls_sample_and_a_score_with_no_match_are_not_asked() -> None:
    """"How many pupils did the ICM survey interview for education watchdog Ofsted?" (judge 99) asks how many a poll
    asked, no fact of what it found; "How many points did Mark van Gisbergen add?" (judge 113) does not say in which
    match. Neither is asked, as a question or a blank; a score in a named match or final is."""
    texts = {
        "poll.md": ("# Teens 'know little' of budgets\n\nMost teenagers know little about the budget, a report says.\n\n"
                    "The Kessel survey interviewed 640 pupils for the schools inspectorate.",
                    DocMeta("Teens 'know little' of budgets", kind="news")),
        "voters.md": ("# Voters wary of tax plan\n\nMost voters distrust the tax plan, a poll suggests.\n\nVarn Research "
                      "questioned 1,012 adults for the newspaper.", DocMeta("Voters wary of tax plan", kind="news")),
        "match.md": ("# Harlequins 20-31 Saracens\n\nSaracens beat Harlequins at the Stoop.\n\nGlen Jackson added 16 "
                     "points for Saracens.", DocMeta("Harlequins 20-31 Saracens", kind="news")),
        "cup.md": ("# Leeds 14-28 Bath\n\nBath won the cup tie at Headingley.\n\nOlly Barkley added 18 points for Bath.",
                   DocMeta("Leeds 14-28 Bath", kind="news")),
    }
    assert [q.prompt for q in generate(texts) if q.kind == "number"] == []
    named = {"final.md": ("# Jonny Wilkinson\n\nJonny Wilkinson was an English fly-half.\n\nJonny Wilkinson scored 15 "
                          "points in the 2003 World Cup final against Australia.",
                          DocMeta("Jonny Wilkinson", kind="biography"))}
    assert [q.answer for q in generate(named) if q.kind == "number"] == ["15"], [q.prompt for q in generate(named)]


def test_votes_or_seats_with_no_election_named_are_not_asked() -> None:
    """"How many votes did Elizabeth Cady Stanton receive?" (judge 143): in which election? A tally of votes or seats,
    like a score, is asked only when the prompt names its election or its year."""
    texts = {
        "ward.md": ("# Lena Ward\n\nLena Ward was an American suffragist.\n\nLena Ward stood for the state senate as an "
                    "independent. Lena Ward received 31 votes.", DocMeta("Lena Ward", kind="biography")),
        "party.md": ("# The Kessel Party\n\nThe Kessel Party was a farmers' party in Varnland.\n\nThe Kessel Party "
                     "campaigned on grain prices. The Kessel Party won 14 seats.", DocMeta("The Kessel Party", kind="history")),
    }
    assert [q.prompt for q in generate(texts) if q.kind == "number"] == []
    named = {"poll.md": ("# Ada Brant\n\nAda Brant was a Varnish politician.\n\nAda Brant received 4,212 votes in the "
                         "1921 election for the Kessel seat.", DocMeta("Ada Brant", kind="biography"))}
    assert [q.answer for q in generate(named) if q.kind == "number"] == ["4,212"], [q.prompt for q in generate(named)]


def test_a_closing_span_is_left_out_of_a_year_question() -> None:
    """"In which year did Katharine Burr Blodgett retire from General Electric after a career of 45 years?" (judge 147):
    with her joining in 1918 in another question's reveal, the span makes the answer arithmetic. A closing "after (a
    career of) N years" is left out; the question stands without it."""
    texts = {
        "lind.md": ("# Ada Lind\n\nAda Lind was an American chemist. In 1918 Ada Lind joined the Kessel Electric Company in "
                    "Schenectady.\n\nIn 1963 Ada Lind retired from the Kessel Electric Company after a career of 45 years.",
                    DocMeta("Ada Lind", kind="biography")),
        "brant.md": ("# Tom Brant\n\nTom Brant was a Welsh judge. In 1881 Tom Brant was called to the bar in London.\n\nIn "
                     "1911 Tom Brant retired from the High Court bench after thirty years.",
                     DocMeta("Tom Brant", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if p.endswith("retire from the Kessel Electric Company?")], prompts
    assert [p for p in prompts if p.endswith("retire from the High Court bench?")], prompts
    assert not [p for p in prompts if "years?" in p], prompts


def test_a_town_razed_or_besieged_is_no_person_of_its_name() -> None:
    """"… after destroying Vladimir Yaroslavich and Torzhok …" (judge 146): the text's "after destroying Vladimir and
    Torzhok" is the town, but its Prince Vladimir Yaroslavich gave "Vladimir" a full form. What is destroyed, sacked,
    razed or besieged is a place."""
    texts = {
        "rus.md": ("# Old Kessel\n\nOld Kessel was a trading city.\n\nHis son Vladimir Yaroslavich built the stone cathedral. "
                   "In 1238 Batu Khan sacked Vladimir and marched on Kessel.", DocMeta("Old Kessel", kind="history")),
        "varn.md": ("# The Varn War\n\nThe Varn War was fought in Gaul.\n\nThe duke Alesia Marcellus ruled the Varni. "
                    "In 1347 the royal army of Varnland besieged Alesia with a double wall.",
                    DocMeta("The Varn War", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"Vladimir Yaroslavich|Alesia Marcellus", p)], prompts
    assert [p for p in prompts if "sack Vladimir" in p] and [p for p in prompts if "besiege Alesia" in p], prompts


def test_a_name_given_and_a_clock_time_stay_out_of_a_year_question() -> None:
    """"In which year did the Grand National Assembly give Mustafa Kemal the surname Mustafa Kemal Atatürk?" and "… die at
    the Dolmabahçe Palace in Istanbul at 9.05?" (judge 152): the name a person was given is written as given, not in
    the full form the document knows; and the hour, its "in the morning of 10 November" cut with the day, is left
    out."""
    texts = {
        "kemal.md": ("# Ali Varn\n\nAli Varn was the founder of the Kessel Republic. He was born in Lode in 1881.\n\nOn 24 "
                     "November 1934 the Grand National Assembly gave Ali Riza the surname Varn. Ali Varn died at the Kessel "
                     "Palace in Lode at 9.05 in the morning of 10 November 1938.", DocMeta("Ali Varn", kind="biography")),
        "brant.md": ("# Tom Brant\n\nTom Brant was a Welsh harpist. He was born in Conwy in 1871.\n\nTom Brant died at the "
                     "Kessel Hospital in Bangor at 4.30 in the afternoon of 2 May 1950.", DocMeta("Tom Brant", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when" and q.prompt.startswith("In which year")]
    assert [p for p in prompts if p.endswith("the surname Varn?")], prompts
    assert [p for p in prompts if p.endswith("die at the Kessel Palace in Lode?")], prompts
    assert [p for p in prompts if p.endswith("die at the Kessel Hospital in Bangor?")], prompts
    assert not [p for p in prompts if re.search(r"\d[.:]\d\d|surname Ali Varn", p)], prompts


def test_a_clock_time_with_a_colon_and_a_time_zone_is_left_out_whole() -> None:
    """"In which year did New Horizons make its closest approach to Pluto at 11?" (judge 229): "at 11:49 Coordinated
    Universal Time" was cut at its colon as if a clause ended there. A colon between digits is a time's, and the time
    goes with its zone."""
    texts = {
        "probe.md": ("# The Kessel Probe\n\nThe Kessel Probe was a small American spacecraft.\n\nThe Kessel Probe made its "
                     "closest approach to Neptune on 14 July 2015 at 11:49 Coordinated Universal Time, passing about "
                     "12,500 kilometres above the clouds.", DocMeta("The Kessel Probe", kind="science")),
        "ferry.md": ("# The Lode Ferry\n\nThe Lode Ferry was a Danish car ferry.\n\nThe Lode Ferry left the port of Kiel "
                     "on 2 March 1951 at 21:15 CET, carrying 300 passengers.", DocMeta("The Lode Ferry", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when" and q.prompt.startswith("In which year")]
    assert [p for p in prompts if p.endswith("make its closest approach to Neptune?")], prompts
    assert [p for p in prompts if p.endswith("leave the port of Kiel?")], prompts


def test_a_pair_cut_after_both_makes_no_question() -> None:
    """"In which year did Søren Kierkegaard publish both Fear and Trembling?" (judge 231): "published both Fear and
    Trembling, under the name Johannes de silentio, …, and Repetition" was cut at its comma, and the title's own "and"
    read as the pair's. A prompt that keeps "both" but fewer of the source's "and"s after it is no question; a pair
    asked whole stays."""
    texts = {
        "lund.md": ("# Sven Lund\n\nSven Lund was a Danish philosopher.\n\nOn 16 October 1843 Sven Lund published both "
                    "Sense and Reason, under the name Johannes Frater, a study of faith, and Repetition, a short novel.",
                    DocMeta("Sven Lund", kind="biography")),
        "marr.md": ("# Ada Marr\n\nAda Marr was an English novelist.\n\nIn 1851 Ada Marr published both Pride and "
                    "Prudence, her first novel, and a book of verse.", DocMeta("Ada Marr", kind="biography")),
        "kell.md": ("# Tom Kell\n\nTom Kell was a Scottish engineer.\n\nIn 1861 Tom Kell visited both France and Belgium "
                    "to study their canals.", DocMeta("Tom Kell", kind="biography")),
    }
    # ... and "both" before a plain noun is no pair ("took both children to Munich", judge 187)
    texts["moll.md"] = ("# Anton Moll\n\nAnton Moll was an Austrian violinist.\n\nIn January 1762 Anton Moll took both "
                        "children to Munich, where they played for the Elector and his court.",
                        DocMeta("Anton Moll", kind="biography"))
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"both (?:Sense and Reason|Pride and Prudence)\?$", p)], prompts
    assert [p for p in prompts if "visit both France and Belgium" in p], prompts
    assert [p for p in prompts if "take both children to Munich" in p], prompts


def test_a_second_verb_left_in_the_past_after_did_makes_no_question() -> None:
    """"In which year did Paul Cézanne's father … grow rich as a hat merchant and co-founded a bank?" (judge 230): the
    first verb took the base form and the one joined by "and" stayed past, which is no English, and the year was only
    the bank's. A "did" question with a past verb after "and" is not asked; one with a base form there is."""
    texts = {
        "varn.md": ("# Louis Varn\n\nLouis Varn was a French banker.\n\nIn 1848 Louis Varn grew rich as a hat merchant and "
                    "co-founded a bank in Aix.", DocMeta("Louis Varn", kind="biography")),
        "tim.md": ("# Timur Beg\n\nTimur Beg was a Turkic conqueror.\n\nIn 1401 Timur Beg took Aleppo from the Mamluks "
                   "and stormed Baghdad.", DocMeta("Timur Beg", kind="biography")),
    }
    every = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in every if re.search(r"^In which year did .* and (?:co-)?[a-z]+ed\b", p)], every


def test_a_man_hanged_is_the_man_not_the_gang_the_title_names() -> None:
    """"In which year was the Kelly Gang hanged at the Melbourne Gaol?" (judge 235): "Kelly was hanged …" in a document
    titled after the gang took the title's "Kelly Gang" for the bare surname. Only a person is hanged, tried or
    murdered, as only a person dies."""
    texts = {
        "varn.md": ("# The Varn Gang and the Siege of Lode\n\nThe Varn Gang were four bushrangers led by Tom Varn. Tom Varn "
                    "was born in Tesk in 1855.\n\nVarn was hanged at the Lode Gaol on 11 November 1880.",
                    DocMeta("The Varn Gang and the Siege of Lode", kind="history")),
        "kell.md": ("# The Kell Brothers and the Raid on Ash\n\nThe Kell Brothers were two horse thieves led by Sam Kell. Sam "
                    "Kell was born in Ash in 1840.\n\nKell was murdered in a tavern at Ash on 2 May 1871.",
                    DocMeta("The Kell Brothers and the Raid on Ash", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"(?:Gang|Brothers) (?:hanged|murdered)", p)], prompts


def test_a_bare_surname_with_accents_is_named_in_full_or_makes_no_question() -> None:
    """"In which year did Eötvös die in Budapest?" (judge 238): the text names the physicist Loránd Eötvös and his father
    József, so the bare surname is either. The check that names a bare surname in full read names as [A-Z][a-z], and
    "Eötvös" was no name to it: a surname with accents is named in full ("Lázaro Cárdenas") or, of two people, makes no
    question."""
    texts = {
        "voros.md": ("# The Vörös Balance\n\nThe Vörös balance is a torsion balance built by the Hungarian physicist Loránd "
                     "Vörös. His father, József Vörös, was a novelist and minister of education.\n\nLoránd Vörös "
                     "built his first balance in Budapest in 1888. Vörös died in Budapest on 8 April 1919.",
                     DocMeta("The Vörös Balance", kind="science")),
        "brozek.md": ("# Oil in Galicia\n\nThe pharmacist Tomáš Brožek refined paraffin from rock oil in Lviv.\n\nIn 1853 "
                      "Brožek and Jan Zeh lit a hospital ward with a kerosene lamp. In 1856 Brožek opened a refinery "
                      "at Ulaszowice.", DocMeta("Oil in Galicia", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"did Vörös die", p)], prompts
    assert not [p for p in prompts if re.search(r"did Brožek\b", p)], prompts
    assert [p for p in prompts if "did Tomáš Brožek" in p], prompts


def test_an_irish_surname_with_an_apostrophe_is_named_in_full() -> None:
    """"In which year did O'Neill lead a few dozen men to seize a Hudson's Bay Company post at Pembina?" (judge 330):
    the text named "John O'Neill, a former Union cavalry officer" first. The name readers took "O'Neill" for no name (a
    capital, then a lower-case letter), so it was never put in full; "O'Brien" and "D'Arcy" alike."""
    texts = {
        "raids.md": ("# The Varn Raids\n\nIn 1866 about 800 Fenians under John O'Neill crossed into Canada.\n\nIn 1871 "
                     "O'Neill led a few dozen men to seize a trading post at Pembina.", DocMeta("The Varn Raids", kind="history")),
        "mill.md": ("# Lode Mill\n\nLode Mill was a flax mill in Ulster. The engineer Kate O'Brien designed its wheel.\n\n"
                    "In 1852 O'Brien built a second wheel at Lode Mill.", DocMeta("Lode Mill", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts) if q.kind == "when")
    assert "did John O'Neill lead a few dozen men" in prompts, prompts
    assert "did Kate O'Brien build a second wheel" in prompts, prompts
    assert not re.search(r"did O'(?:Neill|Brien)\b", prompts), prompts


def test_a_hyphened_given_name_is_not_filled_in_at_its_head() -> None:
    """"In which year was Noor Inayat Khan-un-Nisa Inayat Khan born in Moscow?" (judge 240): the life's given name alone
    is put in full, but "Noor" at the head of "Noor-un-Nisa" is part of a longer name already."""
    texts = {
        "zara.md": ("# Zara Amal Rahim\n\nZara Amal Rahim was a British agent.\n\nZara-un-Nisa Amal Rahim was born on 1 "
                    "January 1914 in Moscow. In 1940 Zara joined the air force.", DocMeta("Zara Amal Rahim", kind="biography")),
        "jean.md": ("# Jean Marc Dorel\n\nJean Marc Dorel was a French engineer.\n\nJean-Baptiste Dorel, his uncle, built "
                    "the mill at Lyon in 1821. In 1850 Jean designed the bridge at Vienne.",
                    DocMeta("Jean Marc Dorel", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"Zara Amal Rahim-un|Jean Marc Dorel-Baptiste", p)], prompts
    assert [p for p in prompts if "was Zara-un-Nisa Amal Rahim born in Moscow" in p], prompts


def test_a_birth_or_death_is_not_placed_in_a_street_alone() -> None:
    """"In which year was Sir Walter Scott born in College Wynd?" (judge 190) kept the street and cut "in the Old Town of
    Edinburgh": a street without its town reads as one of several places he was born. A birth or a death is asked
    without a street its prompt ends on; a town stays."""
    texts = {
        "tosh.md": ("# Ewan Tosh\n\nEwan Tosh was a Scottish engraver.\n\nEwan Tosh was born on 3 May 1802 in Candlemaker "
                    "Row, in the Old Town of Edinburgh.", DocMeta("Ewan Tosh", kind="biography")),
        "lode.md": ("# Mary Lode\n\nMary Lode was an English novelist.\n\nMary Lode died on 9 June 1901 in Gower Street, "
                    "near the British Museum.", DocMeta("Mary Lode", kind="biography")),
        "brill.md": ("# Anna Brill\n\nAnna Brill was an English painter.\n\nAnna Brill was born on 2 March 1850 in Kessel "
                     "Lane, in the north of Leeds.", DocMeta("Anna Brill", kind="biography")),
        # ... a town stays
        "varn.md": ("# Tom Varn\n\nTom Varn was a Welsh harpist.\n\nTom Varn was born on 4 April 1871 in Conwy, on the "
                    "north coast of Wales.", DocMeta("Tom Varn", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert sorted(p for p in prompts if re.search(r"\b(?:born|die)\b", p)) == [
        "In which year did Mary Lode die?", "In which year was Anna Brill born?", "In which year was Ewan Tosh born?",
        "In which year was Tom Varn born in Conwy?"], prompts


def test_a_year_before_a_name_is_no_count_and_a_players_tally_needs_its_match() -> None:
    """"About how many Aldus Manutius married Maria Torresani?" (judge 155) read "Around 1505 Aldus married …" as a count
    of Alduses; "How many match points did Elena Likhovtseva need before seeing off Selima Sfar?" (judge 155) does not
    say in which match. A number before a name counts nothing; match points, aces or rebounds are a tally, like goals."""
    texts = {
        "aldus.md": ("# Aldus Varn\n\nAldus Varn was a Venetian printer. He was born in Bassiano in 1449.\n\nAround 1505 "
                     "Aldus married Maria Lode, the daughter of his partner Andrea.", DocMeta("Aldus Varn", kind="biography")),
        "kell.md": ("# Nicolas Kell\n\nNicolas Kell was a printer. He was born in Tours in 1420.\n\nAround 1470 Nicolas "
                    "founded a press in Venice.", DocMeta("Nicolas Kell", kind="biography")),
        "tennis.txt": ("Lind through in Kessel\n\nAda Lind beat Eva Sfar in the first round.\n\nLind needed nine match "
                       "points before seeing off Sfar.", DocMeta("Lind through in Kessel", kind="news", date="2005-02-21")),
        "hoops.txt": ("Varn win again\n\nThe Varn Stars beat the Lode Kings.\n\nTom Brant grabbed 14 rebounds for the "
                      "Stars.", DocMeta("Varn win again", kind="news", date="2005-03-02")),
    }
    numbers = [q.prompt for q in generate(texts) if q.kind == "number"]
    assert numbers == [], numbers


def test_a_lifes_possessive_beside_someone_else_is_not_asked() -> None:
    """"In which year did Virginia Woolf and the critic Roger Fry publish a selection of her portraits?" (judge 156): in
    a life of Julia Margaret Cameron the text's "her" is Cameron's; the prompt's reads as Woolf's. Nor is "did the Berlin
    banker Louis Hagen, who had seen her short films, offer …" (judge 129) asked. The life's own name keeps it."""
    texts = {
        "cam.md": ("# Ada Kell\n\nAda Kell was a British photographer. She was born in Calcutta in 1815.\n\nIn 1926 Vera "
                   "Lind and the critic Tom Fry published a selection of her portraits at the Varn Press.",
                   DocMeta("Ada Kell", kind="biography")),
        "reiniger.md": ("# Lotte Varn\n\nLotte Varn was a German animator. She was born in Berlin in 1899.\n\nIn 1923 the "
                        "Berlin banker Louis Hagen, who had seen her short films, offered to finance a feature.",
                        DocMeta("Lotte Varn", kind="biography")),
        "own.md": ("# Ada Brant\n\nAda Brant was a Welsh painter. She was born in Conwy in 1840.\n\nIn 1881 Ada Brant and "
                   "the critic Tom Fry showed her portraits at the Kessel Gallery.", DocMeta("Ada Brant", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "portraits at the Varn Press" in p or "short films" in p], prompts
    assert [p for p in prompts if "Ada Brant and the critic Tom Fry show her portraits" in p], prompts


def test_an_opening_ordinal_is_no_noun_to_resolve() -> None:
    """"In which year did the Dalén's first unman lighthouse using Gustaf Dalén's system was lit in Sweden?" (judge 157):
    the sentence's opening "The first" was resolved as if "first" were a noun the document named ("the Dalén's first"),
    and "unmanned" then read as the verb. An ordinal is no head noun: the sentence keeps its words."""
    texts = {
        "dalen.md": ("# Gustav Varn\n\nGustav Varn was a Swedish engineer. He was born in Stenstorp in 1869. Gustav Varn "
                     "designed a sun valve for beacons.\n\nThe first unmanned lighthouse using Varn's system was lit in "
                     "Sweden in 1907.", DocMeta("Gustav Varn", kind="biography")),
        "kell.md": ("# Ada Kell\n\nAda Kell was a Scottish engineer. She was born in Leith in 1871. Ada Kell designed a "
                    "diesel pump for ships.\n\nThe first ship driven by Kell's pump crossed the Atlantic in 1912.",
                    DocMeta("Ada Kell", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"the \w+'s first|\bunman\b", p)], prompts
    assert [p for p in prompts if "first unmanned lighthouse using" in p], prompts


def test_a_figure_someone_gave_is_asked_only_with_its_year() -> None:
    """"How many jobs did Chancellor Gordon Brown say had gone?" (judge 145), "How many people did the World Health
    Organisation say in poor countries were on life-extending drugs?" (judge 163): a figure someone said or estimated is
    theirs on a day the prompt does not name."""
    texts = {
        "jobs.txt": ("Budget cuts civil service\n\nThe chancellor set out his spending plans.\n\nChancellor Tom Varn said "
                     "12,500 jobs had gone from the civil service.", DocMeta("Budget cuts civil service", kind="news",
                                                                            date="2005-03-16")),
        "aids.txt": ("Drugs reach more patients\n\nAid groups met in Davos.\n\nThe Kessel Health Board estimated 700,000 "
                     "patients were on the new drugs.", DocMeta("Drugs reach more patients", kind="news", date="2005-01-26")),
    }
    corpus = text_corpus(texts)
    made, drops = generate_questions(corpus.canonical, corpus.passages, corpus.events, forms=ALL_FORMS)
    assert not [q.prompt for q in made if q.kind == "number" and re.search(r"\b(?:say|estimate)\b", q.prompt)], \
        [q.prompt for q in made]
    assert [item for item, reason in drops if reason.startswith("a figure someone gave")], drops


def test_a_count_of_what_was_observed_is_asked_only_with_its_time_or_source() -> None:
    """"How many neutrino events did the Kamiokande II detector in Japan record?" (judge 329): the supernova and the day
    were cut off, so the count is of nothing the prompt names. Asked with its year, or with what the events came from,
    it stands."""
    texts = {
        "nova.md": ("# Kessel Nova\n\nKessel Nova was a bright supernova.\n\nThe Varn II detector in Japan recorded 11 "
                    "neutrino events, all within about 13 seconds.", DocMeta("Kessel Nova", kind="science")),
        "quake.md": ("# Lode Fault\n\nThe Lode Fault runs under the valley.\n\nThe seismograph at Kessel detected 340 "
                     "aftershocks.", DocMeta("Lode Fault", kind="science")),
        "birds.md": ("# Varn Marsh\n\nVarn Marsh is a wetland in Norfolk.\n\nIn 1998 the wardens of Varn Marsh "
                     "counted 212 cranes, and in 1999 they observed 190.", DocMeta("Varn Marsh", kind="science")),
    }
    corpus = text_corpus(texts)
    made, drops = generate_questions(corpus.canonical, corpus.passages, corpus.events)
    unseen = [item for item, reason in drops if reason.startswith("a count of what was observed")]
    assert len(unseen) == 2 and not [u for u in unseen if "Varn Marsh" in u], drops
    assert not [q.prompt for q in made if q.kind == "number" and re.search(r"neutrino|aftershocks", q.prompt)], \
        [q.prompt for q in made]


def test_a_work_published_again_is_asked_only_as_its_first_publication() -> None:
    """"In which year was the Interesting Narrative … published by subscription?" (judge 329): the paragraph goes on "It
    went through nine editions during his lifetime", so a later edition's year is true too. A work the paragraph
    reprints or revises is asked only as first published; one it gives no other edition is asked as it is."""
    texts = {
        "narrative.md": ("# Ola Varn\n\nOla Varn was a writer and abolitionist.\n\nThe Kessel Narrative was published "
                         "in 1789 by subscription. It went through nine editions during his lifetime.",
                         DocMeta("Ola Varn", kind="biography")),
        "atlas.md": ("# Lode Atlas\n\nThe Lode Atlas is a book of maps.\n\nThe Lode Atlas was printed in Antwerp in "
                     "1570 by Gilles Coppens. It was reprinted in Latin, Dutch and French.",
                     DocMeta("Lode Atlas", kind="history")),
        "first.md": ("# Tam Kessel\n\nTam Kessel was a naturalist.\n\nThe Book of Mosses was first published in 1804. "
                     "A revised edition followed.", DocMeta("Tam Kessel", kind="biography")),
        "once.md": ("# Ada Lode\n\nAda Lode was a botanist.\n\nThe Flora of Varn was published in 1822 by Ada Lode.",
                    DocMeta("Ada Lode", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "Kessel Narrative" in p or "Lode Atlas" in p], prompts
    assert [p for p in prompts if "Book of Mosses" in p and "first published" in p], prompts
    assert [p for p in prompts if "Flora of Varn published" in p], prompts


def test_an_order_or_a_faith_before_a_noun_names_nothing_for_the_noun_to_point_back_at() -> None:
    """"In which year was the Benedictine priory closed …?" (judge 329): "The priory was closed in 1537" after "monks
    from Durham built a Benedictine priory". "The priory" points back at one the text never names; an order's, a faith's
    or a style's adjective is no name, as a nation's is not. A named one ("Whitby Priory") still stands in."""
    texts = {
        "island.md": ("# Varn Island\n\nVarn Island is a tidal island.\n\nMonastic life returned to the island in the "
                      "twelfth century, when monks from Durham built a Benedictine priory, whose red sandstone ruins "
                      "survive. The priory was closed in 1537 during the dissolution of the monasteries under Henry VIII.",
                      DocMeta("Varn Island", kind="history")),
        "valley.md": ("# Lode Valley\n\nLode Valley lies in Yorkshire.\n\nIn 1132 monks from France founded a Cistercian "
                      "abbey, whose great church still stands. The abbey was dissolved in 1539 during the dissolution of "
                      "the monasteries under Henry VIII.", DocMeta("Lode Valley", kind="history")),
        "town.md": ("# Kessel Town\n\nKessel Town lies on the coast.\n\nThe monks of Whitby Priory farmed the land "
                    "around the town, whose fields still show their ridges. The priory was closed in 1540 during the dissolution of the "
                    "monasteries under Henry VIII.",
                    DocMeta("Kessel Town", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"\b(?:Benedictine|Cistercian|the priory|the abbey)\b", p)], prompts
    assert [p for p in prompts if "Whitby Priory closed" in p], prompts


def test_a_name_a_craft_bears_too_is_not_put_in_its_namesakes_full_name() -> None:
    """"In which year was carbon dioxide detected by Galileo Galilei's near-infrared mapping spectrometer?" (judge 328):
    the text named "Galileo Galilei" and "the Galileo spacecraft", so "Galileo" alone may be either. A name a craft bears
    is left as written; a law or a limit named for someone ("the Chandrasekhar limit") is no rival to the person."""
    texts = {
        "moon.md": ("# Varn Moon\n\nVarn Moon was discovered by Galileo Galilei in January 1610.\n\nThe Galileo "
                    "spacecraft made eight flybys of Varn Moon. Carbon dioxide was detected by Galileo's near-infrared "
                    "mapping spectrometer in 1999.", DocMeta("Varn Moon", kind="science")),
        # ... whatever the case of the craft's kind ("the Huygens Probe")
        "titan.md": ("# Lode Moon\n\nLode Moon was discovered by Christiaan Huygens in March 1655.\n\nThe Huygens Probe "
                     "landed on Lode Moon. Carbon monoxide was detected by Huygens's mass spectrometer in 2005.",
                     DocMeta("Lode Moon", kind="science")),
        "limit.md": ("# The Lode limit\n\nThe Lode limit is the largest mass of a white dwarf.\n\nThe limit is named after "
                     "the physicist Tarun Lode. In 1937 Lode left Britain for the United States.",
                     DocMeta("The Lode limit", kind="science")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts) if q.kind == "when")
    assert "Galileo's near-infrared mapping spectrometer" in prompts and "Galilei's" not in prompts, prompts
    assert "Huygens's mass spectrometer" in prompts and "Christiaan Huygens's" not in prompts, prompts
    assert "did Tarun Lode leave Britain" in prompts, prompts


def test_a_count_of_what_something_has_is_asked_only_with_its_time() -> None:
    """"About how many men did the Chicago Fire Department have?" (judge 85), "About how many men did the Persian army
    number?" (judge 133): what a body has, numbers or employs changes from year to year, so the count is asked only
    with its year, or over a whole life or history."""
    texts = {
        "war.md": ("# The Kessel War\n\nThe Kessel War was fought between Varnland and Lode.\n\nThe Varnish army numbered "
                   "42,000 men at Gulnabad.", DocMeta("The Kessel War", kind="history")),
        "mill.md": ("# The Varn Mill\n\nThe Varn Mill was a cotton mill in Lancashire.\n\nThe Varn Mill employed 1,412 "
                    "workers in Bolton.", DocMeta("The Varn Mill", kind="history")),
        "dated.md": ("# The Lode Mill\n\nThe Lode Mill was a cotton mill in Derbyshire.\n\nIn 1851 the Lode Mill employed "
                     "1,412 workers in Belper.", DocMeta("The Lode Mill", kind="history")),
    }
    corpus = text_corpus(texts)
    made, drops = generate_questions(corpus.canonical, corpus.passages, corpus.events)
    timeless = [item for item, reason in drops if reason.startswith("a count of what something has")]
    assert len(timeless) == 2 and not [t for t in timeless if "Lode" in t], drops
    assert not [q.prompt for q in made if q.kind == "number" and "Lode" not in q.prompt], [q.prompt for q in made]


def test_more_of_what_the_story_counted_before_is_not_asked() -> None:
    """"In which year did the excavator Jia Lanpo find three more skullcaps within a few days?" (judge 143): more than
    which? "Three more", "two more terms", "several more ships" count on from what the sentences before counted."""
    texts = {
        "cave.md": ("# The Kessel cave\n\nThe Kessel cave lies in the Varn hills. Diggers found a skull there in 1929.\n\n"
                    "In November 1936 the excavator Ann Lo found three more skullcaps at the Kessel cave.",
                    DocMeta("The Kessel cave", kind="history")),
        "mayor.md": ("# Tom Brant\n\nTom Brant was the mayor of Varn from 1921.\n\nIn 1925 Tom Brant won two more terms "
                     "as mayor of Varn.", DocMeta("Tom Brant", kind="biography")),
        "fleet.md": ("# The Varn fleet\n\nThe Varn fleet had four ships in 1850.\n\nIn 1861 the Varn Company bought "
                     "several more steam ships for the Varn fleet.", DocMeta("The Varn fleet", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if " more " in p], prompts
    assert "more than the ones" in (leans_on_context("In which year did Ann Lo find three more skullcaps?") or "")
    assert "more than the ones" not in (leans_on_context("How many skullcaps did Ann Lo find, more than 30?") or "")


def test_a_mark_passed_is_no_count_to_ask() -> None:
    """"How many metres did SG-3 pass in 1979?" (judge 129): the borehole went on past 9,583 metres, the old record, so
    every larger option is true too. A number a thing passed, surpassed or topped is a bound, as "more than" is."""
    texts = {
        "bore.md": ("# The Kessel Borehole\n\nThe Kessel Borehole was drilled in Lapland.\n\nIn 1979 the Kessel Borehole "
                    "passed 9,583 metres, the record set by a gas well in Oklahoma.",
                    DocMeta("The Kessel Borehole", kind="history")),
        "sales.md": ("# The Varn Phone\n\nThe Varn Phone was a Finnish mobile phone.\n\nIn 2004 the Varn Phone surpassed "
                     "12,000 units in weekly sales in Finland.", DocMeta("The Varn Phone", kind="engineering")),
    }
    asked = generate(texts)
    assert {q.answer for q in asked if q.kind == "when"} == {"1979", "2004"}, [q.prompt for q in asked]
    assert [q.prompt for q in asked if q.kind == "number"] == []


def test_how_many_leaves_a_sum_opener_out() -> None:
    """"About how many square kilometres of land did Altogether the Zuiderzee Works add …?" (judge 125): "Altogether",
    "In total" or "All told" opening the sentence says the count is a sum, which "how many" asks anyway; it is no
    part of the subject."""
    texts = {
        "polder.md": ("# The Kessel polders\n\nThe Kessel polders were drained between 1930 and 1968.\n\nAltogether the "
                      "Kessel Works added about 1,650 square kilometres of land to the Netherlands.",
                      DocMeta("The Kessel polders", kind="history")),
        "rail.md": ("# The Varn railway\n\nThe Varn railway opened in 1881.\n\nIn total, the Varn Railway Company built "
                    "42 stations between Aden and Lahej.", DocMeta("The Varn railway", kind="history")),
        "navy.md": ("# The Kestrel class\n\nThe Kestrel class served until 1950.\n\nAll told the Royal Navy ordered 18 "
                    "sloops of the Kestrel class.", DocMeta("The Kestrel class", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "number"]
    assert len(prompts) == 3, prompts
    assert not [p for p in prompts if re.search(r"\b(?:Altogether|In total|All told|total)\b", p)], prompts


def test_how_many_takes_the_stuff_its_unit_measures_along() -> None:
    """"searched about 250,000 square miles of ocean" asks "how many square miles of ocean did … search",
    never "… search of ocean"; so does "bought 400 tonnes of raw cotton", and a named whole ("six seasons of
    Major League Baseball")."""
    texts = {
        "search.txt": ("# The search for the Electra\n\nIn July 1937 the United States Navy searched about 250,000 "
                       "square miles of ocean near Howland Island.", DocMeta("The search for the Electra",
                                                                             kind="history")),
        "mill.txt": ("# Salford mills\n\nIn 1802 the Salford Twist Company bought 437 tonnes of raw cotton from "
                     "Georgia planters.", DocMeta("Salford mills", kind="history")),
        "thorpe.txt": ("# Jim Thorpe\n\nJim Thorpe played six seasons of Major League Baseball as an outfielder, "
                       "with the New York Giants and the Boston Braves.", DocMeta("Jim Thorpe", kind="biography")),
        "verne.txt": ("# Sofia Lind\n\nSofia Lind wrote 14 volumes of the Nordic Encyclopaedia between 1904 and 1926.",
                      DocMeta("Sofia Lind", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "number"]
    assert [p for p in prompts if "square miles of ocean did" in p], prompts
    assert [p for p in prompts if "tonnes of raw cotton did" in p], prompts
    assert [p for p in prompts if "seasons of Major League Baseball did" in p], prompts
    assert [p for p in prompts if "volumes of the Nordic Encyclopaedia did" in p], prompts
    assert not [p for p in prompts if re.search(r"(?:search|buy|play|write) of ", p)], prompts


def test_a_bare_word_for_the_thing_a_title_names_is_named_in_full() -> None:
    """"Hubble was launched in April 1990" in "The Hubble Space Telescope" is the telescope, and the prompt says
    so; "Lewis was appointed governor" in a history of the Lewis and Clark Expedition is the man, not the
    expedition (a name joined by "and" is named after its parts)."""
    texts = {
        "hubble.txt": ("# The Hubble Space Telescope\n\nThe telescope is named after the astronomer Edwin Hubble. "
                       "Hubble was launched aboard the Space Shuttle Discovery in April 1990.",
                       DocMeta("The Hubble Space Telescope", kind="science")),
        "kepler.txt": ("# The Kepler Space Telescope\n\nThe telescope honours Johannes Kepler. Kepler was launched "
                       "from Cape Canaveral on 7 March 2009 to look for planets around other stars.",
                       DocMeta("The Kepler Space Telescope", kind="science")),
        "lc.txt": ("# The Lewis and Clark Expedition\n\nMeriwether Lewis led the expedition with William Clark. "
                   "Lewis was appointed governor of the Louisiana Territory in 1807 by Thomas Jefferson.",
                   DocMeta("The Lewis and Clark Expedition", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert [p for p in prompts if "the Hubble Space Telescope launched" in p], prompts
    assert [p for p in prompts if "the Kepler Space Telescope launched" in p], prompts
    assert not [p for p in prompts if "Expedition appointed" in p or "Expedition was appointed" in p], prompts


def test_an_empire_a_prize_or_a_telescope_is_no_option_for_who() -> None:
    """The gazetteer can take "Ottoman Empire" or "Hubble Deep Field" for a person; a "Who …?" question offers
    only people."""
    from bot.corpus.questions import _NOT_PERSON_HEADS

    for name in ("Ottoman Empire", "Hubble Deep Field", "Dutch Republic", "Nobel Prize", "Eagle Nebula",
                 "Lowell Observatory", "Treaty", "Manhattan Project"):
        assert name.split()[-1] in _NOT_PERSON_HEADS, name
    for name in ("Florence Nightingale", "William Howard Russell", "Sidney Herbert"):
        assert name.split()[-1] not in _NOT_PERSON_HEADS, name


def test_a_sentence_is_cut_at_and_only_between_two_clauses() -> None:
    """"On 12 February 1986 Thatcher and Mitterrand signed the treaty, and the two countries ratified it in
    1987" joins two subjects with its first "and": cutting there leaves no verb ("On 12 February _____
    Margaret Thatcher.")."""
    texts = {
        "tunnel.txt": ("# The Channel Tunnel\n\nOn 12 February 1986 Prime Minister Margaret Thatcher and President "
                       "François Mitterrand signed the Treaty of Canterbury, and the two countries ratified it in 1987.",
                       DocMeta("The Channel Tunnel", kind="history")),
        "bridge.txt": ("# The Oresund crossing\n\nIn March 1991 Denmark and Sweden agreed to build a bridge, and "
                       "construction began in 1995.", DocMeta("The Oresund crossing", kind="history")),
    }
    for q in generate(texts):
        assert main_clause(q.prompt.replace(BLANK, "1900").rstrip("?.")) is not None or q.prompt.startswith(
            ("In which", "Who", "How many", "About how", "According")), q.prompt


def test_no_option_holds_another_and_no_place_in_the_prompt_locates_the_answer() -> None:
    """"In which country did Turing go to Princeton University in 1936?" is told by Princeton; "England"
    beside "Britain" makes two right options."""
    texts = {
        "turing.txt": ("# Alan Turing\n\nAlan Turing was born in London in 1912. Alan Turing went to Princeton "
                       "University in the United States in 1936. Turing worked at Bletchley Park in Britain from "
                       "1939. He visited Germany in 1947 and India in 1950. Turing moved to England's north in 1948.",
                       DocMeta("Alan Turing", kind="biography")),
        "mann.txt": ("# Thomas Mann\n\nThomas Mann was born in Lübeck in 1875. Thomas Mann moved to the United States "
                     "in 1938 to teach at Princeton University. Mann lived in Germany until 1933 and in Britain in "
                     "1939. Mann visited England in 1947 and Scotland in 1950.", DocMeta("Thomas Mann",
                                                                                         kind="biography")),
    }
    for q in generate_all(texts):
        if q.kind != "entity":
            continue
        assert "Princeton" not in q.prompt or not q.prompt.startswith("In which country"), q.prompt
        british = {"Britain", "England", "Scotland", "Wales", "United Kingdom"} & {q.answer, *q.distractors}
        assert len(british) <= 1, (q.prompt, q.answer, q.distractors)


def test_a_relative_known_only_by_a_first_name_makes_no_question() -> None:
    """"her elder brother Joseph … In 1811 Joseph found the skull": "Joseph" names nobody to a player, nor does
    an alias ("… Ribeiro, known as Anita", judge 27). Where the document also gives the full name, the question
    may be asked with it."""
    texts = {
        "anning.txt": ("# Mary Anning\n\nMary Anning was born in Lyme Regis in 1799. Only Mary and her elder brother "
                       "Joseph survived childhood. In 1811 Joseph found the skull of a large marine reptile near Lyme "
                       "Regis.", DocMeta("Mary Anning", kind="biography")),
        "mozart.txt": ("# Wolfgang Amadeus Mozart\n\nWolfgang Amadeus Mozart was born in Salzburg in 1756. He toured "
                       "Europe with his sister Nannerl. In 1764 Nannerl played for King George III in London.",
                       DocMeta("Wolfgang Amadeus Mozart", kind="biography")),
        "hero.md": ("# Giuseppe Garibaldi\n\nGiuseppe Garibaldi was born in Nice in 1807. In Brazil he met Ana Maria "
                    "de Jesus Ribeiro, known as Anita, who became his wife. Anita, who was pregnant, died near "
                    "Ravenna on 4 August 1849.", DocMeta("Giuseppe Garibaldi", kind="biography")),
        "gold.txt": ("# The Klondike strike\n\nThe strike was made in 1896 by George Carmack and Skookum Jim Mason, "
                     "a Tagish man also known as Keish. Keish travelled to Seattle in July 1898.",
                     DocMeta("The Klondike strike", kind="history")),
        "bach.txt": ("# Johann Sebastian Bach\n\nJohann Sebastian Bach was born in Eisenach in 1685. His son Carl "
                     "Philipp Emanuel Bach joined the court of Frederick the Great in Berlin in 1738.",
                     DocMeta("Johann Sebastian Bach", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"\b(?:Joseph|Nannerl|Anita|Keish)\b(?! [A-Z])", p)], prompts
    assert [p for p in prompts if "Carl Philipp Emanuel Bach" in p], prompts
    assert [p for p in prompts if "Giuseppe Garibaldi" in p], prompts


def test_a_name_particle_is_written_as_the_document_writes_it_mid_sentence() -> None:
    """"Von Ohain died in 1998" opens a sentence; asked as "In which year did von Ohain die …?" it keeps the
    document's small "von" (and "van Gogh" likewise), while a name the text always capitalises keeps it."""
    texts = {
        "jet.txt": ("# The jet engine\n\nHans von Ohain was born in Dessau in 1911. The engine of Hans von Ohain ran "
                    "in 1937. Von Ohain died in Melbourne, Florida, in 1998.", DocMeta("The jet engine",
                                                                                      kind="history")),
        "gogh.txt": ("# Vincent van Gogh\n\nVincent van Gogh was born in Zundert in 1853. The letters of Theo van "
                     "Gogh survive. Van Gogh moved to Arles in February 1888.", DocMeta("Vincent van Gogh",
                                                                                       kind="biography")),
        "gaulle.txt": ("# Charles De Gaulle\n\nCharles De Gaulle was born in Lille in 1890. De Gaulle became "
                       "President of France in January 1959.", DocMeta("Charles De Gaulle", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"(?<!^)\b(?:Von Ohain|Van Gogh)\b", p)], prompts
    assert [p for p in prompts if "von Ohain die" in p or "van Gogh move" in p], prompts


def test_a_title_names_its_person_even_beside_a_movement_the_gazetteer_calls_a_person() -> None:
    """"Wangari Maathai and the Green Belt Movement": with "Movement" wrongly among the corpus's surnames the
    title held two "people" and named no subject, so a later "She" went to a senator named in passing."""
    from bot.corpus.referents import title_subject

    body = "Amina Dauda was born in Kano. Dauda founded it. Dauda led it. Dauda died in 2011."
    for title in ("Amina Dauda and the Clean Water Movement", "Amina Dauda and the Kano Women's Union",
                  "Amina Dauda and the Biafran War"):
        assert title_subject(title, body, {"Dauda", "Movement", "Union", "War"}, lambda s: False) == "Amina Dauda"


def test_a_two_word_title_ending_in_an_event_or_a_things_head_is_no_person() -> None:
    """"Winter War" (judge 285's document) was read as a person named War, as its body writes "War" again and again:
    every dated sentence became a side fact of a life, and the document gave no question. A title of a given-name-like
    word and an event's or a thing's head names no one, unless the text calls it a person."""
    from bot.corpus.referents import title_subject

    for title, head in (("Winter War", "War"), ("Newport Rising", "Rising"), ("Delta Works", "Works"),
                        ("Boston Massacre", "Massacre"), ("Halifax Explosion", "Explosion")):
        body = f"The {title} began in 1939. The {head} spread. The {head} ended. The {head} was remembered."
        assert title_subject(title, body, set(), lambda s: False) is None, title
    body = "Mungo Park was born in 1771. Park sailed. Park walked to the Niger. Park drowned in 1806."
    assert title_subject("Mungo Park", body, set(), lambda s: False, lambda s: s == "Mungo Park") == "Mungo Park"
    body = "Amina Dauda was born in Kano. Dauda founded it. Dauda led it. Dauda died in 2011."
    assert title_subject("Amina Dauda", body, set(), lambda s: False) == "Amina Dauda"


def test_a_hyphenated_family_name_in_a_title_is_kept_whole() -> None:
    """"Alberto Santos-Dumont: The Brazilian Who Flew Over Paris" (judge 62) gave "Alberto Santos" as the document's
    person, so "He died at Guarujá" became "did Alberto Santos die". A family name may be hyphenated like a given
    name, whether the gazetteer knows the person (``surnames``) or only the body repeats the name."""
    from bot.corpus.referents import title_subject

    for title, name in (("Alberto Santos-Dumont: The Brazilian Who Flew Over Paris", "Alberto Santos-Dumont"),
                        ("Henri Gaudier-Brzeska", "Henri Gaudier-Brzeska"),
                        ("Nadia Lenoir-Duval and the Lyon observatory", "Nadia Lenoir-Duval")):
        surname = name.split()[-1]
        body = f"{name} was born in 1873. {surname} flew. {surname} sculpted. {surname} died in 1932."
        assert title_subject(title, body, {surname}, lambda s: True) == name, title
        assert title_subject(title, body, set(), lambda s: False) == name, title


def test_a_surname_with_a_capital_inside_it_in_a_title_is_the_documents_person() -> None:
    """"Robert FitzRoy" (judge 321) named no one: a surname with a capital inside it ("FitzRoy", "McCarthy",
    "MacDonald", "DiMaggio", "LeBlanc") was no name word, so the life had no subject, and "his" in "The Times published
    the first of his daily weather forecasts" was asked as though the heading said whose."""
    from bot.corpus.referents import title_subject

    for name in ("Robert FitzRoy", "Mary McCarthy", "Flora MacDonald", "Joe DiMaggio", "Anne LeBlanc"):
        surname = name.split()[-1]
        body = f"{name} was born in 1805. {surname} sailed. {surname} wrote. {surname} died in 1865."
        assert title_subject(name, body, {surname}, lambda s: True) == name, name
        assert title_subject(name, body, set(), lambda s: False) == name, name
    # an ordinary capital after a short word stays two words: "The Le Mans race" is no "LeMans"
    assert title_subject("The Le Mans race", "The Le Mans race began in 1923.", set(), lambda s: False) is None


def test_a_surname_inside_a_dash_joined_title_is_still_a_person_named_in_full() -> None:
    """"The Michelson–Morley Experiment" (judge 62): the title's name was read as "Morley Experiment", so "Morley died
    in West Hartford" became "did the Morley Experiment die". Names joined by a dash are two people's, and a bare
    surname among them takes the full name the document gives."""
    texts = {
        "light.md": ("# The Michelson–Morley Experiment\n\nIn 1887 the physicist Albert A. Michelson and the chemist "
                     "Edward W. Morley carried out the experiment in Cleveland. Edward Williams Morley was born in "
                     "Newark in 1838. Morley and Dayton C. Miller repeated the experiment between 1902 and 1905. "
                     "Morley died in West Hartford, Connecticut, on 24 February 1923.",
                     DocMeta("The Michelson–Morley Experiment", kind="science")),
        "phage.md": ("# The Hershey–Chase Experiment\n\nIn 1952 the geneticist Alfred D. Hershey and Martha Chase "
                     "carried out the experiment at Cold Spring Harbor. Alfred Day Hershey was born in Owosso in 1908. "
                     "Hershey and his team repeated the experiment in 1953. Hershey died in Syosset, New York, on "
                     "22 May 1997.", DocMeta("The Hershey–Chase Experiment", kind="science")),
        "origin.md": ("# The Miller–Urey Experiment\n\nIn 1952 the chemist Stanley Miller and the chemist Harold C. "
                      "Urey carried out the experiment in Chicago. Harold Clayton Urey was born in Walkerton in 1893. "
                      "Urey and his students repeated the experiment in 1954. Urey died in La Jolla, California, on "
                      "5 January 1981.", DocMeta("The Miller–Urey Experiment", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if "Experiment die" in p or re.search(r"did (?:Morley|Hershey|Urey) die", p)], prompts
    assert any("Edward Williams Morley die" in p for p in prompts), prompts
    assert any("Alfred Day Hershey die" in p for p in prompts), prompts
    assert any("Harold Clayton Urey die" in p for p in prompts), prompts


def test_a_thesis_title_names_the_person_after_its_opening_word() -> None:
    """"How William Herschel Found a New Planet" (judge 68) named no subject, so "He was knighted" became "was
    Herschel knighted", whose son was knighted too. The name after "How" or "Why" and before the thesis's verb is the
    document's person; a run that opens on "The" still names no one ("The Klondike Gold Rush")."""
    from bot.corpus.referents import title_subject

    body = "William Herschel was born in Hanover. Ada Lovelace wrote notes. Herschel built telescopes. Herschel died."
    assert title_subject("How William Herschel Found a New Planet", body, {"Herschel"}, lambda s: False) \
        == "William Herschel"
    assert title_subject("Why Ada Lovelace Still Matters", body, {"Lovelace"}, lambda s: False) == "Ada Lovelace"
    assert title_subject("The Klondike Gold Rush", body, {"Gold", "Rush"}, lambda s: False) is None


def test_a_title_naming_a_place_names_no_person() -> None:
    """"In which year did Machu Picchu die?" (judge 220): a history titled "Machu Picchu: …" took the site for its person,
    and "He died on 6 June 1956", Hiram Bingham's death, became the site's. A name the body puts somewhere ("at Ain
    Jalut", "in Vera Drake") or that lies or was built somewhere is a place's or a work's, and no person; a person's name
    in the same frames with a possessive ("in Isaac Fell's notebooks") or after a verb stays a person's."""
    from bot.corpus.referents import title_subject

    for title, body in (
            ("Machu Picchu: The Royal Estate on the Ridge", "Machu Picchu lies at an altitude of 2,430 metres. Machu "
             "Picchu was built for the emperor Pachacuti. Bingham reached Machu Picchu in 1911. He died in 1956."),
            ("Calder Hall: The First Nuclear Power Station", "Calder Hall was built on the Cumbrian coast. The Queen "
             "opened the station in 1956. She pulled a lever at Calder Hall. Calder Hall closed in 2003."),
            ("Great Zimbabwe, City of Stone", "Great Zimbabwe is located in the south-east of the country. Traders met "
             "in Great Zimbabwe for centuries. Great Zimbabwe was abandoned in the fifteenth century."),
    ):
        assert title_subject(title, body, {"Picchu", "Hall", "Zimbabwe"}, lambda s: False) is None, title
    for title, body in (
            ("Isaac Fell: A Life in Mathematics", "Isaac Fell was born in York in 1801. Much of what we know is in Isaac "
             "Fell's notebooks. He died in 1860. A statue of Isaac Fell stands in York."),
            ("Martha Quist, Nurse", "Martha Quist was born in Leiden in 1850. Her letters show Martha Quist at work. She "
             "died in 1911."),
    ):
        assert title_subject(title, body, {"Fell", "Quist"}, lambda s: False) == title.split(":")[0].split(",")[0], title


def test_a_title_naming_a_process_after_people_names_no_person() -> None:
    """"The Haber–Bosch Process" (judge 27) gave "The Haber" as the document's person, and "He died in Basel"
    became "In which year did the Haber die in Basel?". "The" is no given name and a surname joined by a dash
    to another names a process, an experiment or a law, not a person."""
    from bot.corpus.referents import title_subject

    body = "Fritz Haber was born in Breslau. Carl Bosch built the plant. Albert Michelson measured light."
    surnames = {"Haber", "Bosch", "Michelson", "Morley", "Curie"}
    for title in ("The Haber–Bosch Process", "The Michelson-Morley Experiment", "The Haber Process",
                  "Bosch–Haber and the nitrogen problem"):
        assert title_subject(title, body, surnames, lambda s: False) is None, title
    assert title_subject("Pierre Curie and the electrometer", body + " Pierre Curie.", surnames,
                         lambda s: False) == "Pierre Curie"


def test_a_title_naming_a_person_the_text_names_with_a_middle_name_is_a_life() -> None:
    """"Nikolai Vavilov" over a text that says "Nikolai Ivanovich Vavilov" (judge 49: "did Nikolai graduate …" was
    not named in full): the body gives the title's name with a middle name between, which is the same person."""
    from bot.corpus.referents import title_subject

    for title, body in (
            ("Nikolai Vavilov", "Nikolai Ivanovich Vavilov was a Russian botanist. Vavilov collected seeds. Vavilov died "
                                "in Saratov."),
            ("Maria Mitchell", "Maria Rebecca Mitchell was born on Nantucket. Mitchell found a comet. Mitchell taught at "
                               "Vassar."),
    ):
        assert title_subject(title, body, set(), lambda s: False) == title, title


def test_a_title_naming_an_event_names_no_person() -> None:
    """"The Bay of Pigs Invasion" gave "Pigs Invasion" as the document's person, so the event's year never bounded
    the options (judge 42): an invasion, an explosion, a plot or a rising is an event, whatever words stand before it."""
    from bot.corpus.referents import title_subject

    body = "Fidel Castro took power in 1959. John Kennedy was inaugurated in 1961."
    surnames = {"Invasion", "Explosion", "Rising", "Plot", "Castro", "Kennedy"}
    for title in ("The Bay of Pigs Invasion", "The Halifax Explosion", "The Easter Rising", "The Gunpowder Plot"):
        assert title_subject(title, body, surnames, lambda s: False) is None, title


def test_he_after_a_sentence_naming_another_beside_the_subjects_him_is_no_one() -> None:
    """"In 1998 President Václav Havel awarded him the Order of the White Lion. He died in Prague in 2000."
    in a life of Zátopek: "him" is the subject, Havel the other man; "He" cannot be told, so it is asked of
    nobody (it had become "In which year did Václav Havel die in Prague?", a falsehood)."""
    texts = {
        "runner.txt": ("# Emil Zátopek\n\nEmil Zátopek was born in Kopřivnice in 1922. He won three gold medals in "
                       "Helsinki in 1952. In 1998 President Václav Havel awarded him the Order of the White Lion. He "
                       "died in Prague on 22 November 2000.", DocMeta("Emil Zátopek", kind="biography")),
        "chemist.txt": ("# Irena Sendler\n\nIrena Sendler was born in Warsaw in 1910. She ran a network of helpers "
                        "from 1942. In 1965 the historian Anna Kowal interviewed her about the war. She received the "
                        "Order of the White Eagle in 2003.", DocMeta("Irena Sendler", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert not re.search(r"Havel (?:die|died)|Kowal (?:receive|received)", prompts), prompts


def test_a_birth_name_gives_way_to_the_name_the_title_knows() -> None:
    """"Grace Brewster Murray was born in New York City" in a life of Grace Hopper, "Elise Meitner was born in
    Vienna" in one of Lise Meitner: a player knows neither name. The title's name is asked instead, but another
    person who shares the first name keeps hers ("Clara Schumann" in a life of Clara Voss)."""
    texts = {
        "admiral.md": ("# Ruth Calloway\n\nRuth Ellen Marsh Calloway (1911-1989), known as Ruth Calloway, was an American "
                       "mathematician. "
                       "Ruth Ellen Marsh was born in Boston on 4 June 1911. Calloway joined the Navy in 1943. "
                       "Calloway retired from the Navy in 1966.", DocMeta("Ruth Calloway", kind="biography")),
        "chemist.txt": ("# Tilde Varga\n\nTilde Varga was a Hungarian chemist. Matilde Varga was born in Szeged in "
                        "1890. Varga moved to Berlin in 1912. Varga became a professor in Berlin in 1926.",
                        DocMeta("Tilde Varga", kind="biography")),
        "pilot.txt": ("# Edith Marlow\n\nEdith Marlow was a British pilot. Edith Rose Marlow was born in Leeds in 1902. "
                      "Marlow flew solo to Cape Town in 1930.", DocMeta("Edith Marlow", kind="biography")),
        "pianist.txt": ("# Clara Voss\n\nClara Voss was a German pianist who loved older music. Clara Schumann was "
                        "born in Leipzig in 1819. Voss first played her concerto in Dresden in 1911. Voss toured "
                        "Norway in 1920.", DocMeta("Clara Voss", kind="biography")),
        # a birth name the text gives as the title's person's middle name (judge 66: "Johann Mendel was born")
        "friar.txt": ("# Gregor Mendel\n\nGregor Johann Mendel was an Augustinian friar. Johann Mendel was born in "
                      "Heinzendorf in 1822. Mendel entered the abbey at Brünn in 1843.",
                      DocMeta("Gregor Mendel", kind="biography")),
        "monk.txt": ("# Anselm Vogt\n\nAnselm Peter Vogt was a Benedictine monk. Peter Vogt was born in Lindau in 1790. "
                     "Vogt entered the abbey at Ottobeuren in 1811.", DocMeta("Anselm Vogt", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "Gregor Mendel born in Heinzendorf" in prompts and "Anselm Vogt born in Lindau" in prompts, prompts
    assert "Ruth Calloway born in Boston" in prompts and "Tilde Varga born in Szeged" in prompts, prompts
    assert "Edith Marlow born in Leeds" in prompts, prompts
    assert not re.search(r"Ruth Ellen Marsh (?:was )?born|Matilde Varga|Edith Rose|Clara Voss born", prompts), prompts
    assert "Clara Schumann born in Leipzig" in prompts, prompts


def test_a_date_is_asked_of_the_first_predicate_without_the_one_it_does_not_date() -> None:
    """"Nintendo first launched its GameBoy console in 1989 and has dominated the market ever since": the
    year dates the launch; what follows ("ever since") needs the document, so the launch is asked alone, and
    an adverb between subject and verb goes with the verb ("did Nintendo first launch")."""
    texts = {
        "games.txt": ("# Handheld consoles\n\nSeveral firms make handheld consoles for children and adults. Kestrel "
                      "first launched its Pocketeer console in 1989 and has dominated the market ever since.",
                      DocMeta("Handheld consoles", kind="news", date="2004-11")),
        "radio.md": ("# Early radio\n\nGuglielmo Marconi was an Italian inventor who worked in England. Marconi "
                     "first sent a radio signal across the Atlantic in 1901 and was hailed around the world.",
                     DocMeta("Early radio", kind="history")),
        "laws.txt": ("# The corn laws\n\nThe corn laws taxed imported grain in Britain for decades. Parliament "
                     "formally repealed the Corn Laws in 1846 and split the Conservative Party.",
                     DocMeta("The corn laws", kind="history")),
        "jets.md": ("# Early jet fighters\n\nBritish engineers raced to build a jet fighter during the war. Rolls-Royce "
                    "engines powered the Gloster Meteor, which entered service with the Royal Air Force in July 1944 "
                    "and was used to shoot down flying bombs.", DocMeta("Early jet fighters", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert [p for p in prompts if p.endswith("Royal Air Force in July _____.")], prompts  # a blank, cut the same way
    assert "In which year did Kestrel first launch its Pocketeer console?" in prompts, prompts
    assert "In which year did Guglielmo Marconi first send a radio signal across the Atlantic?" in prompts, prompts
    assert "In which year did Parliament formally repeal the Corn Laws?" in prompts, prompts
    assert not [p for p in prompts if re.search(r"ever since|hailed|split the|shoot down", p)], prompts


def test_a_year_with_its_own_qualifier_is_not_moved_out_of_it() -> None:
    """"Liverpool received 300,000 arrivals in 1847 alone": asked "In which year …?", the qualifier is left
    stranded ("… arrivals alone?") and says something else; the year stays where it is, as a blank."""
    texts = {
        "famine.txt": ("# The famine years\n\nThe famine drove a million people from Ireland. Liverpool received around "
                       "300,000 Irish arrivals in 1847 alone.", DocMeta("The famine years", kind="history")),
        "rail.md": ("# Railway mania\n\nInvestors poured money into new lines across Britain. Parliament approved 272 "
                    "railway acts in 1846 alone.", DocMeta("Railway mania", kind="history")),
        "trade.txt": ("# The Dutch tea trade\n\nDutch ships carried tea from Canton to Amsterdam. The Dutch East "
                      "India Company imported three million pounds of tea in 1784 only.",
                      DocMeta("The Dutch tea trade", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"[a-z] (?:alone|only)\?", p)], prompts
    assert [p for p in prompts if re.search(r"_____ alone", p)], prompts


def test_a_market_leader_is_a_firm_not_a_person() -> None:
    """"leader" before a name marks a person ("the opposition leader Michael Howard"), but "market leader
    Nintendo" is a firm: typed a person, it could not own the "its" of "Nintendo first launched its console"."""
    gaz = build_gazetteer(["Market leader Nintendo, however, is releasing a console.",
                           "The industry leader Kestrel sold more phones.", "The world leader Voltaro cut jobs.",
                           "The opposition leader Michael Howard spoke.", "The party leader Tony Blair spoke."])
    people = {name for name, e in gaz.entities.items() if e.type == PERSON}
    assert {"Michael Howard", "Tony Blair"} <= people
    assert not people & {"Nintendo", "Kestrel", "Voltaro"}, people


def test_a_numeral_or_a_title_is_no_first_person() -> None:
    """"the UNIVAC I", "World War I", "Elizabeth I" and a song title ("I Still Haven't Found What I'm
    Looking For") are no speaker: their sentences are asked. A speaker's "I" is not."""
    texts = {
        "hopper.txt": ("# Computing pioneers\n\nComputers grew out of wartime work in several countries. In 1951 "
                       "Remington Rand delivered the UNIVAC I computer to the United States Census Bureau.",
                       DocMeta("Computing pioneers", kind="history")),
        "band.txt": ("# The band's best years\n\nThe band toured the world for a decade. In 1987 the album The Joshua "
                     "Tree reached number one with hits including I Still Haven't Found What I'm Looking For.",
                     DocMeta("The band's best years", kind="history")),
        "queen.md": ("# The Tudors\n\nThe Tudors ruled England for more than a century. Elizabeth I was crowned at "
                     "Westminster Abbey in January 1559.", DocMeta("The Tudors", kind="history")),
        "memoir.txt": ("# A sailor's memoir\n\nThe navy sent many young men to sea. In 1942 I joined the crew of the "
                       "destroyer Onslow at Scapa Flow.", DocMeta("A sailor's memoir", kind="biography")),
    }
    asked = {q.doc_key for q in generate(texts)}
    assert {"hopper.txt", "band.txt", "queen.md"} <= asked, asked
    assert "memoir.txt" not in asked


def test_a_monarch_named_once_with_his_number_is_asked_by_it() -> None:
    """"The league's conflict with King Valdemar IV of Denmark … In 1361 Valdemar captured Visby": several Danish
    kings were called Valdemar (judge 19 rejected the bare name), so the document's regnal form is asked."""
    texts = {
        "league.md": ("# The northern towns\n\nThe towns fought a long war with King Haakon VI of Norway over the "
                      "herring trade. Haakon was crowned in 1355 at Bergen. In 1368 Haakon besieged the port of "
                      "Visby. The Treaty of Stralsund was signed in 1370. Haakon made peace with the towns in 1376.",
                      DocMeta("The northern towns", kind="history")),
        "calendar.txt": ("# Calendars\n\nAstronomers had long known that the old calendar drifted. Pope Gregory XIII "
                         "asked the astronomer Christopher Clavius for a remedy. Gregory was elected in 1572. Gregory "
                         "introduced the Gregorian calendar in 1582. Gregory founded the Gregorian University in "
                         "1576. Gregory died in Rome in 1585.",
                         DocMeta("Calendars", kind="history")),
        # a prince of the church likewise (judge 29: "In which year did Adolph make Gutenberg a gentleman …?")
        "press.md": ("# Printing in Mainz\n\nIn 1462 Mainz was sacked by the troops of Archbishop Adolph II of "
                     "Nassau. In January 1465 Adolph made the printer Johannes Gutenberg a gentleman of his court.",
                     DocMeta("Printing in Mainz", kind="history")),
        # a title in lower case too, which the form leaves out (judge 70: "In which year did Mehmed die?")
        "walls.md": ("# The city walls\n\nIn 1453 the Ottoman sultan Mehmed II broke through the land walls. Mehmed "
                     "died near Gebze in 1481.", DocMeta("The city walls", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert re.search(r"did Mehmed II die near Gebze", prompts), prompts
    assert re.search(r"Haakon VI of Norway besiege", prompts), prompts
    assert re.search(r"Gregory XIII introduce", prompts), prompts
    assert not re.search(r"did Adolph make|_____ Adolph made", prompts), prompts  # the bare name is never asked


def test_a_bare_surname_takes_the_one_full_name_the_document_gives() -> None:
    """"Halley died in 1742" (judge 24), "Arensberg's collection went to …" (judge 54): the document names
    Edmond Halley and Walter Arensberg, and a player needs the first name.
    The full form is taken even where the gazetteer did not type the person, and where the surname also names a
    thing ("the Meridian Probe") when only a person can do what the sentence says (die, be born, marry). A surname
    the document also writes as a common word ("bright") is left alone."""
    texts = {
        "comet.html": ("# Meridian's Comet\n\nThe astronomer Tobias Meridian calculated the comet's orbit in 1705. "
                       "The Meridian Probe flew past the comet in 1986. Meridian died in 1742 at Greenwich.",
                       DocMeta("Meridian's Comet", kind="science")),
        "ship.txt": ("# The iron steamship\n\nThe ship was designed by Isambard Kingdom Brunel for the Atlantic route. "
                     "Brunel launched the Great Britain at Bristol in 1843. The ship carried passengers to Australia "
                     "for many years.", DocMeta("The iron steamship", kind="history")),
        "lamp.txt": ("# The arc lamp\n\nThe engineer Charles Tilston Bright lit the first bright arc lamps in Kent. "
                     "Bright lamps lit the Thames Embankment in 1878.", DocMeta("The arc lamp", kind="history")),
        "baby.md": ("# The Manchester Baby\n\nThe engineer Frederic Calland Williams built the first stored-program "
                    "computer. Williams moved to Manchester as professor of electrical engineering in 1946.",
                    DocMeta("The Manchester Baby", kind="history")),
        # four names: "James Leonard Brierley Smith", never "Leonard Brierley Smith" (judge 56)
        "fish.md": ("# The living fossil\n\nThe curator sent a sketch to the chemist James Leonard Brierley Smith in "
                    "Grahamstown. Smith published the book Old Fourlegs in 1956.", DocMeta("The living fossil", kind="science")),
        # a possessive surname: "Arensberg's collection" (judge 54)
        "collector.md": ("# Modern art in America\n\nThe collector Walter Arensberg bought modern art in New York from "
                         "1913. Arensberg's collection went to the Philadelphia Museum of Art in 1950.",
                         DocMeta("Modern art in America", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "Walter Arensberg's collection" in prompts, prompts
    assert "James Leonard Brierley Smith publish" in prompts, prompts
    assert "Tobias Meridian die" in prompts, prompts
    assert "Isambard Kingdom Brunel launch" in prompts, prompts
    assert "Frederic Calland Williams move" in prompts, prompts  # never "Calland Williams" (judge 34)
    assert "Charles Tilston Bright lamps" not in prompts, prompts


def test_a_judging_word_inside_a_name_asks_for_no_source() -> None:
    """"According to Tomasz Wierzbicki, in which year did the Great Eastern sail …?" (judge 24): "Great" names the
    ship, it judges nothing. A plain fact is asked without a source; a judgement keeps it."""
    texts = {
        "ship.txt": ("# The iron steamship\n\nIron ships changed ocean travel in the nineteenth century. The Great "
                     "Eastern sailed from Ireland in July 1865 with a new cable.", DocMeta("The iron steamship",
                                                                                           kind="history")),
        "fire.md": ("# London burns\n\nLondon was mostly built of timber. The Great Fire destroyed St Paul's Cathedral "
                    "in September 1666.", DocMeta("London burns", kind="history")),
        "dam.txt": ("# The high dam\n\nEgypt needed water for its farms. The engineer Adel Sabri finished the "
                    "remarkable Kalabsha Dam in 1970.", DocMeta("The high dam", kind="essay", author="Nadia Farouk")),
    }
    prompts = {q.doc_key: q.prompt for q in generate(texts)}
    assert not prompts["ship.txt"].startswith("According to"), prompts
    assert not prompts["fire.md"].startswith("According to"), prompts
    assert prompts["dam.txt"].startswith("According to Nadia Farouk"), prompts  # an essay's judgement


def test_a_judgement_the_prompt_leaves_out_asks_for_no_source() -> None:
    """"According to Judge26 Science Notes, in which year did the United States create the National Helium
    Reserve …?" (judge 26): the sentence's "mainly to supply airships" is cut from the question, so what is asked
    is a plain fact. Whether a question names its source follows the words it asks, not the whole sentence."""
    texts = {
        "gas.html": ("# Rare gases\n\nAirships needed a gas that would not burn. The United States created the "
                     "National Helium Reserve near Amarillo, Texas, in 1925, mainly to supply airships.",
                     DocMeta("Rare gases", author="Lab Notes")),
        "dam.txt": ("# The high dam\n\nEgypt needed water for its farms. The engineer Adel Sabri finished the "
                    "Kalabsha Dam in 1970, a remarkable achievement.", DocMeta("The high dam", kind="history",
                                                                                author="Nadia Farouk")),
        "port.md": ("# A harbour town\n\nThe town grew around its harbour. Governor Ellis Marr opened the Saltash "
                    "Docks in 1884, largely to serve the tin trade.", DocMeta("A harbour town", kind="history",
                                                                              author="Ruth Penrose")),
    }
    prompts = {q.doc_key: q.prompt for q in generate(texts) if q.kind == "when"}
    assert set(prompts) == set(texts), prompts
    assert not any(p.startswith("According to") for p in prompts.values()), prompts


def test_an_order_reveal_does_not_answer_another_question_of_the_same_thing() -> None:
    """Judge 24: an order question's reveal showed "The Congress of Angostura proclaimed the Republic of Colombia —
    December 1819" beside "In which year did Simón Bolívar open the Congress of Angostura?". A year an order
    question reveals is not asked again of the same named thing. Of two things one year answers, one is asked: the
    first reveal would answer the second (judge 62)."""
    texts = {
        "cable.md": ("# The Atlantic cable\n\nMerchants wanted a faster link to Europe. Cyrus Field raised new money in "
                     "London in March 1866. The Great Eastern landed the cable at Heart's Content in "
                     "July 1866. Queen Victoria sent a message to President Buchanan in August 1858.",
                     DocMeta("The Atlantic cable", kind="history")),
        "congress.md": ("# Angostura\n\nThe patriots met on the Orinoco. Francisco de Miranda signed the Act of "
                        "Independence in Caracas in 1811. The Congress of Angostura proclaimed the Republic of Colombia "
                        "in December 1819. Antonio José de Sucre won the Battle of Pichincha at Quito in 1822. The "
                        "patriots won the Battle of Ayacucho in Peru in 1824. Simón Bolívar opened the Congress of "
                        "Angostura in February 1819 with a long speech. Antonio José de Sucre entered Quito "
                        "in triumph in June 1822.", DocMeta("Angostura", kind="history")),
    }
    questions = generate_all(texts)
    orders = [q for q in questions if q.doc_key == "congress.md" and q.kind == "order"]
    assert orders and "Pichincha" in orders[0].explanation, questions
    assert not [q for q in questions if q.kind == "when" and re.search("Angostura|Sucre", q.prompt)], questions
    assert len([q for q in questions if q.doc_key == "cable.md" and q.answer == "1866"]) == 1, questions


def test_the_x_is_not_resolved_to_another_x_than_the_title_names() -> None:
    """Judge 25: "The treaty was signed on 7 June 1494." in "The Treaty of Tordesillas" became "In which year was
    the Treaty of Alcáçovas signed?" (1494, false: the document dates Alcáçovas 1479), the last treaty named
    before it. "The treaty" shares only its head noun with that treaty, not the title's name."""
    texts = {
        "treaty.txt": ("# The Treaty of Saragossa\n\nSpain and Portugal had divided the Atlantic in the Treaty of "
                       "Tordesillas in 1494. Both crowns then claimed the Moluccas, the spice islands.\n\n"
                       "The treaty was signed on 22 April 1529. Portugal paid Spain 350,000 ducats for the islands.",
                       DocMeta("The Treaty of Saragossa", kind="history")),
        "canal.md": ("# The Kiel Canal\n\nShips had to sail around Denmark to reach the Baltic. The Eider Canal had "
                     "opened in 1784 for small ships.\n\nThe canal was opened by Kaiser Wilhelm II in June 1895.",
                     DocMeta("The Kiel Canal", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "Tordesillas signed" not in prompts and "Eider Canal opened by" not in prompts, prompts


def test_a_hyphenated_given_name_stays_whole() -> None:
    """Judge 25: "In which year was François Champollion born in Figeac?" in a life titled "Jean-François Champollion
    and the Decipherment of Hieroglyphs": the title's name was read from the hyphen on."""
    texts = {
        "lamarck.md": ("# Jean-Baptiste Lamarck and evolution\n\nJean-Baptiste Lamarck was a French naturalist. "
                       "Lamarck was born in Bazentin in 1744. Jean-Baptiste moved to Paris in 1761. Lamarck published "
                       "his Philosophie Zoologique in 1809. Lamarck died in Paris in 1829.",
                       DocMeta("Jean-Baptiste Lamarck and evolution", kind="biography")),
        "curie.txt": ("# Marie-Louise Ravel and the radium clinics\n\nMarie-Louise Ravel was a French physician. Ravel "
                      "was born in Lyon in 1881. Ravel opened a radium clinic in Lyon in 1912. Ravel died in 1950.",
                      DocMeta("Marie-Louise Ravel and the radium clinics", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "Jean-Baptiste Lamarck born" in prompts and "Marie-Louise Ravel born" in prompts, prompts
    assert "Jean-Baptiste Lamarck move to Paris" in prompts, prompts  # the given name alone, in full
    assert not re.search(r"(?<!-)(?:Baptiste|Louise) (?:Lamarck|Ravel)", prompts), prompts



def test_a_thing_the_document_is_about_lends_no_first_word() -> None:
    """A subject's given name alone takes the full name ("Jean-Baptiste" → "Jean-Baptiste Lamarck"), but a thing's
    first word is no given name: "The two tubes lie …" in "The Gotthard Base Tunnel" must not become "The Gotthard
    Base Tunnel two tubes lie …" (the name finder had taken "Tunnel" for a surname)."""
    from bot.corpus.questions import Tally, _generator

    texts = {
        "tunnel.txt": ("# The Seelisberg Tunnel\n\nThe Seelisberg Tunnel runs under the Swiss Alps. The two tubes lie "
                       "about 40 metres apart.", DocMeta("The Seelisberg Tunnel", kind="report")),
        "life.txt": ("# Jean-Baptiste Lamarck\n\nJean-Baptiste Lamarck was a naturalist. Jean-Baptiste moved to Paris.",
                     DocMeta("Jean-Baptiste Lamarck", kind="biography")),
    }
    corpus = text_corpus(texts)
    gen = _generator(corpus.canonical, corpus.passages, corpus.events, Tally())
    assert "The" not in gen._full_names("tunnel.txt", "The Seelisberg Tunnel")
    assert gen._full_names("life.txt", "Jean-Baptiste Lamarck").get("Jean-Baptiste") == "Jean-Baptiste Lamarck"


def test_a_rank_the_prompt_defines_describes_no_one() -> None:
    """Judge 25: "Roger Federer became the first man since Mats Wilander to win three Grand Slams in one season"
    was dropped as a person described, not named ("the first man …"): the prompt names him and defines the rank."""
    texts = {
        "tennis.txt": ("# Federer's year\n\nThe Swiss player dominated the season. Roger Federer became the first man "
                       "since Mats Wilander to win three Grand Slams in one season in 2004.",
                       DocMeta("Federer's year", kind="news", date="2004-12")),
        "pilot.md": ("# Flying the Atlantic\n\nMany pilots tried to cross the ocean alone. Amelia Earhart became the "
                     "first woman to fly solo across the Atlantic in 1932.", DocMeta("Flying the Atlantic",
                                                                                  kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "the first man since Mats Wilander" in prompts and "the first woman to fly solo" in prompts, prompts


def test_he_after_a_sentence_about_another_man_is_not_the_subject_of_the_document() -> None:
    """"Lieutenant-Colonel Hubert-Joseph Henry admitted that he had forged a document that named Dreyfus. He was
    arrested and cut his own throat …" (judge 27) is about Henry: a sentence that opens on a titled name takes
    the reader's "He", though it names the document's subject later. The subject's own sentence still does."""
    texts = {
        "affair.txt": ("# The Dreyfus Affair\n\nAlfred Dreyfus was born in Mulhouse in 1859. Lieutenant-Colonel "
                       "Hubert-Joseph Henry admitted that he had forged a letter that named Dreyfus. He was arrested "
                       "and cut his own throat in his cell on 31 August 1898. Dreyfus returned to France in 1899. "
                       "He received the Legion of Honour in July 1906.", DocMeta("The Dreyfus Affair", kind="history")),
        "painter.txt": ("# Artemisia Gentileschi\n\nArtemisia Gentileschi was born in Rome in 1593. Cardinal "
                        "Jean-Paul Orsini bought a painting from the young Gentileschi in his palace. He was "
                        "exiled to Avignon in 1612. Gentileschi moved to Florence in 1613. She joined the Accademia "
                        "in 1616.", DocMeta("Artemisia Gentileschi", kind="biography")),
        "ship.txt": ("# Matthew Flinders\n\nMatthew Flinders was born in Donington in 1774. Captain Pierre-Louis "
                     "Bass sailed with Flinders through the strait between Tasmania and the mainland. He settled in "
                     "Sydney in 1799. Flinders married Ann Chappelle in 1801. He sailed the Investigator round "
                     "Australia in 1802.", DocMeta("Matthew Flinders", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert not re.search(r"Dreyfus (?:was arrested|cut)|Gentileschi (?:was )?exiled|Flinders settle", prompts), prompts
    assert re.search(r"Alfred Dreyfus receive", prompts), prompts
    assert re.search(r"Artemisia Gentileschi join", prompts), prompts


def test_a_common_word_opening_a_sentence_is_no_short_name_of_the_titles_thing() -> None:
    """"In which year was the Radium Girls discovered by Marie and Pierre Curie?" (judge 293): "Radium was discovered"
    took "Radium" for the short name of the title's "Radium Girls", as "Hubble was launched" is the Hubble Space
    Telescope's. A word the text also writes in lower case is a common word (the element, the fuel), not that name."""
    texts = {
        "radium.md": ("# The Radium Girls\n\nThe Radium Girls were young girls who painted watch dials with radium paint. "
                      "Radium was discovered by Marie and Pierre Curie in 1898.", DocMeta("The Radium Girls", kind="history")),
        "coal.md": ("# The Coal Barons\n\nThe Coal Barons were barons of industry who owned the mines of Pennsylvania, "
                    "where coal lay close to the surface. Coal was found at Pottsville by the hunter Necho Allen in 1790.",
                    DocMeta("The Coal Barons", kind="history")),
        "hubble.md": ("# The Hubble Space Telescope\n\nThe Hubble Space Telescope is a large space telescope in low Earth "
                      "orbit. Hubble was launched by the crew of the Space Shuttle Discovery in April 1990.",
                      DocMeta("The Hubble Space Telescope", kind="science")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert not re.search(r"the (?:Radium Girls|Coal Barons) (?:discovered|found)", prompts), prompts
    assert "was radium discovered" in prompts and "was coal found" in prompts, prompts
    assert "was the Hubble Space Telescope launched" in prompts, prompts


def test_a_structure_named_by_its_other_name_takes_no_heading() -> None:
    """"Kinzua Bridge: In which year did the Erie Railroad end service over the Kinzua Viaduct?" (judge 296): the prompt
    names the title's structure by its other name, and the heading named it twice. A bridge called a viaduct, a railway
    a railroad, in the title's own name words, takes no heading; another structure of that name still does."""
    texts = {
        "varn.md": ("# Varn Bridge\n\nThe Varn Bridge was a railway trestle in Pennsylvania. The Erie Railroad ended "
                    "service over the Varn Viaduct in 1959.", DocMeta("Varn Bridge", kind="engineering")),
        "kessel.md": ("# Kessel Railway\n\nThe Kessel Railway crossed the Andes. The Chilean government bought the Kessel "
                      "Railroad in 1910.", DocMeta("Kessel Railway", kind="history")),
        "lode.md": ("# Lode Bridge\n\nThe Lode Bridge carried the Erie Railroad over a gorge in Ohio. The Erie Railroad "
                    "bought the Lode Tunnel in 1905.", DocMeta("Lode Bridge", kind="engineering")),
    }
    prompts = {q.doc_key: q.prompt for q in generate(texts)}
    assert prompts["varn.md"] == "In which year did the Erie Railroad end service over the Varn Viaduct?", prompts
    assert prompts["kessel.md"] == "In which year did the Chilean government buy the Kessel Railroad?", prompts
    assert prompts["lode.md"] == "Lode Bridge: In which year did the Erie Railroad buy the Lode Tunnel?", prompts


def test_a_title_whose_head_comes_first_names_its_head_noun() -> None:
    """"In which year was the canal designated a UNESCO World Heritage Site?" (judge 290's "Canal du Midi") was dropped
    for want of which canal: a title's name whose head comes first ("Canal du Midi", "Siege of Valk", "Crater of
    Dzhurin") names "the <head>" as a title that ends on its head does ("the canal" of "The Panama Canal")."""
    texts = {
        "canal.md": ("# Canal du Midi\n\nThe Canal du Midi is a canal in southern France. Pierre-Paul Riquet began work "
                     "on the canal in 1667. The canal was designated a UNESCO World Heritage Site in 1996.",
                     DocMeta("Canal du Midi", kind="engineering")),
        "valk.md": ("# Siege of Valk\n\nThe Siege of Valk was a siege of the Dutch city of Valk by Spanish troops. William "
                    "of Orange broke the siege with a fleet of barges in October 1574.", DocMeta("Siege of Valk", kind="history")),
        "crater.md": ("# Crater of Dzhurin\n\nThe Crater of Dzhurin is an impact crater in Siberia. The geologist Leonid "
                      "Kulik mapped the crater in 1928.", DocMeta("Crater of Dzhurin", kind="science")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    for asked in ("work on the Canal du Midi", "was the Canal du Midi designated", "break the Siege of Valk",
                  "map the Crater of Dzhurin"):
        assert asked in prompts, prompts
    assert not re.search(r"\bthe (?:canal|siege|crater)\b", prompts), prompts


def test_a_noun_the_text_gave_with_a_named_complement_is_asked_with_it() -> None:
    """"Cook observed the transit at Tahiti" (judge 27) after "… to record the transit of Venus": the transit
    of what? A noun the sentences before gave with one named "of …" is asked in that fuller form."""
    texts = {
        "cook.txt": ("# James Cook\n\nJames Cook was born in Marton in 1728. The Royal Society wanted observers to "
                     "record the transit of Venus across the Sun. Cook observed the transit at Tahiti on 3 June "
                     "1769.", DocMeta("James Cook", kind="biography")),
        "leiden.txt": ("# The Dutch Revolt\n\nSpanish troops began the siege of Leiden in 1573. Food ran short "
                       "within months. William of Orange broke the siege with a fleet of barges in October 1574.",
                       DocMeta("The Dutch Revolt", kind="history")),
        "volcano.md": ("# A year without summer\n\nWeather records describe the eruption of Tambora in detail. "
                       "Ash fell across Java. Thomas Stamford Raffles described the eruption in a report in 1816.",
                       DocMeta("A year without summer", kind="science")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "the transit of Venus at Tahiti" in prompts, prompts
    assert "break the siege of Leiden" in prompts and "describe the eruption of Tambora" in prompts, prompts
    assert not re.search(r"the (?:transit|siege|eruption)\b(?! of)", prompts), prompts


def test_a_place_noun_after_a_place_the_sentence_names_takes_no_complement_from_before() -> None:
    """"… did the conservative government of Lucerne invite the Jesuits to take charge of higher education in the canton
    of Aargau?" (judge 353): the sentence before gave "the canton of Aargau", but this sentence's canton is its own
    Lucerne. A place noun after a place the sentence names is not completed from the sentences before; one whose
    sentence names no place still is."""
    texts = {
        "league.txt": ("# The Orr League\n\nIn 1841 the canton of Varn dissolved its monasteries, in breach of the "
                       "Federal Treaty.\n\nIn 1844 the conservative government of Kessel invited the Jesuits to take "
                       "charge of higher education in the canton.", DocMeta("The Orr League", kind="history")),
        "isle.txt": ("# Orr\n\nIn 1790 the mutineers landed on the island of Varnholm in the South Pacific.\n\nIn 1808 "
                     "the crew of the American ship Topaz reached the island.", DocMeta("Orr", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if "Jesuits" in p and "canton of Varn" in p], prompts
    assert [p for p in prompts if "Topaz reach the island of Varnholm" in p], prompts


def test_a_noun_that_qualifies_the_next_takes_no_complement() -> None:
    """"did Hans Sloane retire to the manor of Chelsea house in Chelsea?" (judge 286): "the manor of Chelsea" came
    before, and its complement was put after "the manor" of "the manor house", inside the compound."""
    texts = {
        "sloane.txt": ("# Hans Sloane\n\nHans Sloane was born in Killyleagh in 1660. In 1712 Sloane bought the manor "
                       "of Chelsea. In 1742 Sloane retired to the manor house in Chelsea, taking his collections with "
                       "him.", DocMeta("Hans Sloane", kind="biography")),
        "mine.txt": ("# The Falun copper mine\n\nMiners worked the mine of Falun for centuries. In 1687 the mine "
                     "shaft collapsed in a single afternoon.", DocMeta("The Falun copper mine", kind="history")),
        "lab.md": ("# Cold fusion\n\nThe chemists rented the laboratory of Brigham Young University. In 1989 the "
                   "chemists sealed the laboratory door with tape.", DocMeta("Cold fusion", kind="science")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert not re.search(r"the (?:manor|mine|laboratory) of [A-Z][\w ]*? (?:house|shaft|door)\b", prompts), prompts
    assert "buy the manor of Chelsea" in prompts, prompts  # the complement where it belongs


def test_what_follows_a_dated_title_event_gets_no_year_before_it() -> None:
    """"In which year did Voltaire write his 'Poem on the Lisbon Disaster'?" (judge 27) offered 1749, 1751 and
    1754 beside 1756, in "The Lisbon Earthquake of 1755": only the answer came after the disaster the poem is
    about. A sentence naming what a dated title dates, with a later year, gets no option before that year."""
    texts = {
        "storm.txt": ("# The Great Storm of 1703\n\nThe storm crossed southern England in November 1703. Daniel "
                      "Defoe published a book about the Great Storm in July 1704.",
                      DocMeta("The Great Storm of 1703", kind="history")),
        "leiden.txt": ("# The Siege of Leiden, 1574\n\nSpanish troops surrounded the city in 1573. William of "
                       "Orange founded Leiden University in February 1575.",
                       DocMeta("The Siege of Leiden, 1574", kind="history")),
        "quake.md": ("# The Lisbon Earthquake of 1755\n\nThe earthquake struck Lisbon on 1 November 1755. Voltaire "
                     "wrote his Poem on the Lisbon Disaster in 1756.",
                     DocMeta("The Lisbon Earthquake of 1755", kind="history")),
    }
    floors = {"storm.txt": 1703, "leiden.txt": 1574, "quake.md": 1755}
    asked = [q for q in generate(texts) if q.kind == "when" and int(q.answer) > floors[q.doc_key]]
    assert {q.doc_key for q in asked} == set(texts), [q.prompt for q in asked]
    for q in asked:
        assert all(int(d) >= floors[q.doc_key] for d in q.distractors), (q.prompt, q.distractors)


@pytest.mark.parametrize(
    ("title", "kind", "label"),
    [
        ("The Dreyfus Affair", "history", "The Dreyfus Affair"),
        ("Fridtjof Nansen: Explorer, Scientist and Humanitarian", "biography", "Fridtjof Nansen"),
        ("Nellie Bly, the reporter who went around the world", "biography", "Nellie Bly"),
        ("The Siege of Vienna, 1683", "history", "The Siege of Vienna"),
        ("The Lisbon Earthquake of 1755", "history", "The Lisbon Earthquake"),
        ("Wangari Maathai and the Green Belt Movement", "biography", "Wangari Maathai"),
        ("The Haber–Bosch Process", "science", "The Haber–Bosch Process"),
        ("How the Barcode Conquered the Checkout", "science", "The Barcode"),  # the thing of a thesis
        ("How the Railway Changed Time", "history", "The Railway"),
        ("How the Structure of DNA Was Found", "science", "The Structure of DNA"),  # a passive thesis
        ("How the Suez Canal Was Built", "history", "The Suez Canal"),
        ("How Cities Grow", "science", None),  # no thing named
        ("Why the Sky Is Blue", "science", None),
        ("The building of the Panama Canal", "paper", None),  # a phrase about the canal
        ("Slovakia seal Hopman Cup success", "news", None),  # a headline
        ("Kessel Dam", "opinion", None),  # an opinion's title is its thesis
        ("Experience and Enlightenment of New International Relations between China and Russia", "paper", None),
        # a teaser word before the colon names nothing; the subtitle may (judge 65: "Corpuscles:")
        ("Corpuscles: J. J. Thomson and the Discovery of the Electron", "science", "J. J. Thomson"),
        ("Longitude: The Harrison Chronometers", "history", "The Harrison Chronometers"),
        ("Eruption: The Year Without a Summer", "history", None),
        ("Krakatoa: The Day the World Exploded", "history", "Krakatoa"),  # a name before the colon stays
    ],
)
def test_a_documents_name_is_read_from_a_title_that_is_one(title: str, kind: str, label: str | None) -> None:
    from bot.corpus.referents import title_label

    assert title_label(title, kind) == label


def test_a_question_that_does_not_name_its_documents_subject_is_headed_by_it() -> None:
    """"In which year did the Court of Cassation quash the Rennes verdict …?" (judge 27) never says it is about
    Dreyfus; "Earthquakes are common; in January _____ …" (judge 26) never says where. A question whose words
    do not name what its document is about is headed by the document's name, as a quiz master heads a round:
    "The Dreyfus Affair: In which year …?". One that names it, or whose options share the name, is not."""
    texts = {
        "affair.txt": ("# The Dreyfus Affair\n\nAlfred Dreyfus was born in Mulhouse in 1859. On 12 July 1906 the "
                       "Court of Cassation quashed the Rennes verdict.", DocMeta("The Dreyfus Affair", kind="history")),
        "lake.md": ("# Lake Baikal\n\nLake Baikal lies in southern Siberia. In January 1862 the Tsagan earthquake "
                    "sank part of the Selenga delta.", DocMeta("Lake Baikal", kind="science")),
        "cook.txt": ("# James Cook\n\nJames Cook was a British navigator who charted the Pacific. James Cook was born "
                     "in Marton in 1728. HMS Endeavour reached the Downs in July 1771.",
                     DocMeta("James Cook", kind="biography")),
        "story.txt": ("Ferry strike ends after talks\n\nThe Seaway Union called off its strike in March 2005 after "
                      "talks in Dover.", DocMeta("Ferry strike ends after talks", kind="news", date="2005-03")),
        "fire.md": ("# The Great Chicago Fire\n\nChicago was built of wood. In 1997 the Chicago City Council passed a "
                    "resolution that cleared Catherine O'Leary of blame.", DocMeta("The Great Chicago Fire", kind="history")),
        "plague.txt": ("# The Black Death\n\nTrade linked the ports of the Mediterranean. In October 1347 twelve "
                       "Genoese galleys put into the harbour of Messina in Sicily.",
                       DocMeta("The Black Death", kind="history")),
    }
    prompts = {q.prompt for q in generate(texts) if q.kind == "when"}
    assert "The Dreyfus Affair: In which year did the Court of Cassation quash the Rennes verdict?" in prompts, prompts
    assert any(p.startswith("Lake Baikal: ") and "Tsagan" in p for p in prompts), prompts
    assert any(p.startswith("James Cook: ") and "Endeavour" in p for p in prompts), prompts
    # "Chicago" alone does not name the Great Chicago Fire: the name's head ("Fire") does
    assert any(p.startswith("The Great Chicago Fire: ") and "Catherine O'Leary" in p for p in prompts), prompts
    # the subject already named, or a headline: no heading
    assert "In which year was Alfred Dreyfus born in Mulhouse?" in prompts, prompts
    assert "In which year was the British navigator James Cook born in Marton?" in prompts, prompts  # a common name
    assert not [p for p in prompts if p.startswith("Ferry strike")], prompts
    # a heading that dates the question ("The Black Death": 1347) is left off
    assert [p for p in prompts if "Genoese galleys" in p], prompts
    assert not [p for p in prompts if p.startswith("The Black Death")], prompts


def test_a_title_name_with_a_particle_is_the_documents_person() -> None:
    """"In which year did Humboldt die in Berlin?" (judge 26): the document, titled "Alexander von Humboldt", also
    names his brother Wilhelm von Humboldt. A title's name with a particle ("von", "de") is the document's
    person, so its surname alone and its pronoun are asked by that name."""
    texts = {
        "humboldt.txt": ("# Alexander von Humboldt\n\nAlexander von Humboldt was born in Berlin in 1769. His brother "
                         "Wilhelm von Humboldt founded a university in 1810. Humboldt died in Berlin in May 1859.",
                         DocMeta("Alexander von Humboldt", kind="biography")),
        "lesseps.txt": ("# Ferdinand de Lesseps\n\nFerdinand de Lesseps was born in Versailles in 1805. His son "
                        "Charles de Lesseps ran the company. Lesseps died at La Chesnaye in December 1894.",
                        DocMeta("Ferdinand de Lesseps", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "Alexander von Humboldt die in Berlin" in prompts, prompts
    assert "Ferdinand de Lesseps die at La Chesnaye" in prompts, prompts
    assert not re.search(r"did (?:Humboldt|Lesseps) die", prompts), prompts


def test_a_news_storys_present_tense_makes_no_year_cloze() -> None:
    """"Queen have played with many different singers since Mercury's death in _____ but have reportedly not
    toured" (judge 28) was true the day the story ran, not after. A news story's present or present perfect,
    kept whole by a cloze, makes no question; a history's present ("The canal is 82 km long") is lasting."""
    texts = {
        "band.txt": ("Queen plan a tour\n\nQueen have played with many different singers since Freddie Mercury's "
                     "death in 1991 but have not toured.", DocMeta("Queen plan a tour", kind="news", date="2005-01")),
        "club.txt": ("Rovers keep faith\n\nRovers are unbeaten at home since their promotion in 2003, the club "
                     "says.", DocMeta("Rovers keep faith", kind="news", date="2005-01")),
        "canal.txt": ("# The Kiel Canal\n\nThe Kiel Canal links the North Sea and the Baltic. Ships have used the "
                      "Kiel Canal since its opening in 1895.", DocMeta("The Kiel Canal", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "Mercury" in p or "Rovers" in p], prompts
    assert [p for p in prompts if "Kiel Canal" in p], prompts


def test_a_year_inside_a_comparison_is_not_the_sentences_own() -> None:
    """"In which year did Roger Federer become the first man since Mats Wilander to win three Grand Slams in one
    season?" answered 1988, Wilander's year (the story was of 2004). A year in "since <name> in", "than <name>
    in" dates the one compared with, so it makes no question of the sentence's subject."""
    texts = {
        "tennis.txt": ("Federer joins the greats\n\nRoger Federer became the first man since Mats Wilander in 1988 to "
                       "win three Grand Slams in one season.", DocMeta("Federer joins the greats", kind="news",
                                                                       date="2004-12")),
        "jump.txt": ("# Long jump\n\nMike Powell jumped further than Bob Beamon in 1968 when he set the record at "
                     "Tokyo.", DocMeta("Long jump", kind="history")),
        "gold.txt": ("# Swimming\n\nMark Spitz won seven gold medals at Munich, a record unmatched since Spitz in "
                     "September 1972 until Michael Phelps.", DocMeta("Swimming", kind="history")),
    }
    answers = {q.answer for q in generate(texts) if q.kind == "when"}
    assert not answers & {"1988", "1968", "1972"}, answers


def test_a_one_word_name_is_not_filled_out_from_another_mans_given_name() -> None:
    """"William had his own reasons to come. … He assembled a fleet …" became "Archbishop William assembled a
    fleet" (judge 29): "Archbishop William Sancroft", another man, was taken for William's fuller name. A fuller
    form must end with the name it fills out."""
    texts = {
        "revolution.md": ("# The Glorious Revolution\n\nIn 1688 Archbishop William Sancroft petitioned against the "
                          "order. William had his own reasons to come. He assembled a fleet of 460 ships in October "
                          "1688.", DocMeta("The Glorious Revolution", kind="history")),
        "reform.txt": ("# The English Reformation\n\nIn 1533 Bishop Thomas Cranmer annulled the marriage. Thomas "
                       "had served the king for years. He was executed on Tower Hill in July 1540.",
                       DocMeta("The English Reformation", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert not re.search(r"Archbishop William (?!Sancroft)|Bishop Thomas (?!Cranmer)", prompts), prompts


def test_a_year_given_as_a_bound_makes_no_question() -> None:
    """"By which year was Johannes Gutenberg back in Mainz?" (judge 29): "by 1448" is a bound, so 1445 and 1447
    may be true too. A year after "by" is asked neither as "By which year …?" nor as a blank."""
    texts = {
        "press.md": ("# The printing press\n\nJohannes Gutenberg was born in Mainz in 1400. Johannes Gutenberg was back "
                     "in Mainz by 1448.", DocMeta("The printing press", kind="history")),
        "phones.txt": ("# Mobile phones\n\nNokia launched the Mobira Cityman in 1987. Nokia had overtaken Motorola as "
                       "the largest maker of mobile phones by 1998.", DocMeta("Mobile phones", kind="history")),
        "rail.txt": ("# Railways in Yorkshire\n\nThe Leeds and Selby Railway opened in 1834. By 1850 the York and "
                     "North Midland Railway had reached Leeds.", DocMeta("Railways in Yorkshire", kind="history")),
    }
    when = [q for q in generate(texts) if q.kind == "when"]
    assert not [q.prompt for q in when if q.answer in ("1448", "1998", "1850")], [q.prompt for q in when]
    assert {q.answer for q in when} >= {"1400", "1987"}, [q.prompt for q in when]


def test_a_two_letter_surname_is_the_documents_person_too() -> None:
    """"In which year did Wu die of a stroke in New York City?" (judge 30) in a life of Chien-Shiung Wu: a
    surname of two letters ("Wu", "Li", "Vo") takes the subject's full name like any other, while a two-letter
    word that is no known surname ("It", "In") is left alone."""
    texts = {
        "li.txt": ("# Ruolan Li\n\nRuolan Li was born in Suzhou in 1921. Li joined the Academy of Sciences in 1955. "
                   "Li died in Beijing in 1998.", DocMeta("Ruolan Li", kind="biography")),
        "vo.md": ("# Minh Vo\n\nMinh Vo was born in Hue in 1930. Vo opened a clinic in Saigon in 1961. It closed in "
                  "1975. Vo died in Paris in 2004.", DocMeta("Minh Vo", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "Ruolan Li die in Beijing" in prompts and "Minh Vo die in Paris" in prompts, prompts
    assert not re.search(r"did (?:Li|Vo) ", prompts), prompts


def test_a_rank_of_its_day_is_not_carried_into_a_later_sentence() -> None:
    """"In which year did Lieutenant William Bligh die in London as a vice-admiral?" (judge 31): the document
    gave him his rank of 1787, and "He died … in 1817" took it. A pronoun's person is named without a rank or an
    office, which are of their day; a king keeps his title."""
    texts = {
        "bounty.md": ("# The Bounty\n\nCommand went to Lieutenant William Bligh, then 33 years old. Bligh was later "
                      "governor of New South Wales. He died in London in 1817 as a vice-admiral.",
                      DocMeta("The Bounty", kind="history")),
        "senate.txt": ("# The canal fight\n\nThe bill was written by Senator John Tyler Morgan of Alabama. Morgan "
                       "spoke against the Panama route for years. He died in Washington in June 1907.",
                       DocMeta("The canal fight", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "William Bligh die in London" in prompts, prompts
    assert not re.search(r"(?:Lieutenant|Senator) (?:William Bligh|John Tyler Morgan) die", prompts), prompts


def test_a_fronted_participle_stays_out_of_a_year_question() -> None:
    """"Freed from amateur rules, Thorpe signed with the Giants in _____." leans on the sentence before it
    (judge 32): the year is asked of the clause after the participle, by the person's full name."""
    texts = {
        "thorpe.txt": ("# Jim Thorpe\n\nJim Thorpe was born in Oklahoma in 1887.\n\nFreed from amateur rules, Thorpe "
                       "signed with the New York Giants baseball team in 1913.", DocMeta("Jim Thorpe", kind="biography")),
        "seacole.txt": ("# Ada Brenner\n\nAda Brenner was born in Graz in 1851.\n\nBorn into a family of glassmakers, "
                        "Brenner opened a school of design in Vienna in 1884.", DocMeta("Ada Brenner", kind="biography")),
        "ship.txt": ("# The Arctic Star\n\nThe Arctic Star was launched at Leith in 1898.\n\nDriven south by pack ice, "
                     "the Arctic Star reached Hammerfest in 1903.", DocMeta("The Arctic Star", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert "In which year did Jim Thorpe sign with the New York Giants baseball team?" in prompts, prompts
    assert "In which year did Ada Brenner open a school of design in Vienna?" in prompts, prompts
    assert [p for p in prompts if p.startswith("In which year did the Arctic Star reach Hammerfest")], prompts
    assert not [p for p in prompts if re.search(r"\b(?:Freed|Born into|Driven)\b", p)], prompts


def test_a_possessive_in_a_life_names_its_person() -> None:
    """"In which year did the Postal Service issue a stamp in her honour?" under the heading "Wilma Rudolph"
    leaves the prompt leaning on its heading: the pronoun takes the person's name. A "his" in a life
    written of a woman is someone else's, and stays as it is."""
    texts = {
        "rudolph.txt": ("# Wilma Rudolph\n\nWilma Rudolph was born in Tennessee in 1940. In 1960 she won three gold "
                        "medals in Rome.\n\nIn 2004 the United States Postal Service issued a stamp in her honour.",
                        DocMeta("Wilma Rudolph", kind="biography")),
        "okafor.txt": ("# Samuel Okafor\n\nSamuel Okafor was born in Onitsha in 1902. He trained as an engineer in "
                       "Glasgow, and he designed the Niger bridge.\n\nIn 1975 the University of Lagos founded a chair "
                       "of engineering in his memory.", DocMeta("Samuel Okafor", kind="biography")),
        "lind.txt": ("# Sofia Lind\n\nSofia Lind was born in Uppsala in 1881. She taught at the girls' school, and "
                     "she wrote for the Uppsala press.\n\nIn 1950 the Swedish Academy published his letters to her.",
                     DocMeta("Sofia Lind", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert [p for p in prompts if "in Wilma Rudolph's honour" in p], prompts
    assert [p for p in prompts if "in Samuel Okafor's memory" in p], prompts
    assert not [p for p in prompts if "Sofia Lind's letters" in p], prompts
    assert not [p for p in prompts if re.search(r"\b(?:her honour|his memory)\b", p)], prompts


@pytest.mark.parametrize(("prompt", "leans"), [
    # a link to the sentence before, with or without commas
    ("In which year did the United States nevertheless ban CFCs in most aerosol sprays?", True),
    ("The board therefore closed the Hamburg office in _____.", True),
    ("In which year did the company instead build a plant in Lyon?", True),
    ("In which year did Norway's state railway use oil instead of coal on the Oslo line?", False),
    # a pronoun after a fronted description of the one it stands for
    ("One of the few Blair-era ministers to serve under Jim Callaghan, he was given the agriculture portfolio in _____.",
     True),
    ("According to BBC News, a former pupil of Nadia Boulanger, she wrote the score for Vertigo in _____.", True),
    ("The son of a Leipzig printer, he opened his own press in Weimar in _____.", True),
    ("The son of a Leipzig printer, Karl Weiss opened his own press in Weimar in _____.", False),
    # "one" standing for a noun of the sentence before
    ("In December _____ a fisherman named Ahamadi Abdallah caught one off the island of Anjouan.", True),
    ("In which year did Karl Weiss find one in the Leipzig archive?", True),
    ("In which year did Karl Weiss win one match at Wimbledon?", False),
    ("In which year did Karl Weiss print one million copies of the Bible?", False),
    # "other" than the ones the sentence before named
    ("According to BBC News, in which year did Icann approve seven other new domains?", True),
    ("In which year did Weiss print the Bible in four other German towns?", True),
    # … but after "and", other than what the "and" joins it to (judge 167)
    ("In which year did Karl Weiss and 40 other printers found the Leipzig guild?", False),
    ("In which year did Las Casas have the Short Account and several other treatises printed in Seville?", False),
    ("In which year did Karl Weiss print the Bible in Leipzig and other German towns?", False),
    # a following without what it followed (judge 168)
    ("In which year did full religious freedom follow with the Declaration of the Rights of Man?", True),
    ("In which year did the Kessel guild follow suit?", True),
    ("In which year did Napoleon follow the retreating army to Moscow?", False),
    # a subject counted from a first one the sentence before named
    ("A second trial, to Barbados in _____, confirmed its accuracy.", True),
    ("In which year was a second statue unveiled in St Peter's Square?", True),
    ("A second colony was founded farther south than Jamestown in _____.", True),
    # a comparison with what the sentence before said
    ("In which year did Wolfgang Pauli propose a different answer in an open letter to a meeting in Tübingen?", True),
    ("In _____ Karl Weiss chose a different route over the Alps.", True),
    ("In which year did Karl Weiss print a different edition from the Mainz one?", False),
    ("In which year did Karl Weiss print the Bible in three different sizes?", False),
    ("In which year did Karl Weiss open a second press in Weimar?", False),
    ("In which year did Karl Weiss win a second Olympic gold medal?", False),
])
def test_a_link_or_a_described_pronoun_leans_on_the_sentence_before(prompt: str, leans: bool) -> None:
    """"In which year did the United States nevertheless ban CFCs?" and "One of the few ministers to serve under
    Callaghan, he was given …" (judge 33): the first answers a sentence the reader has not seen, the second
    names only someone the description mentions."""
    assert (leans_on_context(prompt, persons={"Jim", "Callaghan", "Nadia", "Boulanger", "Karl", "Weiss"}) is not None) is leans


def test_a_present_tense_after_and_is_left_out_of_a_year_question() -> None:
    """"In which year did the purpose-built Vasa Museum open and receives more than a million visitors?"
    (judge 33): the predicate the year dates is asked alone, without the present-tense one joined to it."""
    texts = {
        "vasa.txt": ("# The Vasa\n\nThe purpose-built Vasa Museum opened in Stockholm in 1990 and receives more than a "
                     "million visitors a year.", DocMeta("The Vasa", kind="history")),
        "kiel.txt": ("# The Kiel Canal\n\nThe Holtenau lighthouse was completed in 1895 and houses a small chapel.",
                     DocMeta("The Kiel Canal", kind="history")),
        "mine.txt": ("# Falun\n\nThe Falun copper mine closed in 1992 and remains a World Heritage Site.",
                     DocMeta("The Falun mine", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert len(prompts) == 3, prompts
    assert not [p for p in prompts if re.search(r"\band (?:receives|houses|remains)\b", p)], prompts


def test_a_linking_opener_is_left_out_and_the_fact_asked() -> None:
    """"Instead, Eastwood took his second Oscar …", "However, the Senate rejected …": the link says nothing of
    the fact, so the question is asked without it (issue 10 part 1); a sentence whose next word is a pronoun
    ("But in 1983, he took …") still leans on the one before, and is not asked."""
    texts = {
        "versailles.txt": ("# The Treaty of Versailles\n\nWilson signed the treaty in Paris. However, the United States "
                           "Senate rejected the Treaty of Versailles in November 1919.",
                           DocMeta("The Treaty of Versailles", kind="history")),
        "kiel.txt": ("# The Kiel Canal\n\nThe first plans came to nothing. Instead, the Eider Canal opened between Kiel "
                     "and Tönning in 1784.", DocMeta("The Kiel Canal", kind="history")),
        "brown.txt": ("# Gordon Brown\n\nGordon Brown lost his first election. But in 1983, he took Dunfermline East.",
                      DocMeta("Gordon Brown", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "Senate reject the Treaty of Versailles" in p], prompts
    assert [p for p in prompts if "Eider Canal open" in p], prompts
    assert not [p for p in prompts if re.search(r"\b(?:However|Instead|Dunfermline)\b", p)], prompts


def test_a_cut_never_splits_a_pair_or_a_series() -> None:
    """"… a matter of luck: both Adams." and "required brick or stone, set limits on the number of storeys." (the
    series lost its ", and widened some streets"): a sentence cut before "and" is asked only when the cut
    leaves a whole clause."""
    texts = {
        "neptune.txt": ("# Neptune\n\nThe prediction of 1846 was partly a matter of luck: both Adams and Le Verrier "
                        "assumed a planet farther out, and their orbits matched in the 1840s.",
                        DocMeta("How Neptune was found", kind="science")),
        "fire.txt": ("# The Great Fire\n\nThe Rebuilding Act of 1667 required houses of brick, set limits on the number "
                     "of storeys, and widened some streets.", DocMeta("The Great Fire", kind="history")),
        "bridge.txt": ("# The Forth Bridge\n\nThe engineers tested the steel in 1883, painted the girders red, and "
                       "opened the bridge in 1890.", DocMeta("The Forth Bridge", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"both Adams\.|storeys\.$|girders red\.$|steel\.$", p)], prompts


def test_a_month_beside_a_number_blank_still_needs_its_year() -> None:
    """"On a monthly basis the US trade gap narrowed by _____ in December": the blank is a figure, not the year
    December needs (judge 33's "figures for November")."""
    texts = {
        "trade.txt": ("However, on a monthly basis the US trade gap narrowed by 4.9% in December to $56.4bn.",
                      DocMeta("US trade gap hits record", kind="news", date="2005-02-10")),
        "rail.txt": ("Passenger numbers on the Glasgow line rose by 12% in March to 1.2 million.",
                     DocMeta("Glasgow rail boom", kind="history", date="2011-05-01")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "number"]
    assert not [p for p in prompts if re.search(r"\bin (?:December|March)\b(?! \d{4})", p)], prompts


def test_a_long_aside_on_who_led_it_stays_out_of_the_subject() -> None:
    """"In 2005 the Antikythera Mechanism Research Project, led by Mike Edmunds and Tony Freeth of Cardiff University
    with Greek colleagues …, examined the 82 surviving fragments" made no question: the aside about who led,
    built or funded the subject is left out, and the year asked of the clause."""
    texts = {
        "antikythera.txt": ("# The Antikythera mechanism\n\nIn 2005 the Antikythera Mechanism Research Project, led by "
                            "Mike Edmunds and Tony Freeth of Cardiff University with Greek colleagues including Xenophon "
                            "Moussas and Yanis Bitsakis, examined the 82 surviving fragments with new methods.",
                            DocMeta("The Antikythera mechanism", kind="science")),
        "survey.txt": ("# The Great Trigonometrical Survey\n\nThe Great Trigonometrical Survey, directed by William Lambton "
                       "and later by George Everest and Andrew Scott Waugh of the Bengal Engineers, measured the "
                       "height of Peak XV in 1852.", DocMeta("The Great Trigonometrical Survey", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year did the Antikythera Mechanism Research Project examine the 82 surviving fragments with new " \
           "methods?" in prompts, prompts
    assert [p for p in prompts if p.startswith("In which year did the Great Trigonometrical Survey measure")], prompts
    assert not [p for p in prompts if "led by" in p or "directed by" in p], prompts


def test_a_heading_stands_before_a_part_of_the_name_alone() -> None:
    """"In which year was the original Baby dismantled?" (judge 34): "Baby" alone does not say which Baby, so the
    question is headed by "The Manchester Baby"; a life's subject named by the surname alone needs no heading."""
    texts = {
        "baby.md": ("# The Manchester Baby\n\nThe Manchester Baby ran its first program in June 1948. The original Baby "
                    "was dismantled in 1949 to make way for its successors.", DocMeta("The Manchester Baby",
                                                                                    kind="history")),
        "bridge.md": ("# The Brooklyn Bridge\n\nThe Brooklyn Bridge opened in May 1883. The old Bridge was strengthened "
                      "with new steel cables in 1950.", DocMeta("The Brooklyn Bridge", kind="history")),
        "owens.md": ("# Jesse Owens\n\nJesse Owens was born in Alabama in 1913. Owens won four gold medals in Berlin in "
                     "1936.", DocMeta("Jesse Owens", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert [p for p in prompts if p.startswith("The Manchester Baby: ") and "original Baby" in p], prompts
    assert [p for p in prompts if p.startswith("The Brooklyn Bridge: ") and "old Bridge" in p], prompts
    assert not [p for p in prompts if p.startswith("Jesse Owens:")], prompts


@pytest.mark.parametrize(("subject", "lowered"), [
    ("Rebuilding began under the Halifax Relief Commission", "rebuilding began"),
    ("Mining resumed at Falun", "mining resumed"),
    ("Darling Harbour was rebuilt", "Darling Harbour was"),
    ("Sterling Moss won the race", "Sterling Moss"),
])
def test_a_verbs_ing_form_opening_a_subject_is_a_common_word(subject: str, lowered: str) -> None:
    """"In which year did Rebuilding begin under the Halifax Relief Commission?" (judge 36): a gerund is lowered
    inside a question like any common word; a name that ends in -ing is not."""
    assert lower_first(subject, set()).startswith(lowered)


def test_a_nationality_in_a_name_is_no_referent_for_he() -> None:
    """"Under the English punishment known as peine forte et dure, he was pressed …" (judge 35): where the corpus
    also names a person with "English" in it, the word still names nobody the pronoun can stand for."""
    texts = {
        "salem.md": ("# The Salem trials\n\nGiles Corey, a farmer in his eighties, refused to enter a plea. Under the "
                     "English punishment known as peine forte et dure, he was pressed under heavy stones and died on "
                     "19 September 1692.", DocMeta("The Salem trials", kind="history")),
        "channel.md": ("# The Channel swimmers\n\nThe swimmer Mercedes English Gleitze crossed the Channel in October "
                       "1927. Under the Dutch flag, he sailed from Texel in 1650.", DocMeta("Channel swimmers",
                                                                                        kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"\bhe (?:was|sailed)\b", p)], prompts


def test_a_life_is_named_by_its_full_name_not_a_given_or_a_birth_name() -> None:
    """"In which year did Emmeline help to found the Women's Franchise League?" and "In which year was Emmeline
    Goulden born in Moss Side?" in a life of Emmeline Pankhurst (judge 38), "Katherine Coleman" in a life of
    Katherine Johnson (judge 34): the subject's given name alone is named in full, and a prompt that names her
    only by another surname (her birth name) stands under the life's name."""
    texts = {
        "harwood.md": ("# Emmeline Harwood\n\nEmmeline Goulden was born in Moss Side, Manchester, in 1858. Emmeline "
                       "Goulden married the barrister Richard Harwood in 1879. In 1889 Emmeline helped to found the "
                       "Women's Franchise League in London. Emmeline Harwood died in London in 1928.",
                       DocMeta("Emmeline Harwood", kind="biography")),
        "painter.txt": ("Frida Solano was born in Coyoacán in 1907. Frida married the muralist Diego Marquez in 1929. "
                        "Frida's sister Cristina Solano moved to Coyoacán in 1935. Frida Solano died in 1954.",
                        DocMeta("Frida Solano", kind="biography")),
        "nasa.txt": ("Katherine Coleman was born in White Sulphur Springs in 1918. Katherine Coleman married James Goble "
                     "in 1939. Katherine Goble joined the Langley laboratory in 1953. Katherine Goble Johnson died in "
                     "2020.", DocMeta("Katherine Goble Johnson", kind="biography")),
    }
    prompts = {q.answer: q.prompt for q in generate(texts) if q.kind == "when"}
    assert prompts["1889"] == "In which year did Emmeline Harwood help to found the Women's Franchise League in London?"
    assert prompts["1935"] == "In which year did Frida Solano's sister Cristina Solano move to Coyoacán?"
    assert prompts["1858"].startswith("Emmeline Harwood: "), prompts
    assert prompts["1918"].startswith("Katherine Goble Johnson: "), prompts
    assert not prompts["2020"].startswith("Katherine Goble Johnson: "), prompts  # her full name needs no heading

    # a relative who shares the given name is not the subject ("her mother Mary" in a life of Mary Anning)
    assert _given_name_in_full("In which year did her mother Mary open a shop?", "Mary Anning") == \
        "In which year did her mother Mary open a shop?"
    assert _given_name_in_full("In which year did Mary open a shop in Lyme?", "Mary Anning") == \
        "In which year did Mary Anning open a shop in Lyme?"
    # a nickname in quotes is the name in full already ('Elizabeth "Bessie Coleman" Coleman', judge 56)
    for quoted in ('In which year was Elizabeth "Bessie" Coleman born in Atlanta?',
                   "In which year was Edward “Duke” Ellington born in Washington?"):
        assert _given_name_in_full(quoted, "Bessie Coleman") == quoted
        assert _given_name_in_full(quoted, "Duke Ellington") == quoted


def test_a_name_with_a_bracketed_part_is_not_cut_at_its_bracket() -> None:
    """"In which year did Parliament pass the Prisoners?" from "In 1913 Parliament passed the Prisoners (Temporary
    Discharge for Ill-Health) Act, known as the Cat and Mouse Act" (judge 38): a cut at the bracket halves the
    name. A bracket after a whole name ("Lae (New Guinea)") is no such name."""
    texts = {
        "vote.txt": ("In 1913 Parliament passed the Prisoners (Temporary Discharge for Ill-Health) Act, known as the "
                     "Cat and Mouse Act. In 1928 Parliament passed the Representation of the People (Equal Franchise) "
                     "Act at Westminster. In 1918 Parliament passed the Representation of the People Act at "
                     "Westminster.", DocMeta("Votes for women in Britain", kind="history")),
        "flight.txt": ("Amelia Earhart and Fred Noonan reached Lae (New Guinea) on 29 June 1937 after a flight from "
                       "Darwin.", DocMeta("The last flight", kind="history")),
        "pank.txt": ("Emmeline Harwood led the suffragettes in London from 1903. In 1913 Parliament passed the "
                     "Prisoners (Temporary Discharge for Ill-Health) Act, known as the Cat and Mouse Act, which allowed "
                     "hunger strikers to be released.", DocMeta("Emmeline Harwood", kind="biography")),
    }
    made = generate(texts)
    labels = [o for q in made if q.kind == "order" for o in (q.answer, *q.distractors)]
    assert not [o for o in labels if o.endswith(("Prisoners", "People"))], labels
    prompts = [q.prompt for q in made if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"(?:Prisoners|People)\?$|Discharge|Franchise", p)], prompts
    assert any("Representation of the People Act" in p for p in prompts), prompts
    assert any("Lae" in p for p in prompts), prompts


def test_a_second_name_after_and_is_no_second_clause_to_cut_at() -> None:
    """"Elizabeth Blackwell set up a practice in London and in _____ helped Sophia Jex-Blake." from "… helped Sophia
    Jex-Blake and Elizabeth Garrett Anderson to found the London School of Medicine for Women, where she became
    professor … in 1875" (judge 40): the "and" joins two names of one object, so the sentence is not cut there and
    asks nothing. An "and" before a clause with its own verb, or after a comma, is still a cut."""
    texts = {
        "doc.txt": ("Mary Ellery set up a practice in Leeds and in 1874 helped Sophia Carr and Ellen Gale to found the "
                    "Leeds School of Medicine, where she became professor of surgery in 1875.",
                    DocMeta("Mary Ellery", kind="biography")),
        "voy.txt": ("Voyager 1 flew past Jupiter in March 1979 and Voyager 2 flew past Neptune in August 1989.",
                    DocMeta("The Voyagers", kind="science")),
        "chem.txt": ("In 1908 Ernest Rutherford won the Nobel Prize in Chemistry and Thomas Royds showed in 1909 that "
                     "alpha particles are helium nuclei.", DocMeta("Helium", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "Sophia Carr" in p], prompts
    assert "In which year did Voyager 1 fly past Jupiter?" in prompts
    assert any("Ernest Rutherford win the Nobel Prize in Chemistry?" in p for p in prompts), prompts


def test_a_fill_in_is_not_padded_with_a_clause_its_year_does_not_date() -> None:
    """"Oscillation is only possible if neutrinos have mass, and Takaaki Kajita … shared the Nobel Prize in Physics
    in _____." and "Elizabeth Blackwell wrote widely on hygiene …, and published her autobiography … in _____."
    (judge 40): the year dates only what follows the join. A join before a fronted date ("…, and in _____ he
    underwent two operations", judge 35; "…, but in _____ a serious car accident broke both his arms", judge 34)
    leaves the date with its own clause, so that fill-in stays."""
    texts = {
        "nu.txt": ("Oscillation is only possible if neutrinos have mass, and Takaaki Kajita of Super-Kamiokande and "
                   "Arthur McDonald of Sudbury shared the Nobel Prize in Physics in 2015.",
                   DocMeta("The Neutrino", kind="science")),
        "bw.txt": ("Elizabeth Blackwell wrote widely on hygiene, moral reform and medical education, and published her "
                   "autobiography, Pioneer Work in Opening the Medical Profession to Women, in 1895.",
                   DocMeta("Elizabeth Blackwell", kind="biography")),
        "tp.txt": ("Wei was executed in turn, and the able Shi Dakai, the Wing King, left Tianjing in 1857 with a large "
                   "army.", DocMeta("The Taiping Rebellion", kind="history")),
        "morel.txt": ("Jacques Morel hoped to become a naval aviator, but in 1936 a serious car accident broke both his "
                      "arms.", DocMeta("Jacques Morel", kind="biography")),
    }
    prompts = {q.doc_key: q.prompt for q in generate(texts) if q.kind == "when"}
    assert not [p for p in prompts.values() if re.search(r"(?:,\s+(?:and|but)|;)\s+(?:[A-Z]|the\s|[a-z]+ed\b)[^?]*_____",
                                                         p)], prompts
    assert "morel.txt" in prompts, prompts


def test_a_person_who_began_or_stopped_without_saying_what_is_not_asked() -> None:
    """"The Discovery of Neptune: James Challis began on 29 July _____." (judge 55): began what? The search
    the sentence before asked of him. A person's bare start, end or pause leans on that sentence; an event's
    own start ("The siege began …") and a start with its object ("began her studies") are asked."""
    texts = {
        "neptune.txt": ("# Neptune\n\nGeorge Airy asked James Challis to search the sky for the new planet in July 1846. "
                        "James Challis began on 29 July 1846. Johann Galle found the planet in Berlin on 23 September 1846.",
                        DocMeta("The search for Neptune", kind="science", date="2021")),
        "painter.txt": ("# Berthe Moreau\n\nThe Salon commissioned a ceiling from Berthe Moreau in 1881. Berthe Moreau "
                        "started in March 1882. Berthe Moreau finished in 1885 and showed the sketches in Lyon in 1886.",
                        DocMeta("Berthe Moreau", kind="biography", date="2015")),
        "siege.txt": ("# The Siege of Corvo\n\nThe Siege of Corvo began on 18 May 1571. Admiral Paolo Venier began "
                      "the bombardment of Fort San Lio in June 1571.", DocMeta("The Siege of Corvo", kind="history", date="1999")),
    }
    prompts = [q.prompt for q in generate(texts)]
    bare = re.compile(r"(?:Challis|Moreau) (?:began|started|finished)(?: on| in)|did (?:James Challis|Berthe Moreau) "
                      r"(?:begin|start|finish)\?")
    assert not [p for p in prompts if bare.search(p)], prompts
    assert any("Siege of Corvo begin" in p or "Siege of Corvo began" in p or "Venier begin the bombardment" in p
               for p in prompts), prompts


def test_a_title_inside_a_run_of_capitals_is_no_part_of_the_name() -> None:
    """"the Holy Roman Emperor Charles V", later "Charles was born in Ghent in 1500" (judge 131): "Holy Roman Emperor
    Charles" is no full form of "Charles", so the bare given name is not asked as if it named someone; a title and
    what qualifies it ("Prime Minister", "Holy Roman Emperor") are left out of a full name."""
    from bot.corpus.entities import full_names

    names = full_names(["the Holy Roman Emperor Charles V ruled, and Prime Minister Tony Blair spoke. "
                        "The Grand Duke Nikolai Nikolaevich arrived."])
    assert "Holy Roman Emperor Charles" not in names.get("Charles", set()), names
    assert names["Blair"] == {"Tony Blair"}, names
    texts = {"comuneros.txt": ("# The Comuneros\n\nThe revolt was against the young King Charles I, better known as the "
                               "Holy Roman Emperor Charles V.\n\nCharles was born in Ghent in 1500 and grew up in the "
                               "Low Countries.", DocMeta("The Comuneros", kind="history"))}
    assert not [q.prompt for q in generate(texts) if "Charles born" in q.prompt]


def test_an_office_that_goes_on_with_of_is_no_part_of_the_name_after_it() -> None:
    """"… signed in New York by Lansing and the Danish minister …" (judge 278), beside "Secretary of State Robert Lansing":
    the run of capitals after "of" was "State Robert Lansing", no person's full form, so "Lansing" stayed bare. The last
    word of an office that goes on with "of" ("Secretary of State", "Chancellor of the Exchequer", "Governor of
    Virginia") is no part of the name after it; the name, and the question, are the person's."""
    from bot.corpus.entities import full_names

    names = full_names(["Secretary of State Robert Lansing wrote. The Chancellor of the Exchequer Gordon Brown spoke. "
                        "The Governor of Virginia Thomas Jefferson replied."])
    assert names["Lansing"] == {"Robert Lansing"} and names["Brown"] == {"Gordon Brown"}, names
    assert names["Jefferson"] == {"Thomas Jefferson"}, names
    texts = {
        "islands.md": ("# The sale of the Varn Islands\n\nThe Varn Islands were a Danish colony in the Caribbean. Secretary "
                       "of State Robert Kessel warned that the United States might occupy the islands.\n\nThe treaty of "
                       "cession was signed in New York on 4 August 1916 by Kessel and the Danish minister to the United "
                       "States, Piet Lode.", DocMeta("The sale of the Varn Islands", kind="history")),
        "budget.md": ("# The Lode budget\n\nThe Lode budget was a British tax plan. The Chancellor of the Exchequer Tomas "
                      "Brel wrote it with his officials.\n\nThe budget was passed by the House of Commons in April 1909 "
                      "after Brel and the Prime Minister had fought for it for a year.",
                      DocMeta("The Lode budget", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("by Robert Kessel and the Danish minister" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"(?<!Robert )Kessel|(?<!Tomas )Brel", p)], prompts


def test_a_full_name_after_an_owners_possessive_is_the_persons() -> None:
    """"Manchester City's Paul Bosvelt will find out …" then "Bosvelt joined City from Feyenoord in 2003" (a BBC
    story): the possessive ends the club's name, so "Paul Bosvelt" is the player's full name and the question
    names him in full; so for a company's chief or a band's singer."""
    from bot.corpus.entities import full_names
    text = ("Manchester City's Paul Bosvelt will find out within a month. Chelsea's Jose Mourinho was fined. "
            "Rolls-Royce's John Rose stepped down. Sinead O'Connor sang in Dublin.")
    names = full_names([text])
    assert names["Bosvelt"] == {"Paul Bosvelt"} and names["Mourinho"] == {"Jose Mourinho"}
    assert names["Rose"] == {"John Rose"}
    texts = {"city.txt": ("Manchester City's Paul Bosvelt will find out within a month whether he will be offered a new "
                          "deal. Bosvelt joined City from Feyenoord in 2003.",
                          DocMeta("Bosvelt waits on deal", author="BBC News", kind="news", date="2005-02-01"))}
    prompts = [q.prompt for q in generate(texts)]
    assert any("Paul Bosvelt join" in p for p in prompts) and not any(" Bosvelt join" in p and "Paul" not in p
                                                                      for p in prompts), prompts


def test_a_year_after_a_semicolon_dates_the_next_clause_not_this_one() -> None:
    """"He was buried in Vienna; in 1891 his remains were moved to Budapest" (judge 57) was asked as "In which year
    was Ignaz Semmelweis buried in Vienna?" with 1891: a false answer. The year dates the clause it stands in."""
    texts = {
        "doctor.md": ("# Ignaz Semmelweis\n\nIgnaz Semmelweis died in an asylum in Döbling in 1865. Ignaz Semmelweis was "
                      "buried in Vienna; in 1891 his remains were moved to Budapest.",
                      DocMeta("Ignaz Semmelweis", kind="biography")),
        "poet.md": ("# Adam Mickiewicz\n\nAdam Mickiewicz died in Constantinople in 1855. Adam Mickiewicz was buried in "
                    "Montmorency; in 1890 his body was taken to Kraków.", DocMeta("Adam Mickiewicz", kind="biography")),
    }
    prompts = {q.prompt: q.answer for q in generate(texts)}
    wrong = [p for p, answer in prompts.items() if answer in ("1891", "1890") and re.search(r"\bbe buried|was \w+ \w+ buried", p)
             and p.startswith("In which year")]
    assert not wrong, wrong


def test_an_act_the_document_gives_in_two_years_is_not_asked_by_year() -> None:
    """The Great Eastern left Valentia in 1865 and again in 1866 (judge 57): "In which year did the Great Eastern
    leave Valentia?" has two true answers (a question that says which time, "to collect ferns", has one). An act done once ("became an American citizen") beside another act of
    the same person and verb ("became a star") is asked."""
    texts = {
        "cable.md": ("# The Atlantic cable\n\nThe steamship Great Eastern left Valentia on 23 July 1865. The cable "
                     "broke in mid-ocean in August 1865. The Great Eastern left Valentia again on 13 July 1866.",
                     DocMeta("The Atlantic cable", kind="history")),
        "singer.md": ("# Lena Marsh\n\nLena Marsh was born in Vienna in 1914. Lena Marsh became a star of the Berlin "
                      "stage in 1933. Lena Marsh became an American citizen in 1953.",
                      DocMeta("Lena Marsh", kind="biography")),
        "botanist.md": ("# Karl Vogt\n\nKarl Vogt visited the island of Madeira in 1851. Karl Vogt married Anna Roth in "
                        "Basel in 1855. Karl Vogt visited the island of Madeira again in 1859. Karl Vogt died in Geneva in 1895.",
                        DocMeta("Karl Vogt", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"leave Valentia\?|visit the island of Madeira\?", p)], prompts
    assert any("Lena Marsh become an American citizen" in p for p in prompts), prompts


def test_every_bare_surname_in_a_question_is_the_documents_full_name_or_no_question() -> None:
    """"Lise Meitner and Hahn", "Lamarr and Antheil", "Franklin … joined King's" (judges 52 and 54): a player needs
    Otto Hahn's given name too. A surname after "of" ("Earl of Lovelace") or a word of no one's name ("the Museum
    of Art" beside "Modern Art") is left alone, and a surname three people share ("Roebling", judge 58) makes no
    question."""
    texts = {
        "fission.md": ("# Lise Meitner\n\nLise Meitner was born in Vienna in 1878. The chemist Otto Hahn met Lise Meitner "
                       "in Berlin in 1907. Lise Meitner and Hahn announced the discovery of protactinium in 1918.",
                       DocMeta("Lise Meitner", kind="biography")),
        "ada.md": ("# Ada Lovelace\n\nAda Lovelace married William King in 1835. William King was created Earl of "
                   "Lovelace in 1838.", DocMeta("Ada Lovelace", kind="biography")),
        "humboldt.md": ("# Alexander von Humboldt\n\nFriedrich Wilhelm Heinrich Alexander von Humboldt was born in Berlin "
                        "in 1769. Alexander von Humboldt sailed for Venezuela in 1799. Alexander von Humboldt died in "
                        "Berlin in 1859.", DocMeta("Alexander von Humboldt", kind="biography")),
        "bridge.md": ("# The East River bridge\n\nJohn Roebling designed the bridge in 1867. Washington Roebling took "
                      "over the works in 1869. Emily Roebling carried his orders to the site from 1872. Roebling died at "
                      "Trenton in 1926.", DocMeta("The East River bridge", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert any("Lise Meitner and Otto Hahn announce" in p for p in prompts), prompts
    assert any("created Earl of Lovelace" in p for p in prompts), prompts
    assert any("did Alexander von Humboldt die" in p for p in prompts), prompts  # a given name before "von" stays
    assert not [p for p in prompts if re.search(r"(?<![A-Z][a-z] )Roebling die", p)], prompts
    # a field a chair is "of" is no person's full name (judge 64: "the Nobel Prize in Experimental Physics")
    fields = {
        "lab.md": ("# The Cavendish\n\nArthur Schuster became Professor of Experimental Physics at Manchester in "
                   "1888. Robert Millikan received the Nobel Prize in Physics in 1923.",
                   DocMeta("The Cavendish", kind="history")),
        "chair.md": ("# The Oxford historians\n\nEdward Freeman was appointed Regius Professor of Modern History in "
                     "1884. Edith Lane won the Wolfson Prize in History in 1976.",
                     DocMeta("The Oxford historians", kind="history")),
    }
    # a place after "in" or "at" is no surname, whoever bears its name (judge 75: "died at Kabasa in Mwongo Matamba")
    fields["queen.md"] = ("# Queen Nzinga\n\nNzinga captured the queen Mwongo Matamba in 1631. Nzinga died peacefully "
                          "at Kabasa in Matamba in 1663.", DocMeta("Queen Nzinga", kind="biography"))
    prompts = [q.prompt for q in generate(fields)]
    assert any(p.endswith("at Kabasa in Matamba?") for p in prompts), prompts
    assert any("the Nobel Prize in Physics?" in p for p in prompts), prompts
    assert any("the Wolfson Prize in History?" in p for p in prompts), prompts



def test_a_given_name_with_accents_is_a_given_name_too() -> None:
    """"Jean-François Champollion" and his brother "Jacques Champollion" (judge 65): the accented name was not read
    as a name, so a bare "Champollion" took the brother's. A surname two people share, whatever their letters, makes
    no question, unless the title names one of them by initials; one with an accented given name is named in
    full."""
    texts = {
        "casas.md": ("# Painters of Barcelona\n\nThe Prado hired Ramón Casas in 1901. His cousin Jordi Casas ran the "
                     "family textile firm. Casas painted the Moulin de la Galette in Paris in 1890.",
                     DocMeta("Painters of Barcelona", kind="history")),
        "rosetta.md": ("# The Rosetta Stone\n\nJean-François Champollion studied the stone's Greek text in Grenoble. "
                       "His brother Jacques Champollion paid for his books. Champollion read the royal names on the "
                       "stone in September 1822.", DocMeta("The Rosetta Stone", kind="history")),
        "zatopek.md": ("# Distance running\n\nEmil Zátopek trained in the army at Milovice. Zátopek set a world "
                       "record for 10,000 metres at Turku in 1949.", DocMeta("Distance running", kind="history")),
        # the one a title names by initials is meant, not the son (judge 65's "J. J. Thomson")
        "thomson.md": ("# Corpuscles: J. J. Thomson and the electron\n\nJoseph John Thomson was born in Manchester in "
                       "1856. His son George Paget Thomson shared a Nobel Prize in 1937. Thomson died in Cambridge in "
                       "1940.", DocMeta("Corpuscles: J. J. Thomson and the electron", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"Jordi Casas paint|Jacques Champollion read", p)], prompts
    assert any("Emil Zátopek set a world record" in p for p in prompts), prompts
    assert any("Joseph John Thomson die in Cambridge" in p for p in prompts), prompts


def test_a_family_name_written_first_is_named_in_full_or_makes_no_question() -> None:
    """Chinese and Korean names put the family name first: "Jang" stands for "Jang Yeong-sil", and a player needs the
    given name after it ("In which year did Jang complete the Jagyeongnu?", judge 61). When the document names several
    people of that family ("Hong Xiuquan", "Hong Rengan", "Hong Tianguifu"), "Hong's cousin" is no one a player can
    place, so no question."""
    texts = {
        "clock.md": ("# Water clocks of Joseon\n\nThe king appointed Jang Yeong-sil to the court workshop in 1423. "
                     "Jang completed the Jagyeongnu in 1434. Jang also designed a rain gauge in 1441.",
                     DocMeta("Water clocks of Joseon", kind="history")),
        "ming.md": ("# The Song scholar\n\nThe court hired Shen Kuo as an astronomer in 1072. Shen published "
                    "the Dream Pool Essays in 1088. Shen retired to a garden estate at Runzhou in 1090.",
                    DocMeta("The Song scholar", kind="history")),
        "taiping.md": ("# The Heavenly Kingdom\n\nHong Xiuquan founded the God Worshipping Society in 1843. Hong Rengan "
                       "reached Nanjing in 1859. Hong Tianguifu became king in 1864. Hong's cousin took charge of "
                       "foreign affairs in 1859. Hong's son was executed at Nanchang in 1864.",
                       DocMeta("The Heavenly Kingdom", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert any("did Jang Yeong-sil complete the Jagyeongnu" in p for p in prompts), prompts
    assert any("did Shen Kuo publish the Dream Pool Essays" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"\b(?:Jang|Shen) (?!Yeong-sil|Kuo)[a-z]", p)], prompts
    assert not [p for p in prompts if "Hong's" in p], prompts
    # a place the text is in is no family name, though a longer name starts with it (judge 64)
    places = {
        "clara.md": ("# Clara Wieck\n\nClara Wieck was born in Leipzig in 1819. Clara Wieck first played at the Leipzig "
                     "Gewandhaus in 1828.", DocMeta("Clara Wieck", kind="biography")),
        "mill.md": ("# Ada Brook\n\nAda Brook was born in Halifax in 1850. Ada Brook joined the Halifax Mechanics "
                    "in 1870.", DocMeta("Ada Brook", kind="biography")),
        # nor the first word of an institution's name (judge 71: "La Jolla, California Institute")
        "pauling.md": ("# Linus Pauling\n\nLinus Pauling joined the California Institute of Technology in 1927. In "
                       "1967 Linus Pauling moved to La Jolla, California.", DocMeta("Linus Pauling", kind="biography")),
    }
    prompts = [q.prompt for q in generate(places)]
    assert not [p for p in prompts if re.search(r"born in (?:Leipzig|Halifax) [A-Z]", p)], prompts
    assert any("born in Leipzig?" in p for p in prompts), prompts
    assert any(p.endswith("La Jolla, California?") for p in prompts), prompts


def test_he_after_a_sentence_about_a_lone_name_is_not_someone_named_further_back() -> None:
    """"Toussaint himself was lured to a meeting … He died in a cold cell at the Fort de Joux" (judge 59) was asked as
    "Charles Leclerc died in a cold cell …": a false fact. The gazetteer did not know "Toussaint" as a person, so the
    "He" was looked for two sentences back. A sentence that opens on a lone name is about that name: no one else."""
    texts = {
        "haiti.md": ("# The revolution in the colony\n\nIn 1801 the emperor sent an army under General Jean Marot. "
                     "Several of Toussaint's generals surrendered in March 1802. Toussaint himself was arrested in "
                     "June 1802 and shipped to France. He died in a cold cell at the Fort de Joux in April 1803.",
                     DocMeta("The revolution in the colony", kind="history")),
        "mill.md": ("# The mill strike\n\nThe owners hired Arthur Penhale as manager in 1890. The weavers walked out "
                    "in May 1891. Tregear herself was arrested at the gate in June 1891. She died in Bodmin gaol in "
                    "1893.", DocMeta("The mill strike", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"Marot die|Marot died|Penhale die", p)], prompts


def test_two_dated_subjects_sharing_one_verb_are_not_cut_into_a_clause() -> None:
    """"The Higgs mechanism became central to physics when Steven Weinberg in _____." (judge 63): the sentence's
    two dates belong to two subjects of one verb ("when Steven Weinberg in 1967 and Abdus Salam in 1968 used it"),
    so cutting at "and" leaves a clause with no verb. A cut that keeps its verb still makes a question."""
    texts = {
        "higgs.md": ("# The Higgs mechanism\n\nThe mechanism became central to physics when Steven Weinberg in 1967 "
                     "and Abdus Salam in 1968 used it in a unified theory.", DocMeta("The Higgs mechanism", kind="science")),
        "flight.md": ("# Early aviation in France\n\nFlying became popular in France when Louis Blériot in 1909 and "
                      "Roland Garros in 1913 crossed the sea.", DocMeta("Early aviation in France", kind="history")),
        "model.md": ("# The Standard Model\n\nThe Standard Model took shape when Sheldon Glashow in 1961 and Peter "
                     "Higgs in 1964 published papers.", DocMeta("The Standard Model", kind="science")),
        "voyager.md": ("# Voyager 1\n\nVoyager 1 flew past Jupiter in March 1979 and past Saturn in November 1980.",
                       DocMeta("Voyager 1", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"(?:Weinberg|Blériot|Glashow) in _____", p)], prompts
    assert any("Jupiter" in p for p in prompts), prompts


def test_a_year_that_dates_an_event_the_sentence_only_names_is_not_its_acts() -> None:
    """"The committee found the BBC had succeeded … following the collapse of ITV Digital in 2002." (judge 64) was
    asked as the year of the committee's finding. The year dates the collapse, which a trailing phrase only names, a
    name's adjective before its noun or not ("after the Ottoman conquest of Constantinople": judge 191); so does "with
    Mr Brown's pledge in 2001" (judge 143), whose year dates the pledge, not the contrast."""
    texts = {
        "bbc.txt": ("The Public Accounts Committee found the BBC had ensured free access to digital channels "
                    "following the collapse of ITV Digital in 2002.", DocMeta("BBC praised", kind="history")),
        "mill.md": ("# The Lorne mills\n\nThe Carrow Town Council built a stone weir at Carrow following the collapse "
                    "of the Elk Fork Dam in 1889.", DocMeta("The Lorne mills", kind="history")),
        "port.md": ("# Harbour trade\n\nGreek merchants opened an office in Varna after the opening of the Suez Canal "
                    "in 1869.", DocMeta("Harbour trade", kind="history")),
        # ... with a name's adjective before the event's noun (judge 191: "The bazaar began soon after the Ottoman conquest
        # of Constantinople on 29 May 1453" was asked as the bazaar's year)
        "market.md": ("# The Varna market\n\nThe Varna market began soon after the Russian occupation of Varna on 10 "
                      "July 1828.", DocMeta("The Varna market", kind="history")),
        "school.md": ("# The Oran school\n\nThe Lycée of Oran opened shortly after the French capture of Oran in "
                      "January 1831.", DocMeta("The Oran school", kind="history")),
        "paper.md": ("# The Tromsø paper\n\nThe Tromsø Tidende closed after the German invasion of Norway in April 1940.",
                     DocMeta("The Tromsø paper", kind="history")),
        # a possessive's event too (judge 69: "After Venn's death in _____ the mood … changed")
        "society.md": ("# The mission society\n\nAfter Henry Venn's death in 1873 the Church Missionary Society sent few "
                       "bishops to Lagos.", DocMeta("The mission society", kind="history")),
        # and someone's pledge or decision that the act answers (judge 143: "He contrasted his approach with Mr Brown's
        # pledge in 2001", said in 2005)
        "tax.md": ("# Tax row\n\nThe Liberal leader Ann Corr contrasted her approach with Mr Varn's pledge in 2001 not to "
                   "raise income tax.", DocMeta("Tax row", kind="history")),
        "mine.md": ("# The Kessel mine\n\nThe miners' union at Kessel protested against Lord Ellery's decision in 1926 to "
                    "cut wages by a fifth.", DocMeta("The Kessel mine", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert prompts == [], prompts


def test_a_year_after_a_possessive_pronouns_event_dates_that_event() -> None:
    """"In which year did Annie Jump Cannon continue working at the Harvard College Observatory after her formal
    retirement?" (judge 266): "in 1940" dated her retirement, and she worked on after it. A year after "after her
    retirement", "before his return", "following their merger" dates that event, not the sentence's act; the same
    lives' acts dated in their own clauses are still asked."""
    texts = {
        "cannon.md": ("# Edith Marle\n\nEdith Marle was an American astronomer. In 1896 Edith Marle joined the Harvard "
                      "College Observatory as an assistant.\n\nEdith Marle continued working at the observatory after "
                      "her formal retirement in 1940.", DocMeta("Edith Marle", kind="biography")),
        "lorentz.md": ("# Hendrik Aalst\n\nHendrik Aalst was a Dutch physicist. In 1878 Hendrik Aalst became professor "
                       "of physics at Leiden.\n\nHendrik Aalst went on lecturing at Leiden after his official retirement "
                       "in 1912.", DocMeta("Hendrik Aalst", kind="science")),
        "firm.md": ("# The Kessel Steel Company\n\nThe Kessel Steel Company opened its first mill at Varn in 1871.\n\nThe "
                    "Kessel Steel Company kept its name and its board after their merger in 1998.",
                    DocMeta("The Kessel Steel Company", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"continue working|go on lecturing|keep its name", p)], prompts
    for asked in ("Edith Marle join the Harvard College Observatory", "Hendrik Aalst become professor",
                  "The Kessel Steel Company open its first mill"):
        assert any(asked.lower() in p.lower() for p in prompts), (asked, prompts)


def test_a_person_the_gazetteer_does_not_know_but_the_document_names_in_full_is_a_person() -> None:
    """"In which year was Mohandas Karamchand Gandhi released?" (judge 64): the gazetteer did not type Gandhi, so
    the rule for a person released without "from what" did not fire. Someone the document names in full and
    gives a life's verb ("was born", "died") is a person in its prompts; a firm's name ("Velta Ab") is not."""
    texts = {
        "salt.md": ("# The Salt March\n\nThe march to Dandi was led by Mohandas Karamchand Gandhi in 1930. Gandhi "
                    "was born in Porbandar in 1869. Gandhi was arrested at Dandi in May 1930. In January 1931 Gandhi "
                    "was released.", DocMeta("The Salt March", kind="history")),
        "lena.md": ("# The Kessel strike\n\nThe strike at the Kessel mills was led by Lena Marta Varga in 1912. Varga "
                    "was born in Kessel in 1890. Varga was jailed at Pest in May 1912. In March 1914 Varga was "
                    "released.", DocMeta("The Kessel strike", kind="history")),
        "velta.txt": ("# Velta\n\nThe brothers Karl and Otto Lind registered Velta Ab in Turku in 1871. In 1990 the "
                      "Finnish firm Velta sold its paper mills to Stora.", DocMeta("Velta", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "released" in p], prompts
    assert any("Velta sell its paper mills" in p for p in prompts), prompts  # "Velta" owns its "its"


def test_a_surname_in_a_things_title_is_the_man_when_he_acts_or_dies() -> None:
    """"In which year did the Cavendish Experiment die in London?" (judge 66): in a document titled "The Cavendish
    Experiment", a bare "Cavendish" that dies, writes or enclosed a balance is a man the text names (Henry, or his
    cousin William: then no question), not the experiment. "Hubble was launched" in a document on the telescope is
    still the telescope."""
    texts = {
        "weigh.md": ("# The Cavendish Experiment\n\nThe experiment weighed the Earth. Henry Cavendish was a shy "
                     "chemist. His cousin William Cavendish was a duke. Cavendish enclosed the balance in a wooden case in 1797. Cavendish died in London in "
                     "1810.",
                     DocMeta("The Cavendish Experiment", kind="science")),
        "drop.md": ("# The Foucault Pendulum\n\nThe pendulum showed the Earth turning. Léon Foucault trained as a doctor. His uncle Jean Foucault sold "
                    "cloth. Foucault hung a bob from the dome of the Panthéon in 1851. Foucault died in Paris in 1868.", DocMeta("The Foucault Pendulum", kind="science")),
        "scope.md": ("# The Hubble Space Telescope\n\nThe telescope carries a 2.4-metre mirror. Hubble was launched from "
                     "Florida in 1990.", DocMeta("The Hubble Space Telescope", kind="science")),
        # born, too, is a man's (judge 71: "was keeling born", where father and son are both Keelings)
        "curve.md": ("# The Keeling Curve\n\nThe curve records carbon dioxide at Mauna Loa. Charles David Keeling began "
                     "the record in 1958. His son Ralph Keeling took it over. Keeling was born in Scranton in 1928. "
                     "The oceanographer Roger Revelle invited Keeling to the Scripps Institution in 1956.",
                     DocMeta("The Keeling Curve", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"(?:Cavendish|Foucault|Keeling)(?: Experiment| Pendulum| Curve)? "
                                                r"(?:die|enclose|hang|born)|invite Keeling", p, re.IGNORECASE)], \
        prompts  # a man two people's surname names, a thing's name as a verb's object: no question
    assert any("Hubble Space Telescope launched" in p for p in prompts), prompts


def test_a_bare_surname_is_named_in_full_after_an_opening_preposition_or_makes_no_question() -> None:
    """"After Venn's death" (judge 69): the sentence's capitalised first word was taken for part of the name, so
    "Venn" stayed bare. "Lucas and David Walliams" (judge 69): "Matt" is an English word too, so "Lucas" was left
    bare beside a full name, which reads as a slip: no question."""
    texts = {
        "canal.md": ("# The canal\n\nGamal Abdel Nasser became president in 1954. Under Nasser's rule Egypt "
                     "nationalised the Suez Canal Company in 1956.", DocMeta("The canal", kind="history")),
        "mission.md": ("# The mission press\n\nHenry Venn became secretary of the society in 1841. During Venn's "
                       "secretaryship the society printed a Yoruba grammar in 1852.", DocMeta("The mission press",
                                                                                           kind="history")),
        "comedy.md": ("# The comedians\n\nMatt Lucas and David Walliams wrote sketches for radio. Lucas and Walliams won "
                      "a Bafta award for Little Britain in 2004.", DocMeta("The comedians", kind="history")),
        # the bare one after the full name too
        "duo.md": ("# The double act\n\nMatt Lucas met David Walliams in 1990. In 2003 David Walliams and Lucas "
                   "filmed the first series of Little Britain.", DocMeta("The double act", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert any("Under Gamal Abdel Nasser's rule" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"(?:Under|During) (?:Nasser|Venn)'s", p)], prompts
    assert not [p for p in prompts if re.search(r"(?<!Matt )Lucas\b", p)], prompts  # never a bare "Lucas"


def test_a_given_name_known_by_its_place_is_named_with_it() -> None:
    """"In which year was Eric proclaimed king of Norway?" (judge 69): the text calls him "Eric of Pomerania" and
    Norway had other Erics. A bare given name the document writes once with "of <place>" takes it; a name already
    in full is not named twice, and two people of one given name ("Catherine of Aragon", "Catherine of Valois")
    make no question."""
    texts = {
        "union.md": ("# The northern union\n\nMargaret chose her great-nephew Eric of Pomerania as heir. Eric was "
                     "proclaimed king of Norway in 1389. Eric was crowned at Kalmar in 1397.",
                     DocMeta("The northern union", kind="history")),
        "wives.md": ("# Two queens\n\nCatherine of Aragon married Arthur in 1501. Catherine of Valois married Henry V in "
                     "1420. Catherine was crowned at Westminster in 1421.", DocMeta("Two queens", kind="history")),
        "court.md": ("# The court at Tortosa\n\nIn 1412 the court at Caspe chose Ferdinand of Antequera as king. "
                     "Ferdinand of Antequera entered Zaragoza in 1414.", DocMeta("The court at Tortosa", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert any("was Eric of Pomerania proclaimed king of Norway" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"\bEric (?!of)|Catherine (?!of)|of Antequera of", p)], prompts


def test_a_given_name_standing_alone_is_asked_in_the_one_full_form_the_document_gives() -> None:
    """"… by excommunicating Lorenzo and placing Florence under an interdict?" (judge 317): the document introduced
    "Lorenzo de' Medici" once and then wrote "Lorenzo". A given name alone in a prompt, where the document writes it
    with one surname (particles and all), is asked with it; where it writes two people of that given name, the
    question goes rather than pick one. Florence the city is no person."""
    texts = {
        "bank.md": ("# The Varn bank\n\nThe Varn bank was the largest bank in Florence. Lorenzo de' Medici ran it from "
                    "1469. Lorenzo spent its money on art.\n\nIn 1478 the cardinals of Rome punished the city by "
                    "excommunicating Lorenzo and seizing the bank's goods.", DocMeta("The Varn bank", kind="history")),
        "lind.md": ("# Ada Lind\n\nAda Lind was a Swedish chemist. She studied with Otto von Brel in Berlin. Otto taught "
                    "her to use the spectroscope.\n\nIn 1901 Ada Lind sent her first paper on argon to Otto for his "
                    "comments.", DocMeta("Ada Lind", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert len(prompts) == 2 and any("excommunicating Lorenzo de' Medici and" in p for p in prompts) \
        and any("to Otto von Brel for" in p for p in prompts), prompts
    two = {"two.md": ("# Ada Lind\n\nAda Lind was a Swedish chemist. She studied with Otto von Brel in Berlin and with "
                      "Otto Varn in Uppsala. Otto taught her to use the spectroscope.\n\nIn 1901 Ada Lind sent her first "
                      "paper on argon to Otto for his comments.", DocMeta("Ada Lind", kind="biography"))}
    assert [q.prompt for q in generate(two) if q.kind == "when"] == []


def test_a_clubs_relegation_promotion_or_cup_is_asked_only_as_its_first_or_last() -> None:
    """"In which year were Sunderland relegated from the Premiership?" (judge 318): in 1997, 2003, 2006 and 2017. A
    club's relegation or promotion, or a league, cup or title it won, comes round with the seasons, so other years are
    true too, unless the prompt says it was the first or the last."""
    again = {
        "rovers.md": ("# Kessel chairman makes bid\n\nThe chairman of Kessel Rovers has bid for the club.\n\nKessel Rovers "
                      "were relegated from the Premiership in 2003 but are now top of the Championship.",
                      DocMeta("Kessel chairman makes bid", kind="news", date="2005-02-01")),
        "united.md": ("# Varn United\n\nVarn United is a football club from Leeds.\n\nVarn United won promotion to the "
                      "First Division in 1987 after a long cup run.", DocMeta("Varn United", kind="history")),
        "town.md": ("# Lode Town\n\nLode Town is a football club from Hull.\n\nLode Town won the FA Cup in 1976 with a "
                    "late goal at Wembley.", DocMeta("Lode Town", kind="history")),
    }
    assert [q.prompt for q in generate(again) if q.kind == "when"] == []
    first = {"athletic.md": ("# Brel Athletic\n\nBrel Athletic is a football club from York.\n\nBrel Athletic won the FA "
                             "Cup for the first time in 1976 with a late goal at Wembley.",
                             DocMeta("Brel Athletic", kind="history"))}
    assert [q.answer for q in generate(first) if q.kind == "when"] == ["1976"]
    # a person's promotion to a rank and a ship that went down are one act each, not a club's season
    once = {"lind.md": ("# Otto Lind\n\nOtto Lind was a Danish naval officer.\n\nOtto Lind was promoted to captain in the "
                        "Danish navy in 1812.", DocMeta("Otto Lind", kind="biography")),
            "varn.md": ("# The Varn\n\nThe Varn was a Norwegian steamer.\n\nThe Varn went down off the Lofoten Islands "
                        "in 1893 with all hands.", DocMeta("The Varn", kind="history"))}
    assert sorted(q.answer for q in generate(once) if q.kind == "when") == ["1812", "1893"]


def test_he_or_she_after_a_relative_of_the_lifes_surname_is_not_the_life() -> None:
    """"Claude moved to England in 1817 … He died at Kew in 1828." was asked as "In which year did Nicéphore Niépce die at
    Kew?" (judge 319): the sentence before was about his brother, of the life's surname. A relative named by another
    given name, or by a given name alone, is who "he" or "she" stands for, not the life; unless the document says that
    relative is of the other sex ("she married Walter Kessel"), or the sentence before opens on the life itself."""
    texts = {
        "brel.md": ("# Otto Brel\n\nOtto Brel was a Danish engineer. He was born in Aarhus in 1820.\n\nOtto and Karl Brel "
                    "built steam engines together in Aarhus from 1842. Karl moved to Hamburg in 1850 to sell the engines "
                    "there. He died in Hamburg in 1861.\n\nOtto Brel died in Aarhus in 1889.",
                    DocMeta("Otto Brel", kind="biography")),
        "varn.md": ("# Marie Varn\n\nMarie Varn was a French teacher. She was born in Lyon in 1840.\n\nShe founded a "
                    "school for girls in Lyon in 1868. Her sister, Anna Varn, ran the school after 1880. She died at "
                    "Grenoble in 1901.\n\nMarie Varn died in Lyon in 1912.", DocMeta("Marie Varn", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "Hamburg" in p or "Grenoble" in p], prompts
    assert [p for p in prompts if "die in Aarhus" in p] and [p for p in prompts if "die in Lyon" in p], prompts
    kept = {
        "kessel.md": ("# Ada Kessel\n\nAda Kessel was a New Zealand suffragist. In 1871 she married Walter Kessel, a "
                      "grocer.\n\nWalter Kessel died in 1915. In 1925 she married Tom Lode, a printer.",
                      DocMeta("Ada Kessel", kind="biography")),
        "lind.md": ("# Ada Lind\n\nAda Lind was a motoring pioneer and the wife of the engineer Karl Lind. In August 1888 "
                    "she drove from Mannheim to Pforzheim in her husband's car.", DocMeta("Ada Lind", kind="biography")),
    }
    prompts = [q.prompt for q in generate(kept) if q.kind == "when"]
    assert [p for p in prompts if "Ada Kessel marry Tom Lode" in p] and [p for p in prompts if "Ada Lind drive" in p], \
        prompts


def test_a_documents_kin_nouns_and_marriages_tell_a_given_names_pronoun() -> None:
    """What tells a relative's "he" from a life's "she": a kin noun before the name ("his elder brother Claude", "her
    sister, Anna") or a marriage ("she married Walter Allen Sheppard"), never the one a kin noun is "of" ("the daughter
    of Henry" is Henry's daughter), and nothing where the document says both."""
    from bot.corpus.referents import pronouns_of_given_names

    text = ("She was the daughter of Henry Tudor. With his elder brother Claude he built an engine. She married Walter "
            "Allen Sheppard in 1871. Her sister, Anna Varn, ran the school. His son Kim was born in 1901; her daughter Kim "
            "in 1903.")
    assert pronouns_of_given_names(text) == {"Claude": "He", "Walter": "He", "Allen": "He", "Anna": "She"}


def test_an_act_on_an_indefinite_thing_and_nothing_else_is_not_asked() -> None:
    """"In which year did the Cairns doctor Jack Barnes catch a tiny box jellyfish?" (judge 316): he caught many; what
    made 1964 the year (he let it sting him to prove it caused the illness) was cut away. An act whose object is only
    an indefinite thing, adjectives and all ("a small steam engine"), says too little to know the event by; one with
    where, or with a name, says which."""
    vague = {
        "jellyfish.md": ("# Box jellyfish\n\nBox jellyfish live in warm coastal seas.\n\nIn 1964 the Cairns doctor Jack "
                         "Barnes caught a tiny box jellyfish, only about two centimetres across, and to prove that it "
                         "caused the illness he let it sting him.", DocMeta("Box jellyfish", kind="science")),
        "engine.md": ("# Otto Brel\n\nOtto Brel was a Danish engineer.\n\nIn 1858 the engineer Otto Brel built a small "
                      "steam engine, which he later sold to a brewery.", DocMeta("Otto Brel", kind="biography")),
    }
    assert [q.prompt for q in generate(vague) if q.kind == "when"] == []
    placed = {"stings.md": ("# Box jellyfish stings\n\nBox jellyfish live in warm coastal seas.\n\nIn 1964 the Cairns "
                            "doctor Jack Barnes caught a tiny box jellyfish in the sea off Palm Cove.",
                            DocMeta("Box jellyfish stings", kind="science"))}
    assert [q.answer for q in generate(placed) if q.kind == "when"] == ["1964"]


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        # "that" between a verb and the noun ending the clause points back (judge 74)
        ("The Aswan High Dam, completed in _____ across the Nile in southern Egypt, ended that cycle.", True),
        ("In which year did Britain end that war?", True),
        ("In which year did Spain abandon that plan, and retreat?", True),
        ("In which year did Boeing win that contract?", True),
        # ... a "that" clause has a subject and a verb of its own
        ("In which year did Darwin conclude that species change?", False),
        ("In which year did Koch prove that bacteria cause disease?", False),
        ("In which year did Pasteur show that germs multiply?", False),
        # early or late against what (judge 74)
        ("In which year did the Danish astronomer Ole Rømer notice that the eclipses of Io came early?", True),
        ("In which year did Kerala's monsoon rains arrive late?", True),
        ("In which year did the Kiel Canal open?", False),
        # an invitation to what (judge 75)
        ("In which year did Leonhard Euler accept an invitation from Catherine the Great?", True),
        ("In which year did Mozart receive an invitation from Joseph II?", True),
        ("In which year did Leonhard Euler accept an invitation from Catherine the Great to return to St Petersburg?",
         False),
        ("In which year did Mozart receive an invitation to Prague?", False),
        # rights to what (judge 77)
        ("In which year did the American brewer Adolphus Busch acquire the rights for the United States?", True),
        ("In which year did Pathé buy the French licence?", True),
        ("In which year did Adolphus Busch acquire the rights to the Diesel engine?", False),
        # which paper of theirs (judge 77)
        ("In which year did Stanley Miller and Harold Urey publish a review in Science?", True),
        ("In which year did Lise Meitner publish a paper in Nature?", True),
        ("In which year did Stanley Miller publish a paper on the origin of life?", False),
        # ... nor does a count of records, cases or samples say what they were (judge 267)
        ("In which year did Rochelle Buffenstein and her colleagues publish an analysis of thousands of records?", True),
        ("In which year did Edward Jenner publish a study of 23 cases?", True),
        ("In which year did the Hadley Centre publish an analysis of millions of observations?", True),
        ("In which year did John Snow publish an analysis of hundreds of cholera deaths?", False),
        ("In which year did Richard Doll and Austin Bradford Hill publish a study of thousands of doctors on smoking?",
         False),
        ("In which year did Edmond Halley publish an analysis of comet orbits?", False),
        # ... nor a book after a place (judge 279)
        ("In which year did Nikolai Lobachevsky publish in Berlin a short German book?", True),
        ("In which year did Edward Jenner publish a pamphlet?", True),
        ("In which year did Charles Darwin publish a book on earthworms?", False),
        ("In which year did Galileo Galilei publish a short book, Sidereus Nuncius?", False),
        # a colleague, a friend or a teacher neither named nor told apart (judge 281: "in honour of his colleague")
        ("In which year did Marshall Hertig name the species Wolbachia pipientis in honour of his colleague?", True),
        ("In which year did Clara Schumann dedicate the Romances to her friend?", True),
        ("In which year did Frédéric Chopin dedicate the Études to his teacher?", True),
        ("In which year did Clara Schumann's friend Joseph Joachim play the Romances in Hanover?", False),
        # a refusal or a consent to act, with nothing it concerns (judge 283: "decline to rule")
        ("In which year did the Court of Holland decline to rule?", True),
        ("In which year did the Supreme Court refuse to intervene?", True),
        ("In which year did the Senate vote to act?", True),
        ("In which year did the Supreme Court refuse to intervene in the Rosenberg case?", False),
        ("In which year did Thomas Stamford Raffles describe the eruption of Tambora in a report?", False),  # no writing asked
        ("In which year did the Astrophysical Journal Letters carry a short paper by Arno Penzias and Robert Wilson?",
         False),
        # a count with no head noun (judge 77)
        ("About a thousand who had found no onward destination were moved to Shanghai in _____.", True),
        ("Some 2,000 who stayed behind were deported in _____.", True),
        ("About a thousand refugees who had found no onward destination were moved to Shanghai in _____.", False),
        # new troubles for whom (judge 77)
        ("The Thirty Years' War, which began in _____, brought new troubles.", True),
        ("In which year did the Dust Bowl drought cause further hardships?", True),
        ("In which year did the Dust Bowl drought cause further hardships for farmers in Kansas?", False),
        # "more" or "less" and a plural, compared with what the sentence before said (judge 288)
        ("In which year did Estonia and Latvia adopt more gradual transition declarations?", True),  # history
        ("In which year did Rolls-Royce build more powerful engines?", True),  # engineering
        ("In which year did Guy's Hospital adopt less invasive methods?", True),  # science
        ("In which year did the Royal Navy build more powerful ships than the French?", False),
        ("In which year did the Dutch Republic send more than twenty ships to Cadiz?", False),
        # a place "of" a kind owns no "his" (judge 297)
        ("In which year was the town of Oranienbaum, near his old glass factory, renamed Lomonosov?", True),  # biography
        ("In which year did the city of Kessel open his first school?", True),  # history
        ("In which year did the island of Lode name its observatory after her?", True),  # science
        ("In which year did Mikhail Lomonosov open his glass factory near the town of Oranienbaum?", False),
        # someone's analysis, study or data with nothing of what (judge 293)
        ("In which year did Andrija Mohorovičić publish his analysis?", True),  # science
        ("In which year did the economist Alfred Marshall publish his study?", True),  # politics
        ("In which year did the Warren Commission publish its report?", False),  # a commission's one report
        ("In which year did Florence Nightingale present her data?", True),  # biography
        ("In which year did Andrija Mohorovičić publish his analysis of the Kupa Valley earthquake?", False),
        ("In which year did Florence Nightingale present her data on deaths in the Crimean War?", False),
        # someone's monograph, essay or article on nothing named (judge 306)
        ("In which year was Mary D. Garrard's monograph published?", True),  # biography
        ("In which year did Tom Hale publish his essay?", True),  # history
        ("In which year did Nature print Ada Lind's article?", True),  # science
        ("In which year was Mary D. Garrard's monograph on Artemisia Gentileschi published?", False),
        ("In which year did Tom Hale publish his essay about the Varn floods?", False),
        # a bill or motion by its sponsor's name alone (judge 286)
        ("In which year did the House of Representatives pass the Patman bill?", True),  # history
        ("In which year did the Commons defeat the Wilson amendment?", True),  # politics
        ("In which year did the Senate adopt the Hayden–Cartwright resolution?", True),
        ("In which year did the House of Representatives pass the Patman bill on bonus payments to war veterans?", False),
        ("In which year did Congress pass the Smoot–Hawley Tariff Act?", False),  # a law's own name
        # "that" + a noun the sentence before gave, an adverb after it (judge 286)
        ("In which year did Ida B. Wells publish an editorial that questioned that claim openly?", True),  # biography
        ("In which year did the Senate reject that proposal outright?", True),  # politics
        ("In which year did the Royal Society test that idea experimentally?", True),  # science
        ("In which year did the Geological Survey find that most wells ran dry quickly?", False),  # a "that" clause
        ("In which year did Wegener argue that continents drift slowly?", False),
        # a nation's way of doing what the sentence before said (judge 284)
        ("In which year did Peter I cross to England to learn the English approach?", True),  # history
        ("In which year did Louis Daguerre adopt the French method?", True),  # science
        ("In which year did the Meiji government copy the German model?", True),  # politics
        ("Who brought the Italian style to the court of Francis I in 1516?", True),  # biography
        ("In which year did Peter I cross to England to learn the English approach to shipbuilding?", False),
        # a name after a possessive is the owner's thing, not which one (judge 324: "the formation in its … Cloud Atlas")
        ("In which year did the World Meteorological Organization recognise the formation in its International Cloud "
         "Atlas?", True),  # science
        ("In which year did the Kessel Society print the lecture in its Annual Review?", True),
        ("In which year did Ada Lind describe the method in her Treatise on Dyes?", True),  # biography
        ("In which year did Ada Lind describe the method of dyeing wool in her Treatise on Dyes?", False),
        # "go on to": on from what? (judge 325: "did Legazpi go on to found the Spanish city of Manila?")
        ("In which year did Miguel López de Legazpi go on to found the Spanish city of Manila?", True),  # history
        ("In which year did Ada Lind go on to win the Kessel Medal?", True),  # biography
        ("In which year did Ada Lind win the Kessel Medal?", False),
        # "of its own", like whom? (judge 321: "did the Soviet Union conduct high-altitude tests of its own?")
        ("In which year did the Soviet Union conduct high-altitude tests of its own?", True),  # science
        ("In which year did the Kessel Society found a journal of its own?", True),
        ("In which year did Ada Lind open a school of her own in Leeds?", True),  # biography
        ("In which year did the Kessel Society close of its own accord?", False),
        # its own agreement, beside another's (judge 334: "did Britain conclude its own convention with Japan?")
        ("In which year did Britain conclude its own convention with Japan?", True),  # history
        ("In which year did the Kessel Republic adopt its own written constitution?", True),
        ("In which year did Varn Records sign their own distribution deal with EMI?", True),  # news
        ("In which year did Britain conclude the Anglo-Japanese Friendship Treaty?", False),
        ("In which year did MSN introduce its own blog system?", False),
        # a language's text, translation or edition of what? (judge 314)
        ("In which year did Friedrich Risner publish the Latin text in Basel together with Witelo's work?", True),
        ("In which year did Lady Ada Lind print the English translation at her own cost?", True),  # biography
        ("In which year was the German edition seized by the Prussian censors?", True),  # history
        ("In which year did Friedrich Risner publish the Latin text of the Book of Optics in Basel?", False),
        ("In which year did Lady Ada Lind print the English translation of the Kessel Letters?", False),
        # "the much larger": than what? (judge 317); "the larger of the two" picks one the prompt names
        ("In which year was the much larger Cave of the Crystals found?", True),  # science
        ("In which year was the far more powerful Kessel engine tested at Derby?", True),  # engineering
        ("In which year did Ada Lind take over the considerably bigger practice in Leeds?", True),  # biography
        ("In which year was the larger Kessel bridge opened?", False),
        ("In which year was the much larger Kessel dam finished than the Varn dam?", False),
        # a thing is not made from a part of itself: "its" is another's (judge 312)
        ("The Gadsden Purchase: In which year was the Territory of Arizona created from its western part?", True),
        ("In which year was the Diocese of Leeds formed out of its northern half?", True),  # history
        ("In which year was the county of Kessel carved from its eastern lands?", True),
        ("In which year was the Territory of Arizona created from the western part of New Mexico?", False),
        ("In which year did West Virginia separate from its parent state?", False),  # its own parent
        ("In which year did Japan adopt the German model of a general staff?", False),
        ("In which year did Copernicus reject the Ptolemaic system?", False),  # a name, no nation's
        ("In which year did the Dutch Republic adopt the English style of warship?", False),
        # related to what? (judge 340: "In which year was a related effect, the dynamical Casimir effect, predicted?")
        ("In which year was a related effect, the Varn effect, predicted by Ada Kessel?", True),
        ("In which year did Linnaeus describe a related species of orchid?", True),
        ("In which year was a corresponding law passed in Scotland?", True),
        ("In which year was a species related to Latimeria found off Sulawesi?", False),
    ],
)
def test_a_phrase_that_needs_the_sentence_before_leans_on_context(prompt: str, leans: bool) -> None:
    assert (leans_on_context(prompt) is not None) is leans


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        # an agreement with one side, made by no one the prompt names (judge 75)
        ("In which year was a peace treaty with Portugal signed?", True),
        ("A trade agreement with Japan was signed on 3 March _____.", True),
        ("In which year was an alliance with France concluded?", True),
        ("In which year was an alliance with France concluded by James IV?", False),
        ("In which year did Queen Nzinga sign a peace treaty with Portugal?", False),
        ("In which year was the Treaty of Nystad signed?", False),
        # a naming without the name (judge 77)
        ("In which year did NASA name its planet-hunting space telescope?", True),
        ("In which year did the council rename the old market square?", True),
        ("In which year did NASA name its telescope after Johannes Kepler?", False),
        ("In which year did the council rename the street Broadwick Street?", False),
    ],
)
def test_an_agreement_needs_both_sides_and_a_naming_its_name(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


@pytest.mark.parametrize(
    ("prompt", "persons"),
    [
        ("The Rachel Carson National Wildlife Refuge in Maine, established in _____, bears her name.", "Rachel Carson"),
        ("The Ross Ice Shelf, first sighted in _____, bears his name.", "James Ross"),
        ("In which year was the Humboldt Current named in his honour?", "Alexander Humboldt"),
        ("The Beardmore Glacier, reached in _____, bears his name.", "William Beardmore"),
    ],
)
def test_a_place_named_after_someone_is_no_owner_of_his_or_her(prompt: str, persons: str) -> None:
    """"The Rachel Carson National Wildlife Refuge … bears her name" (judge 75): a refuge, a shelf or a current named
    after a person is a thing, so "her" or "his" after it points at someone the prompt does not name."""
    assert leans_on_context(prompt, frozenset(persons.split())) is not None
    assert leans_on_context(f"In which year did {persons} see his first ship?", frozenset(persons.split())) is None


def test_a_start_participle_goes_with_its_date() -> None:
    """"In which year was Silent Spring serialised in three parts in The New Yorker beginning?" (judge 75): "beginning",
    "starting" or "commencing" before the date is part of the date, and goes when the date becomes the question."""
    texts = {
        "carson.md": ("# Rachel Carson\n\nSilent Spring was serialised in three parts in The New Yorker beginning on 16 "
                      "June 1962.", DocMeta("Rachel Carson", kind="biography")),
        "fest.md": ("# Salzburg\n\nThe Salzburg Festival was held in the Cathedral Square starting on 22 August 1920.",
                    DocMeta("Salzburg", kind="history")),
        "dickens.md": ("# Charles Dickens\n\nGreat Expectations was published in weekly parts in All the Year Round "
                       "commencing in December 1860.", DocMeta("Charles Dickens", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert len([p for p in prompts if p.startswith(("In which year", "Rachel", "Salzburg", "Charles"))]) == 3, prompts
    assert not [p for p in prompts if re.search(r"\b(?:beginning|starting|commencing)\?", p)], prompts


def test_a_name_given_only_as_someones_relative_in_an_aside_names_nobody() -> None:
    """"He married Syme's daughter, Agnes, in 1856 … Agnes died in 1893" (judge 74): a first name the document gives only
    as a relative's, in an aside closed by its comma, is nobody a player knows, like "his son Hans"."""
    texts = {
        "lister.md": ("# Joseph Lister\n\nJoseph Lister married Syme's daughter, Agnes, in Edinburgh in 1856.\n\nAgnes "
                      "died in Rapallo in 1893.", DocMeta("Joseph Lister", kind="biography")),
        "darwin.md": ("# Charles Darwin\n\nCharles Darwin was devastated when his eldest daughter, Annie, fell ill in "
                      "1850.\n\nAnnie died at Malvern in 1851.", DocMeta("Charles Darwin", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"\b(?:Agnes|Annie) die", p)], prompts


def test_a_relative_aside_that_dates_a_named_subject_is_asked_on_its_own() -> None:
    """"The Thirty Years' War, which began in _____, brought new troubles." (judge 77): a relative aside that dates the
    start or end of what the sentence names becomes its own question."""
    texts = {
        "kepler.md": ("# Johannes Kepler\n\nThe Thirty Years' War, which began in 1618, drove Kepler from Linz.",
                      DocMeta("Johannes Kepler", kind="biography")),
        "nightingale.md": ("# Nurses\n\nThe Crimean War, which broke out in 1853, sent Florence Nightingale to "
                           "Scutari.", DocMeta("Nurses", kind="history")),
        "pompeii.md": ("# Campania\n\nMount Vesuvius, which erupted in 1631, killed thousands in the villages of "
                       "Campania.", DocMeta("Campania", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    for asked in ("did the Thirty Years' War begin?", "did the Crimean War break out?", "did Mount Vesuvius erupt?"):
        assert any(p.endswith(asked) for p in prompts), (asked, prompts)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Harold Urey, a professor of chemistry at Chicago, had won the Nobel Prize in Chemistry for his discovery of "
         "deuterium.", "In which year did Harold Urey win the Nobel Prize in Chemistry for his discovery of deuterium?"),
        ("Ada Varga, then a widow of sixty, had founded the Szeged Choir with her nephew.",
         "In which year did Ada Varga found the Szeged Choir with her nephew?"),
        ("Tomas Berg, the new governor, had opened the Lund Canal to barges.",
         "In which year did Tomas Berg open the Lund Canal to barges?"),
    ],
)
def test_an_aside_of_the_storys_time_leaves_a_past_perfect_question(sentence: str, question: str) -> None:
    """"In which year did Harold Urey, a professor of chemistry at Chicago, win the Nobel Prize …?" (judge 77): the
    source's "had won" looks back from the story's time, and the aside says who he was then (he moved to Chicago
    years after the prize), so the question asks the earlier act without it."""
    clause = main_clause(sentence)
    assert clause is not None
    assert clause.question("In which year") == question


def test_a_surname_written_in_full_with_a_middle_initial_is_asked_in_full() -> None:
    """"In which year did Victor Franz Hess and Anderson share the Nobel Prize in Physics?" (judge 75): the document
    wrote "Carl D. Anderson", a name with a middle initial, which is a person's even where the gazetteer does not know
    it; the bare surname is asked in that form. Two given names with one surname make no question of it."""
    texts = {
        "rays.md": ("# Cosmic rays\n\nIn 1932 Carl D. Anderson at Caltech found the positron.\n\nVictor Hess and "
                    "Anderson shared the Nobel Prize in Physics in 1936.", DocMeta("Cosmic rays", kind="science")),
        "transistor.md": ("# The transistor\n\nWalter H. Brattain built the first point-contact device at Murray Hill "
                          "in 1947.\n\nJohn Bardeen and Brattain received the Stuart Ballantine Medal in 1952.",
                          DocMeta("The transistor", kind="engineering")),
        "two.md": ("# Two Ortegas\n\nLuis M. Ortega ran the Lima observatory from 1901. His cousin Pablo Ortega founded the "
                   "Cuzco school.\n\nMaria Quispe and Ortega catalogued the southern comets in 1911.",
                   DocMeta("Two Ortegas", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("Victor Hess and Carl D. Anderson share" in p for p in prompts), prompts
    assert any("John Bardeen and Walter H. Brattain" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"\b(?:and|did) (?:Anderson|Brattain|Ortega)\b", p)], prompts


def test_a_closing_place_the_event_already_names_is_not_said_twice() -> None:
    """"In which year was the Battle of Manzikert fought near the fortress town of Manzikert?" (judge 77): a closing
    place phrase whose name the asked event already bears is left out; another place stays."""
    texts = {
        "manzikert.md": ("# Byzantium\n\nThe Battle of Manzikert was fought on 26 August 1071 near the fortress town of "
                         "Manzikert.", DocMeta("Byzantium", kind="history")),
        "leiden.md": ("# The Dutch Revolt\n\nThe University of Leiden was founded in 1575 in the city of Leiden.",
                      DocMeta("The Dutch Revolt", kind="history")),
        "lister.md": ("# Joseph Lister\n\nJoseph Lister died on 10 February 1912 at Walmer.",
                      DocMeta("Joseph Lister", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    for asked in ("was the Battle of Manzikert fought?", "was the University of Leiden founded?",
                  "did Joseph Lister die at Walmer?"):
        assert any(p.endswith(asked) for p in prompts), (asked, prompts)


def test_a_ship_is_asked_by_its_prefixed_name() -> None:
    """"In which year did Pandora reach Tahiti?" (judge 76): the document named "HMS Pandora" once and then "Pandora",
    which alone reads as the figure of myth or a person; the question names the ship as the document first did. A
    name someone bears ("Grace Hopper", beside "USS Hopper") and "the Beagle" stay as written."""
    texts = {
        "bounty.md": ("# The Bounty\n\nThe Admiralty sent the frigate HMS Pandora to hunt the mutineers.\n\nPandora "
                      "reached Tahiti in March 1791.", DocMeta("The Bounty", kind="history")),
        "ice.md": ("# Arctic voyages\n\nThe sloop HMS Racehorse sailed north with Constantine Phipps.\n\nRacehorse "
                   "reached Spitsbergen in July 1773.", DocMeta("Arctic voyages", kind="history")),
        "hopper.md": ("# Grace Hopper\n\nThe destroyer USS Hopper was named after Grace Hopper.\n\nGrace Hopper joined "
                      "the Eckert–Mauchly Computer Corporation in Philadelphia in 1949.",
                      DocMeta("Grace Hopper", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("did HMS Pandora reach Tahiti?" in p for p in prompts), prompts
    assert any("did HMS Racehorse reach Spitsbergen?" in p for p in prompts), prompts
    assert any("did Grace Hopper join" in p for p in prompts), prompts


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        # other than the ones the story told first (judge 78)
        ("In which year did other allegations involving British soldiers include the shooting of four civilians?", True),
        ("In which year did further strikes close the Ruhr mines?", True),
        ("In which year did other countries than France join NATO?", False),
        # ownership of what (judge 79)
        ("In _____ ownership passed to Shropshire County Council.", True),
        ("In which year did control pass to the Port of London Authority?", False),  # a verb in its base form: no cue
        ("In which year did ownership of the Iron Bridge pass to Shropshire County Council?", False),
        # which paper, which work (judges 78, 79)
        ("In which year was Edwin Hubble's paper read on his behalf by Henry Norris Russell?", True),
        ("In which year did Robert Koch take his results to the botanist Ferdinand Cohn?", True),
        ("In which year did Jagadish Chandra Bose describe his work in a lecture at the Royal Institution?", True),
        ("In which year did Robert Koch take his results on anthrax to Ferdinand Cohn?", False),
        ("In which year did Edwin Hubble's paper on the Andromeda Nebula appear?", False),
        # a name that qualifies a thing owns no "his" (judge 79)
        ("In January _____, archaeologists excavating the site for the High Speed 2 railway identified his coffin.", True),
        ("In which year did the Apollo program lose his support?", True),
        ("In which year did the Emperor Napoleon order his army to retreat?", False),
    ],
)
def test_a_reference_to_what_the_story_told_before_leans_on_context(prompt: str, leans: bool) -> None:
    persons = frozenset(["Edwin", "Hubble", "Robert", "Koch", "Jagadish", "Chandra", "Bose", "Napoleon", "Henry",
                         "Norris", "Russell", "Ferdinand", "Cohn"])
    assert (leans_on_context(prompt, persons) is not None) is leans


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did Major League Baseball rename its Commissioner's Award?", True),
        ("In which year did the Royal Society rename its Copley Medal?", True),
        ("In which year did Major League Baseball rename its Commissioner's Award the Roberto Clemente Award?", False),
    ],
)
def test_a_renaming_needs_the_new_name(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


def test_it_never_stands_for_a_name_the_sentence_before_calls_he() -> None:
    """"Connick appeared with his band on Broadway in 1990, and he wrote the score for a musical … It had a three-month
    run on Broadway in 2001." (judge 78) was asked as "did Connick have a three-month run": a name the sentence goes on
    to call "he" or "his" is a person, whom "It" cannot stand for, whether or not the gazetteer knows the name."""
    texts = {
        "connick.txt": ("Connick appeared with his band on Broadway in 1990, and he wrote the score for a musical called "
                        "Thou Shalt Not. It had a three-month run on Broadway in 2001.",
                        DocMeta("Connick returns to Broadway", kind="news", date="2005")),
        "okoro.txt": ("Okoro opened her first gallery in Lagos in 1998, and she sold prints of the Niger delta there. It "
                      "closed after a flood in 2003.", DocMeta("Okoro's galleries", kind="news", date="2006")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"did (?:Connick|Okoro) (?:have|close)", p)], prompts


def test_a_find_named_after_its_place_is_no_person() -> None:
    """"Piltdown Man: The Forgery That Fooled Science" (judge 78): "Piltdown Man" is a find, not a man named Piltdown, so
    "no further finds were made at Piltdown" stays a place and never becomes "at Piltdown Man"."""
    texts = {
        "piltdown.md": ("# Piltdown Man: The Forgery That Fooled Science\n\nPiltdown Man was announced in 1912. The "
                        "Piltdown Man skull was shown in London. Charles Dawson died on 10 August 1916, and no more bones "
                        "were found at Piltdown.", DocMeta("Piltdown Man: The Forgery That Fooled Science", kind="history")),
        "taung.md": ("# Taung Child: A Skull from a Quarry\n\nTaung Child was described by Raymond Dart in 1925. The "
                     "Taung Child skull was sent to Johannesburg. Quarrymen blasted the last limestone cliff at Taung in "
                     "1931.", DocMeta("Taung Child: A Skull from a Quarry", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert any(re.search(r"at (?:Piltdown|Taung)\b", p) for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"at (?:Piltdown Man|Taung Child)\b", p)], prompts


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Flinders reached Port Jackson on 9 June 1803, completing the first circumnavigation of Australia.",
         "In which year did Flinders reach Port Jackson on 9 June 1803, completing the first circumnavigation of "
         "Australia?"),
        ("Amundsen reached the South Pole in December 1911, becoming the first man to stand there.",
         "In which year did Amundsen reach the South Pole in December 1911, becoming the first man to stand there?"),
        ("Kapitänleutnant Weddigen returned to Kiel in 1914, setting a new record for a submarine patrol.",
         "In which year did Kapitänleutnant Weddigen return to Kiel in 1914, setting a new record for a submarine "
         "patrol?"),
        # any other aside still goes
        ("Flinders reached Port Jackson in 1803, where the governor welcomed him.",
         "In which year did Flinders reach Port Jackson in 1803?"),
    ],
)
def test_a_feat_after_an_arrival_stays_with_it(sentence: str, question: str) -> None:
    """"In which year did Matthew Flinders reach Port Jackson?" (judge 79): he reached it in five years; the feat after
    the comma ("completing the first circumnavigation of Australia") tells this arrival from the others, so it stays."""
    clause = main_clause(sentence)
    assert clause is not None
    assert clause.question("In which year") == question


def test_a_given_name_alone_is_asked_as_the_one_person_the_document_names_in_full() -> None:
    """"In which year were Mary Shelley and Percy married …?" (judge 78): a known given name standing alone is the one
    person the document names in full with it ("Eva Sars", "Tughril Beg"); where two people of one family share it
    ("Percy Bysshe Shelley" and his son "Percy Florence Shelley") the question names no one and is not asked."""
    texts = {
        "nansen.md": ("# Fridtjof Nansen\n\nFridtjof Nansen married the singer Eva Sars in 1889.\n\nNansen's wife Eva "
                      "died at Lysaker in 1907.", DocMeta("Fridtjof Nansen", kind="biography")),
        "seljuk.md": ("# The Seljuks\n\nTughril Beg entered Baghdad in 1055.\n\nAlp Arslan succeeded his uncle Tughril "
                      "at Rey in 1063.", DocMeta("The Seljuks", kind="history")),
        "shelley.md": ("# Mary Shelley\n\nMary Shelley met Percy Bysshe Shelley in London in 1814. Their son Percy "
                       "Florence Shelley was born in 1819.\n\nMary Shelley and Percy married at St Mildred's Church in "
                       "London in 1816.", DocMeta("Mary Shelley", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("wife Eva Sars die" in p for p in prompts), prompts
    assert any("his uncle Tughril Beg" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"\bPercy (?!Bysshe|Florence)", p)], prompts


def test_a_firms_head_name_is_no_full_form_of_the_firm() -> None:
    """"In which year did Arthur Guinness send William Sealy Gosset to … the Biometric Laboratory?" (judge 139): the text
    wrote "Arthur Guinness" only as the head of "Arthur Guinness, Son and Company", so its bare "Guinness" is the
    firm, and no founder, dead a century, is asked as having sent anyone."""
    texts = {
        "penn.md": ("# Walter Penn\n\nWalter Penn was an English chemist and statistician.\n\nIn 1899 Walter Penn joined "
                    "Arthur Hallam, Son and Company, a brewery in Dublin. In 1906 Hallam sent Walter Penn to study "
                    "statistics in London.", DocMeta("Walter Penn", kind="biography")),
        "crane.md": ("# Ada Crane\n\nAda Crane was a Scottish naval architect.\n\nIn 1921 Ada Crane joined John Brodie & "
                     "Sons on the Clyde. In 1925 Brodie sent Ada Crane to study turbines in Sweden.",
                     DocMeta("Ada Crane", kind="biography")),
    }
    asked = {q.answer: q.prompt for q in generate(texts) if q.kind == "when"}
    assert "1906" in asked and "1925" in asked, asked
    assert "Arthur Hallam send" not in asked["1906"] and "John Brodie send" not in asked["1925"], asked


def test_a_surname_someone_paid_for_is_asked_in_full() -> None:
    """"did … Rodman Wanamaker pay for Tanner to travel to Egypt and Palestine?" (judge 133): "for" before a surname
    kept it bare, as "the Museum for Art" is part of a name; "for <name> to <verb>" is a person paid for."""
    texts = {
        "ash.md": ("# Henry Osgood Ash\n\nHenry Osgood Ash was an American painter. His father, Benjamin Tucker Ash, was "
                   "a bishop.\n\nIn 1897 the Philadelphia merchant Rodman Wells paid for Ash to travel to Egypt and "
                   "Palestine.", DocMeta("Henry Osgood Ash", kind="biography")),
        "lind.md": ("# Clara Lind\n\nClara Lind was a Swedish sculptor. Her brother, Oskar Lind, was a banker.\n\nIn 1902 "
                    "the Stockholm collector Emil Berg paid for Lind to study in Rome for two years.",
                    DocMeta("Clara Lind", kind="biography")),
    }
    asked = {q.answer: q.prompt for q in generate(texts) if q.kind == "when"}
    assert "pay for Henry Osgood Ash to travel" in asked.get("1897", ""), asked
    assert "pay for Clara Lind to study" in asked.get("1902", ""), asked


def test_a_birthplace_before_a_surname_is_no_part_of_the_name() -> None:
    """"New York-born Aguilera reached number one …" after "Pop star Christina Aguilera": "New York-born" says where she
    was born, so "Aguilera" is Christina Aguilera, asked in full, not a second Aguilera who makes her no one."""
    texts = {
        "kray.md": ("# Singer Laura Kray to wed\n\nPop star Laura Kray is to marry the music producer Tom Ashe, her agent "
                    "has said.\n\nOslo-born Kray reached number one in the UK with her debut single Paper Moon in October "
                    "1999.", DocMeta("Singer Laura Kray to wed", kind="news")),
        "munro.md": ("# Actor Neil Munro honoured\n\nThe actor Neil Munro has been knighted, the palace said.\n\n"
                     "Glasgow-born Munro won his first Olivier award for the play Harbour Lights in 1988.",
                     DocMeta("Actor Neil Munro honoured", kind="news")),
    }
    asked = {q.answer: q.prompt for q in generate(texts) if q.kind == "when"}
    assert "Oslo-born Laura Kray reach" in asked.get("1999", ""), asked
    assert "Glasgow-born Neil Munro win" in asked.get("1988", ""), asked


def test_a_surname_the_document_gives_with_initials_is_asked_with_them() -> None:
    """"In which year did Ernest Rutherford succeed Thomson …?" (judge 123) beside "J. J. Thomson" earlier: a bare
    surname is asked in the form with initials the document gives it; initials of two people of one surname ("A. B.
    Sandell" and his son "C. G. Sandell") make the bare surname no one, and the question is not asked."""
    texts = {
        "crane.md": ("# Owen Crane\n\nOwen Crane was a New Zealand chemist. Crane studied under H. R. Tolley at Leeds. "
                     "In 1921 Owen Crane succeeded Tolley as professor of chemistry at Leeds.",
                     DocMeta("Owen Crane", kind="biography")),
        "voss.md": ("# Ida Voss\n\nIda Voss was a German astronomer. Voss worked with K. F. Brandt at Potsdam. In 1931 "
                    "Ida Voss and Brandt published a catalogue of variable stars.", DocMeta("Ida Voss", kind="biography")),
        "lund.md": ("# Per Lund\n\nPer Lund was a Swedish engineer. Lund worked for A. B. Sandell and later for his son, "
                    "C. G. Sandell. In 1902 Per Lund left Sandell for the Asea company.",
                    DocMeta("Per Lund", kind="biography")),
    }
    asked = {q.answer: q.prompt for q in generate(texts) if q.kind == "when"}
    assert "succeed H. R. Tolley as" in asked.get("1921", ""), asked
    assert "Ida Voss and K. F. Brandt publish" in asked.get("1931", ""), asked
    assert "1902" not in asked, asked


def test_a_birth_name_given_alone_is_asked_in_full() -> None:
    """"In which year did Catherine marry Walter Allen Sheppard?" (judge 119), in a life of Kate Sheppard, who "was born
    Catherine Wilson Malcolm": a given name alone names no one the player knows. An English given name, though no
    name the gazetteer knows begins with it, is asked as the one full name the document gives it."""
    texts = {
        "vane.md": ("# Rosalind Vane\n\nRosalind Vane was an English engraver. She was born Edith Margaret Pryor in Leeds "
                    "in 1862. In 1885 Edith married the printer Thomas Vane in York.",
                    DocMeta("Rosalind Vane", kind="biography")),
        "quist.md": ("# Harald Quist\n\nHarald Quist was a Norwegian skier. He was born Lionel Ernest Tapp in Hull in "
                     "1899. In 1921 Lionel won the Holmenkollen ski jump in Oslo.", DocMeta("Harald Quist", kind="biography")),
        "loy.md": ("# Mara Loy\n\nMara Loy was a Scottish botanist. She was born Jessie Ann Fraser in Perth in 1874. "
                   "In 1899 Jessie sailed to Ceylon to collect orchids.", DocMeta("Mara Loy", kind="biography")),
    }
    asked = {q.answer: q.prompt for q in generate(texts) if q.kind == "when"}
    assert "did Edith Margaret Pryor marry" in asked.get("1885", ""), asked
    assert "did Lionel Ernest Tapp win" in asked.get("1921", ""), asked
    assert "did Jessie Ann Fraser sail" in asked.get("1899", ""), asked


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        # a past perfect told from a later time, with a fronted blank too (judge 81)
        ("In _____ the Danish physicist Hans Christian Ørsted had shown that an electric current deflects a needle.", True),
        ("In March _____ the chemist Ida Noddack had predicted nuclear fission.", True),
        ("In _____ Ada Smith, who had trained in Paris, opened a shop in Lyon.", False),
        # "only" that answers a wait the text before told (judge 80)
        ("Only on 12 July _____ did the Court of Cassation overturn the Rennes verdict.", True),
        ("In which year did Carl Friedrich Gauss learn her identity only?", True),
        ("Carl Friedrich Gauss learned the name of his correspondent only in _____.", True),
        ("In which year did Alice Ball have only one assistant at the University of Hawaii?", False),
        # a record as of the day the text was written (judge 80)
        ("In which year was the BBC's online search engine used a record amount?", True),
        ("In which year did Britons send a record number of text messages?", True),
        ("In which year did Roger Bannister set a world record for the mile at Iffley Road?", False),
    ],
)
def test_a_time_told_from_the_text_around_it_leans_on_context(prompt: str, leans: bool) -> None:
    assert (leans_on_context(prompt) is not None) is leans


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year was Agostino Tassi convicted?", True),  # of what? (judge 80's document)
        ("In which year was Nicola Sacco tried in Dedham?", True),
        ("In which year was Agostino Tassi convicted of rape?", False),
        ("In which year was Alfred Dreyfus sentenced to life imprisonment?", False),
    ],
)
def test_a_verdict_names_its_charge(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


def test_the_bastille_dates_itself() -> None:
    """"Sophie Germain was thirteen when the Bastille fell in July _____." (judge 80): every player dates the fall."""
    from bot.corpus.grammar import year_giveaway

    assert year_giveaway("Sophie Germain was thirteen when the Bastille fell in July _____.") is not None
    assert year_giveaway("In which year did Paris celebrate the first anniversary of the fall of the Bastille?")
    assert year_giveaway("In which year did Sophie Germain write to Carl Friedrich Gauss?") is None


def test_a_titles_common_first_word_is_no_name_the_question_must_give() -> None:
    """"Closing the Zuiderzee: About how many square kilometres of land did the Zuiderzee Works add …?" (judge 125): the
    question names the Zuiderzee, what the document is about; "Closing", capitalised only as a title's first word,
    is no name it must give too, so no label is put before it."""
    texts = {
        "bridge.md": ("# Building the Varn Bridge\n\nThe Varn Bridge crosses the Varn estuary.\n\nThe Varn Bridge Act was "
                      "passed by the Welsh parliament in 1903. The Varn Bridge was opened by King Edward VII in 1909.",
                      DocMeta("Building the Varn Bridge", kind="engineering")),
        "strait.md": ("# Crossing the Lorn Strait\n\nThe Lorn Strait separates Skye from the mainland.\n\nThe Lorn Strait "
                      "Act was passed by Parliament in 1889. The Lorn Strait ferry was replaced by a bridge in 1995.",
                      DocMeta("Crossing the Lorn Strait", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert {"1903", "1889", "1995"} <= {q.answer for q in generate(texts)}, prompts
    assert not [p for p in prompts if ":" in p], prompts


def test_a_life_is_no_label_for_someone_else_or_a_time_before_it() -> None:
    """"Karl Landsteiner: In which year did the London obstetrician James Blundell perform the first transfusion …?"
    (judge 81): a life's name before a question about someone the prompt names in full, or about a year before the
    life began, reads as if the subject took part; such a question stands on its own names. A birth name of the
    subject's, or a relative, keeps the life's name."""
    texts = {
        "landsteiner.md": ("# Karl Landsteiner\n\nKarl Landsteiner was born in Baden bei Wien in 1868. Karl Landsteiner "
                           "described the blood groups in Vienna in 1901.\n\nThe London obstetrician James Blundell "
                           "performed a transfusion of human blood at Guy's Hospital in 1818.\n\nBernard Fantus opened a "
                           "blood bank at Cook County Hospital in Chicago in 1937.",
                           DocMeta("Karl Landsteiner", kind="biography")),
        "hodgkin.md": ("# Dorothy Hodgkin\n\nDorothy Mary Crowfoot was born in Cairo in 1910. Dorothy Hodgkin "
                       "determined the structure of penicillin in Oxford in 1945. Dorothy Hodgkin studied chemistry at "
                       "Somerville College.\n\nDorothy Hodgkin died at Ilmington in 1994.",
                       DocMeta("Dorothy Hodgkin", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    others = [p for p in prompts if "Blundell" in p or "Fantus" in p]
    assert len(others) == 2, prompts
    assert not [p for p in others if p.startswith("Karl Landsteiner:")], prompts
    assert any(p.startswith("Dorothy Hodgkin: ") and "Dorothy Mary Crowfoot" in p for p in prompts), prompts


def test_a_question_of_a_thing_that_names_its_actor_in_full_takes_no_heading() -> None:
    """"Ytterby: In which year did the Swedish chemist Carl Gustaf Mosander split yttria …?" (judge 327), "Diatoms: … did
    the Swedish chemist Alfred Nobel patent dynamite?" (judge 316): a question of an event, a place or a thing that
    names its actor in full is whole, and the heading reads as glued on. One that names nobody in full, or leans on the
    heading for its topic ("on the subject"), keeps it."""
    texts = {
        "mine.md": ("# Vardö Mine\n\nThe Vardö Mine is a quarry on an island near Stockholm. Ores from the quarry "
                    "gave names to four elements.\n\nThe Swedish chemist Carl Gustaf Mosander split yttria into three "
                    "fractions in 1843.\n\nThe quarry closed in 1933.", DocMeta("Vardö Mine", kind="science")),
        "earth.md": ("# Kieselgur\n\nKieselgur is a soft rock made of the shells of algae.\n\nThe Swedish chemist "
                     "Alfred Nobel patented dynamite in 1867.", DocMeta("Kieselgur", kind="science")),
        "riddle.md": ("# Dark Sky Riddle\n\nThe Dark Sky Riddle asks why the night sky is dark.\n\nThe English "
                      "astronomer Edmond Halley presented two short papers on the subject to the Royal Society in 1721.",
                      DocMeta("Dark Sky Riddle", kind="science")),
        "siege.md": ("# Siege of Valk\n\nThe Siege of Valk was a siege of the Dutch city of Valk by Spanish troops.\n\n"
                     "The French recovered Normandy in 1450.", DocMeta("Siege of Valk", kind="history")),
        # a ruler by a regnal number and a byname (judge 333), but not by the number alone ("Henry III" of which realm?)
        "treaty.md": ("# Treaty of Lode\n\nThe Treaty of Lode was a peace treaty between Denmark and Sweden.\n\nIn 1655 "
                      "Charles X Gustav launched a war against Poland–Lithuania.", DocMeta("Treaty of Lode", kind="history")),
        "council.md": ("# Council of Kell\n\nThe Council of Kell was an assembly of barons in England.\n\nIn 1216 Henry "
                       "III was crowned at Gloucester.", DocMeta("Council of Kell", kind="history")),
    }
    prompts = {p for q in generate(texts) if q.kind == "when" for p in [q.prompt]}
    assert "In which year did Charles X Gustav launch a war against Poland–Lithuania?" in prompts, prompts
    assert any(p.startswith("Council of Kell: ") and "Henry III" in p for p in prompts), prompts
    assert "In which year did the Swedish chemist Carl Gustaf Mosander split yttria into three fractions?" in prompts, prompts
    assert "In which year did the Swedish chemist Alfred Nobel patent dynamite?" in prompts, prompts
    assert any(p.startswith("Dark Sky Riddle: ") and "on the subject" in p for p in prompts), prompts
    assert any(p.startswith("Siege of Valk: ") and "Normandy" in p for p in prompts), prompts


def test_a_names_capitalised_head_alone_is_asked_in_full_or_not_at_all() -> None:
    """"In which year did the Institution appoint the young chemist Humphry Davy …?" and "did the Elector make Benjamin
    Thompson a count" (judge 326): the text named the Royal Institution and "Karl Theodor, Elector of Bavaria" before. A
    name's head alone, capitalised, is asked in the one full name the text gives it; where the text gives two ("the
    Royal Institution", "the Smithsonian Institution"), the question is not asked; a title's words ("Inside the Herald") and a thing
    of its own kind ("the Earth" beside "Snowball Earth") are left as they are."""
    texts = {
        "davy.md": ("# Ada Brook\n\nAda Brook founded the Natural History Institution in Leeds. In 1820 the Institution "
                    "appointed the young chemist Humphry Davy as a lecturer.", DocMeta("Ada Brook", kind="biography")),
        "bavaria.md": ("# Ben Tarn\n\nBen Tarn entered the service of Karl Theodor, Elector of Bavaria. In 1791 the "
                       "Elector made Ben Tarn a count of the Holy Roman Empire.", DocMeta("Ben Tarn", kind="biography")),
        "lamb.md": ("# Kew Lamb\n\nKew Lamb lectured at the Royal Institution and the Smithsonian Institution. In 1788 "
                    "the Institution published a catalogue of mosses by Kew Lamb.", DocMeta("Kew Lamb", kind="biography")),
        "herald.md": ("# Nell Bray\n\nNell Bray wrote for the New York Herald. In 1889 Nell Bray staged the comedy "
                      "Inside the Herald in Boston.", DocMeta("Nell Bray", kind="biography")),
        "ice.md": ("# Snowball Earth\n\nSnowball Earth is a hypothesis that ice once covered the planet. In 1998 the "
                   "geologist Paul Hoffman found cap carbonates that had formed on the Earth after a thaw.",
                   DocMeta("Snowball Earth", kind="science")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "did the Natural History Institution appoint the young chemist Humphry Davy" in prompts, prompts
    assert "did the Elector of Bavaria make Ben Tarn a count" in prompts, prompts
    assert "mosses" not in prompts, prompts
    assert "did Nell Bray stage the comedy Inside the Herald in Boston?" in prompts, prompts
    assert "cap carbonates that had formed on the Earth after a thaw?" in prompts, prompts
    assert not re.search(r"\bthe (?:Institution|Elector)\b(?! of)", prompts.replace("Natural History Institution", "")), prompts


def test_a_clubs_last_word_alone_is_the_one_club_the_story_names_or_no_question() -> None:
    """"In which year did Paul Bosvelt join City from Feyenoord?" (judge 358): the story had named Manchester City, and
    several clubs are "City". A club's last word alone is put in full when the story names one club with it; when it
    names two ("Manchester City", "Leicester City") or none, the question is not asked. "Villa Park" is a name of its
    own."""
    news = DocMeta("Transfer news", author="BBC News", kind="news", date="2005-01-10")
    texts = {
        "bosvelt.txt": ("# Bosvelt optimistic\n\nManchester City's Paul Bosvelt will find out within a month whether "
                        "he is to be offered a new deal. Bosvelt joined City from Feyenoord in 2003 and at first he "
                        "struggled to adapt to life in England.", news),
        "keane.txt": ("# Keane leaves\n\nRoy Keane has left Manchester United after twelve years. Keane joined United "
                      "from Nottingham Forest in 1993 for a British record fee.", news),
        "hale.txt": ("# Cup tie\n\nManchester City beat Leicester City 2-0 at Maine Road. The striker Tom Hale joined "
                     "City from Swansea in 2001.", news),
        "dale.txt": ("# Dale deal\n\nThe striker Ned Dale joined Rovers from Exeter in 1999. Dale scored twice on his "
                     "debut.", news),
    }
    prompts = " | ".join(q.prompt for q in generate(texts) if q.kind == "when")
    assert "did Paul Bosvelt join Manchester City from Feyenoord?" in prompts, prompts
    assert "did Roy Keane join Manchester United from Nottingham Forest" in prompts, prompts
    assert "Tom Hale" not in prompts and "Ned Dale" not in prompts, prompts


def test_a_story_asks_no_player_by_surname_alone_nor_his_last_act() -> None:
    """"In which year did Manchester United's Brown last play for England in the defeat by Australia at Upton Park?"
    (judge 359): the story never gave Wes Brown's full name, and "last" was last as of the story's day (he played for
    England again). A name after a club's or a country's possessive that the story never writes in full, and a news
    story's "last <verb>", make no question; a player the story names in full is still asked."""
    news = DocMeta("Squad news", author="BBC News", kind="news", date="2005-03-01")
    texts = {
        "brown.txt": ("# England crisis\n\nEngland face a defensive crisis. Manchester United's Brown joined the squad "
                      "at Upton Park in February 2003.", news),
        "terry.txt": ("# Terry fit\n\nEngland's Terry won his first cap against Serbia in June 2003.", news),
        "owen.txt": ("# Owen back\n\nReal Madrid's Michael Owen is fit again. Owen last played for England in the win "
                     "over Spain in November 2004.", news),
        "hale.txt": ("# Hale deal\n\nLeeds United's Tom Hale is fit again. Hale joined Leeds United from Swansea in "
                     "2001.", news),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "Brown" not in prompts and "Terry" not in prompts and "last play" not in prompts, prompts
    assert "did Tom Hale join Leeds United from Swansea?" in prompts, prompts


def test_a_town_taken_is_asked_with_what_the_source_says_it_is_the_capital_or_port_of() -> None:
    """"In which year did American troops capture York?" (judge 362): York in England? The source said "York, the capital
    of Upper Canada and today Toronto". A town a year question ends on after a verb of taking, attacking or reaching,
    which the source calls a capital or a port of somewhere, is asked with it; a description cut short ("the chief town
    of the Lode peninsula") is not half-copied."""
    texts = {
        "york.md": ("# The Burning of Varn\n\nThe Burning of Varn was a raid in the War of 1812. In April 1813 American "
                    "troops captured York, the capital of Upper Canada and today Toronto, and set fire to its parliament "
                    "buildings.", DocMeta("The Burning of Varn", kind="history")),
        "mora.md": ("# The Mora raid\n\nThe Mora raid was a raid. In 1590 Spanish troops occupied Mora, the port of Lode, "
                    "and burned its ships.", DocMeta("The Mora raid", kind="history")),
        "kell.md": ("# The Kell raid\n\nThe Kell raid was a raid on the coast. In 1667 the Dutch fleet attacked Kell, the "
                    "chief town of the Lode peninsula, and burned its docks.", DocMeta("The Kell raid", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts) if q.kind == "when")
    assert "did American troops capture York, the capital of Upper Canada?" in prompts, prompts
    assert "did Spanish troops occupy Mora, the port of Lode?" in prompts, prompts
    assert "did the Dutch fleet attack Kell?" in prompts, prompts


def test_a_head_that_goes_on_with_for_is_a_name_of_its_own() -> None:
    """"at the Bhabha Atomic Research Centre for Advanced Study in Botany" (judge 354): the text named the Bhabha Atomic
    Research Centre, then "the Centre for Advanced Study in Botany", and the second was read as the first's head alone.
    A head that goes on "for" and a capitalised word is the start of another name, as one going on "of" is."""
    texts = {
        "lund.md": ("# Eva Lund\n\nEva Lund was a naturalist who joined the Linnean Society in 1880. In 1891 she "
                    "founded the Society for the Protection of Birds in Manchester.", DocMeta("Eva Lund", kind="biography")),
        "royce.md": ("# Hal Royce\n\nHal Royce was an engineer who sat on the Fabian Committee in 1905. In 1914 he "
                     "chaired the Committee for Relief in Belgium in London.", DocMeta("Hal Royce", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "Eva Lund founded the Society for the Protection of Birds" in prompts, prompts
    assert "did Hal Royce chair the Committee for Relief in Belgium" in prompts, prompts
    assert "Linnean Society for" not in prompts and "Fabian Committee for" not in prompts, prompts


def test_a_name_put_in_full_that_dates_the_question_makes_none() -> None:
    """"In which year did the Gateshead Millennium Bridge open to the public?" (judge 332): the sentence said "the bridge",
    and the year check ran before the title's name was put in; "Millennium" gives 2001 away. The giveaway check reads
    the prompt as asked, with every name in full."""
    texts = {
        "bridge.md": ("# Varn Millennium Bridge\n\nThe Varn Millennium Bridge is a tilting footbridge.\n\nThe bridge "
                      "opened to the public on 17 September 2001.", DocMeta("Varn Millennium Bridge", kind="engineering")),
        "dome.md": ("# Lode Centenary Hall\n\nLode Centenary Hall is a concert hall in Wrocław.\n\nThe hall opened to "
                    "the public in May 1913.", DocMeta("Lode Centenary Hall", kind="engineering")),
        "swing.md": ("# Kell Swing Bridge\n\nThe Kell Swing Bridge is a road bridge over the Tyne.\n\nThe bridge "
                     "opened to traffic on 15 June 1876.", DocMeta("Kell Swing Bridge", kind="engineering")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts) if q.kind == "when")
    assert "Millennium" not in prompts and "Centenary" not in prompts, prompts
    assert "did the Kell Swing Bridge open to traffic" in prompts, prompts


def test_a_noble_named_with_his_seat_is_asked_with_it() -> None:
    """"In which year was Baldwin captured by the Bulgarians …?" (judge 353), after "Count Baldwin of Flanders was
    crowned": the name alone, a surname too to the gazetteer, was put in full as "Count Baldwin". A noble the text
    names with his seat is asked with it."""
    texts = {
        "varn.md": ("# The Varn crusade\n\nThe Varn crusade was a war of the thirteenth century. In 1201 Count Howard "
                    "of Varn took the cross at Soissons. The Danish nobles held the coast at Ribe, and Howard was "
                    "captured by the Danes at the Battle of Kell in 1209.", DocMeta("The Varn crusade", kind="history")),
        "lode.md": ("# The Lode revolt\n\nThe Lode revolt was a rising in Sicily. In 1190 Count Warren of Lecce seized "
                    "the throne at Palermo. The barons of Apulia rose against him, and Warren was crowned by the "
                    "archbishop at Palermo in 1191.", DocMeta("The Lode revolt", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts) if q.kind == "when")
    assert "was Count Howard of Varn captured by the Danes" in prompts, prompts
    assert "was Count Warren of Lecce crowned by the archbishop" in prompts, prompts
    assert not re.search(r"Count (?:Howard|Warren)(?! of)", prompts), prompts


def test_a_subject_named_by_the_name_its_event_gave_is_not_asked() -> None:
    """"In which year was John IV acclaimed in Lisbon as King John IV?" (judge 359): "He was acclaimed in Lisbon as King
    John IV", with "He" put in full by the name the sentence goes on to give him. A prompt whose "as …" names what its
    subject is already called asks nothing; the acts of the king by that name are still asked."""
    texts = {
        "varn.md": ("# The Varn Restoration War\n\nThe Varn Restoration War was a war between Varn and Kessel. The "
                    "conspirators proclaimed John, eighth Duke of Lode, as king. He was acclaimed in Lisbon as King John "
                    "IV on 15 December 1640. John IV signed a treaty of alliance with Sweden in 1641.",
                    DocMeta("The Varn Restoration War", kind="history")),
        "kell.md": ("# The Kell succession\n\nThe Kell succession was a dispute over the throne. The barons chose Henry, "
                    "Count of Mora, as their candidate. He was crowned at Reims as King Henry II on 3 May 1152. Henry II "
                    "built an abbey at Mora in 1160.", DocMeta("The Kell succession", kind="history")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts))
    assert "as King John IV" not in prompts and "as King Henry II" not in prompts, prompts
    assert "did John IV sign a treaty of alliance with Sweden" in prompts, prompts
    assert "did Henry II build an abbey at Mora" in prompts, prompts


def test_a_regnal_given_name_alone_is_asked_in_full() -> None:
    """"In which year did Peter land at Trapani?" (judge 80): the document wrote "King Peter III of Aragon" before "Peter
    had an army"; a given name alone is asked in its regnal form, wherever it stands."""
    texts = {
        "vespers.md": ("# The Sicilian Vespers\n\nThe Sicilians turned to King Peter III of Aragon for help.\n\nThe "
                       "French fleet fought Peter off Malta in July 1283.", DocMeta("The Sicilian Vespers", kind="history")),
        "kalmar.md": ("# The Union\n\nThe council elected King Christian II of Denmark in Stockholm.\n\nGustav Vasa "
                      "led the miners of Dalarna against Christian in January 1521.",
                      DocMeta("The Union", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("fight Peter III of Aragon" in p for p in prompts), prompts
    assert any("against Christian II of Denmark" in p for p in prompts), prompts


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did UK shoppers spend £5.3bn on plastic cards?", True),  # judge 81
        ("In which year did Britons spend £1,152m on games?", True),  # judge 80
        ("In which year did the box office take $9.4bn in North America?", True),
        ("In which year did Renault sell more than 2.4 million vehicles?", True),  # judge 86: 2002 too
        ("In which year did Airbus deliver 294 aircraft?", True),
        ("In which year did Boeing deliver its first 747 to Pan Am?", False),
        ("In which year did Maria Sibylla Merian sell 255 of her paintings to pay for a journey to Suriname?", False),
        ("In which year did the United States buy the Louisiana Territory from France for $15 million?", False),
        ("In which year did Sotheby's sell the Codex Leicester?", False),
    ],
)
def test_a_years_spending_is_not_asked_by_its_year(prompt: str, missing: bool) -> None:
    """A year's spending or takings is a figure every year has its own of: asked by its year, the other years are
    no more false than the answer, and the reader learns nothing (judges 80 and 81 rejected both)."""
    assert (missing_argument(prompt) is not None) is missing


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Altogether, card scams on UK-issued cards totalled £402.4m in 2003.", True),
        ("Overall, the firm's sales rose 8% in 2004.", True),
        ("In all, 1,500 people died in the sinking in 1912.", True),
        ("In all the countries surveyed, older people used fixed lines in 2004.", False),
        ("Overall production figures were published in 1950.", False),
    ],
)
def test_a_sum_of_what_came_before_opens_with_a_connective(text: str, opens: bool) -> None:
    """"Altogether, card scams … totalled £402.4m" (judge 81's story) became "In which year did Altogether, card scams
    … total …?": "Altogether,", "Overall," or "In all," sums what the sentences before told; "In all the countries"
    and "Overall production" do not."""
    from bot.corpus.grammar import opens_with_connective

    assert opens_with_connective(text) is opens


def test_a_birth_name_after_born_is_left_out_of_the_question() -> None:
    """"In which year was Sirimavo Bandaranaike born Sirimavo Ratwatte in the Ratnapura District of Ceylon?" (judge 83)
    copies the source's syntax: once the question names the person, the birth name after "born" goes."""
    texts = {
        "sirimavo.md": ("# Sirimavo Bandaranaike\n\nSirimavo Bandaranaike was born Sirimavo Ratwatte in Ratnapura in "
                        "1916.", DocMeta("Sirimavo Bandaranaike", kind="biography")),
        "tubman.md": ("# Harriet Tubman\n\nHarriet Tubman was born Araminta Ross in Dorchester County in 1822.",
                      DocMeta("Harriet Tubman", kind="biography")),
        # judge 136: a birth name of five names
        "neel.md": ("# Alexandra Neel\n\nAlexandra Neel was born Louise Eugénie Alexandrine Marie David at Saint-Mandé in "
                    "1868.", DocMeta("Alexandra Neel", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year was Sirimavo Bandaranaike born in Ratnapura?" in prompts, prompts
    assert "In which year was Harriet Tubman born in Dorchester County?" in prompts, prompts
    assert "In which year was Alexandra Neel born at Saint-Mandé?" in prompts, prompts


def test_only_a_person_is_knighted_so_a_bare_surname_there_is_the_man() -> None:
    """"In which year was the Bessemer Process knighted?" (judge 84): in a document titled after a thing that bears a
    man's name, a bare surname that is knighted, elected or crowned is the man, never the thing."""
    texts = {
        "steel.md": ("# The Bessemer Process\n\nHenry Bessemer patented his converter in 1856.\n\nBessemer was knighted "
                     "at Windsor in 1879.", DocMeta("The Bessemer Process", kind="engineering")),
        "diesel.md": ("# The Diesel Engine\n\nRudolf Diesel built his first engine in Augsburg in 1893.\n\nDiesel was "
                      "elected to the Academy of Sciences in Munich in 1902.", DocMeta("The Diesel Engine",
                                                                                    kind="engineering")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"the (?:Bessemer Process|Diesel Engine) (?:knighted|elected)", p)], prompts
    assert any("Henry Bessemer knighted" in p for p in prompts), prompts
    assert any("Rudolf Diesel elected" in p for p in prompts), prompts


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        ("In which year did the resulting Project Mohole begin test drilling off Guadalupe Island?", True),  # judge 84
        ("In which year did the ensuing famine kill a million people in Bengal?", True),
        ("In which year did Project Mohole begin test drilling off Guadalupe Island?", False),
    ],
)
def test_what_follows_from_the_sentence_before_leans_on_it(prompt: str, leans: bool) -> None:
    assert (leans_on_context(prompt) is not None) is leans


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("About how many men did the Chicago Fire Department have?", True),  # judge 85: 185 in October 1871
        ("How many members did the Royal Society have?", True),
        ("About how many people did Middlesbrough have by 1851?", False),
        ("How many players did the Helsinki Philharmonic Orchestra have in 1899?", False),
    ],
)
def test_a_count_that_changes_needs_its_date(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


def test_an_abbey_or_a_minster_ends_a_place_not_a_family_name() -> None:
    """"In which year did Thomas Telford die at his home in Abingdon Street, Westminster Abbey?" (judge 84): the
    document wrote "Westminster Abbey" later, which the prompt took for the full form of a family name "Westminster";
    a run ending in Abbey, Minster, Chapel or Priory is a place."""
    texts = {
        "telford.md": ("# Thomas Telford\n\nThomas Telford died at his home in Abingdon Street, Westminster, in 1834. "
                       "He was buried in Westminster Abbey.", DocMeta("Thomas Telford", kind="biography")),
        "york.md": ("# John Carr\n\nJohn Carr died at his house in Askham, York, in 1807. He is remembered in York "
                    "Minster.", DocMeta("John Carr", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any(p.endswith("Abingdon Street, Westminster?") for p in prompts), prompts
    assert any(p.endswith("Askham, York?") for p in prompts), prompts


def test_a_title_word_is_never_a_surname_to_fill_in() -> None:
    """"In which year did Samuel Pepys become Samuel Pepys Secretary to the Admiralty Commission?" (judge 88) and "as
    Regius Professor of Clinical Surgery" where the source said "Professor" (judge 74): the document's "Charles II
    appointed Samuel Pepys Secretary …" or "Regius Professor of Surgery" is no full name of a "Secretary" or a
    "Professor"; a title word is left as the sentence wrote it."""
    texts = {
        "pepys.md": ("# Samuel Pepys\n\nIn 1684 Charles II appointed Samuel Pepys Secretary for the Affairs of the "
                     "Admiralty.\n\nIn 1673 Pepys became Secretary to the Admiralty Commission in London.",
                     DocMeta("Samuel Pepys", kind="biography")),
        "lister.md": ("# Joseph Lister\n\nIn 1860 Joseph Lister was appointed Regius Professor of Surgery at "
                      "Glasgow.\n\nIn 1869 Joseph Lister became Professor of Clinical Surgery at Edinburgh.",
                      DocMeta("Joseph Lister", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("Samuel Pepys become Secretary to the Admiralty Commission" in p for p in prompts), prompts
    assert any("become Professor of Clinical Surgery" in p for p in prompts), prompts
    assert not [p for p in prompts if "Pepys Secretary to" in p or "Regius Professor of Clinical" in p], prompts


def test_a_family_name_written_first_is_never_followed_by_an_english_word() -> None:
    """"In which year did Cassini Division find …?" (judge 89): "Cassini Division", the gap in Saturn's rings, was taken
    for a name written family name first ("Jang Yeong-sil", "Hong Xiuquan"); a second word that is an English word is
    no given name, so the spacecraft stays "Cassini"."""
    texts = {
        "saturn.md": ("# Ringed Worlds\n\nThe Italian-born Giovanni Domenico Cassini observed the dark gap in Saturn's "
                      "rings now called the Cassini Division.\n\nIn July 2004 Cassini found that the small moon "
                      "Enceladus was venting water.", DocMeta("Ringed Worlds", kind="science")),
        "sejong.md": ("# Sejong the Great\n\nJang Yeong-sil built a water clock for the king.\n\nJang completed the "
                      "Jagyeongnu at the palace in Hanseong in 1434.", DocMeta("Sejong the Great", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "Cassini Division find" in p], prompts
    assert any("did Jang Yeong-sil complete" in p for p in prompts), prompts


def test_a_name_that_goes_on_with_of_is_not_filled_in() -> None:
    """"In which year was Anne Shirley of Green Gables published?" (judge 225): the heroine's name, "Anne Shirley", was put
    into the novel's title. A given name followed by "of" and a capital is a longer name already ("Anne of Green
    Gables", "Catherine of Aragon") and stays as written."""
    texts = {
        "wiggin.md": ("# Kate Douglas Wiggin\n\nKate Douglas Wiggin was an American writer and teacher. Her heroine, "
                      "Rebecca Randall, is a lively girl sent to live with two aunts.\n\nRebecca of Sunnybrook Farm was "
                      "published in 1903 and sold more than a million copies. Rebecca Randall became one of the best-loved "
                      "girls in American fiction.", DocMeta("Kate Douglas Wiggin", kind="biography")),
        "porter.md": ("# Eleanor Porter\n\nEleanor Porter was an American novelist. Her best-known heroine, Emily Gale, "
                      "is an orphan who moves to a farm.\n\nThe novel Emily of Birch Hollow was published in 1913 and became "
                      "a best-seller. Emily Gale was played on stage by many young actresses.",
                      DocMeta("Eleanor Porter", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("was Rebecca of Sunnybrook Farm published" in p for p in prompts), prompts
    assert any("was the novel Emily of Birch Hollow published" in p for p in prompts), prompts


def test_a_firms_regional_arm_is_no_fuller_name_of_the_firm() -> None:
    """"In which year did Nintendo Europe first launch its GameBoy console?" (judge 220): the story wrote "Nintendo first
    launched its GameBoy console in 1989" and, later, "Nintendo Europe's general manager"; "Nintendo Europe" was taken for
    a name written family name first. A second word that names a place makes no given name: the firm stays as written."""
    texts = {
        "consoles.md": ("Nintendo first launched its GameBoy console in 1989 and has dominated the market ever since. "
                        "\"We are confident,\" said David Yarnton, Nintendo Europe's general manager.",
                        DocMeta("Handheld war heats up", kind="news", date="2004-12-01")),
        "cameras.md": ("Kodak first sold its Brownie camera in 1900 and ruled the market for decades. \"The digital shift "
                       "is hard,\" said Anne Moore, Kodak Asia's head of sales.",
                       DocMeta("Camera maker cuts jobs", kind="news", date="2005-02-10")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("did Nintendo first launch" in p for p in prompts), prompts
    assert any("did Kodak first sell" in p for p in prompts), prompts


def test_a_place_or_a_college_is_not_filled_in_as_a_person() -> None:
    """"In which year was Maria Mitchell born on Nantucket Atheneum?" and "did Maria Mitchell retire from Matthew
    Vassar?" (judge 90): a word the document writes as a place ("on Nantucket, an island") is no given name of a
    "Nantucket Atheneum", and a name the document also writes before a body's head ("Vassar College") stays as
    written after "from" or "to"."""
    texts = {
        "mitchell.md": ("# Maria Mitchell\n\nMaria Mitchell was born on 1 August 1818 on Nantucket, an island off the "
                        "coast of Massachusetts.\n\nIn 1836 Maria Mitchell became the first librarian of the Nantucket "
                        "Atheneum.\n\nThe brewer Matthew Vassar founded Vassar College in 1861.\n\nIn 1888 Maria "
                        "Mitchell retired from Vassar because of poor health.", DocMeta("Maria Mitchell",
                                                                                      kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any(p.endswith("born on Nantucket?") for p in prompts), prompts
    assert any(p.endswith("retire from Vassar?") for p in prompts), prompts
    assert not [p for p in prompts if "born on Nantucket Atheneum" in p or "from Matthew Vassar" in p], prompts


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        ("In which year did the Cherokee Nation honour Sequoyah with a silver medal for his achievement?", True),
        ("In which year did Samuel Molyneux decide to repeat Robert Hooke's experiment with better equipment?", True),
        ("In which year did Samuel Molyneux repeat Robert Hooke's experiment on the parallax of Gamma Draconis?", False),
    ],
)
def test_an_achievement_or_an_experiment_needs_what_it_was(prompt: str, leans: bool) -> None:
    """Judge 90: "for his achievement" and "Robert Hooke's experiment" name nothing a player could know."""
    persons = frozenset(["Sequoyah", "Samuel", "Molyneux", "Robert", "Hooke"])
    assert (leans_on_context(prompt, persons) is not None) is leans


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Dmitri Shostakovich, a Composer Under Stalin", "Dmitri Shostakovich"),
        ("Giuseppe Verdi: Music for Victor Emmanuel", "Giuseppe Verdi"),
        ("Mary Leakey and the Footprints Louis Leakey Never Saw", "Mary Leakey"),
    ],
)
def test_the_name_before_a_subtitle_is_the_life_a_title_is_about(title: str, subject: str) -> None:
    """"Dmitri Shostakovich, a Composer Under Stalin" (judge 92): the subtitle's "Stalin" made two people of the title,
    so the document had no subject, and "Shostakovich died" took his father's full name, "Dmitri Boleslavovich
    Shostakovich". The name before the subtitle is the one the title is about."""
    from bot.corpus.referents import title_subject

    surnames = {"Shostakovich", "Stalin", "Verdi", "Emmanuel", "Leakey"}
    body = f"{subject} was born. {subject.split()[-1]} wrote. {subject.split()[-1]} worked. {subject.split()[-1]} died."
    assert title_subject(title, body, surnames, lambda name: False) == subject


def test_a_lifes_subject_is_never_it() -> None:
    """"Bashō worked on the account of this journey, Oku no Hosomichi, … and finished it around 1694. It was published in
    1702" was asked as "In which year was Matsuo Bashō published?" (judge 92, whose document this is): whatever "it"
    is, it is not the person the document is about."""
    text = (Path(__file__).parent / "files" / "lives" / "basho.md").read_text(encoding="utf-8")
    prompts = [q.prompt for q in generate({"basho.md": (text, DocMeta("Matsuo Bashō", kind="biography"))})]
    assert any("Matsuo Bashō" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"was (?:Matsuo )?Bashō published", p)], prompts


def test_a_surname_that_is_also_a_title_word_is_asked_in_full() -> None:
    """"In which year did Didier Queloz and Mayor …?" (judge 92): "Michel Mayor", a given name and the word, is a person's
    full name; a title after a full name ("appointed Samuel Pepys Secretary") still is none."""
    texts = {
        "pegasi.md": ("# Planets of Other Stars\n\nMichel Mayor built the ELODIE spectrograph in Geneva.\n\nIn 1995 "
                      "Mayor and Didier Queloz found a planet orbiting 51 Pegasi.", DocMeta("Planets of Other Stars",
                                                                                          kind="science")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("did Michel Mayor and Didier Queloz find" in p for p in prompts), prompts


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did Regnier de Graaf write to Henry Oldenburg?", True),  # judge 94: he wrote more than once
        ("In which year did Clara Wieck write to Robert Schumann in Leipzig?", True),
        ("In which year did Regnier de Graaf write to Henry Oldenburg recommending the work of Antonie van Leeuwenhoek?",
         False),
        ("In which year did Albert Einstein write to Franklin Roosevelt about the atomic bomb?", False),
    ],
)
def test_writing_to_someone_needs_what_the_letter_said(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


def test_someone_elses_birth_or_death_in_a_life_keeps_the_lifes_name() -> None:
    """"In which year did Robert Evans die?" (a read of judge 93's documents): in a life of George Eliot only the life's
    name says who he was (her father; here her brother Isaac, as "Robert Evans" is too common a name to ask at all), so the question keeps it as its heading, and a build, which asks no side fact,
    leaves it out; someone else's act that says what it was ("perform a transfusion of human blood") stands alone."""
    texts = {
        "eliot.md": ("# George Eliot\n\nGeorge Eliot was born in Nuneaton in 1819. George Eliot wrote Middlemarch.\n\n"
                     "Isaac Evans died in Coventry in 1849.\n\nThe London obstetrician James Blundell performed a "
                     "transfusion of human blood at Guy's Hospital in 1818.", DocMeta("George Eliot", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "George Eliot: In which year did Isaac Evans die in Coventry?" in prompts, prompts
    assert any(p.startswith("In which year did the London obstetrician James Blundell") for p in prompts), prompts


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Naoroji served as Dewan, or chief minister, of the princely state of Baroda.",
         "In which year did Naoroji serve as Dewan of the princely state of Baroda?"),
        ("Okafor became Oba, or king, of the city of Benin.", "In which year did Okafor become Oba of the city of Benin?"),
    ],
)
def test_a_gloss_after_a_post_goes_and_its_place_stays(sentence: str, question: str) -> None:
    """"In which year did Dadabhai Naoroji serve as Dewan?" (judge 96): the gloss ", or chief minister," cut the post
    from "of Baroda"; the gloss goes, the "of" that completes the post stays."""
    clause = main_clause(sentence)
    assert clause is not None
    assert clause.question("In which year") == question


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did Dadabhai Naoroji leave to found his own cotton-trading firm?", True),  # judge 96
        ("In which year did Paul Gauguin leave in search of a simpler life?", True),
        ("In which year did Nellie Bly leave for London?", False),
        ("In which year did Leo Tolstoy leave Yasnaya Polyana?", False),
    ],
)
def test_a_leaving_names_what_was_left(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


def test_a_given_name_after_to_is_a_person_not_a_place() -> None:
    """"Bertha Benz and Karl" (judge 97): the document's "engaged to Karl" made the guard against places ("on
    Nantucket") take "Karl" for one; only "in", "at", "near" and "on" place a word."""
    texts = {
        "benz.md": ("# Bertha Benz\n\nBertha Ringer was engaged to Karl in 1870. Karl Benz built the Motorwagen in "
                    "Mannheim.\n\nBertha Benz and Karl married in Pforzheim in 1872.", DocMeta("Bertha Benz",
                                                                                        kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("Bertha Benz and Karl Benz marry" in p for p in prompts), prompts


# ----------------------------------------------------------------- names many people bear
@pytest.mark.parametrize(
    ("text", "common"),
    [
        ("In which year was William Smith born in the village of Churchill?", ["William Smith"]),  # judge 97
        ("In which year did John Brown raid the arsenal at Harpers Ferry?", ["John Brown"]),
        ("In which year did Mary Johnson open a school in Leeds?", ["Mary Johnson"]),
        ("In which year did the geologist William Smith die?", []),  # described before the name
        ("In which year did William Smith, the surveyor, map Bath?", []),  # and after it
        ("In which year did Mary Anne Evans publish Middlemarch?", []),  # a longer name
        ("In which year did Charles Darwin sail on the Beagle?", []),  # an uncommon surname
        ("In which year did Dadabhai Naoroji meet John Smith?", ["John Smith"]),  # a verb is no description
        # the commonest hundred or so surnames, not only the first forty (judge 262: "John Harrison")
        ("In which year did John Harrison die in London?", ["John Harrison"]),
        ("In which year did Thomas Stevens reach Yokohama?", ["Thomas Stevens"]),
        ("In which year did Ellen Richards open a laboratory for women?", ["Ellen Richards"]),
        ("In which year did Andrew Murray leave Cape Town?", ["Andrew Murray"]),
    ],
)
def test_a_name_many_people_bear_is_found_unless_described(text: str, common: list[str]) -> None:
    from bot.corpus.descriptions import common_names

    assert common_names(text) == common


@pytest.mark.parametrize(
    ("name", "document", "role"),
    [
        ("William Smith", "William Smith was an English canal surveyor and geologist who produced the first "
                          "geological map of a whole country.", "the English geologist"),
        ("John Brown", "John Brown (1800-1859) was an American abolitionist who led a raid.", "the American abolitionist"),
        ("Edward Webb", "He became assistant to Edward Webb, a land surveyor at Stow.", "the land surveyor"),
        ("Thomas Young", "Thomas Young was a British polymath.", "the British polymath"),
        ("Mary Jones", "Mary Jones is the daughter of a weaver.", None),  # "the daughter" says whose only with "of"
        ("James Clark", "James Clark moved to Glasgow in 1830.", None),
        ("John Harrison", "John Harrison (1693–1776) was an English carpenter and self-taught clockmaker who invented "
                          "the marine chronometer.", "the English clockmaker"),
    ],
)
def test_the_documents_own_description_says_which_one(name: str, document: str, role: str | None) -> None:
    from bot.corpus.descriptions import role_of

    assert role_of(name, document) == role


def test_a_question_on_a_common_name_carries_the_documents_description_or_is_not_asked() -> None:
    """"In which year was William Smith born …?" (judge 97): which William Smith? The document's opening says he was
    a geologist, so the question does too; with no description in the text a birth, a death or a move, which are
    everyone's, is not asked, and a deed that says who ("raid the arsenal at Harpers Ferry") is. Someone named beside
    him says who is meant too ("Arno Penzias and Robert Wilson")."""
    texts = {
        "smith.md": ("# William Smith\n\nWilliam Smith was an English canal surveyor and geologist who made the first "
                     "geological map of a whole country.\n\nWilliam Smith was born in the village of Churchill in "
                     "1769.\n\nWilliam Smith died in Northampton in 1839.", DocMeta("William Smith", kind="biography")),
        "brown.md": ("# A Raid in Virginia\n\nThe arsenal at Harpers Ferry stood on the Potomac.\n\nJohn Brown moved "
                     "to Kansas in 1855.\n\nIn 1964 Arno Penzias and Robert Wilson began to use a horn antenna at "
                     "Holmdel.\n\nIn 1859 John Brown raided the federal arsenal at Harpers Ferry.",
                     DocMeta("A Raid in Virginia", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any(p.startswith("In which year was the English geologist William Smith born") for p in prompts), prompts
    assert any(p.startswith("In which year did the English geologist William Smith die") for p in prompts), prompts
    assert not any("John Brown move" in p for p in prompts), prompts
    assert any("John Brown raid the federal arsenal at Harpers Ferry" in p for p in prompts), prompts
    assert any("Arno Penzias and Robert Wilson" in p for p in prompts), prompts


def test_names_beyond_the_commonest_forty_carry_their_description_too() -> None:
    """"In which year did John Harrison die in London?" (judge 262): which John Harrison? "Harrison" is among the
    commonest hundred English surnames, not the first forty, and a clockmaker's life, a chemist's and a cyclist's name
    their own with one: the question says it."""
    texts = {
        "harrison.md": ("# John Harrison\n\nJohn Harrison (1693–1776) was an English carpenter and self-taught "
                        "clockmaker who invented the marine chronometer.\n\nJohn Harrison travelled to London in 1730 "
                        "to seek support for a marine clock.\n\nJohn Harrison died in London on 24 March 1776.",
                        DocMeta("John Harrison", kind="biography")),
        "richards.md": ("# Ellen Richards\n\nEllen Richards was an American chemist who founded the study of home "
                        "economics.\n\nEllen Richards was born in Dunstable, Massachusetts, in 1842.\n\nEllen "
                        "Richards died in Boston in 1911.", DocMeta("Ellen Richards", kind="science")),
        "stevens.md": ("# Around the World on a Bicycle\n\nThomas Stevens was an English cyclist who rode a penny-"
                       "farthing around the world.\n\nThomas Stevens was born in Berkhamsted in 1854.\n\nThomas "
                       "Stevens died in London in 1935.", DocMeta("Around the World on a Bicycle", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any(p.startswith("In which year did the English clockmaker John Harrison die") for p in prompts), prompts
    assert any(p.startswith("In which year was the American chemist Ellen Richards born") for p in prompts), prompts
    assert any(p.startswith("In which year did the English cyclist Thomas Stevens die") for p in prompts), prompts
    assert not [p for p in prompts if any(p.startswith(f"In which year {v} {name}") for v in ("did", "was")
                                         for name in ("John Harrison", "Ellen Richards", "Thomas Stevens"))], prompts


# ----------------------------------------------------------------- a person named like a place
def test_a_person_whose_surname_is_a_places_last_word_is_a_person_when_the_text_says_so() -> None:
    """"In which year was Park born at Foulshiels?" (judge 99): "Mungo Park" was typed a place, like "Hyde Park", so
    the bare "Park" was never put in full; the text calls him an explorer and says when he was born."""
    gaz = build_gazetteer(["Mungo Park was a Scottish surgeon and explorer.", "Park was born in 1771 at Foulshiels.",
                           "Roger Bridge was an English engineer who built docks.", "Hyde Park lies in London.",
                           "The crowd gathered in Victoria Park in 1848."])
    for name in ("Mungo Park", "Park", "Roger Bridge"):
        assert (e := gaz.lookup(name)) is not None and e.type == PERSON, name
    for name in ("Hyde Park", "Victoria Park"):
        assert (e := gaz.lookup(name)) is not None and e.type == PLACE, name
    texts = {
        "park.md": ("# Mungo Park: Explorer of the Niger\n\nMungo Park was a Scottish surgeon and explorer who reached "
                    "the Niger.\n\nPark was born on 11 September 1771 at Foulshiels.\n\nIn March 1796 Park was seized "
                    "by the Moorish ruler Ali of Ludamar.", DocMeta("Mungo Park: Explorer of the Niger", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year was Mungo Park born at Foulshiels?" in prompts, prompts
    assert "In which year was Mungo Park seized by the Moorish ruler Ali of Ludamar?" in prompts, prompts


def test_the_tail_of_a_hyphened_name_is_not_a_full_name() -> None:
    """"In which year was Muhammad Akbar born at Umerkot in Sindh?" (judge 194): "Jalal-ud-din Muhammad Akbar" was read
    as a given name "Muhammad" and a surname "Akbar", a name nobody calls him (and another prince's). A run of names after
    a hyphened name ("Jalal-ud-din") is the tail of one longer name, no full form of its own; after a hyphened
    description ("the scrum-half Tom Varn") a name is whole."""
    texts = {
        "akbar.md": ("# Akbar the Great\n\nJalal-ud-din Muhammad Akbar ruled the Mughal Empire from 1556 to 1605.\n\nAkbar "
                     "was born at Umerkot in Sindh in 1542. He became emperor at Kalanaur in 1556. Akbar died at Agra in "
                     "1605.", DocMeta("Akbar the Great",
                                                                                                kind="biography")),
        "ghori.md": ("# Ghori\n\nShihab-ud-din Muhammad Ghori was a ruler of the Ghurid dynasty.\n\nGhori was born in Ghor "
                     "in 1144. Ghori was killed on the Jhelum in 1206.", DocMeta("Ghori", kind="biography")),
        # ... but a hyphened description before a name is no part of it
        "wing.md": ("# Tom Varn\n\nThe club signed the scrum-half Tom Varn from Kessel in 1999.\n\nVarn was born in Lode "
                    "in 1975. Varn was capped by Wales in 2001.", DocMeta("Tom Varn", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "born" in p] and [p for p in prompts if re.search(r"\b(?:die|killed)\b", p)], prompts
    assert [p for p in prompts if "become emperor" in p], prompts  # "He" is Akbar, in full as the text gives him
    assert not [p for p in prompts if "Muhammad" in p], prompts
    assert [p for p in prompts if "Tom Varn capped" in p], prompts


def test_a_piece_of_a_long_run_of_names_is_not_a_full_name() -> None:
    """"In which year did Hulikohola Kahanamoku die …?" (judge 360): "Duke Paoa Kahinu Mokoe Hulikohola Kahanamoku", six
    names, was cut into pieces of up to four, and its last two were read as his name, one nobody calls him. A run of five
    capitalised words or more gives no full name; the surname alone is put in full as the title names the life."""
    texts = {
        "kel.md": ("# Duke Kelamoku\n\nDuke Paoa Kahinu Mokoe Hulikohola Kelamoku (24 August 1890 – 22 January 1968) was "
                   "a Hawaiian swimmer.\n\nKelamoku was born in Honolulu in the Kingdom of Hawaii. Kelamoku died of a "
                   "heart attack in Honolulu on 22 January 1968, aged 77.", DocMeta("Duke Kelamoku", kind="biography")),
        "ruiz.md": ("# Lalo Ruiz\n\nLalo Ramon Mateo Jose Antonio Ruiz (1841 – 1902) was a Spanish painter.\n\nRuiz was "
                    "born in Seville. Ruiz died of a fever in Seville on 3 May 1902, aged 61.",
                    DocMeta("Lalo Ruiz", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts) if q.kind == "when")
    assert "Hulikohola" not in prompts and "Antonio Ruiz" not in prompts and "Jose Antonio" not in prompts, prompts
    assert "did Duke Kelamoku die of a heart attack" in prompts, prompts
    assert "did Lalo Ruiz die of a fever" in prompts, prompts


def test_a_peer_is_named_with_his_title_and_a_sentences_opening_preposition_is_no_name() -> None:
    """"did Gaston Maspero introduce Howard Carter to George Herbert?" (judge 197) cut "George Herbert, 5th Earl of
    Carnarvon", a peer known by his title; "In which year was Near Persepolis inscribed …?" (judge 197) took "Near
    Persepolis", a sentence's opening, for a full name. A peer is asked with his title (given back where the prompt
    ends on him) or not at all, and a run of capitals that opens on a preposition names no one."""
    texts = {
        "carter.md": ("# Tom Varn\n\nTom Varn was an English archaeologist.\n\nIn 1907 Ada Lind introduced Tom Varn to "
                      "George Kell, 5th Earl of Lode, a wealthy aristocrat.", DocMeta("Tom Varn", kind="biography")),
        "duke.md": ("# Otto Marr\n\nOtto Marr was a Scottish painter.\n\nIn 1850 Otto Marr painted Henry Brill, 3rd Duke "
                    "of Kessel, at his castle.", DocMeta("Otto Marr", kind="biography")),
        "ruin.md": ("# Varnapolis\n\nNear Varnapolis, the king built a palace of stone.\n\nVarnapolis was inscribed on "
                    "the UNESCO World Heritage List in 1979.", DocMeta("Varnapolis", kind="history")),
        "fort.md": ("# Kesselburg\n\nBeyond Kesselburg, the army camped by the river.\n\nKesselburg was besieged by the "
                    "Swedish army in 1631.", DocMeta("Kesselburg", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"George Kell(?!, 5th)|Henry Brill(?!, 3rd)", p)], prompts
    assert "In which year did Ada Lind introduce Tom Varn to George Kell, 5th Earl of Lode?" in prompts, prompts
    assert [p for p in prompts if p.startswith("In which year was Varnapolis inscribed")], prompts
    assert [p for p in prompts if p.startswith("In which year was Kesselburg besieged")], prompts


def test_a_place_after_of_and_a_given_name_are_no_full_name() -> None:
    """"In which year did Sansepolcro Piero die in Sansepolcro?" (judge 198): "For the town hall of Sansepolcro Piero
    painted the Resurrection" ran the town and the painter's name together. After "of", a word the text writes as a
    place ("in Sansepolcro") opens no one's name."""
    texts = {
        "piero.md": ("# Painter of Kessel\n\nThe painter Piero della Varni worked in Umbria.\n\nFor the town hall of Kessel "
                     "Piero painted a fresco of the Resurrection. Piero was buried in Kessel.\n\nPiero died in Kessel in "
                     "1492.", DocMeta("Painter of Kessel", kind="biography")),
        "anna.md": ("# Sculptor of Varno\n\nThe sculptor Anna della Lodi worked in Umbria.\n\nFor the cathedral of Varno "
                    "Anna carved an altar of marble. Anna was married in Varno.\n\nAnna died in Varno in 1540.",
                    DocMeta("Sculptor of Varno", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if re.search(r"\bdie in (?:Kessel|Varno)\?", p)], prompts
    assert not [p for p in prompts if re.search(r"Kessel Piero|Varno Anna", p)], prompts


def test_a_bare_name_is_put_in_full_only_as_the_one_it_means() -> None:
    """Three wrong full names of judges 202 and 203. "succeeded him as Edward I.\n\nSimon de Montfort was …" made "Edward
    I. Simon" a name with a middle initial ("did Edward I. Simon de Montfort trap Montfort's army"): a regnal numeral
    ending a sentence is no initial. "Niles asked Alcott" became "Amos Bronson Alcott" in a life of Louisa May Alcott: a
    life's surname is the life's person. "Kamehameha died at Kamakahonu" became "King Kamehameha V" in a life of
    Kamehameha I whose text names Kamehameha II and V: of several rulers of one name, the title's, else none."""
    texts = {
        "war.md": ("# The Varn War\n\nThe barons rose against King Henry in 1263.\n\nHenry died in 1272, and Edward succeeded "
                   "him as Edward I.\n\nSimon Lode was venerated as a martyr. Edward trapped the rebel army at Kessel in 1265.",
                   DocMeta("The Varn War", kind="history")),
        "alcott.md": ("# Ada May Varn\n\nAda May Varn was an American novelist, the daughter of Amos Bronson Varn.\n\nIn 1867 "
                      "Tom Lode, an editor in Boston, asked Varn to write a book for girls.",
                      DocMeta("Ada May Varn", kind="biography")),
        "king.md": ("# Kessamehu I: The Chief Who United the Islands\n\nKessamehu was born on Kohala around 1758.\n\nIn 1795 "
                    "Kessamehu conquered Maui and Oahu. Kessamehu died at Kamakahonu in 1819. His son became Kessamehu II. "
                    "In 1871 King Kessamehu V proclaimed a holiday in honour of his grandfather.",
                    DocMeta("Kessamehu I: The Chief Who United the Islands", kind="biography")),
    }
    # ... and a bare name two numbered people bear is the title's one (judge 205: "did Johann Strauss die of pneumonia?")
    texts["waltz.md"] = ("# Anton Varn II: The Waltz King\n\nAnton Varn II was the son of Anton Varn I, a bandleader.\n\n"
                         "Anton Varn wrote the Kessel Waltz in 1866. Anton Varn died of pneumonia in Vienna in 1899.",
                         DocMeta("Anton Varn II: The Waltz King", kind="biography"))
    texts["march.md"] = ("# Two bandleaders\n\nOtto Brill I and his son Otto Brill II both led the band.\n\nIn 1870 Otto Brill "
                         "wrote the Lode March for the band.", DocMeta("Two bandleaders", kind="history"))
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "Anton Varn II write the Kessel Waltz" in p], prompts
    assert not [p for p in prompts if re.search(r"Anton Varn (?!II)|Otto Brill", p)], prompts
    assert not [p for p in prompts if re.search(r"Edward I\. Simon|Amos Bronson|Kessamehu V (?:conquer|die)", p)], prompts
    assert [p for p in prompts if "Ada May Varn to write a book" in p], prompts
    assert [p for p in prompts if p.startswith("In which year did Kessamehu I conquer Maui")], prompts


def test_a_given_name_beside_a_kin_noun_is_not_put_in_full_from_someone_else() -> None:
    """"Park's eldest son, Thomas Anderson" (judge 99): the son was a Park; "Thomas Anderson", the surgeon the text
    names earlier, is someone else. A given name in apposition to a kin noun stays as written, and a brother's, a son's
    or a father's is put in full only with the family's name."""
    texts = {
        "park.md": ("# Mungo Park\n\nMungo Park was a Scottish explorer.\n\nMungo Park was apprenticed to a surgeon, "
                    "Thomas Anderson, in 1786.\n\nMungo Park's eldest son, Thomas, went to West Africa in 1827.",
                    DocMeta("Mungo Park", kind="biography")),
        "bell.md": ("# Alexander Graham Bell\n\nAlexander Graham Bell was a Scottish-born inventor.\n\nMabel Hubbard "
                    "married Alexander Graham Bell in 1877. Bell worked with Thomas Watson in Boston.\n\nBell's "
                    "daughter, Elsie, married Gilbert Grosvenor in 1900.", DocMeta("Alexander Graham Bell",
                                                                                   kind="biography")),
        # ... and without commas: "Tolstoy followed his elder brother Nikolai" became "Nikolai Nekrasov", the poet the
        # text names later (judge 195)
        "varn.md": ("# Lev Varn\n\nLev Varn was a Russian novelist.\n\nIn 1851 Lev Varn followed his elder brother "
                    "Nikolai to the Caucasus. His first story appeared in a journal edited by the poet Nikolai Lodin.",
                    DocMeta("Lev Varn", kind="biography")),
        "brill.md": ("# Karl Brill\n\nKarl Brill was a German chemist.\n\nIn 1880 Karl Brill took his son Otto to Paris. "
                     "Karl Brill met the banker Otto Kahn in Paris.", DocMeta("Karl Brill", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year did Mungo Park's eldest son, Thomas, go to West Africa?" in prompts, prompts
    assert [p for p in prompts if "his elder brother Nikolai to the Caucasus" in p], prompts
    assert [p for p in prompts if "his son Otto to Paris" in p], prompts
    assert not any(re.search(r"Thomas Anderson, go|Elsie Hubbard|Nikolai Lodin|Otto Kahn", p) for p in prompts), prompts


def test_an_act_the_document_dates_twice_is_not_asked() -> None:
    """"In which year did Mungo Park sail from Portsmouth?" (judge 99): he sailed from Portsmouth in 1795 and again in
    1805, so either year is right, though the sentence of 1795 goes on to another act and names another place. An act
    done once, or told from the other by what the prompt says ("on his third voyage"), stays."""
    texts = {
        "park.md": ("# Mungo Park\n\nMungo Park was a Scottish explorer.\n\nMungo Park sailed from Portsmouth on 22 "
                    "May 1795 and reached the Gambia River in June.\n\nMungo Park married Allison Anderson in 1799.\n\n"
                    "In 1805 Mungo Park sailed from Portsmouth with forty soldiers.", DocMeta("Mungo Park",
                                                                                           kind="biography")),
        "cook.md": ("# James Cook\n\nJames Cook was a British navigator.\n\nJames Cook sailed from Plymouth in August "
                    "1768 and reached Tahiti in April 1769.\n\nJames Cook was promoted to commander in 1771.\n\nJames "
                    "Cook sailed from Plymouth in 1776 on his third voyage.", DocMeta("James Cook", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not any(p.endswith(("sail from Portsmouth?", "sail from Plymouth?")) for p in prompts), prompts
    assert "In which year did Mungo Park marry Allison Anderson?" in prompts, prompts
    assert any(p.endswith("sail from Plymouth on his third voyage?") for p in prompts), prompts


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Thor Heyerdahl travelled with his first wife, Liv Coucheron-Torp, to the island of Fatu Hiva.",
         "In which year did Thor Heyerdahl travel with his first wife, Liv Coucheron-Torp, to the island of Fatu Hiva?"),
        ("Clara Wieck sent her pupil, Marie Wieck, to Leipzig.",
         "In which year did Clara Wieck send her pupil, Marie Wieck, to Leipzig?"),
        ("Amundsen went with his brother, Leon, into the mountains.",
         "In which year did Amundsen go with his brother, Leon, into the mountains?"),
    ],
)
def test_a_name_in_apposition_keeps_the_phrase_after_it(sentence: str, question: str) -> None:
    """"In which year did Thor Heyerdahl travel with his first wife?" (judge 98): the clause was cut at the comma
    before the wife's name, and lost where they went."""
    clause = main_clause(sentence)
    assert clause is not None
    assert clause.question("In which year") == question


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did Congress finally choose Promontory Summit?", True),  # judge 99: as what?
        ("In which year did the jury pick Paris?", True),
        ("In which year did the committee select the Crystal Palace?", True),
        ("In which year did the IOC choose Sydney as host of the 2000 Games?", False),
        ("In which year did the party select Gordon Brown as its leader?", False),
    ],
)
def test_a_choice_says_what_it_was_for(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


@pytest.mark.parametrize(
    ("prompt", "vague"),
    [
        ("In which year did Rabindranath Tagore become seriously ill?", True),  # judge 72: ill again in 1940
        ("In which year did Humphry Davy's health decline after a stroke?", True),  # judge 82
        ("In which year did Bedřich Smetana's health collapse?", True),  # judge 86
        ("In which year did the old queen fall ill?", True),
        ("In which year did Chien-Shiung Wu die of a stroke in New York City?", False),  # a death is once
        ("In which year did Ibn Sina fall seriously ill with colic?", False),  # the illness named
        ("In which year did Emmy Noether undergo surgery for a tumour in her pelvis?", False),
    ],
)
def test_an_illness_is_asked_only_with_what_tells_it_from_others(prompt: str, vague: bool) -> None:
    assert (missing_argument(prompt) is not None) is vague


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Abebe Bikila was caught up, though not as an active participant, in the failed coup attempt against Haile "
         "Selassie.", "In which year was Abebe Bikila caught up in the failed coup attempt against Haile Selassie?"),
        ("Amnesty International members voted to extend the organisation's work from political and civil rights to "
         "cover social and economic rights.", "In which year did Amnesty International members vote to extend the "
         "organisation's work from political and civil rights to cover social and economic rights?"),
        ("Jared Brooks counted 1,874 separate shocks between 16 December 1811 and 4 May 1812, graded by strength.",
         "In which year did Jared Brooks count 1,874 separate shocks between 16 December 1811 and 4 May 1812?"),
        ("The queen opened the bridge, though late, at Windsor.", "In which year did the queen open the bridge at Windsor?"),
    ],
)
def test_a_clause_keeps_what_a_concession_a_range_or_a_month_stood_beside(sentence: str, question: str) -> None:
    """Judge 103: "was Abebe Bikila caught up?" lost the coup a concession stood before; "from political?" lost the
    range's second part, whose "to cover" was taken for an infinitive of its own; "between 16 December 1811?" lost
    "and 4 May 1812", whose "May" was taken for a modal."""
    clause = main_clause(sentence)
    assert clause is not None
    assert clause.question("In which year") == question


def test_a_year_question_on_an_award_given_the_next_year_is_not_asked() -> None:
    """"In which year did Bill Conti receive an Oscar for … The Right Stuff?" (judge 103): the text gave 1983, the
    film's year; the Oscar was given in 1984. A film, television, music or theatre award is given the year after the
    work, so either year may be meant; a prize given for the year itself stands."""
    texts = {
        "conti.md": ("# Bill Conti\n\nBill Conti was an American composer.\n\nBill Conti received an Oscar for the "
                     "score of The Right Stuff in 1983.\n\nBill Conti moved to Los Angeles in 1970.",
                     DocMeta("Bill Conti", kind="biography")),
        "dench.md": ("# Judi Dench\n\nJudi Dench was an English actress.\n\nJudi Dench won a Bafta for A Room with a "
                     "View in 1986.\n\nJudi Dench received the Praemium Imperiale in Tokyo in 2011.",
                     DocMeta("Judi Dench", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not any("Oscar" in p or "Bafta" in p for p in prompts), prompts
    assert "In which year did Bill Conti move to Los Angeles?" in prompts, prompts
    assert any("Praemium Imperiale" in p for p in prompts), prompts


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        ("In which year was Abebe Bikila caught up in the failed coup attempt against Haile Selassie?", False),
        ("In which year did Charles Parnell lead the campaign for Irish Home Rule?", False),
        ("In which year did Michel Mayor present the discovery at the Ninth Cambridge Workshop?", True),  # of what?
        ("In which year did the treaty end the war?", True),
    ],
)
def test_a_definite_noun_is_named_by_a_name_after_against_for_or_with(prompt: str, leans: bool) -> None:
    """"the failed coup attempt against Haile Selassie" (judge 103) says which coup, as "of …" would; a find or an
    idea ("the discovery") is named only by its "of …", never by where it was presented."""
    assert (leans_on_context(prompt, set(), set(), set()) is not None) is leans


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        ("In which year did Rachel Carson pass the civil service examination?", False),
        ("In which year did Winston Churchill return Britain to the gold standard?", False),
        ("In which year did the Soviet Union win the space race?", False),
        ("In which year did the standard change?", True),  # a bare "the standard" still points back
        ("In which year did the gold arrive in London?", True),
    ],
)
def test_a_fixed_two_word_name_of_one_thing_needs_no_referent(prompt: str, leans: bool) -> None:
    """"the gold standard", "the civil service": one thing, whatever the sentence before said, as "the world" is."""
    assert (leans_on_context(prompt, set(), set(), set()) is not None) is leans


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did Marquess Francesco become Marquess Francesco II?", True),  # judge 104: circular
        ("In which year did Samuel Pepys become Samuel Pepys Secretary to the Admiralty?", True),  # judge 88
        ("In which year did Queen Victoria become Empress of India?", False),
        ("In which year did the French chemist Georges Urbain announce a new element from rare-earth residues?", True),
        ("In which year did the society found a new school for the daughters of miners?", True),
        ("In which year did Michel Mayor install a new spectrograph called ELODIE on the telescope?", False),
        ("In which year did measurements at Mauna Loa begin using a new infrared gas analyser?", False),  # judge 71
    ],
)
def test_a_question_is_neither_circular_nor_about_an_unnamed_new_thing(prompt: str, missing: bool) -> None:
    """Judge 104: "did Marquess Francesco become Marquess Francesco II?" answers itself, and "announce a new element"
    does not say which (Urbain announced two). A new thing with its name, or one only used, stays."""
    assert (missing_argument(prompt) is not None) is missing


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        # judge 126: which standoff? The Pig War's, which the prompt never names
        ("In which year did news of the standoff reach Washington, D.C.?", True),
        ("In which year did word of the victory reach Paris?", True),
        ("In which year did news of the Armistice reach Baghdad?", False),
        ("In which year did the crew of the Endeavour reach Botany Bay?", False),
        # judge 126: the original of what? The Cyrus Cylinder, which the prompt never names
        ("In which year did the British Museum lend the original to the National Museum of Iran in Tehran?", True),
        ("In which year was the original returned to Baghdad?", True),
        ("In which year did the original Globe Theatre burn down?", False),
        ("In which year was the original manuscript of the Principia found?", False),
    ],
)
def test_a_definite_noun_in_the_subjects_phrase_or_a_bare_original_needs_its_name(prompt: str, leans: bool) -> None:
    assert (leans_on_context(prompt, set(), set(), set()) is not None) is leans


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        ("In which year did Mary Anderson and Emily Bovell join them?", True),  # judge 110's document: join whom?
        ("In which year did Ann Lee and Rose Hart meet them in Leeds?", True),
        ("In which year did Pierre Curie and Marie Curie publish their paper on radium?", False),
    ],
)
def test_them_after_two_names_is_not_those_two(prompt: str, leans: bool) -> None:
    """"their" after two people is theirs; "them" is the object of a verb whose subject they are, so someone else."""
    persons = {"Mary", "Anderson", "Emily", "Bovell", "Ann", "Lee", "Rose", "Hart", "Pierre", "Marie", "Curie"}
    assert (leans_on_context(prompt, persons, set(), set()) is not None) is leans


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did Tomáš Garrigue Masaryk go on to the United States?", True),  # judge 126: on from where?
        ("In which year did Lewis and Clark press on to the Pacific?", True),
        ("In which year did Douglas Mawson go on to lead the Australasian Antarctic Expedition?", False),
        ("In which year did Napoleon's army march on Moscow?", False),
        # judge 132: turned to Mycenae from what, to do what there?
        ("In which year did Heinrich Schliemann turn to Mycenae?", True),
        ("In which year did the Carnegie Institution turn to the Mount Wilson Observatory for help?", True),
        ("In which year did Heinrich Schliemann begin excavating at Mycenae?", False),
    ],
)
def test_one_leg_of_a_journey_says_where_it_went_on_from(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        # judge 123: which statement? There were several on the Attorney General's advice
        ("In which year was a short statement about Lord Goldsmith's position presented in a written parliamentary "
         "answer?", True),
        ("In which year was a letter from Mary Kingsley read to the Royal Geographical Society?", True),
        ("In which year did a report on the Tay Bridge disaster blame Thomas Bouch?", True),
        ("In which year did a man in Anhui film a large white animal?", True),  # which man?
        # (not a new named company: "a new Clifton Suspension Bridge Company" leans on the older one, judge 168)
        ("In which year was a new company formed to finish the Clifton Suspension Bridge?", False),
        ("In which year was a special Fire Court set up to settle disputes between landlords and tenants?", False),
    ],
)
def test_a_subject_that_is_one_of_many_unnamed_says_which(prompt: str, missing: bool) -> None:
    """A statement, a letter or a report, or a man or a woman, with nothing to name it, is one of many: the prompt
    does not say which one it asks about. A new company or a court, though indefinite, is one of a kind."""
    assert (missing_argument(prompt) is not None) is missing


@pytest.mark.parametrize(
    ("prompt", "leans"),
    [
        ("In which year did Sake Dean Mahomed open larger baths?", True),  # judge 105: larger than what?
        ("In which year did the miners win higher wages?", True),
        ("In which year did the union win higher wages for miners than any other?", True),  # "the union" still
        ("In which year did the Lower House of Parliament pass the Reform Act?", False),
    ],
)
def test_a_bare_plural_comparative_says_than_what(prompt: str, leans: bool) -> None:
    assert (leans_on_context(prompt, set(), set(), set()) is not None) is leans


def test_a_vessel_named_by_where_it_was_is_not_named() -> None:
    """"did George Nares leave the ship at Hong Kong …?" (judge 105): "at Hong Kong" says where the ship was, not which
    ship it was, as "the locks at Gatun" says which locks."""
    from bot.corpus.descriptions import anaphoric_definite

    assert anaphoric_definite("In which year did George Nares leave the ship at Hong Kong?", {"ship"}) == "the ship"
    assert anaphoric_definite("In which year did Hedin leave the expedition at Lhasa?", {"expedition"}) == "the expedition"
    assert anaphoric_definite("In which year did the locks at Gatun open?", {"locks"}) is None
    assert anaphoric_definite("In which year did the ship of Captain Cook reach Tahiti?", {"ship"}) is None


def test_a_titles_common_head_is_written_in_lower_case_in_a_question() -> None:
    """"repeat the Stern–Gerlach Experiment" (judge 105): the title's capital leaked into the question; a head the
    text never capitalises inside a sentence is a common noun after a name ("the Laki Fissure eruption"), and one it
    does ("the Panama Canal") stays a name."""
    from bot.corpus.referents import document_noun_phrases

    body = "Two physicists ran it in 1922. The experiment was hard. Phipps and Taylor repeated the experiment in 1927."
    assert document_noun_phrases("The Stern–Gerlach Experiment", body)["experiment"] == "Stern–Gerlach experiment"
    canal = "Work on the Panama Canal began in 1904. The canal opened in 1914."
    assert document_noun_phrases("The building of the Panama Canal", canal)["canal"] == "Panama Canal"


def test_a_later_name_a_place_was_given_is_not_its_full_name() -> None:
    """"In which year was Hadriane Petra inscribed on the UNESCO World Heritage List?" (judge 107): the text says Petra
    "bore the name Hadriane Petra" after Hadrian's visit; a name something was given is no fuller form of it, as
    "Mungo Park" is of "Park"."""
    texts = {
        "petra.md": ("# Petra: The Rose-Red City\n\nPetra was the capital of the Nabataeans. The emperor Hadrian visited "
                     "it in 130, after which it bore the name Hadriane Petra.\n\nPetra was inscribed on the UNESCO "
                     "World Heritage List in 1985.\n\nPetra was struck by an earthquake in 363.",
                     DocMeta("Petra: The Rose-Red City", kind="history")),
        "york.md": ("# York\n\nYork was founded by the Romans. After 866 the city was renamed Jorvik York by its Viking "
                    "settlers.\n\nYork was granted a royal charter in 1212.", DocMeta("York", kind="history")),
    }
    texts["chopin.md"] = ("# Fryderyk Chopin\n\nFryderyk Chopin was a Polish composer. He met the novelist Aurore Dupin, "
                          "known as George Sand, in Paris.\n\nIn 1838 Sand took Chopin to Majorca.",
                          DocMeta("Fryderyk Chopin", kind="biography"))
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any(p.startswith("In which year was Petra inscribed") for p in prompts), prompts
    assert not any("Hadriane" in p or "Jorvik York" in p for p in prompts), prompts
    # the name someone is known by is theirs (judge 108: "did Sand take Chopin …?")
    assert any(p.startswith("In which year did George Sand take") for p in prompts), prompts


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year was Sergei Korolev sent?", True),  # judge 109: sent where, to do what?
        ("In which year was Sergei Korolev sent to Germany to study the V-2?", False),
        ("In which year did Parliament ask the Astronomer Royal, George Biddell Airy?", True),  # judge 108: asked what?
        ("In which year did Parliament ask George Airy to design the clock of the Palace of Westminster?", False),
        ("In which year did the king urge Cardinal Wolsey?", True),
    ],
)
def test_a_sending_or_an_asking_says_where_or_what(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


def test_a_headlines_description_is_no_given_name() -> None:
    """"In which year was singer Singer Ian Brown sentenced …?" (judge 108): the headline "Singer Ian Brown 'in gig
    arrest'" made "Singer Ian Brown" the story's person, and "he" became him, after the text's own "singer"."""
    from bot.corpus.referents import title_subject

    body = "Ian Brown was arrested in San Francisco. Brown was lead singer with the band. Brown was released."
    assert title_subject("Singer Ian Brown 'in gig arrest'", body, {"Brown"}, lambda s: False) == "Ian Brown"
    body = "Kelly Holmes won in Athens. Holmes trained in Kent. Holmes retired later."
    assert title_subject("Athlete Kelly Holmes retires", body, {"Holmes"}, lambda s: False) == "Kelly Holmes"


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did Joseph Adhémar propose that the slow changes of the Earth's orbit might be responsible?",
         True),  # judge 111: responsible for what?
        ("In which year did Stan Lee take legal action?", True),  # judge 111: against whom?
        ("In which year did the miners sue?", True),
        ("In which year did Stan Lee sue Marvel over the Spider-Man profits?", False),
        ("In which year was the company responsible for the spill fined?", False),
    ],
)
def test_a_blame_or_a_lawsuit_says_for_what_or_against_whom(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


def test_a_storys_eventually_or_finally_leaves_a_year_question() -> None:
    """"In which year was Emin Pasha eventually brought to the coast at Bagamoyo?" (judge 110): "eventually" leans on
    the story before it, and a year question asks when anyway; "once" went the same way before."""
    texts = {
        "emin.md": ("# Emin Pasha\n\nEmin Pasha was a German physician.\n\nEmin Pasha was eventually brought to the coast "
                    "at Bagamoyo in 1889.", DocMeta("Emin Pasha", kind="biography")),
        "canal.md": ("# A canal company\n\nThe Lorne Canal Company was formed in 1790.\n\nThe Lorne Canal Company finally "
                     "opened the Lorne Canal at Carrow in 1801.", DocMeta("A canal company", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year was Emin Pasha brought to the coast at Bagamoyo?" in prompts, prompts
    assert "In which year did the Lorne Canal Company open the Lorne Canal at Carrow?" in prompts, prompts
    assert not any(re.search(r"\b(?:eventually|finally)\b", p) for p in prompts), prompts


def test_a_dates_calendar_goes_with_the_date_and_ill_health_is_no_name() -> None:
    """Judge 112: "was Nicolaus Steno born in Copenhagen in the Julian calendar?" kept the calendar the removed date was
    given in, as if the year depended on it; "did Ill health force William Wilberforce to retire?" kept the capital of
    the sentence's first word ("Ill" is a river too)."""
    texts = {
        "steno.md": ("# Nicolaus Steno\n\nNicolaus Steno was a Danish anatomist.\n\nNicolaus Steno was born in Copenhagen "
                     "on 1 January 1638 in the Julian calendar.\n\nNicolaus Steno died at Schwerin on 25 November 1686 "
                     "(Old Style).", DocMeta("Nicolaus Steno", kind="biography")),
        "wilberforce.md": ("# William Wilberforce\n\nWilliam Wilberforce was an English politician.\n\nIll health "
                           "forced William Wilberforce to retire from the Commons in 1825.",
                           DocMeta("William Wilberforce", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year was Nicolaus Steno born in Copenhagen?" in prompts, prompts
    assert "In which year did Nicolaus Steno die at Schwerin?" in prompts, prompts
    assert not any("calendar" in p or "Old Style" in p or "Ill health" in p for p in prompts), prompts
    assert any("did ill health force William Wilberforce" in p for p in prompts), prompts


def test_a_headline_runs_names_together_and_gives_no_full_name() -> None:
    """"In which year did Blair Labour win a huge majority …?" (judge 112): the headline "Blair Labour's longest-serving
    PM" made "Blair Labour" the full form of "Labour"; a news story's names come from its text, as its subject does."""
    texts = {
        "pm.txt": ("Blair Labour's longest-serving PM\n\nTony Blair has become the Labour Party's longest-serving prime "
                   "minister. Labour won a huge majority of 179 over the Conservatives in 1997.",
                   DocMeta("Blair Labour's longest-serving PM", kind="news", date="2005-02-06")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year did Labour win a huge majority of 179 over the Conservatives?" in prompts, prompts


def test_a_headlines_description_names_nothing_the_text_writes_otherwise() -> None:
    """"In which year did the Chilean copper price reach a 16-year high?" (judge 142): the headline "Record year for
    Chilean copper" made "Chilean copper" the full form of "copper", because the text names "the Chilean Copper
    Commission"; but "The copper price" is the world's. A headline's phrase names the text's thing only as the text
    writes it, in its own case; "the Cup" under "… seal Hopman Cup success" is still the Hopman Cup."""
    texts = {
        "tin.txt": ("Record year for Varnish tin\n\nVarnland's tin industry earned a record $2.1bn in 2004, the Varnish "
                    "Tin Commission said. The tin price reached a 16-year high in October 2004.",
                    DocMeta("Record year for Varnish tin", kind="news", date="2005-02-01")),
        "nickel.txt": ("Kessel nickel output soars\n\nMines in Kessel produced 90,000 tonnes of nickel last year, the "
                       "Kessel Nickel Board said. The nickel price rose to a record high in March 2004.",
                       DocMeta("Kessel nickel output soars", kind="news", date="2005-03-01")),
        "cup.txt": ("Varnland seal Hopman Cup success\n\nVarnland won the Hopman Cup in Perth on Saturday. The Cup was "
                    "founded by Charles Hopman's admirers in Perth in 1989.",
                    DocMeta("Varnland seal Hopman Cup success", kind="news", date="2005-01-08")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"Varnish tin price|Kessel nickel price", p)], prompts
    assert [p for p in prompts if "the Hopman Cup" in p], prompts


def test_an_acronym_its_document_spells_out_is_spelled_out() -> None:
    """"In which year was the PBGC founded to protect workers' retirement rights?" (judge 144), "an investigation into
    DOD" (judge 138): an acronym a player cannot know is written as its document spells it, where the document says
    "the Pension Benefit Guaranty Corporation (PBGC)"; one everyone knows ("NATO") stays."""
    texts = {
        "pension.txt": ("Pension fund deficit grows\n\nWith the Kessel Pension Protection Board (KPPB) deep in deficit, "
                        "economists want reform.\n\nThe KPPB was founded in 1974 to protect workers' pensions.",
                        DocMeta("Pension fund deficit grows", kind="history")),
        "piracy.txt": ("Piracy ring broken\n\nA software piracy group called Varn Or Die (VOD) cracked games.\n\nIn 2000 "
                       "the US Customs Service began an investigation into VOD and other networks.",
                       DocMeta("Piracy ring broken", kind="history")),
        "nato.txt": ("Alliance grows\n\nThe North Atlantic Treaty Organization (NATO) is a military alliance.\n\nIn 1952 "
                     "Greece and Turkey joined NATO at a meeting in Lisbon.", DocMeta("Alliance grows", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "the Kessel Pension Protection Board founded" in p], prompts
    assert [p for p in prompts if "into Varn Or Die and" in p], prompts
    assert [p for p in prompts if "joined NATO" in p or "join NATO" in p], prompts
    assert not [p for p in prompts if re.search(r"\b(?:KPPB|VOD)\b", p)], prompts


def test_an_acronym_spelled_out_keeps_the_article_its_document_gives_it() -> None:
    """"In which year did Ellen Swallow Richards receive a Bachelor of Science degree from Massachusetts Institute of
    Technology?" (judge 346): the text writes "the Massachusetts Institute of Technology (MIT)", and its words take that
    "the" wherever the prompt's acronym stood bare. A determiner the prompt gives it already stays the only one."""
    texts = {
        "lind.md": ("# Ada Lind\n\nAda Lind was an American chemist and the first woman to graduate from the Varnland "
                    "Institute of Technology (VIT). In 1873 Ada Lind received a Bachelor of Science degree from VIT.",
                    DocMeta("Ada Lind", kind="biography")),
        "coal.md": ("# Coal in Kessel\n\nAfter the war the mines were run by the Kessel Coal Board (KCB). In 1950 the "
                    "Kessel miners' union signed a wage agreement with KCB.", DocMeta("Coal in Kessel", kind="history")),
        "dam.md": ("# The Orr Dam\n\nThe dam was built by the Orr Valley Water Authority (OVWA). In 1961 the OVWA "
                   "opened the Orr Dam to visitors.", DocMeta("The Orr Dam", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "from the Varnland Institute of Technology" in p], prompts
    assert [p for p in prompts if "with the Kessel Coal Board" in p], prompts
    assert not [p for p in prompts if re.search(r"\b(?:VIT|KCB|OVWA)\b|\bthe the\b|(?:from|with) (?:Varnland|Kessel Coal)", p)], \
        prompts


def test_a_relative_named_by_a_given_name_is_not_someone_else_of_that_surname() -> None:
    """"In which year was Sir William Osler's son Paul Revere … mortally wounded near Ypres?" (judge 145): the text's
    "His son Revere" (Edward Revere Osler) took the full form of Paul Revere, an ancestor it also names. After "son",
    "wife" or "brother" a single name is a given name: it takes a full form only where that is its first word."""
    texts = {
        "osler.md": ("# Tom Oakes\n\nTom Oakes was a Canadian physician. In 1892 Tom Oakes married Grace Penn Gross, a "
                     "descendant of the patriot William Penn. Their son, Edward Penn Oakes, was born in 1895.\n\nHis son "
                     "Penn, serving as an artillery officer, was mortally wounded near Ypres in August 1917.",
                     DocMeta("Tom Oakes", kind="biography")),
        "reed.md": ("# Ada Reed\n\nAda Reed was an American publisher. In 1860 Ada Reed married John Hale Reed, a "
                    "descendant of the patriot Nathan Hale. Their son, Robert Hale Reed, was born in 1862.\n\nIn 1885 "
                    "Ada Reed's son Hale became a partner in the family firm in Boston.", DocMeta("Ada Reed", kind="biography")),
        # a name the text gives only after "son" is nobody's surname either
        "cole.md": ("# Ada Cole\n\nAda Cole was an English travel agent. Her husband, Ralph Lowe, was a printer from "
                    "Leicester.\n\nIn 1871 Ada Cole's son Lowe became a full partner in the firm in London.",
                    DocMeta("Ada Cole", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "son Penn" in p] and [p for p in prompts if "son Hale" in p], prompts
    assert not [p for p in prompts if re.search(r"William Penn|Nathan Hale|Ralph Lowe", p)], prompts


def test_a_year_inside_a_reported_clause_dates_what_was_reported() -> None:
    """"In which year did a jury rule that Lord Archer lied during a libel trial …?" answered 1987 (judge 112): the year
    closed the clause the jury ruled on (the 1987 trial), not the ruling (2001). A year fronted before the reporting
    verb dates the report."""
    texts = {
        "archer.txt": ("Peer leaves prison\n\nA jury ruled that Lord Archer lied during a libel trial at the High Court "
                       "in London in 1987.\n\nIn 2003 the Parole Board decided that Lord Archer could leave prison.",
                       DocMeta("Peer leaves prison", kind="history", date="2005")),
        "galileo.md": ("# Galileo\n\nGalileo Galilei was an Italian astronomer.\n\nThe Inquisition found that Galileo "
                       "Galilei had defended the motion of the Earth in a book of 1632.", DocMeta("Galileo", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not any(p.startswith(("In which year did a jury rule", "In which year did the Inquisition find"))
                   for p in prompts), prompts
    assert any(p.startswith("In which year did the Parole Board decide") for p in prompts), prompts


def test_a_reveal_that_gives_a_year_by_a_duration_leaves_that_years_question_out() -> None:
    """"In which year did Edith Cavell return to Swardeston …?" (judge 115) beside a reveal "In 1890 she went to
    Brussels as governess …, a post she held for five years": 1890 and five make the other answer."""
    texts = {
        "cavell.md": ("# Edith Cavell\n\nEdith Cavell was an English nurse.\n\nIn 1890 Edith Cavell went to Brussels as "
                      "governess to the children of the François family, a post she held for five years.\n\nIn 1895 "
                      "Edith Cavell returned to Swardeston to nurse her father.", DocMeta("Edith Cavell", kind="biography")),
        "keeper.md": ("# Grace Darling\n\nGrace Darling was an English lighthouse keeper's daughter.\n\nIn 1834 Grace "
                      "Darling moved to Longstone with her father, and she lived there for ten years.\n\nIn 1838 Grace "
                      "Darling rowed out to the wreck of the Forfarshire.", DocMeta("Grace Darling", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("go to Brussels" in p for p in prompts), prompts
    assert not any("Swardeston" in p for p in prompts), prompts
    assert any("Forfarshire" in p for p in prompts), prompts  # 1838 is no 1834 + ten


def test_a_ships_she_is_not_her_captain_and_a_lone_participle_is_no_subject() -> None:
    """Judge 114: "About how many tonnes of picric acid did Aimé Le Médec carry?" took the ship's "She carried …" for
    her captain, named in the sentence before; judge 116: "did Encouraged, William Henry Perkin take out …" kept the
    sentence's one-word fronted participle in the subject."""
    from bot.corpus.referents import Referents

    first = "The SS Mont-Blanc, a French freighter commanded by Captain Aimé Le Médec, arrived off Halifax."
    text = first + " She carried about 2,300 tonnes of picric acid."
    refs = Referents("The Halifax Explosion", [text], [[(0, len(first)), (len(first) + 1, len(text))]])
    assert refs.person(0, 1, "She") is None
    text = "Grace Darling lived at the Longstone lighthouse with her father. She rowed out to the wreck in 1838."
    cut = text.index(" She")
    assert Referents("A captain", [text], [[(0, cut), (cut + 1, len(text))]]).person(0, 1, "She") is not None
    # a "she" launched, sunk or commissioned is a ship, not the person named in the sentence before (judge 173: "In which
    # year was John Brown launched?")
    for first, second in [
        ("The Lusitania was built by John Brown and Company at Clydebank.", "She was launched on 7 June 1906."),
        ("The Kessel Star was designed by Ada Lind in Hull.", "She sank off Malin Head in 1911."),
        ("The Varn was ordered by Tom Hale of Leith.", "She was commissioned in May 1890."),
    ]:
        text = f"{first} {second}"
        refs = Referents("A ship", [text], [[(0, len(first)), (len(first) + 1, len(text))]])
        assert refs.person(0, 1, "She") is None, text
    text = "Ada Lind was trained by Tom Hale in Hull. She was launched into fame by the 1890 season."
    cut = text.index(" She")
    assert Referents("A singer", [text], [[(0, cut), (cut + 1, len(text))]]).person(0, 1, "She") is not None
    # a kind of ship after an article and a word or two is a ship too (judge 362 was asked "did Raphael Semmes surrender
    # to the British authorities at Liverpool?", of the raider Shenandoah)
    for first, second in [
        ("A third raider, the Kessel, had been built on the Clyde for Captain Tom Hale.", "She surrendered at Liverpool."),
        ("The Confederate cruiser Varn was commanded by Ada Lind's brother.", "She burned forty whalers in 1865."),
        ("An armoured gunboat, the Lode, carried Tom Hale up the river.", "She ran onto a sandbar in 1862."),
    ]:
        text = f"{first} {second}"
        refs = Referents("A war at sea", [text], [[(0, len(first)), (len(first) + 1, len(text))]])
        assert refs.person(0, 1, "She") is None, text
    clause = main_clause("Encouraged, William Henry Perkin took out a patent for mauveine.")
    assert clause is not None and clause.question("In which year") == \
        "In which year did William Henry Perkin take out a patent for mauveine?"


def test_someone_the_document_introduces_by_a_description_is_asked_with_it() -> None:
    """"In which year was James Nugent shot dead?" (judge 298): the document met "the trapper James Nugent" once, and the
    question named him bare. Someone other than the document's subject whom the document introduces by what they were
    is asked with that description; the subject is not, nor is a name the prompt describes already, nor a relative
    ("the son")."""
    texts = {
        "traveller.md": ("# Ada Lind\n\nAda Lind was a Scottish traveller and writer.\n\nIn Estes Park she met the trapper "
                         "Jim Kessel, a violent man with one eye.\n\nJim Kessel was shot dead in 1874.",
                         DocMeta("Ada Lind", kind="biography")),
        "bridge.md": ("# The Varn Bridge\n\nThe Varn Bridge crossed the Firth of Lode.\n\nThe Scottish engineer Tomas Brel "
                      "designed the Varn Bridge.\n\nTomas Brel died at Moffat in 1880.",
                      DocMeta("The Varn Bridge", kind="engineering")),
        "painter.md": ("# Anna Vell\n\nThe painter Anna Vell was born in Lode. Her son Piet Vell became a printer.\n\n"
                       "In 1850 Anna Vell exhibited her first landscape at the Kessel Salon.\n\nPiet Vell opened a press "
                       "in Leiden in 1871.", DocMeta("Anna Vell", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("was the trapper Jim Kessel shot dead?" in p for p in prompts), prompts
    assert any("did the Scottish engineer Tomas Brel die at Moffat?" in p for p in prompts), prompts
    assert any("did Anna Vell exhibit her first landscape" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"the (?:painter|son) (?:Anna|Piet) Vell|the \w+ the", p)], prompts


def test_a_name_set_off_before_a_causatives_participle_keeps_the_participle() -> None:
    """"In which year did Lady Mary Wortley Montagu have her five-year-old son?" (judge 303), from "she had her
    five-year-old son, Edward, inoculated in Constantinople": the clause was cut at the comma before the name, so the
    participle went. A name set off between commas before a participle goes, and the participle stays; a place before
    "aged" or a clause ("Manchester, England, when …") is no such name."""
    for text, asked in [
        ("Ada Lind had her eldest son, Piet, baptised in Leiden.", "In which year did Ada Lind have her eldest son baptised in Leiden?"),
        ("Tom Hale had his new ship, Kestrel, built at Leith.", "In which year did Tom Hale have his new ship built at Leith?"),
        ("Anna Vell had the portrait, Marta, shown at the Salon.", "In which year did Anna Vell have the portrait shown at the Salon?"),
        ("Ada Lind died at North Lancing, Sussex, aged 69.", "In which year did Ada Lind die at North Lancing, Sussex?"),
        ("The riot took place at St Peter's Field in Manchester, England, when cavalry charged.",
         "In which year did the riot take place at St Peter's Field in Manchester, England?"),
    ]:
        clause = main_clause(text)
        assert clause is not None and clause.question("In which year") == asked, (text, clause and clause.question("In which year"))


def test_a_pronoun_after_which_has_no_referent_in_the_name_which_stands_for() -> None:
    """"In which year did the Centre Column, which he accompanied in person, cross the Buffalo River …?" (judge 304's
    document, once the battle's own question went): the gazetteer took "Centre Column" for a person, and the "he" passed
    as his. The name "which" stands for is a thing, so it is no referent of the pronoun after "which"; a person named
    before it still is."""
    from bot.corpus.grammar import leans_on_context

    for prompt, persons in [
        ("In which year did the Centre Column, which he accompanied in person, cross the Buffalo River?", {"Centre", "Column"}),
        ("In which year was the Kessel Star, which she had designed, launched at Leith?", {"Kessel", "Star"}),
        ("In which year did the Lode Company, which he founded, open a bank in Varn?", {"Lode", "Company"}),
    ]:
        assert leans_on_context(prompt, persons) is not None, prompt
    for prompt, persons in [
        ("In which year did Ada Lind sell the Kessel Star, which she had designed?", {"Ada", "Lind", "Kessel", "Star"}),
        ("In which year did Tom Hale close the Lode Company, which he founded?", {"Tom", "Hale", "Lode", "Company"}),
    ]:
        assert leans_on_context(prompt, persons) is None, prompt


def test_a_year_before_a_naming_aside_and_a_verb_dates_the_subjects_participle() -> None:
    """"In which year did a bronze bell cast for Shuri Castle, known as the Bridge of Nations bell?" (judge 305), from "A
    bronze bell cast for Shuri Castle in 1458, known as the Bridge of Nations bell, proclaimed …": the year dates the
    participle inside the subject, and the sentence's verb comes after the naming aside. No year question is made of
    it; a sentence whose act the year dates still is."""
    texts = {
        "bell.md": ("# The Varn kingdom\n\nThe Varn kingdom traded across the sea.\n\nA bronze bell cast for Kessel Castle in "
                    "1458, known as the Lode bell, proclaimed that the kingdom was a bridge between nations.\n\nIn 1609 "
                    "the lords of Brel invaded the Varn kingdom.", DocMeta("The Varn kingdom", kind="history")),
        "ship.md": ("# Tomas Brel\n\nTomas Brel was a Dutch shipbuilder.\n\nA frigate launched at Lode in 1702, later called the "
                    "Kessel Star, carried his name to the Indies.\n\nIn 1711 Tomas Brel opened a yard in Varn.",
                    DocMeta("Tomas Brel", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"known as|called the", p) and p.startswith(("In which", "Varn", "The"))
                and "_____" not in p], prompts
    for asked in ("the lords of Brel invade the Varn kingdom", "Tomas Brel open a yard in Varn"):
        assert any(asked in p for p in prompts), (asked, prompts)


def test_the_first_of_a_series_lends_no_complement_to_a_first_named_thing() -> None:
    """"award the first of the Geneva Conventions Nobel Peace Prize" (judge 304): after "It was the first of the Geneva
    Conventions", "the first Nobel Peace Prize" took "of the Geneva Conventions" as if "the first" stood alone. A bare
    "the <noun>" followed by a name qualifies that name and takes no complement."""
    texts = {
        "river.md": ("# Ana Vell\n\nAna Vell was a Swiss surveyor. She first mapped the river of Kessel.\n\nIn 1901 Ana Vell "
                     "crossed the river Varn at Lode with two guides.", DocMeta("Ana Vell", kind="biography")),
        "ship.md": ("# Tom Hale\n\nTom Hale sailed with the fleet of the Kessel Company. He commanded the ship of the Lode "
                    "Line.\n\nIn 1770 Tom Hale took the ship Endeavour to Varn.", DocMeta("Tom Hale", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("the river Varn at Lode" in p for p in prompts), prompts
    assert any("the ship Endeavour" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"of Kessel Varn|of the Lode Line Endeavour", p)], prompts


def test_a_participle_whose_by_lists_names_before_the_verb_is_no_main_verb() -> None:
    """"In which year did computer simulations publish by Martin Duncan, Thomas Quinn?" (judge 310), from "Computer
    simulations published in 1988 by Martin Duncan, Thomas Quinn and Scott Tremaine supported his argument": the
    participle's "by" lists names, and the sentence's verb comes after the last of them. The participle is no main verb;
    a clause whose verb comes first still is one."""
    for text in ["Computer simulations published by Martin Duncan, Thomas Quinn and Scott Tremaine supported his argument.",
                 "A survey made by Ada Lind and Tom Hale showed a second reef.",
                 "The map drawn by Piet Brel, Anna Vell and Tomas Kessel reached Leiden."]:
        clause = main_clause(text)
        assert clause is None or not clause.question("In which year").startswith("In which year did"), text
    clause = main_clause("Ada Lind married Tom Hale and Piet Brel witnessed it.")
    assert clause is not None and clause.question("In which year") == "In which year did Ada Lind marry Tom Hale?"


def test_a_fronted_compound_adjective_is_no_part_of_the_subject() -> None:
    """"In which year did Grief-stricken, Isabella Bird marry the Edinburgh doctor John Bishop?" (judge 298), from
    "Grief-stricken, Isabella married … in March 1881": a fronted compound adjective ("Grief-stricken", "Battle-hardened",
    "Self-taught") says how the subject was, and stays out of the question, which is still made of the clause."""
    texts = {
        "traveller.md": ("# Ada Lind\n\nAda Lind was a Scottish traveller and writer.\n\nGrief-stricken, Ada Lind married "
                         "the Leith doctor Tom Hale in March 1881.", DocMeta("Ada Lind", kind="biography")),
        "general.md": ("# Piet Varn\n\nPiet Varn was a Dutch general.\n\nBattle-hardened, Piet Varn took command of the "
                       "Kessel garrison in 1744.", DocMeta("Piet Varn", kind="biography")),
        "engineer.md": ("# Otto Brel\n\nOtto Brel was a German engineer.\n\nSelf-taught, Otto Brel built his first glider "
                        "at Lode in 1891.", DocMeta("Otto Brel", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"(?:stricken|hardened|taught),", p)], prompts
    for asked in ("did Ada Lind marry the Leith doctor Tom Hale?", "did Piet Varn take command of the Kessel garrison?",
                  "did Otto Brel build his first glider at Lode?"):
        assert any(p.endswith(asked) for p in prompts), (asked, prompts)


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year did James Joule send his definitive paper?", True),  # judge 116: which paper, on what?
        ("In which year did Charles Darwin publish his book?", True),
        ("In which year did Srinivasa Ramanujan publish his first paper?", False),  # judge 53 accepted: "first" says which
        ("In which year did James Joule send his paper to the Royal Society?", False),
        ("In which year did Albert Einstein publish his paper On the Electrodynamics of Moving Bodies?", False),
    ],
)
def test_an_object_with_one_adjective_still_says_nothing_of_what(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


@pytest.mark.parametrize(
    ("prompt", "missing"),
    [
        ("In which year was Nicolas Appert's method published?", True),  # judge 116: his method of what?
        ("In which year was Gregor Mendel's paper presented?", True),
        ("In which year was Albert Einstein's first paper published?", False),  # "first" says which
        ("In which year was Darwin's theory of evolution published?", False),
        ("In which year was Appert's canning method patented in France?", False),
        # judge 134: which results? Done by someone else, they are no more named
        ("In which year did Heike Kamerlingh Onnes present Pieter Zeeman's results to the Academy?", True),
        ("In which year did Thomas Huxley read Charles Darwin's paper to the Linnean Society?", True),
        ("In which year did Heike Kamerlingh Onnes present Pieter Zeeman's results on the splitting of spectral lines?",
         False),
    ],
)
def test_a_possessed_method_or_paper_asked_alone_says_nothing_of_what(prompt: str, missing: bool) -> None:
    assert (missing_argument(prompt) is not None) is missing


def test_a_title_name_with_a_middle_initial_is_the_lifes_subject_and_owns_its_surname() -> None:
    """"Charles R. Drew and the Blood Bank" (judge 118): the middle initial hid the title's person, and "Drew", which
    his father Richard Drew and mother Nora Burrell Drew share, could be put in full as no one, so every question of
    the life was dropped. The title's person is the subject, and a life's own surname is his."""
    from bot.corpus.referents import title_subject

    assert title_subject("Charles R. Drew and the Blood Bank", "Charles Richard Drew was born in 1904. Drew studied. "
                         "Drew married.", {"Drew"}, lambda s: False) == "Charles R. Drew"
    texts = {
        "drew.md": ("# Charles R. Drew and the Blood Bank\n\nCharles Richard Drew was born to Richard Drew, a carpet "
                    "layer, and Nora Burrell Drew.\n\nDrew was born in Washington, D.C., in 1904.\n\nDrew married "
                    "Minnie Lenore Robbins in 1939.", DocMeta("Charles R. Drew and the Blood Bank", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year was Charles R. Drew born in Washington, D.C.?" in prompts, prompts
    assert "In which year did Charles R. Drew marry Minnie Lenore Robbins?" in prompts, prompts


def test_a_name_the_document_gives_in_full_is_asked_in_full() -> None:
    """"In which year did Las Casas have the Short Account printed?" (judge 167): "the Short Account" is what the
    document calls "the Short Account of the Destruction of the Indies" after naming it in full once. A name of two
    capitalised words or more that the document writes going on "of …" is asked whole, unless its "of" is a date or
    names what the prompt already names."""
    texts = {
        "casas.md": ("# Oren Vale\n\nIn 1542 Oren Vale wrote the Short Account of the Ruin of the Coast, a furious "
                     "catalogue.\n\nIn 1552 Oren Vale had the Short Account printed in Seville.",
                     DocMeta("Oren Vale", kind="biography")),
        "academy.md": ("# Ilya Marn\n\nIlya Marn studied at the Medical Academy of Saint Petersburg.\n\nIn 1864 Ilya "
                       "Marn became a professor of chemistry at the Medical Academy.", DocMeta("Ilya Marn", kind="biography")),
        "crisis.md": ("# Missiles\n\nThe Kessel Missile Crisis of October brought war close.\n\nIn 1969 Ada Rhee "
                      "published a memoir of the Kessel Missile Crisis in Boston.", DocMeta("Missiles", kind="history")),
        # an institution the document places once (judge 173: "leave the Technische Hochschule")
        "scope.md": ("# Emil Kant\n\nThat work was done at the Technische Hochschule in Berlin-Charlottenburg under Emil "
                     "Kant.\n\nEmil Kant left the Technische Hochschule in 1932 to work for the Varn company.",
                     DocMeta("Emil Kant", kind="biography")),
        "engine.md": ("# The engine\n\nThe drawings went to the Science Museum in London.\n\nIn 1985 the Science Museum "
                      "began building a copy of the Kessel Engine of Tom Varn.", DocMeta("The engine", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "the Technische Hochschule in Berlin-Charlottenburg in" in p
            or "the Technische Hochschule in Berlin-Charlottenburg to" in p], prompts
    assert [p for p in prompts if "the Science Museum in London begin" in p], prompts
    assert [p for p in prompts if "the Short Account of the Ruin of the Coast printed" in p], prompts
    assert [p for p in prompts if "at the Medical Academy of Saint Petersburg" in p], prompts
    assert [p for p in prompts if "memoir of the Kessel Missile Crisis in Boston" in p], prompts


def test_a_name_the_document_used_alone_first_is_not_put_in_full() -> None:
    """"In which year was Peter Mark Roget elected a Fellow of the Royal Society of Medicine?" (judge 295): the text
    calls him "a Fellow of the Royal Society" before it names "the Royal Society of Medicine", a body of its own; the
    short name was put in full as the one long form. A name the document used alone before its long form is its own."""
    texts = {
        "roget.md": ("# Ada Lind\n\nAda Lind was a physician and a Fellow of the Royal Society. In 1805 Ada Lind helped to "
                     "found a medical club, later part of the Royal Society of Medicine. Ada Lind was elected a Fellow of "
                     "the Royal Society in 1815.", DocMeta("Ada Lind", kind="biography")),
        "school.md": ("# Tomas Brandt\n\nTomas Brandt taught at the Royal Academy for a decade. In 1870 Tomas Brandt lectured "
                      "at the Royal Academy of Music in London. Tomas Brandt became a professor at the Royal Academy in "
                      "1881.", DocMeta("Tomas Brandt", kind="biography")),
    }
    prompts = " | ".join(q.prompt for q in generate(texts) if q.kind == "when")
    assert "a Fellow of the Royal Society?" in prompts and "a professor at the Royal Academy?" in prompts, prompts
    assert "Royal Society of Medicine?" not in prompts and "Royal Academy of Music?" not in prompts, prompts


@pytest.mark.parametrize(("prompt", "missing"), [
    # a name made new: the older one of that name is the text's (judge 168; judge 109 called it borderline)
    ("In which year was a new Mackinac Bridge Authority created?", True),
    ("In which year was a new Clifton Suspension Bridge Company formed?", True),
    ("In which year did Ada Lind found a new Varn Choral Society in Leipzig?", True),
    ("In which year did Ada Lind found the Varn Choral Society in Leipzig?", False),
    ("In which year did Ada Lind move to New York?", False),
    # a showing without what was shown (judge 169)
    ("In which year did Kristian Birkeland give a public demonstration at the Royal Frederick University?", True),
    ("In which year did Karl Weiss give a lecture at the Royal Institution?", True),
    ("In which year did the Varn museum stage an exhibition in Paris?", True),
    ("In which year did Michael Faraday give a lecture on electrolysis at the Royal Institution?", False),
    ("In which year did Charles Babbage give a series of lectures on his Analytical Engine in Turin?", False),
    ("In which year did the Royal Academy hold an exhibition of Turner's paintings?", False),
    ("In which year did Jenny Lind give her first performance in America?", False),
    # a gift without its receiver, help without its purpose, an indefinite person the cut left unnamed (judges 192, 193)
    ("In which year did Auguste Rodin give his entire collection?", True),
    ("In which year did Hans Sloane bequeath his collection of books and specimens?", True),
    ("In which year did Ada Lind donate her papers?", True),
    ("In which year did Auguste Rodin give his entire collection to the city of Paris?", False),
    ("In which year did Ada Lind donate her papers to the Library of Congress?", False),
    ("In which year did Henry Tate give his collection of paintings for a national gallery?", False),
    ("In which year was Buffalo Forge asked to help the Sackett-Wilhelms Lithographing and Publishing Company in "
     "Brooklyn?", True),
    ("In which year was Tom Varn invited to help the Royal Navy?", True),
    ("In which year was Tom Varn invited to help the Royal Navy with its gunnery trials?", False),
    ("In which year did Auguste Rodin take on a gifted young sculptor?", True),
    ("In which year did Karl Weiss hire an assistant?", True),
    ("In which year did Ada Lind marry a wealthy widower from Hamburg?", False),  # "from Hamburg" says which
    ("In which year did Karl Weiss hire an assistant for the Varn observatory?", False),
    # a gift without what, a handing over without to whom, on board what, a new law beside what (judges 204, 205)
    ("In which year did the Admiralty give Franklin?", True),
    ("In which year did Linus Pauling and Ava Helen present to Dag Hammarskjold?", True),
    ("In which year did the Admiralty give Franklin command of a new expedition?", False),
    ("In which year did Filippo Brunelleschi hand the management of the Opera di Santa Maria del Fiore?", True),
    ("In which year did Filippo Brunelleschi hand the management of the works to his pupil Michelozzo?", False),
    ("In which year did Sir John Franklin die on board?", True),
    ("In which year did Sir John Franklin die on board HMS Erebus?", False),
    ("In which year did the Great Western sail from Bristol with only seven passengers on board?", False),
    ("In which year did NASA present Kepler-452b?", False),
    ("In which year did the Danish parliament pass a new act for the Great Belt link?", True),
    ("In which year did the Danish parliament pass the Great Belt Act?", False),
    # a measure without what it measures (judge 201)
    ("In which year did France fall behind the 'New World' producers of Australia, Chile and the United States for the "
     "first time in terms of exports?", True),
    ("In which year did Kessel overtake Varn in terms of output?", True),
    ("In which year did Kessel overtake Varn in terms of steel output?", False),
    # a direction without where from or to (judges 180, 199)
    ("In which year did Heinrich Barth set out westward?", True),
    ("In which year did Timur the Lame turn west?", True),
    ("In which year did the expedition push on inland?", True),
    ("In which year did Heinrich Barth set out westward from Kukawa to Timbuktu?", False),
    ("In which year did Timur the Lame turn west against the Ottomans?", False),
    # a memorial that says not to whom (judge 195)
    ("In which year was a monument by the sculptor Charles Summers unveiled in Melbourne?", True),
    ("In which year was a bronze statue by Tom Varn unveiled in Leeds?", True),
    ("In which year was a statue of Ada Lind unveiled in Leeds?", False),
    ("In which year was a memorial to the crew of the Kestrel unveiled in Hull?", False),
])
def test_a_new_name_or_a_bare_showing_says_too_little(prompt: str, missing: bool) -> None:
    """"In which year was a new Mackinac Bridge Authority created?" (judge 168), "did Kristian Birkeland give a public
    demonstration at the Royal Frederick University …?" (judge 169): new beside what, a demonstration of what? The
    sentence before said. "did Auguste Rodin give his entire collection?", "take on a gifted young sculptor?" (judge 192),
    "was Buffalo Forge asked to help the Sackett-Wilhelms … Company?" (judge 193): to whom, who, with what? The cut left
    it behind."""
    assert (missing_argument(prompt) is not None) is missing


def test_a_description_inside_an_aside_about_a_named_person_is_not_the_sentence_befores_person() -> None:
    """"Franklin Delano Roosevelt Jr., the son of London Leonard Colebrook" (judge 170): "the American president" in the
    aside that says who Roosevelt Jr. was became the subject of the sentence before. A description after "<Name>, the
    son of" describes whom the aside is about; it stays as written."""
    texts = {
        "drug.txt": ("# Prontosil\n\nIn London Leonard Colebrook used Prontosil from 1936 to treat fever.\n\n"
                     "In December 1936 Franklin Varn Jr., the son of the American president, was treated with Prontosil "
                     "for a throat infection.", DocMeta("Prontosil", kind="science")),
        "court.txt": ("# A court painter\n\nIn Madrid Ana Lorca painted the royal family in 1790.\n\nIn 1795 Maria Luisa "
                      "Vell, the daughter of the Spanish king, married Carlos Amat in Toledo.",
                      DocMeta("A court painter", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "the son of the American president" in p], prompts
    assert [p for p in prompts if "the daughter of the Spanish king" in p], prompts
    assert not [p for p in prompts if re.search(r"(?:son|daughter) of (?:Leonard Colebrook|Ana Lorca)", p)], prompts


def test_a_change_without_what_it_was_says_too_little() -> None:
    """"In which year was ENIAC modified?" (judge 176): modified how? The clause that said was cut."""
    for prompt in ("In which year was ENIAC modified?", "In which year was the Kessel charter revised?",
                   "In which year was the Varn law finally changed?"):
        assert missing_argument(prompt) is not None, prompt
    for prompt in ("In which year was the Varn engine modified to burn oil?",
                   "In which year was Hagia Sophia converted into a mosque?"):
        assert missing_argument(prompt) is None, prompt


def test_one_act_asked_with_two_years_is_asked_with_neither() -> None:
    """"In which year was ENIAC switched off?" asked twice, 1946 and 1955 (judge 176; the second read "switched off
    p.m?", the clock time's stop taken by the question mark): an act the document dates twice is asked only where the
    question says which time."""
    texts = {
        "eniac.md": ("# KESTREL\n\nOn 9 November 1946 KESTREL was switched off and dismantled for the move to Maryland."
                     "\n\nKESTREL was finally switched off at 11.45 p.m. on 2 October 1955.", DocMeta("KESTREL", kind="history")),
        "varn.md": ("# The Varn lamp\n\nThe Varn lamp was lit in Kessel in 1821.\n\nThe Varn lamp was first lit in "
                    "Leith in 1812.", DocMeta("The Varn lamp", kind="history")),
    }
    prompts = [(q.prompt, q.answer) for q in generate(texts) if q.kind == "when"]
    assert not [p for p, _ in prompts if "switched off" in p], prompts
    assert ("In which year was the Varn lamp first lit in Leith?", "1812") in prompts, prompts
    assert not [p for p, _ in prompts if "p.m" in p], prompts


def test_a_mc_or_mac_surname_is_a_name_and_is_asked_in_full() -> None:
    """"In which year did McCarty publish The Transforming Principle?" (judge 176): "Maclyn McCarty" was not read as a
    name (a capital inside "McCarty"), so the bare surname was not put in full."""
    from bot.corpus.entities import full_names

    names = full_names(["Maclyn McCarty arrived in 1941. Colin MacLeod left. Ada McAlister sang."])
    assert names["McCarty"] == {"Maclyn McCarty"} and names["MacLeod"] == {"Colin MacLeod"}, names
    # a participle opening a sentence is no given name (judge 177: "did Renamed Calypso sink"); a given name ending in
    # "-ed" still is
    names = full_names(["Renamed Calypso, the ship was refitted. Abandoned Varn, the town emptied. Ted Hughes wrote."])
    assert "Calypso" not in names and "Varn" not in names and names["Hughes"] == {"Ted Hughes"}, names
    texts = {
        "mccarty.md": ("# The principle\n\nThe Varn team included Maclyn McCarty, a doctor from South Bend, Indiana.\n\n"
                       "In 1985 McCarty published The Varn Principle, an account of the work.",
                       DocMeta("The principle", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "did Maclyn McCarty publish" in p], prompts


@pytest.mark.parametrize(("prompt", "missing"), [
    ("In which year did the Canadian astronomer Helen Sawyer Hogg add M105, M106 and M107?", True),
    ("In which year did Owen Gingerich add M108 and M109?", True),
    ("In which year did the Kessel council add a second bridge?", True),
    ("In which year did Helen Hogg add M105 to the Messier catalogue?", False),
    ("In which year was the Varn tower added to the castle?", False),
    ("In which year did Orange add more than five million new customers?", False),  # a gain
])
def test_an_addition_says_what_it_was_added_to(prompt: str, missing: bool) -> None:
    """"In which year did Helen Sawyer Hogg add M105, M106 and M107?" (judge 185): added to what? The Messier catalogue,
    which the sentence before named."""
    assert (missing_argument(prompt) is not None) is missing


def test_a_pronoun_for_the_titles_ship_keeps_its_kind_in_lower_case() -> None:
    """"About how many tonnes did Battleship Potemkin displace?" (judge 207): "She" stood for the title's "the Battleship
    Potemkin", and without its "the" the prompt named the film. A pronoun resolved to a ship the title names with its
    kind is "the battleship Potemkin"; a name the text itself writes so stays as written."""
    texts = {
        "kestrel.md": ("# The Mutiny on the Battleship Kestrel, 1905\n\nThe battleship, named after Prince Grigory Kestrel, "
                       "the favourite of Catherine the Great who had annexed the Crimea in 1783, was built at Nikolaev and "
                       "entered service in 1905. She displaced about 12,900 tonnes and carried four 12-inch guns. Her crew "
                       "numbered roughly 700 officers and men.",
                       DocMeta("The Mutiny on the Battleship Kestrel, 1905", kind="history")),
        "vesper.md": ("# The Loss of the Steamship Vesper\n\nThe steamship, named after the whaler Thomas Vesper, the "
                      "captain who had first sighted the Balleny Islands in 1839, was built at Glasgow and entered "
                      "service in 1860. She displaced about 2,800 tonnes and carried 400 passengers. Her crew numbered "
                      "roughly 120 officers and men.", DocMeta("The Loss of the Steamship Vesper", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "number"]
    assert [p for p in prompts if "did the battleship Kestrel displace" in p], prompts
    assert [p for p in prompts if "did the steamship Vesper displace" in p], prompts
    assert not [p for p in prompts if re.search(r"(?:did|was) (?:Battleship|Steamship) ", p)], prompts


def test_a_bare_surname_after_a_likeness_or_a_life_is_the_lifes_person() -> None:
    """"In which year was a statue of Selkirk unveiled in Lower Largo?" (judge 209): the town, or the earls? After "a
    statue of", "a portrait of" or "the trial of", the life's surname is its person, named in full ("Earl of Lovelace"
    is still one name)."""
    texts = {
        "ferrier.md": ("# Thomas Ferrier\n\nThomas Ferrier was a Scottish sailor, born in Largo in 1676.\n\nFerrier was "
                       "marooned on an island in the Pacific in 1704.\n\nA statue of Ferrier was unveiled in Lower Largo "
                       "in 1885.", DocMeta("Thomas Ferrier", kind="biography")),
        "vane.md": ("# Margaret Vane\n\nMargaret Vane was an English astronomer, born in Bath in 1801.\n\nVane found "
                    "three comets between 1830 and 1838.\n\nA portrait of Vane was hung in the Royal Astronomical Society "
                    "in 1872.", DocMeta("Margaret Vane", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "a statue of Thomas Ferrier unveiled" in p], prompts
    assert [p for p in prompts if "a portrait of Margaret Vane hung" in p], prompts
    assert not [p for p in prompts if re.search(r"of (?:Ferrier|Vane)\b", p)], prompts


def test_a_common_word_that_only_opens_sentences_is_lowered_in_the_question() -> None:
    """"In which year was Corporal punishment outlawed in Irish schools?" (judge 207): the corpus never wrote
    "corporal" in lower case, so it was kept as a name. A capitalised word that only ever opens a sentence, before a
    word in lower case, and that is no one's name, place or people, is lowered; a demonym and a name are kept."""
    texts = {
        "schools.md": ("# Schools in Ireland\n\nCorporal punishment was outlawed in Irish schools in 1982.\n\nThe "
                       "school-leaving age rose to fifteen in 1972.", DocMeta("Schools in Ireland", kind="history")),
        "fever.md": ("# Fever in Philadelphia\n\nYellow fever reached the port of Philadelphia in 1793.\n\nThe city lost "
                     "a tenth of its people.", DocMeta("Fever in Philadelphia", kind="history")),
        "fiji.md": ("# The Cession of Fiji\n\nFijian chiefs signed the Deed of Cession at Levuka in 1874.\n\nThe islands "
                    "became a British colony.", DocMeta("The Cession of Fiji", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "was corporal punishment outlawed" in p], prompts
    assert [p for p in prompts if "did yellow fever reach" in p], prompts
    assert [p for p in prompts if "did Fijian chiefs sign" in p], prompts


def test_a_title_name_with_a_particle_is_the_subject_the_text_calls_by_its_given_name() -> None:
    """"In which year did Piero die in Sansepolcro?" (judge 198): the title named "Piero della Francesca" and the text
    called him "Piero", never "Francesca", so the life had no subject and its given name stayed bare. A title's name
    with a particle is the life's subject when the text calls him by either name."""
    texts = {
        "guido.md": ("# Guido del Monte, Painter of Arezzo\n\nGuido del Monte was born in Arezzo around 1420, the son of "
                     "a dyer.\n\nGuido trained in Florence under a goldsmith. Guido painted the chapel of the Bacci "
                     "family in 1452.\n\nGuido died in Arezzo in 1492.",
                     DocMeta("Guido del Monte, Painter of Arezzo", kind="biography")),
        "jan.md": ("# Jan van Riel and the Maps of Flanders\n\nJan van Riel was a Flemish mapmaker.\n\nJan moved to "
                   "Antwerp in 1561 and opened a print shop. Jan published a map of Flanders in 1570.\n\nJan died in "
                   "Antwerp in 1598.", DocMeta("Jan van Riel and the Maps of Flanders", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year did Guido del Monte die in Arezzo?" in prompts, prompts
    assert "In which year did Jan van Riel die in Antwerp?" in prompts, prompts
    assert not [p for p in prompts if re.search(r"did (?:Guido|Jan) (?!del |van )[a-z]", p)], prompts


def test_given_names_alone_take_the_surname_the_document_gives_them() -> None:
    """"In which year did Linus Pauling and Ava Helen present …?" (judge 204): "Ava Helen" is no one's full name. A run
    of given names that the document writes elsewhere with a surname is named in full; of two surnames (a birth name
    and a married one) the life's."""
    texts = {
        "brandt.md": ("# Walter Brandt\n\nWalter Brandt was an American chemist, born in Denver in 1901.\n\nIn 1923 he "
                      "married Mary Ann Hale, a student of his. Mary Ann Brandt was a committed activist for peace.\n\nIn "
                      "1958 he and Mary Ann sailed to Oslo. Mary Ann Brandt died of cancer in 1981.",
                      DocMeta("Walter Brandt", kind="biography")),
        "pryor.md": ("# Joan Pryor\n\nJoan Pryor was an English botanist, born in Leeds in 1870.\n\nShe married John Henry "
                     "Pryor, a surveyor, in 1895. John Henry Pryor worked for the railway.\n\nIn 1901 she and John Henry "
                     "moved to Bristol. Joan Pryor died in Bristol in 1944.", DocMeta("Joan Pryor", kind="biography")),
        # ... and names the text writes with a particle's surname after them (judge 173's "Arthur Gundaccar")
        "lenz.md": ("# Bertha Lenz\n\nBertha Lenz was an Austrian novelist, born in Prague in 1843.\n\nShe worked as a "
                    "governess for the family of Konrad Albrecht von Stein.\n\nBertha Lenz left for Paris in 1875. In 1876 she "
                    "and Konrad Albrecht married secretly. Bertha Lenz died in Vienna in 1914.", DocMeta("Bertha Lenz", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert "In which year did Walter Brandt and Mary Ann Brandt sail to Oslo?" in prompts, prompts
    assert "In which year did Joan Pryor and John Henry Pryor move to Bristol?" in prompts, prompts
    assert [p for p in prompts if "did Bertha Lenz and Konrad Albrecht von Stein marry" in p], prompts


def test_a_lifes_pronoun_follows_a_sentence_that_calls_the_person_by_any_of_the_names() -> None:
    """Judge 212's life of Babe Didrikson Zaharias gave one question of twenty sentences: the text calls her
    "Didrikson", and a "She" was resolved only after a sentence naming "Zaharias". Any of the life's names counts; and a
    surname with an apostrophe ("O'Higgins") is a name the title can give."""
    texts = {
        "moss.md": ("# Kit Harlan Moss: The Athlete Who Won Everything\n\nKit Harlan Moss was an American athlete, born "
                    "in Texas in 1911.\n\nHarlan won two gold medals at the Olympic Games in 1932. She turned "
                    "professional later in 1933.\n\nHarlan married the wrestler George Moss in 1938. She died in "
                    "Galveston in 1956.", DocMeta("Kit Harlan Moss: The Athlete Who Won Everything", kind="biography")),
        "oconnell.md": ("# Tomás O'Connell: The Liberator of the South\n\nTomás O'Connell was a soldier and statesman, "
                        "born in Talca in 1778.\n\nO'Connell led the army across the Andes in 1817. He resigned as "
                        "Supreme Director in 1823.\n\nO'Connell sailed into exile in Peru. He died in Lima in 1842.",
                        DocMeta("Tomás O'Connell: The Liberator of the South", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "did Kit Harlan Moss turn professional" in p], prompts
    assert [p for p in prompts if "did Kit Harlan Moss die in Galveston" in p], prompts
    assert [p for p in prompts if "did Tomás O'Connell die in Lima" in p], prompts


def test_a_pronoun_after_a_sentence_on_a_visitor_is_not_the_places() -> None:
    """Judge 220: "In which year did Machu Picchu die?" from "His popular book … was published in 1948 …. He died on 6
    June 1956." in a history of the site, where "He" is the explorer Hiram Bingham. A place a history is about is never
    a "he" or "she", and no death in it is the place's."""
    texts = {
        "picchu.md": ("# Machu Picchu: The Estate on the Ridge\n\nMachu Picchu lies at an altitude of 2,430 metres above "
                      "the Urubamba River. It was built for the emperor Pachacuti around 1450.\n\nIn 1911 Hiram Bingham "
                      "reached Machu Picchu with a local farmer, and in 1913 Machu Picchu became famous. Bingham himself turned to politics. He became Governor "
                      "of Connecticut in 1925. His book on the site was published in 1948. He died on 6 June 1956.",
                      DocMeta("Machu Picchu: The Estate on the Ridge", kind="history")),
        "zimbabwe.md": ("# Great Zimbabwe: City of Stone\n\nGreat Zimbabwe lies on a plateau in the south-east of the "
                        "country. Its Great Enclosure was built in the fourteenth century.\n\nIn 1871 the German "
                        "geologist Karl Mauch reached Great Zimbabwe, and Great Zimbabwe was soon famous. He described the ruins in a report of 1872. His "
                        "health failed soon afterwards. He died in Stuttgart in 1875.",
                        DocMeta("Great Zimbabwe: City of Stone", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if re.search(r"(?:Picchu|Zimbabwe) (?:die|become|describe)", p)], prompts


def test_a_lifes_pronoun_follows_a_sentence_that_opens_on_its_own_possessive() -> None:
    """"She turned professional later in 1947." followed "Her amateur status was restored in 1943 …" (judge 212) and
    stayed unresolved: a sentence opening on the life's own "her" or "his" is about the life too, but one opening on a
    relative ("His brother John was a sailor. He …") is about the relative."""
    texts = {
        "vale.md": ("# Edith Vale\n\nEdith Vale was an American golfer, born in Texas in 1911.\n\nHer amateur status was "
                    "restored in 1943. She turned professional in 1947.\n\nHer health failed in 1953. She died in "
                    "Galveston in 1956.", DocMeta("Edith Vale", kind="biography")),
        "hale.md": ("# Matthew Hale\n\nMatthew Hale was an English surveyor, born in Leeds in 1790.\n\nHis career began "
                    "on the canals. He surveyed the Leeds and Liverpool Canal in 1816.\n\nHis brother John was a sailor. "
                    "He sailed for Jamaica in 1820.", DocMeta("Matthew Hale", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "did Edith Vale turn professional" in p], prompts
    assert [p for p in prompts if "did Edith Vale die in Galveston" in p], prompts
    assert [p for p in prompts if "did Matthew Hale survey the Leeds and Liverpool Canal" in p], prompts
    assert not [p for p in prompts if "Jamaica" in p], prompts  # the brother sailed


def test_a_group_named_for_a_movement_the_text_dates_gives_the_year_away() -> None:
    """"In which year did the Communards pull down the Vendôme Column?" (judge 214): the text dates the Paris Commune to
    1871, so "the Communards" gives the year away (and every later option is impossible). A group named for a movement
    or an event another sentence dates to the answer's year makes no year question; one the text never dates does."""
    texts = {
        "laval.md": ("# Gustave Laval\n\nGustave Laval was a French painter, born in Ornans in 1819.\n\nIn April 1871 he "
                     "was elected to the council of the Paris Commune. On 16 May 1871 the Communards pulled down the "
                     "Vendôme Column.\n\nLaval died in Switzerland in 1877.", DocMeta("Gustave Laval", kind="biography")),
        "charter.md": ("# The Charter of 1838\n\nThe People's Charter was published in May 1838 by the London Working "
                       "Men's Association.\n\nIn August 1838 the Chartists held a great meeting at Birmingham.\n\nThe "
                       "movement faded after 1848.", DocMeta("The Charter of 1838", kind="history")),
        "mills.md": ("# The Frame Breakers\n\nMachine breaking spread through Nottinghamshire in the winter of 1811.\n\nIn "
                     "1812 the Luddites attacked Rawfolds Mill in Yorkshire.\n\nParliament made frame breaking a capital "
                     "crime.", DocMeta("The Frame Breakers", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "Communards" in p or "Chartists" in p], prompts
    assert [p for p in prompts if "did the Luddites attack Rawfolds Mill" in p], prompts


def test_a_debut_for_a_side_and_a_return_from_retirement_keep_their_options_on_their_side() -> None:
    """"Pelé made his debut for Brazil in 1957" was offered 1960, 1963 and 1965, beside Brazil's 1958 final, and "came
    out of retirement in 1975" 1968 and 1970, years he played (judge 215). A debut for a side is offered no year from the
    side's next dated year on; a return from retirement none before the last year the text gives the person."""
    texts = {
        "reed.md": ("# Tom Reed\n\nTom Reed was an English footballer, born in Leeds in 1898.\n\nReed made his debut for "
                    "England on 12 March 1925 against Wales at Swansea.\n\nIn 1927 England won the Home Championship with "
                    "Reed as captain. Reed played his last match in 1933.\n\nIn 1935 Reed came out of retirement to play "
                    "for Leeds United. He died in Leeds in 1968.", DocMeta("Tom Reed", kind="biography")),
    }
    questions = [q for q in generate(texts) if q.kind == "when"]
    debut = [q for q in questions if "debut for England" in q.prompt]
    assert debut, [q.prompt for q in questions]
    assert all(int(option) < 1927 for option in (debut[0].answer, *debut[0].distractors)), debut[0].distractors
    back = [q for q in questions if "out of retirement" in q.prompt]
    assert back, [q.prompt for q in questions]
    assert all(int(option) > 1933 for option in (back[0].answer, *back[0].distractors)), back[0].distractors


def test_a_name_the_text_gives_once_after_its_place_keeps_the_place() -> None:
    """"did Gustav Klimt leave the Secession?" (judge 215): which secession? The text had named "the Vienna Secession"
    once. A name the document gives after a place, and later without it, is asked with it; a name of two places is
    left as written."""
    texts = {
        "klimt.md": ("# Anton Weiss\n\nAnton Weiss was an Austrian painter, born in Baden in 1862.\n\nIn 1897 Weiss and "
                     "other young artists founded the Vienna Secession.\n\nIn 1905 Weiss and his friends left the "
                     "Secession after a dispute. Weiss died in 1918.", DocMeta("Anton Weiss", kind="biography")),
        "opera.md": ("# Pavel Orlov\n\nPavel Orlov was a Russian impresario, born in Perm in 1872.\n\nOrlov first hired "
                     "the Paris Opéra for a season of Russian music.\n\nIn 1908 Orlov staged Boris Godunov at the Opéra "
                     "with a Russian cast. Orlov died in Venice in 1929.", DocMeta("Pavel Orlov", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "leave the Vienna Secession after a dispute" in p], prompts
    assert [p for p in prompts if "Boris Godunov at the Paris Opéra" in p], prompts


def test_a_garden_or_a_day_named_for_someone_is_no_fuller_form_of_the_name() -> None:
    """"In which year did Bagh-e Babur die in Agra?" (judge 218) and "did Chulalongkorn Day die in Bangkok?" (judge 219):
    the garden where Babur lies and the holiday named for the king became their full names. A name whose first word is
    joined to a lower-case one ("Bagh-e"), or whose last is "Day", "Eve" or "Festival", names no person."""
    texts = {
        "rustam.md": ("# Rustam, Founder of the Kingdom of Kandahar\n\nRustam was born in Andijan in 1483.\n\nRustam "
                      "crossed the mountains in 1504 and took Kandahar. His body lies in the terraced garden now called "
                      "Bagh-e Rustam.\n\nRustam died in Agra in 1530.",
                      DocMeta("Rustam, Founder of the Kingdom of Kandahar", kind="biography")),
        "rattana.md": ("# King Rattanakorn of Siam\n\nRattanakorn was born in Bangkok in 1853.\n\n23 October is still "
                       "observed in Thailand as Rattanakorn Day, a public holiday.\n\nRattanakorn abolished slavery in "
                       "1905. Rattanakorn died in Bangkok in 1910.", DocMeta("King Rattanakorn of Siam", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "die in Agra" in p], prompts
    assert [p for p in prompts if "die in Bangkok" in p], prompts
    assert not [p for p in prompts if "Bagh-e" in p or "Rattanakorn Day" in p], prompts


def test_an_act_the_sentence_says_was_done_again_makes_no_year_question() -> None:
    """"In which year did Sergei Prokofiev make a concert tour of the Soviet Union?" (judge 219): the sentence went on
    "and visited several more times", so 1931 and 1933 were true too. An act the sentence says was done several more
    times, or on several occasions, is asked only as the first or the last."""
    texts = {
        "holt.md": ("# Anna Holt\n\nAnna Holt was an English pianist, born in Leeds in 1891.\n\nHolt made a concert "
                    "tour of Russia in 1927 and visited several more times before the war.\n\nHolt first toured Japan in "
                    "1930 and returned there on several occasions. Holt died in London in 1960.",
                    DocMeta("Anna Holt", kind="biography")),
        "brig.md": ("# The brig Mercy\n\nThe Mercy was a brig of Whitby.\n\nThe Mercy carried settlers to Van Diemen's "
                    "Land in 1821 and made the passage repeatedly until 1830.\n\nThe Mercy was wrecked off Flinders "
                    "Island in 1834.", DocMeta("The brig Mercy", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "concert tour of Russia" in p or "Van Diemen" in p], prompts
    assert [p for p in prompts if "first tour Japan" in p], prompts



def test_a_given_name_alone_as_a_clauses_subject_is_named_in_full() -> None:
    """"In which year did Alfred patent a method of igniting nitroglycerin …?" (judge 252): a history whose Nobels are
    Alfred, his father Immanuel and his brother Emil calls each by his given name. A given name alone as the subject
    is named with the one surname the text writes after it; of two ("William Siemens", "William Thomson"), the
    question is not asked."""
    texts = {
        "blasting.md": ("# Blasting oil\n\nBlasting oil is a dangerous liquid explosive. The young Swede Alfred Nobel, who "
                        "had studied in Paris, saw its use in mines. Together with his father, Immanuel Nobel, he tested "
                        "it near Stockholm.\n\nIn 1863 Alfred patented a method of firing nitroglycerin with a small "
                        "charge of gunpowder.", DocMeta("Blasting oil", kind="history")),
        "atom.md": ("# The Copenhagen institute\n\nThe Copenhagen institute was a centre of atomic physics. The young "
                    "Dane Edward Lund, who had studied in Manchester, led it. Together with his brother, Harald Lund, he "
                    "played football for Akademisk Boldklub.\n\nIn 1913 Edward published a model of atoms with electrons "
                    "in fixed orbits.", DocMeta("The Copenhagen institute", kind="history")),
        "kelvin.md": ("# The Atlantic cable of 1866\n\nThe Atlantic cable of 1866 joined Ireland and Newfoundland. "
                      "William Thomson advised the Atlantic Telegraph Company, and William Siemens built its test "
                      "instruments.\n\nIn 1866 William sailed on the Great Eastern to watch the cable laid.",
                      DocMeta("The Atlantic cable of 1866", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "did Alfred Nobel patent a method" in p], prompts
    assert [p for p in prompts if "did Edward Lund publish a model" in p], prompts
    assert not [p for p in prompts if re.search(r"\b(?:Alfred|Edward|William) (?!Nobel|Lund|Siemens)[a-z]", p)], prompts
    assert not [p for p in prompts if "Great Eastern" in p], prompts


def test_a_name_the_source_explains_with_a_noun_after_it_takes_the_noun() -> None:
    """"In which year did Phineas Taylor Barnum complete Iranistan?" (judge 253): what is Iranistan? The source said
    "completed Iranistan, an extravagant mansion in Bridgeport". A name the question ends on, after a verb of a place or a
    thing made, had or reached, takes the noun the source explains it with; a person's name does not."""
    texts = {
        "peck.md": ("# Edith Marsh\n\nEdith Marsh was an American mountaineer. She was born in Salem in 1860.\n\nIn 1911 "
                    "Edith Marsh climbed Sajama, a volcano in western Bolivia, with two Swiss guides.",
                    DocMeta("Edith Marsh", kind="biography")),
        "ship.md": ("# Arne Dahl\n\nArne Dahl was a Norwegian oceanographer. He was born in Lom in 1921.\n\nIn 1965 Arne "
                    "Dahl launched Kvitøy, a research ship built in Bergen for the Arctic.",
                    DocMeta("Arne Dahl", kind="biography")),
        "house.md": ("# Silas Bell\n\nSilas Bell was an American showman. He was born in Danbury in 1820.\n\nIn 1848 Silas "
                     "Bell completed Oakmere, an extravagant mansion in Bridgeport, for his family.",
                     DocMeta("Silas Bell", kind="biography")),
        "wed.md": ("# Georg Lenz\n\nGeorg Lenz was a German mathematician. He was born in Kassel in 1845.\n\nIn 1874 Georg "
                   "Lenz married Vally Guttmann, a friend of his sister, in Berlin.", DocMeta("Georg Lenz", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    for asked in ("climb the volcano Sajama", "launch the ship Kvitøy", "complete the mansion Oakmere"):
        assert [p for p in prompts if asked in p], (asked, prompts)
    assert [p for p in prompts if "marry Vally Guttmann" in p], prompts


def test_a_year_in_a_fronted_participle_phrase_is_not_asked_of_its_adverb() -> None:
    """"In which year did Originally plan for launch?" (judge 255), from "Originally planned for launch in 2009, the
    mission was delayed by two years": the year dates the fronted phrase, which has no subject of its own."""
    texts = {
        "probe.md": ("# The Juno probe\n\nThe Juno probe studies Jupiter from a polar orbit.\n\nOriginally planned for "
                     "launch in 2009, the mission was delayed by two years because of budget problems. The Juno probe "
                     "reached Jupiter on 4 July 2016 after a journey of five years.",
                     DocMeta("The Juno probe", kind="science")),
        "bridge.md": ("# The Forth Road Bridge\n\nThe Forth Road Bridge crosses the Firth of Forth near Edinburgh.\n\n"
                      "Originally proposed in 1923, the crossing was not begun until after the Second World War.",
                      DocMeta("The Forth Road Bridge", kind="history")),
        "canal.md": ("# The Manchester Ship Canal\n\nThe Manchester Ship Canal links Manchester to the Mersey estuary.\n\n"
                     "Formally approved in 1825, the scheme was revived by Daniel Adamson sixty years later.",
                     DocMeta("The Manchester Ship Canal", kind="history")),
    }
    asked = [q for q in generate(texts) if q.kind == "when"]
    assert not [q.prompt for q in asked if q.answer in ("2009", "1923", "1825")], [q.prompt for q in asked]
    assert [q.prompt for q in asked if q.answer == "2016"], [q.prompt for q in asked]  # the main clause's year is asked


def test_a_word_one_document_writes_only_as_a_name_keeps_its_capital() -> None:
    """"In which year was curiosity launched on an Atlas V rocket …?" (judge 255): other documents of the corpus wrote
    "curiosity" as a word, so the rover's name opening the sentence was taken for one. A word a document writes as a name
    mid-sentence three times and never in lower case is a name there."""
    texts = {
        "rover.md": ("# Perseverance\n\nPerseverance is a rover that NASA sent to Jezero Crater. The engineers who built "
                     "Perseverance tested its wheels in California, and Perseverance carried a small helicopter.\n\n"
                     "Perseverance was launched on an Atlas V rocket from Cape Canaveral on 30 July 2020. The team "
                     "drove Perseverance across the crater floor.", DocMeta("Perseverance", kind="science")),
        "ship.md": ("# Endeavour\n\nEndeavour was a Royal Navy research vessel. The crew of Endeavour charted New Zealand, "
                    "and Endeavour later ran aground on a reef.\n\nEndeavour was bought by the Navy in 1768 from a "
                    "Whitby coal merchant. The voyage made Endeavour famous.", DocMeta("Endeavour", kind="history")),
        "life.md": ("# Mary Anning\n\nMary Anning was an English fossil collector. Her perseverance and her endeavour "
                    "won her the respect of geologists, though her perseverance was seldom paid.\n\nIn 1811 Mary Anning "
                    "found the skull of an ichthyosaur at Lyme Regis, and her endeavour and perseverance made her known.",
                    DocMeta("Mary Anning", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "was Perseverance launched" in p], prompts
    assert not [p for p in prompts if re.search(r"\b(?:perseverance|endeavour) (?:launched|bought)\b", p)], prompts


def test_a_surname_with_a_capital_inside_is_named_in_full() -> None:
    """"In which year was FitzGerald's free version … published?" (judge 254), beside "the English writer Edward
    FitzGerald": a surname with a capital inside it was no name the full forms were read from, as "McCarty" and
    "MacLeod" already were."""
    texts = {
        "poem.md": ("# Edward FitzGerald\n\nEdward FitzGerald was an English poet and translator. He was born in Suffolk "
                    "in 1809.\n\nFitzGerald's translation of the Rubaiyat was published in London in 1859.",
                    DocMeta("Edward FitzGerald", kind="biography")),
        "mayor.md": ("# New York in the Depression\n\nNew York suffered badly in the Great Depression. The reforming mayor "
                     "Fiorello LaGuardia promised cheap housing.\n\nIn 1939 LaGuardia opened the municipal airport in "
                     "Queens.", DocMeta("New York in the Depression", kind="history")),
        "film.md": ("# The silent epics\n\nThe silent epics filled American cinemas in the 1920s. The director Cecil "
                    "DeMille made the largest of them.\n\nIn 1923 DeMille filmed The Ten Commandments on the dunes at "
                    "Guadalupe.", DocMeta("The silent epics", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    for named in ("Edward FitzGerald's translation", "Fiorello LaGuardia open", "Cecil DeMille film"):
        assert [p for p in prompts if named in p], (named, prompts)


def test_a_count_of_things_of_a_peoples_type_is_not_cut_at_the_name() -> None:
    """"How many buildings of Norse did excavations between 1961 and 1968 uncover type?" (judge 256), from "uncovered
    eight buildings of Norse type": the name qualifies the noun after it, and no "of <name>" of stuff ends there."""
    texts = {
        "vinland.md": ("# L'Anse aux Meadows\n\nL'Anse aux Meadows is an archaeological site in Newfoundland.\n\n"
                       "Excavations between 1961 and 1968 uncovered eight buildings of Norse type, including halls.",
                       DocMeta("L'Anse aux Meadows", kind="history")),
        "hoard.md": ("# The Ribe hoard\n\nThe Ribe hoard was found near the town of Ribe in Denmark.\n\nFarmers ploughing "
                     "a field in 1911 found twelve swords of Frankish make, buried under a stone.",
                     DocMeta("The Ribe hoard", kind="history")),
        "fort.md": ("# Vindolanda\n\nVindolanda was a Roman fort south of Hadrian's Wall.\n\nArchaeologists working in "
                    "1973 excavated forty barracks of Roman design, laid out in rows. Excavations at Vindolanda between 1961 "
                    "and 1968 uncovered eight writing tablets of wood, including letters.",
                    DocMeta("Vindolanda", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "number"]
    assert not [p for p in prompts if re.search(r"\bof (?:Norse|Frankish|Roman)\b", p)], prompts
    assert [p for p in prompts if "How many writing tablets of wood" in p], prompts  # "of <stuff>" is counted


def test_a_peoples_adjective_before_a_common_noun_is_no_name_for_the_noun() -> None:
    """"In which year was the Norse site declared a National Historic Site of Canada?" (judge 256): the text had "a Norse
    site at L'Anse aux Meadows", and "the site" was named "the Norse site", which says no more than "the site". A
    people's adjective before a common noun ("Norse", "Dutch", "Greek") names nothing; before a capitalised head ("the
    French Navy") it is part of a name."""
    texts = {
        "norse.md": ("# The Vinland voyages\n\nThe Vinland voyages took Norse sailors to America. In 1960 explorers found a "
                     "Norse site in Newfoundland.\n\nThe site was declared a National Historic Site of Canada in 1968. In "
                     "1978 UNESCO inscribed L'Anse aux Meadows on the World Heritage List.",
                     DocMeta("The Vinland voyages", kind="history")),
        "fleet.md": ("# The raid on the Medway\n\nThe raid on the Medway was a Dutch attack on English warships. A Dutch "
                     "fleet sailed up the Thames estuary.\n\nThe fleet burned the ships at Chatham Dockyard in 1667.",
                     DocMeta("The raid on the Medway", kind="history")),
        "temple.md": ("# Paestum\n\nPaestum was a city of Magna Graecia. Its builders raised a Greek temple to Hera.\n\n"
                      "The temple was dedicated to Hera in 550 BC by settlers from Sybaris.",
                      DocMeta("Paestum", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"\bthe (?:Norse site|Dutch fleet|Greek temple)\b", p)], prompts
    assert [p for p in prompts if "L'Anse aux Meadows" in p], prompts  # what the document names is asked


def test_a_prompt_that_ends_on_a_lists_first_member_is_not_asked() -> None:
    """"In which year did Merck introduce Maurice Hilleman's combined vaccine against measles?" (judge 257), from "…
    against measles, mumps and rubella, known as MMR": the list cut to its first member names another vaccine, whose year
    (1968) an option offered. A prompt ending where the source goes on with ", <word> … and <word>" is not asked; an
    aside after a name (", a widower and a professor") is no list, and a prompt that keeps the whole list is asked."""
    texts = {
        "mmr.md": ("# Jonas Pike\n\nJonas Pike was an American microbiologist. He was born in Miles City in 1919.\n\nIn "
                   "1971 Jonas Pike introduced a combined vaccine against measles, mumps and rubella, known as MMR.",
                   DocMeta("Jonas Pike", kind="biography")),
        "mill.md": ("# Amos Kay\n\nAmos Kay was an English inventor. He was born in Preston in 1732.\n\nIn 1775 Amos Kay "
                    "patented a series of machines for carding, drawing and roving cotton.",
                    DocMeta("Amos Kay", kind="biography")),
        "wed.md": ("# Ruth Lane\n\nRuth Lane was an American novelist. She was born in Litchfield in 1811.\n\nIn 1836 Ruth "
                   "Lane married Calvin Hale, a widower and a professor of literature.", DocMeta("Ruth Lane", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if p.endswith("against measles?")], prompts
    assert [p for p in prompts if "for carding, drawing and roving cotton?" in p], prompts
    assert [p for p in prompts if "did Ruth Lane marry Calvin Hale" in p], prompts


def test_a_force_with_no_date_and_no_named_battle_is_not_counted() -> None:
    """"About how many men did Antonio José de Sucre command against roughly 6,900 royalists?" (judge 259): at
    Ayacucho, in 1824, which the prompt does not say. A force commanded, led or fielded makes a number question only
    with its year (or its battle) named."""
    texts = {
        "sucre.md": ("# Tomás Arce\n\nTomás Arce was a Venezuelan general. He was born in Cumaná in 1795.\n\nArce "
                     "commanded about 5,800 men against roughly 6,900 royalists.", DocMeta("Tomás Arce", kind="biography")),
        "fleet.md": ("# Jan Haring\n\nJan Haring was a Dutch admiral. He was born in Vlissingen in 1610.\n\nHaring led "
                     "about 80 ships against the English fleet off the Suffolk coast.", DocMeta("Jan Haring", kind="biography")),
        "dated.md": ("# Omar Sayf\n\nOmar Sayf was an Egyptian general. He was born in Cairo in 1820.\n\nIn 1875 Omar Sayf "
                     "commanded about 11,000 men against Ethiopian forces at Gura.",
                     DocMeta("Omar Sayf", kind="biography")),
    }
    asked = generate(texts)
    assert not [q.prompt for q in asked if q.kind == "number" and ("Arce" in q.prompt or "Haring" in q.prompt)], asked
    # the dated command is still asked (as its year: one fact, one question)
    assert [q.prompt for q in asked if "did Omar Sayf command about 11,000 men" in q.prompt], [q.prompt for q in asked]


def test_a_share_of_what_a_person_made_names_the_person_in_full() -> None:
    """"… a memorial exhibition of some 400 of Hartmann's drawings?" (judge 259), beside "the architect and artist
    Viktor Hartmann": a possessive after "<number> of" is the person's who made or had them, and is named in full; after
    "the role of" a name stays as written ("the role of Napoleon's son", where the text also names Napoleon III)."""
    texts = {
        "show.md": ("# Pavel Orlov\n\nPavel Orlov was a Russian critic. His friend was the architect Viktor Hartmann.\n\nIn "
                    "1874 Pavel Orlov organised an exhibition of some 400 of Hartmann's drawings in St Petersburg.",
                    DocMeta("Pavel Orlov", kind="biography")),
        "gift.md": ("# Ann Gale\n\nAnn Gale was an English collector. She bought prints by the engraver Thomas Bewick.\n\n"
                    "In 1851 Ann Gale gave 120 of Bewick's woodcuts to the British Museum.", DocMeta("Ann Gale", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "of some 400 of Viktor Hartmann's drawings" in p], prompts
    assert [p for p in prompts if "120 of Thomas Bewick's woodcuts" in p], prompts


# ----------------------------------------------------------------- a thing's name is no person's
def test_an_office_word_inside_a_things_name_stays_and_a_bare_head_is_no_surname() -> None:
    """Two names judge 273 found mangled: "the new Kaiser Wilhelm Institute for Chemistry" lost its "Kaiser", as an
    office before a person's full name does ("President George Bush"), because the corpus knew "Wilhelm" as a given
    name; and "the Pontcysyllte Aqueduct and Canal" became "… and Shrewsbury Canal", a bare "Canal" put in full like a
    surname from another canal the document names. A name ending on an institution's or a place's head word is no
    person's, and such a head alone is no surname."""
    texts = {
        "roentgen.md": ("# Wilhelm Röntgen\n\nWilhelm Röntgen was a German physicist. In 1895 Wilhelm Röntgen discovered "
                        "X-rays in Würzburg.", DocMeta("Wilhelm Röntgen", kind="biography")),
        "lind.md": ("# Ada Lind\n\nAda Lind was an Austrian physicist. Ada Lind was born in Vienna in 1878.\n\nIn 1912 "
                    "Ada Lind moved to the new Kaiser Wilhelm Institute for Chemistry in Berlin-Dahlem.",
                    DocMeta("Ada Lind", kind="biography")),
        "kiel.md": ("# The Kiel shipyards\n\nThe shipyards of Kiel built warships for the German navy.\n\nIn 1895 the "
                    "German navy opened the Kaiser Wilhelm Canal between the North Sea and the Baltic.",
                    DocMeta("The Kiel shipyards", kind="history")),
        "aqueduct.md": ("# The Varn Aqueduct\n\nThe Varn Aqueduct carries a canal over the river Dee. Thomas Telford had "
                        "tried the idea on the Longdon Aqueduct on the Kessel Canal, completed in 1797.\n\nIn 2009 "
                        "UNESCO inscribed the Varn Aqueduct and Canal as a World Heritage Site.",
                        DocMeta("The Varn Aqueduct", kind="engineering")),
        "tower.md": ("# Lode Castle\n\nLode Castle stands above the river Varn. Its masons had worked on the walls of "
                     "the Kessel Tower, completed in 1410.\n\nIn 1986 UNESCO inscribed Lode Castle and Tower as a "
                     "World Heritage Site.", DocMeta("Lode Castle", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    for asked in ("move to the new Kaiser Wilhelm Institute for Chemistry", "open the Kaiser Wilhelm Canal",
                  "inscribe the Varn Aqueduct and Canal as", "inscribe Lode Castle and Tower as"):
        assert any(asked in p for p in prompts), (asked, prompts)
    assert not [p for p in prompts if re.search(r"new Wilhelm|the Wilhelm Canal|and (?:Lode|Kessel) (?:Canal|Tower)", p)]


def test_a_numbered_rulers_bare_name_is_not_put_in_another_rulers_full_form() -> None:
    """"Kalmar Union: In which year was Christian of Oldenburg crowned king of Sweden?" (judge 274): the source's bare
    "Christian" was Christian II, and the document's only fuller form, "Christian of Oldenburg", was Christian I. A
    name the document numbers (two rulers or more) is never filled in from another form; the bare name is asked only
    when the title says which one, as before."""
    texts = {
        "union.md": ("# The Varn Union\n\nThe Danes elected Christian of Oldenburg, who became Christian I.\n\nThe last "
                     "king of the union was Christian II. Stockholm surrendered, and Christian was crowned king of Sweden "
                     "in November 1520.\n\nIn 1471 the regent Sten Sture defeated Christian I at the Battle of Brunkeberg.",
                     DocMeta("The Varn Union", kind="history")),
        "lode.md": ("# The Lode dynasty\n\nThe Lode dynasty began with Frederick of Varn, who became Frederick I. The second "
                    "was Frederick II.\n\nIn 1588 Frederick was buried in the cathedral of Roskilde.\n\nIn 1572 Frederick "
                    "II founded the Kessel observatory on the island of Ven.", DocMeta("The Lode dynasty", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"Christian of Oldenburg|Frederick of Varn", p)], prompts
    assert any("defeat Christian I at the Battle of Brunkeberg" in p for p in prompts), prompts  # a numbered form stays


def test_a_language_before_a_name_is_no_part_of_it() -> None:
    """"In which year was English Sequoyah's syllabary completed?" (judge 275): "in English Sequoyah was known as George
    Gist" made "English Sequoyah" a full name, and every "Sequoyah" and "His" became it. A language's name is never
    a name's first word."""
    texts = {
        "kessel.md": ("# Kessel\n\nKessel was a Cherokee silversmith who made a script for his people. His mother belonged "
                      "to the Paint Clan; in English Kessel was known as George Gist.\n\nKessel was born in Tuskegee in "
                      "1770.\n\nHis syllabary, completed in 1821, made the Cherokee people literate.",
                      DocMeta("Kessel", kind="biography")),
        "lode.md": ("# Lode\n\nLode was a Welsh harpist who played at the courts of Europe. In Welsh Lode was called Twm "
                    "Telyn.\n\nLode was born in Bala in 1801.\n\nHis harp, finished in 1832, was given to the queen at "
                    "Windsor.", DocMeta("Lode", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"English Kessel|Welsh Lode", p)], prompts
    assert any("Kessel's syllabary" in p for p in prompts), prompts



def test_a_size_set_aside_between_commas_is_left_out_of_the_question() -> None:
    """"Zuiderzee Works: In which year was Eastern Flevoland, about 540 square kilometres, drained?" (judge 277): a size
    between commas reads as a list entry. It is left out; the place, the act and the answer stay."""
    texts = {
        "polder.md": ("# The Varn polders\n\nThe Varn polders were made by draining the Kessel Sea.\n\nIn 1957 the Varn "
                      "polder, about 540 square kilometres, was drained.", DocMeta("The Varn polders", kind="history")),
        "dam.md": ("# The Lode Dam\n\nThe Lode Dam closed off the Kessel inlet.\n\nIn 1932 the Lode Dam, some 30 kilometres "
                   "long, was closed.", DocMeta("The Lode Dam", kind="engineering")),
        "canal.md": ("# The Varn Canal\n\nThe Varn Canal links two seas.\n\nIn 1869 the Varn Canal, 164 kilometres long, was "
                     "opened to shipping.", DocMeta("The Varn Canal", kind="engineering")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    for asked in ("In which year was the Varn polder drained?", "In which year was the Lode Dam closed?",
                  "In which year was the Varn Canal opened to shipping?"):
        assert asked in prompts, (asked, prompts)


def test_a_year_inside_a_participle_of_the_subject_is_not_the_sentences() -> None:
    """"In which year did a ginkgo plant at the Royal Botanic Gardens, Kew?" (judge 276), from "A ginkgo planted at the
    Royal Botanic Gardens, Kew, in 1762 is still growing": a finite verb straight after the year ends the subject, so
    the year dates the participle inside it. No year question is made of it; a sentence whose act the year dates
    still is."""
    texts = {
        "ginkgo.md": ("# The Varn tree\n\nThe Varn tree is a conifer of China.\n\nA Varn tree planted at the Kessel "
                      "Gardens in 1762 is still growing.\n\nIn 1771 the Lode Society planted a Varn tree at Kessel.",
                      DocMeta("The Varn tree", kind="science")),
        "bridge.md": ("# The Lode Bridge\n\nThe Lode Bridge crosses the river Varn.\n\nThe bridge opened to traffic in 1932 "
                      "was the longest in the country.\n\nIn 1928 the Kessel Company began work on the Lode Bridge.",
                      DocMeta("The Lode Bridge", kind="engineering")),
        "bell.md": ("# The Kessel bell\n\nThe Kessel bell hangs in the cathedral of Varn.\n\nThe bell cast at Lode in 1410 "
                    "survives in the north tower.\n\nIn 1502 the chapter of Varn hung the Kessel bell in the north tower.",
                    DocMeta("The Kessel bell", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    asked_wh = [p for p in prompts if p.startswith("In which year")]
    assert not [p for p in asked_wh if re.search(r"plant at the Kessel Gardens|open to traffic|cast at Lode", p)], prompts
    for asked in ("the Lode Society plant a Varn tree", "the Kessel Company begin work", "the chapter of Varn hang"):
        assert any(asked in p for p in prompts), (asked, prompts)


def test_a_year_closing_a_relative_clause_dates_its_verb_not_the_main_one() -> None:
    """"In which year was Surtsey formed by an eruption that began beneath the sea?" (judge 299), from "It was formed by
    an eruption that began beneath the sea in 1963 and continued until 1967": the year closes the relative clause and
    dates the beginning, not the forming. No "In which year" question asks the main verb with the relative clause in
    it; a sentence whose act the year dates still gives its question."""
    texts = {
        "island.md": ("# Varn Island\n\nVarn Island is a volcanic island south of Kessel.\n\nVarn Island was formed by an "
                      "eruption that began beneath the sea in 1963.\n\nIn 1965 the Lode Society declared Varn Island a "
                      "nature reserve.", DocMeta("Varn Island", kind="science")),
        "painter.md": ("# Anna Brel\n\nAnna Brel was a painter of the Varn valley.\n\nAnna Brel joined a guild that "
                       "admitted women in 1841.\n\nIn 1850 Anna Brel exhibited her first landscape at the Kessel Salon.",
                       DocMeta("Anna Brel", kind="biography")),
        "surgeon.md": ("# Tomas Vell\n\nTomas Vell was a surgeon of the Lode valley.\n\nTomas Vell bought a house that "
                       "burned down in 1847.\n\nIn 1852 Tomas Vell opened a clinic at the Kessel Salon.",
                       DocMeta("Tomas Vell", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    asked_wh = [p for p in prompts if p.startswith("In which year")]
    assert not [p for p in asked_wh if re.search(r"that (?:began|admitted|burned)", p)], prompts
    for asked in ("the Lode Society declare Varn Island", "Anna Brel exhibit", "Tomas Vell open a clinic"):
        assert any(asked in p for p in asked_wh), (asked, prompts)


def test_a_year_after_an_aim_dates_the_aim_not_the_effort() -> None:
    """"In which year did Yoshiaki Tsutsumi use his wealth and influence to bring the Winter Olympic Games to Nagano?"
    (judge 357): the Games were held in 1998, the bid was won in 1991. A year after a verb of effort's infinitive aim
    ("used … to bring", "campaigned … to win", "lobbied … to build") dates the aim; no "In which year" question asks
    the effort by it. A move with a purpose ("moved to Paris to study medicine") is still asked."""
    texts = {
        "oda.md": ("# Ken Oda\n\nKen Oda was a Japanese businessman who owned hotels. He used his wealth and influence "
                   "to bring the Winter Olympic Games to Nagano in 1998.", DocMeta("Ken Oda", kind="biography")),
        "brewer.md": ("# Ada Brewer\n\nAda Brewer was a suffragist from Leeds. She campaigned for decades to win the "
                      "vote for women in 1918.", DocMeta("Ada Brewer", kind="biography")),
        "hale.md": ("# Tom Hale\n\nTom Hale was a mill owner in Lancashire. He lobbied Parliament to build a railway "
                    "to Bury in 1846.", DocMeta("Tom Hale", kind="biography")),
        "stone.md": ("# Eva Stone\n\nEva Stone was a doctor from Bristol. She moved to Paris to study medicine in "
                     "1890.", DocMeta("Eva Stone", kind="biography")),
        "marsh.md": ("# Ida Marsh\n\nIda Marsh was a Welsh teacher from Conwy. In 1868 Ida Marsh raised money to open "
                     "a chapel in Bangor.", DocMeta("Ida Marsh", kind="biography")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if re.search(r"\b(?:use|campaign|lobby)\b", p)], prompts
    assert "In which year did Eva Stone move to Paris to study medicine?" in prompts, prompts
    # a year before the effort dates the effort: "In 1868 Ida Marsh raised money to open a chapel"
    assert "In which year did Ida Marsh raise money to open a chapel in Bangor?" in prompts, prompts


def test_a_case_name_with_v_stays_whole_and_as_written() -> None:
    """"In which year did Franklin Lushington open in the Court of Common Pleas …?" (judge 281), from "The case of
    Tichborne v. Lushington opened …": the sentence was cut after "v.", and the case's second party was then put in
    full as the document's barrister. A case's "v." ends no sentence, and the name after it stays as the court wrote it."""
    texts = {
        "case.md": ("# The Kessel claimant\n\nThe Kessel claimant said he was the lost heir of the Kessel estates. Franklin "
                    "Lode acted for the family.\n\nThe case of Kessel v. Lode opened in the Court of Common Pleas in May "
                    "1871.", DocMeta("The Kessel claimant", kind="history")),
        "road.md": ("# The Varn road\n\nThe Varn road was the subject of a famous lawsuit. Thomas Brel owned the land.\n\n"
                    "The case of Varn v. Brel was heard at the Leeds assizes in 1843.", DocMeta("The Varn road", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("Kessel v. Lode open in the Court of Common Pleas" in p for p in prompts), prompts
    assert any("Varn v. Brel" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"v\. (?:Franklin|Thomas) |did (?:Franklin )?Lode open", p)], prompts


def test_a_species_by_its_genus_initial_is_put_in_full_or_not_asked() -> None:
    """"In which year was the genome of D. discoideum published in the journal Nature …?" (judge 282): the text named
    Dictyostelium discoideum once and then wrote "D. discoideum". A species by its genus's initial is put in full when
    the document writes one full form, and not asked when it writes none."""
    texts = {
        "mould.md": ("# Varn mould\n\nDictyostelium varnense is a soil amoeba. D. varnense feeds on bacteria.\n\nIn 2005 "
                     "the genome of D. varnense was published in the journal Nature.", DocMeta("Varn mould", kind="science")),
        "germ.md": ("# The Lode bacterium\n\nEscherichia lodensis lives in the gut of cattle.\n\nIn 1885 the bacterium "
                    "E. lodensis was described by Theodor Kessel in Munich.", DocMeta("The Lode bacterium", kind="science")),
        "worm.md": ("# The Kessel worm\n\nThe Kessel worm lives in hot springs.\n\nIn 1998 the genome of C. kesselii was "
                    "published by a team in Cambridge.", DocMeta("The Kessel worm", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert any("genome of Dictyostelium varnense published" in p for p in prompts), prompts
    assert any("Escherichia lodensis" in p for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"\b[A-Z]\. [a-z]{3,}", p)], prompts


def test_a_ship_named_after_a_person_keeps_its_article_when_she_is_resolved() -> None:
    """"She carried 26,116 long tons …" in a history of the SS Edmund Fitzgerald (judge 336 was asked "did Edmund
    Fitzgerald carry …?", which reads as the man): a name the text writes with "the" is a ship, and keeps it."""
    texts = {
        "varn": ("The SS Thomas Varn was a British steam collier named after a Sunderland coal merchant. The Thomas Varn "
                 "was launched at Sunderland in 1881 and worked the east coast for thirty years. She rescued the crew of "
                 "a Norwegian barque off Cape Wrath in 1895.", DocMeta("SS Thomas Varn", kind="paper", date="2010")),
        "brand": ("The RMS Lady Ellen Brand was a mail steamer of the Union Line. The Lady Ellen Brand sailed between "
                  "Southampton and Cape Town. She carried the first mails to Durban in 1889.",
                  DocMeta("RMS Lady Ellen Brand", kind="paper", date="2010")),
        # a woman is never "the Marie Varn", though the Marie Varn Institute and others bear her name
        "life": ("Marie Varn was a Belgian chemist. The Marie Varn Institute, the Marie Varn Prize and the Marie Varn "
                 "Medal keep her name. Marie Varn studied at Ghent. She discovered a new salt of cobalt in 1901.",
                 DocMeta("Marie Varn", kind="paper", date="2010")),
    }
    prompts = {q.prompt for q in generate(texts) if q.kind == "when"}
    assert "In which year did the Thomas Varn rescue the crew of a Norwegian barque off Cape Wrath?" in prompts
    assert "In which year did the Lady Ellen Brand carry the first mails to Durban?" in prompts
    assert any(p.startswith("Marie Varn discovered") or "did Marie Varn discover" in p for p in prompts)


def test_a_surname_on_an_arabic_article_is_put_in_full() -> None:
    """"In which year did Al-Tusi die in Baghdad?" (judge 337): the life of Nasir al-Din al-Tusi wrote "Al-Tusi" at a
    sentence's start, which neither the title's name nor the name put in full matched. Other scholars share the nisba."""
    texts = {
        "varn": ("Yusuf al-Din al-Varn (1190–1262) was a Syrian physician. Al-Varn studied medicine in Damascus under "
                 "the physicians of the Nuri hospital. In 1231 al-Varn wrote a treatise on the eye. Al-Varn died in "
                 "Cairo in 1262.", DocMeta("Yusuf al-Din al-Varn", kind="paper", date="2010")),
        "kessel": ("Layla el-Kessel was an Egyptian astronomer and teacher. El-Kessel was educated at home by her father. "
                   "In 1921 el-Kessel founded a school for girls in Alexandria. El-Kessel published a catalogue of "
                   "variable stars in 1934.", DocMeta("Layla el-Kessel", kind="paper", date="2010")),
    }
    prompts = {q.answer: q.prompt for q in generate(texts) if q.prompt.startswith("In which year")}
    assert prompts.get("1262") == "In which year did Yusuf al-Din al-Varn die in Cairo?"
    assert prompts.get("1934") == "In which year did Layla el-Kessel publish a catalogue of variable stars?"
    assert prompts.get("1921") == "In which year did Layla el-Kessel found a school for girls in Alexandria?"


@pytest.mark.parametrize(
    "first",
    [
        # judge 337 was asked "In which year was Olympe de Gouges accepted by the Comédie-Française?": "It" was her play
        "Marie de Varn's best-known play, Le Retour, ou la fille perdue (The Return, or the Lost Daughter), told the story "
        "of two lovers.",
        "Jonas van Kessel's first novel, Mørke Vand, eller den sidste vinter (Dark Water, or the Last Winter), sold poorly.",
        "Kessel's first novel, Mørke Vand, eller den sidste vinter (Dark Water, or the Last Winter), sold poorly.",
        "Anna Lind’s garden, La Huerta, o el jardín perdido (The Lost Garden), was sold.",
    ],
)
def test_it_is_never_a_given_name_before_a_particle_nor_a_possessive(first: str) -> None:
    from bot.corpus.referents import Referents

    text = f"{first} It was accepted by the Theatre Royal in 1785."
    assert Referents("A life", [text], [[(0, len(first)), (len(first) + 1, len(text))]]).thing(0, 1) is None


def test_a_name_after_a_and_a_describing_word_is_not_put_in_full() -> None:
    """"a frozen Earth" became "a frozen Snowball Earth" under the title "Snowball Earth": after "a" and a word that
    describes it, a name is the thing in some state, never the title's longer name."""
    texts = {
        "snowball": ("Snowball Earth is the hypothesis that the planet froze over. In 1992 Joseph Kirschvink proposed "
                     "the name. In 1998 Paul Hoffman argued that a frozen Earth had thawed through volcanic carbon "
                     "dioxide.", DocMeta("Snowball Earth", kind="paper", date="2010")),
        "venus": ("Venus Express was a European probe that orbited Venus for eight years. Venus Express carried seven "
                  "instruments. In 1995 Lena Varn argued that a wetter Venus had once held shallow oceans.",
                  DocMeta("Venus Express", kind="paper", date="2010")),
    }
    prompts = {q.prompt for q in generate(texts) if q.kind == "when"}
    assert "In which year did Paul Hoffman argue that a frozen Earth had thawed through volcanic carbon dioxide?" in prompts
    assert "In which year did Lena Varn argue that a wetter Venus had once held shallow oceans?" in prompts


def test_a_name_part_written_only_inside_a_longer_name_does_not_fill_a_bare_name() -> None:
    """"… political advisers from Haut Katanga?" (judge 339): the text writes "Haut Katanga" only in the mining company
    "Union Minière du Haut Katanga", after its particle, so it is no fuller form of the province "Katanga"."""
    texts = {
        "congo.md": ("# The Katanga secession\n\nThe Katangese state was backed by the mining company Union Minière du "
                     "Haut Katanga.\n\nIn 1961 the UN Security Council ordered the removal of foreign mercenaries from "
                     "Katanga.", DocMeta("The Katanga secession", kind="history")),
        "niger.md": ("# The Niger railway\n\nThe line was financed by the Banque Coloniale du Haut Sénégal.\n\nIn 1904 "
                     "French engineers extended the railway from Kayes into Sénégal.",
                     DocMeta("The Niger railway", kind="history")),
    }
    prompts = {q.doc_key: q.prompt for q in generate(texts) if q.kind == "when"}
    assert prompts.get("congo.md", "").endswith(" from Katanga?"), prompts
    assert prompts.get("niger.md", "").endswith(" into Sénégal?"), prompts


@pytest.mark.parametrize(
    ("title", "text", "question"),
    [
        # judge 341's "The Lærdal Tunnel (Norwegian: Lærdalstunnelen) is a road tunnel …. It opened on 27 November 2000"
        # made no question: the tunnel was a person to the gazetteer, the name's "æ" and its gloss in brackets hid it
        ("Østvik Tunnel", "The Østvik Tunnel (Norwegian: Østviktunnelen) is a road tunnel in northern Norway that runs "
                          "for 11 kilometres beneath the mountains between the villages of Østvik and Brenn. It opened on "
                          "3 June 1998 and has carried the coast road since then.",
         "In which year did the Østvik Tunnel open?"),
        ("Brenn Viaduct", "The Brenn Viaduct (German: Brennviadukt) is a railway viaduct in eastern Switzerland that "
                          "crosses the gorge of the river Albu on six stone arches. It opened in July 1903 and still "
                          "carries the mountain line.",
         "In which year did the Brenn Viaduct open?"),
        # judge 346's "Great Belt Fixed Link" was a life to the title check ("Link" a surname), its "fixed link" its name
        ("Varn Belt Fixed Link", "The Varn Belt Fixed Link (Danish: Varnbæltforbindelsen) is a road and railway "
                                 "connection across the Varn Belt, the strait between the islands of Østø and Vestø. It "
                                 "opened to road traffic on 14 June 1998 and carries about 30,000 vehicles a day.",
         "In which year did the Varn Belt Fixed Link open to road traffic?"),
        ("Orr Causeway", "The Orr Causeway (Welsh: Sarn Orr) is a road causeway in western Wales that carries the coast "
                         "road across the tidal flats of the Orr estuary. It opened on 3 June 1926 and was widened later.",
         "In which year did the Orr Causeway open?"),
    ],
)
def test_it_after_a_name_with_a_gloss_in_brackets_is_that_name(title: str, text: str, question: str) -> None:
    prompts = {q.prompt for q in generate({"doc": (text, DocMeta(title, kind="paper", date="2010"))})}
    assert question in prompts, prompts


def test_a_side_fact_before_its_subjects_span_is_not_put_under_its_name() -> None:
    """"Tulip Era: In which year did Prince Eugene of Savoy defeat the Ottoman army at Petrovaradin?" (1716, judge 347):
    the heading names a period of 1718 to 1730, and a player looks among the options inside it. A fact from before the
    span the opening gives is no question under that name; one inside it still is (and one after it reads as its
    aftermath: test_what_came_after_a_subjects_span_is_not_offered_during_it)."""
    texts = {
        "era.md": ("# Rose Era\n\nThe Rose Era is the name given to the period of Varnish history between the Treaty of "
                   "Orr in July 1718 and the Halil revolt of September 1730.\n\nIn 1716 the Kessel general Anton Brun "
                   "defeated the Varnish army at Petrovac. In 1722 the Varnish court built a summer palace at Orrhane.",
                   DocMeta("Rose Era", kind="history")),
        "strike.md": ("# The Long Strike\n\nThe Long Strike was a stoppage in the Kessel coalfield that began in March "
                      "1910 and ended in August 1913.\n\nIn 1907 the Kessel miners' union elected Tom Varn as "
                      "president. In 1911 the Kessel government sent mounted police to Tonypandy.",
                      DocMeta("The Long Strike", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert not [p for p in prompts if "Petrovac" in p or "Tom Varn" in p], prompts
    assert [p for p in prompts if p.startswith("Rose Era: ") and "palace" in p], prompts
    assert [p for p in prompts if "mounted police" in p], prompts


@pytest.mark.parametrize(("title", "kind"), [("Varn Belt Fixed Link", "link"), ("Varn Firth Crossing", "crossing"),
                                           ("Orr Water Causeway", "causeway")])
def test_a_structure_named_by_its_kind_is_no_life(title: str, kind: str) -> None:
    """"In which year did the Danish parliament, the Folketing, pass a law to build a fixed link?" (judge 346) was asked
    without its heading: "Great Belt Fixed Link" was a person to the gazetteer ("Link" a surname), so the document a
    life, and "link" its surname in the prompt. A link, a crossing or a causeway is a structure, and a prompt that names
    only its kind is a side fact of its document."""
    text = (f"The {title} is a road and railway connection across the strait between the islands of Østø and Vestø. "
            "It consists of a road suspension bridge and a railway tunnel.\n\nA fixed crossing had been discussed since "
            f"the nineteenth century. In June 1987 the Kessel parliament, the Ting, passed a law to build a fixed {kind}, "
            f"and a state-owned company was set up to build it. The {title} was the largest construction project in "
            "Kessel history.")
    prompts = [q.prompt for q in generate({"doc.md": (text, DocMeta(title, kind="engineering"))})]
    assert not [p for p in prompts if p.startswith("In which year did the Kessel parliament")], prompts


@pytest.mark.parametrize("title", ["Varna Manifesto", "Orrin Covenant", "Kessel Proclamation"])
def test_a_paper_named_by_its_kind_is_no_life(title: str) -> None:
    """"Ostend Manifesto" and "Ulster Covenant" (judges 341 and 343) were lives to the title check, a name its body
    repeats with "Manifesto" as the surname; so a side fact of theirs, which a life never heads, was no question. A
    manifesto, a covenant or a proclamation is a paper, and its name heads what happened around it."""
    text = (f"The {title} was a pledge signed on 28 September 1912 by nearly half a million people against home rule. "
            f"It soon became known as the {title}. The {title} was drafted by a committee in Belfast.\n\nIn January "
            f"1913 the Unionist Council formed the Volunteer Force in Belfast. The {title} is remembered as a protest.")
    corpus = text_corpus({"doc.md": (text, DocMeta(title, kind="history"))})
    prompts = [q.prompt for q in generate_questions(corpus.canonical, corpus.passages, corpus.events)[0]]  # as built
    assert f"{title}: In which year did the Unionist Council form the Volunteer Force in Belfast?" in prompts, prompts


def test_another_name_of_a_thing_or_a_place_is_no_first_name() -> None:
    """"the Apache Point Observatory Lunar Laser-ranging Operation, known as APOLLO" made every "Apollo 14" a person by
    a first name (judge 349's document), and "Beacon Island, later … known as Batavia's Graveyard" every "the Batavia"
    (judge 348's): an alias is a person's only after a person's name, and a name after "the" or before a number is
    nobody's first name."""
    texts = {
        "ship.md": ("# The wreck of the Varnia\n\nThe Varnia was a merchant ship of the Kessel East India Company. Most "
                    "of the survivors were ferried to Orr Island, which later became known as Varnia's Graveyard.\n\n"
                    "Early on 4 June 1629 the Varnia ran onto Morning Reef off the coast of Kessel.",
                    DocMeta("The wreck of the Varnia", kind="history")),
        "moon.md": ("# Lunar ranging\n\nIn 2006 the Orr Point Observatory Lunar Ranging Operation, known as Hermes, "
                    "began work in New Mexico.\n\nThe crew of Hermes 14 left a second array of reflectors on the Moon in "
                    "February 1971.", DocMeta("Lunar ranging", kind="science")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "the Varnia run onto Morning Reef" in p], prompts
    assert [p for p in prompts if "Hermes 14" in p], prompts


@pytest.mark.parametrize(
    ("title", "text", "question"),
    [
        # judge 343's document: "The bridge was one of …" / "It was soon overtaken …" resolved "It" to "The bridge"
        ("Tsing Orr Bridge", "The Tsing Orr Bridge is a suspension bridge in Kessel. The bridge was one of the largest "
                             "engineering projects undertaken in Kessel and became a symbol of the territory. It was "
                             "opened on 27 April 1997 by Margaret Varn.",
         "In which year was the Tsing Orr Bridge opened by Margaret Varn?"),
        ("Brenn Dam", "The Brenn Dam is a concrete arch dam in eastern Kessel. The dam was one of the largest public "
                      "works undertaken in the canton and became a symbol of its industry. It was opened in May 1958 by "
                      "the engineer Tom Varn.",
         "In which year was the Brenn Dam opened by the engineer Tom Varn?"),
    ],
)
def test_it_after_a_thing_called_by_its_common_noun_is_that_thing(title: str, text: str, question: str) -> None:
    prompts = {q.prompt for q in generate({"doc": (text, DocMeta(title, kind="engineering"))})}
    assert question in prompts, prompts


def test_an_opening_pronoun_is_no_part_of_a_name_nor_a_person_beyond_a_named_thing() -> None:
    """"She left Southampton on 17 June 1860 on her maiden voyage" two sentences after "Brunel died in London …" and one
    after "The Great Eastern never sailed to Australia" became "did Isambard Kingdom Brunel leave Southampton on her
    maiden voyage?" (a dump of judge 298's documents): a "she" does not reach past a sentence about a named thing to a
    person before it. And "It was fought on 1 June 1794" after "The Glorious First of June, known in France as …" is no
    "Glorious First": a name that goes on with "of" is not cut there."""
    texts = {
        "ship.md": ("# SS Orrland\n\nThe SS Orrland was an iron steamship designed by the engineer Tom Varnel and "
                    "launched on the Thames in 1858. She was by far the largest ship of her time.\n\nTom Varnel "
                    "suffered a stroke on board. Varnel died in London on 15 September 1859, aged fifty-three.\n\nThe "
                    "Orrland never sailed to Australia. Her owners placed her instead on the route to North America. "
                    "She left Southampton on 17 June 1860 on her maiden voyage.",
                    DocMeta("SS Orrland", kind="engineering")),
        "battle.md": ("# The Glorious Third of May\n\nThe Glorious Third of May, known in Kessel as the Bataille du 14 "
                      "floréal an 2, was the first great fleet action between Varnland and Kessel in the Kessel "
                      "Revolutionary Wars. It was fought on 3 May 1794 in the Atlantic Ocean some 400 nautical miles west "
                      "of the island of Orr.",
                      DocMeta("The Glorious Third of May", kind="history")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert not [p for p in prompts if "Varnel leave" in p or "Glorious Third fought" in p], prompts


def test_a_surname_named_in_full_after_a_common_nouns_of_is_put_in_full() -> None:
    """"… a team from Marseille led by Raoult and Jean-Michel Claverie?" (judge 341): the text names him in full only in
    "the research unit of Didier Raoult", and a name written only after "of" was taken for a field ("Professor of
    Experimental Physics"). Only a capitalised word's "of" makes a field."""
    texts = {
        "tempel": ("The plates went to the observatory of Hanna Lind in Uppsala. In 1911 the orbit of Comet Tempel was "
                   "computed by Lind and Otto Brenn.", DocMeta("A periodic comet", kind="paper", date="2010")),
        "morehouse": ("The plates went to the research unit of Karl Dunn in Potsdam. In 1908 the orbit of Comet Morehouse "
                      "was computed by Dunn and Ella Stone.", DocMeta("A bright comet", kind="paper", date="2010")),
    }
    prompts = [q.prompt for q in generate(texts) if q.kind == "when"]
    assert [p for p in prompts if "by Hanna Lind and Otto Brenn" in p], prompts
    assert [p for p in prompts if "by Karl Dunn and Ella Stone" in p], prompts


def test_a_name_before_what_is_named_after_it_is_not_put_in_full() -> None:
    """"the dynamical Casimir effect" became "the dynamical Hendrik Casimir effect" (judge 340): a name straight before
    the noun of a thing named after the person ("effect", "scale", "engine" …) is part of that thing's name."""
    texts = {
        "casimir": ("Hendrik Casimir was a Dutch physicist. In 1970 the American physicist Gerald Moore predicted the "
                    "dynamical Casimir effect in a moving cavity.", DocMeta("Casimir forces", kind="paper", date="2010")),
        "lind": ("Anna Lind was a Swedish seismologist. In 1935 Erik Holm adopted the revised Lind scale at Uppsala.",
                 DocMeta("Lind scale", kind="paper", date="2010")),
    }
    prompts = [q.prompt for q in generate(texts)]
    assert [p for p in prompts if "the dynamical Casimir effect" in p], prompts
    assert [p for p in prompts if "the revised Lind scale" in p], prompts
    assert not [p for p in prompts if "Hendrik Casimir effect" in p or "Anna Lind scale" in p], prompts


@pytest.mark.parametrize(
    ("title", "text", "question"),
    [
        # judge 343 was asked "In which year did the Winnipeg General Strike begin at 11 a.m?"
        ("The Varn strike", "The Varn strike began at 11 a.m. on 15 May 1926.", "In which year did the Varn strike begin?"),
        ("Kessel Bridge", "The Kessel Bridge opened to traffic at 10 o'clock on 1 July 1932.",
         "In which year did the Kessel Bridge open to traffic?"),
        # judge 343 was asked "was woodsworth elected …?": a surname the text writes only at a sentence's start, before
        # "was", was taken for a modifier the corpus would write in lower case
        ("The Regina strike", "The strike committee met daily. Among its leaders was the Methodist minister J. S. "
                              "Varnsworth. Varnsworth, who edited the strike paper, was charged with libel. Varnsworth was "
                              "elected to the House of Commons for Regina Centre in 1935.",
         "In which year was J. S. Varnsworth elected to the House of Commons for Regina Centre?"),
        ("The Halifax strike", "The strikers met at the Labour Temple. The printer A. E. Kesselby spoke first. Kesselby "
                               "was elected mayor of Halifax in 1927.",
         "In which year was A. E. Kesselby elected mayor of Halifax?"),
    ],
)
def test_a_year_question_drops_the_hour_and_keeps_a_surname_capitalised(title: str, text: str, question: str) -> None:
    prompts = {q.prompt for q in generate({"doc": (text, DocMeta(title, kind="paper", date="2010"))})}
    assert question in prompts, prompts

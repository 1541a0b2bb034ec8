"""Translation garble that breaks a fixed pattern of English (readability.collocation_garble).

Each signal is pinned with garbled sentences of several subjects and with good English of the same
surface shape ("consistent with the framework of", "higher than all other", "more closely"), and the
whole check runs over the English test documents, where it must find nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.corpus.readability import collocation_garble, garbled, unreadable

HERE = Path(__file__).parent
ENGLISH = [*sorted((HERE / "documents").glob("*.txt")),
           *(p for p in sorted((HERE / "source_quotes" / "documents").glob("*.txt")) if not p.name.startswith("change4")),
           HERE / "source_quotes" / "river" / "baiji-history.txt", HERE / "source_quotes" / "river" / "porpoise-science.txt"]

GARBLED = {
    "a fixed phrase with the wrong preposition": [
        "Hundreds of cultural events are being held in succession with the framework of the cultural year.",
        "The retired miners were given new jobs with the framework of the regional pension scheme.",
        "With the context of the new budget rules, the city council cut the number of buses.",
        "The festival was organised by the ministry, by the auspices of the national arts council.",
    ],
    "a thing compared with its own kind": [
        "In western realistic theory, national interests are higher than all basic interests.",
        "Its protection is more important than any important task of the development of the economy.",
        "Electric fishing is the most harmful of all harmful fishing methods on the lower river.",
        "The new bridge is longer than every bridge in the province and opened in the spring of 1998.",
    ],
    "a double comparative": [
        "The villagers are more closer to the new hospital since the road was rebuilt in 2004.",
        "The second harvest was more bigger than the first, and the prices fell in the autumn.",
        "The museum became the most largest in the region after the extension of 1987.",
    ],
    "a verb form its auxiliary cannot take": [
        "Local officials said the protection work must be continues for the whole ten years.",
        "The committee will discusses the new rules for the harbour at its meeting in March.",
        "The engineers hoped to strengthens the old tunnel before the winter of 1911.",
        "The two sides have achieve a great success in the cooperation of energy.",
        "The output of the mills has been greatly improve since the reform of 1978.",
        "The ministry will strengthened the supervision of the grain market next year.",
    ],
    "a quantifier on a bare plural": [
        "Many of fishermen now work as river patrollers on the middle reaches of the river.",
        "Most of farmers in the valley grew rice and tea until the dam was built in 1968.",
        "Some of scientists doubted the figures that the survey published in 1975.",
    ],
    "one of a singular noun": [
        "Beijing is one of the most important city of the region and a centre of the silk trade.",
        "The hall at Nara is one of the oldest wooden temple in the world.",
        "The striker was one of the best player of the tournament in 1998.",
    ],
    "an agent noun where the activity belongs": [
        "Putin's taking office integrated a more pragmatic style of diplomatic teachers.",
        "The new premier brought a harsher manner of economic planners into the cabinet.",
    ],
}
CLEAN = [
    "The new rules are consistent with the framework of the treaty signed in 1992.",
    "The plan was drawn up within the framework of the regional development programme.",
    "Under the auspices of the United Nations, the two sides met in Geneva in 1954.",
    "The river is longer than all other rivers in the country and drains a fifth of its land.",
    "Mount Everest is higher than any other mountain on Earth.",
    "The best of all the entries came from a school in the north of the country.",
    "The two teams worked more closely after the merger of 2001, and the results came faster.",
    "He promised to say more later, once the inquiry had published its report.",
    "The crew will continue the survey in the spring, and the ship will return in May.",
    "The will expressed by the voters in 1946 was clear, and the assembly had never ignored it.",
    "The two parties have become partners, and the output has been improved by the new machines.",
    "Ask the publisher of the version it refers to gives permission, the licence says in its second part.",
    "Many of the fishermen now work as river patrollers, and some of them train the newcomers.",
    "Many fishermen now work as river patrollers on the middle reaches of the river.",
    "The style of the painters who worked in the city changed after the war.",
    "She admired the style of the early Flemish painters and copied their portraits.",
    "The treaty was signed at the outset of the war, on the basis of the earlier agreement.",
    "She was one of the team that found the wreck, and one of the best divers of her year.",
    "He was one of the first team members to reach the summit in 1953.",
    "Nara is one of the oldest cities in Japan, and one of the most visited.",
]


@pytest.mark.parametrize(("signal", "text"), [(k, t) for k, texts in GARBLED.items() for t in texts])
def test_each_signal_finds_garble_in_sentences_of_several_subjects(signal: str, text: str) -> None:
    reason = unreadable(text)
    assert reason is not None and reason.startswith("garbled"), (signal, reason)


@pytest.mark.parametrize("text", CLEAN)
def test_good_english_of_the_same_shape_reads_cleanly(text: str) -> None:
    assert unreadable(text) is None


def test_no_sentence_of_the_english_test_documents_breaks_a_collocation() -> None:
    flagged, total = [], 0
    for path in ENGLISH:
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", re.sub(r"\s+", " ", body)):
            total += 1
            if collocation_garble(sentence):
                flagged.append(sentence)
    assert total > 400
    assert not flagged, flagged


@pytest.mark.parametrize(
    "text",
    [
        "Russian was back on record-breaking form in the pole vault at the National Indoor Arena.",
        "Jamaican made the most of a blistering start to take the men's 400m title.",
        "Jamaica's stormed to a personal best of 7.13 seconds to claim the women's 60m sprint.",
        "American was the eventual winner of the men's 60m race which almost ended in farce.",
        "Kenyan clocked 27 minutes to win the 10,000 metres in Oslo.",
    ],
)
def test_a_nationality_where_a_name_was_dropped_is_garble(text: str) -> None:
    assert garbled(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials said the talks had failed.",
        "Polish was the language of the court for two centuries.",
        "Russian was spoken at home by most of the family.",
        "Spanish settlers founded the town in 1565.",
        "Britain's exports rose by 4% in the second quarter.",
        "Ramanujan won a scholarship to the college in 1904.",  # a name ending like a nationality
        "Morgan withdrew his support in 1903.",
    ],
)
def test_a_nationality_opening_a_whole_sentence_is_english(text: str) -> None:
    assert garbled(text) is None

"""Translation garble that keeps every word English, found by word class (readability.word_class_garble).

Each signal is pinned with garbled sentences of several subjects and with good English that has the
same surface shape, so a signal that starts firing on good English fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.corpus.readability import unreadable, word_class, word_class_garble

DOCUMENTS = [Path(__file__).parent / "documents", Path(__file__).parent / "source_quotes" / "documents"]

GARBLED = {
    "adverb on a bare noun": [
        "The West did not really accept him, but only superficially courtesy, and kept him at a distance.",
        "The lunar exploration deeply cooperation with the scientific institutions of four countries.",
        "The ministry warmly welcome and sincerely gratitude to the delegation from the museum.",
    ],
    "adjective used as a noun": [
        "The mysterious of the far side attracted the scientists of all the world.",
        "The beautiful of the old harbour was destroyed by the fire of 1902.",
    ],
    "noun restated as its adjective": [
        "Yeltsin's innocence was as innocent as a child, but he ignored the reality of power.",
        "The difficulty of the landing was very difficult because the terrain is rough.",
        "The success of the vaccine campaign was as successful as the dream of the whole nation.",
        "The reality is that the army's strength is not strong enough to defend the long border.",
    ],
    "plural determiner on a singular noun": [
        "Three museum have closed in the old town since the floods of the spring.",
        "The company opened several factory in the north of the province last spring.",
    ],
    "the two people for two peoples": [
        "The friendship between the two countries is becoming increasingly popular among the two people.",
    ],
}
# The same shapes in good English: focusing adverbs, nouns modifying nouns, superlatives and "the
# same", invariant plurals, passives, "two people" meaning two persons.
CLEAN = [
    "Especially children and mainly farmers in the north were affected by the drought of 1921.",
    "By the 1950s, many hospital strains of the bacterium no longer responded to penicillin.",
    "Marie was the youngest of five children and the best of her class at school.",
    "The ferry runs the same in winter and in summer, with one crossing to the island every hour.",
    "Two aircraft and three spacecraft were lost during the programme's first decade.",
    "The format is not formally specified, and the licence is controlled by the foundation.",
    "The two people who found the cave were students from the local university.",
    "The strength of the dam was tested before the reservoir was filled in 1913.",
    "Both Curie and Becquerel shared the prize with seven other scientists in later years.",
    "The newly built bridge was publicly opened by the mayor in front of large crowds.",
]


@pytest.mark.parametrize(("signal", "text"), [(k, t) for k, texts in GARBLED.items() for t in texts])
def test_each_signal_finds_garble_in_sentences_of_several_subjects(signal: str, text: str) -> None:
    reason = unreadable(text)
    assert reason is not None and reason.startswith("garbled"), (signal, reason)


@pytest.mark.parametrize("text", CLEAN)
def test_good_english_of_the_same_shape_reads_cleanly(text: str) -> None:
    assert word_class_garble(text) is None
    assert unreadable(text) is None


def test_no_sentence_of_the_english_test_documents_is_called_garbled() -> None:
    """Eleven documents written in English (news, history, science, biography, opinion): not one
    sentence is garbled by these signals; the machine-translated story among them is."""
    flagged: dict[str, list[str]] = {}
    for folder in DOCUMENTS:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            for sentence in text.replace("\n", " ").split(". "):
                if word_class_garble(sentence + "."):
                    flagged.setdefault(path.name, []).append(sentence)
    assert set(flagged) == {"change4-far-side-news.txt"}, flagged
    assert len(flagged["change4-far-side-news.txt"]) >= 4


def test_the_lexicon_knows_each_words_only_class() -> None:
    assert word_class("courtesy") == "N" and word_class("children") == "NP"
    assert word_class("mysterious") == "A" and word_class("superficially") == "R"
    assert word_class("daily") is None  # an adjective, an adverb and a noun: no one class


@pytest.mark.parametrize("sentence", [
    "The two corresponded for the rest of her life.",  # biography
    "Exploration is hard, and it is supposed to be.",  # science
    "In his statement from the dock he said that he was prepared to die for the ideal of a free society.",
    "Other Americans have also been urged to leave.",  # news
    "Of all the options on the table, it was the only one that they could afford.",  # history
])
def test_plain_english_rich_in_small_words_is_readable(sentence: str) -> None:
    assert unreadable(sentence) is None


@pytest.mark.parametrize("sentence", [
    "The of the and the to the of a in the for the and the of the.",
    "It is the that of the it is for the and it was to the by the.",
])
def test_a_run_of_small_words_with_nothing_said_is_unreadable(sentence: str) -> None:
    assert unreadable(sentence) is not None

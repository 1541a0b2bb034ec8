"""One readability check for questions, timeline events and random quotes (issue 10, part 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures_questions import text_corpus

from bot.build import build_store
from bot.corpus.model import DocMeta
from bot.corpus.readability import readable_passage, translationese, unreadable
from bot.store.content import ContentStore

GARBLED = [
    "China and Russia's Eastern Route Natural Gas Pipeline was completely completed in December 2024.",
    "Russia is deep \"Oligarchic system\" Still standing still in the face of reform.",
    "When they meet, and when they meet, the two leaders talk about trade and energy.",
    "The protocol is defined in {{RFC(\"9110\")}} and its successors.",
    "The term _alt.hypertext_ was used on early newsgroups for the idea.",
    "Prices rose sharply in the spring (see these stats) as demand recovered.",
    "Photo: Lava flows down a hillside near El Paso on September 20, 2021.",
    "Fig. 2 shows the number of visitors to the cathedral in every year since 1990.",
    "Putin took office in 2012, taking China as the first country he visited [2].",
    "The **new** constitution was adopted by the assembly in a single vote.",
]
CLEAN = [
    "The canal opened to traffic on August 15, 1914, when the cargo ship SS Ancon made the first official transit.",
    "Sino-Russian relations went through the stage of friendship (2000-2004), the stage of rapid development "
    "(2008-2012) and the current stage of new relations.",
    "Marie Curie, Pierre Curie and Henri Becquerel shared the Nobel Prize in Physics in 1903.",
    "NASA's Curiosity rover landed on Mars early on Monday, ending a journey of more than eight months.",
]


@pytest.mark.parametrize("text", GARBLED)
def test_garble_markup_captions_and_citations_are_unreadable(text: str) -> None:
    assert unreadable(text) is not None


@pytest.mark.parametrize("text", CLEAN)
def test_clean_sentences_from_many_documents_read_cleanly(text: str) -> None:
    assert unreadable(text) is None


def test_an_all_caps_name_is_a_slip_only_when_the_corpus_writes_it_in_title_case() -> None:
    sentence = "XI's upcoming visits are expected to inject new momentum into the partnership."
    assert unreadable(sentence, {"Xi", "Putin"}) is not None
    assert unreadable("NASA launched the probe from Cape Canaveral in 1977.", {"Xi", "Putin"}) is None


def test_citation_markers_may_be_allowed_when_the_caller_strips_them() -> None:
    assert unreadable("Putin took office again in 2012 [2].", allow_citations=True) is None


def test_garbled_sentences_stay_off_the_timeline() -> None:
    text = ("China and Russia's Eastern Route Natural Gas Pipeline was completely completed in December 2024.\n\n"
            "The Treaty of Aigun was signed in May 1858 on the bank of the Amur River.")
    corpus = text_corpus({"t.txt": (text, DocMeta("Pipelines and treaties", kind="news", date="2025-01"))})
    years = {e.start_year for e in corpus.events}
    assert 1858 in years and 2024 not in years


def test_a_passage_is_quotable_only_when_every_sentence_reads_cleanly() -> None:
    good = "The canal opened in 1914. It was handed over in 1999."
    bad = "The canal opened in 1914. Russia is deep \"Oligarchic system\" Still standing still."
    assert readable_passage(good, [(0, 25), (26, len(good))])
    assert not readable_passage(bad, [(0, 25), (26, len(bad))])


@pytest.mark.parametrize("garbled", [
    "This marks the urgent need of the theme of the times for the whole region.",
    "As the world is undergoing facilitating changes, the partners are facing common challenges.",
    "Respect for sovereignty should respect the borders and respect the laws of each country.",
])
def test_a_random_quote_passes_over_the_tell_tales_of_translation(garbled: str) -> None:
    """A random /quote can pass over a good passage at no cost: the tell-tales count in any document."""
    text = f"The bridge opened in 1932. {garbled}"
    assert translationese(garbled) is not None
    assert not readable_passage(text, [(0, 26), (27, len(text))])


@pytest.mark.parametrize("english", [
    "The treaty became the basis of a new type of relations between the two states.",
    "Most of the members of the crew were from the north of the island.",
    "The dam was the work of thousands of men from all over Europe, finished in 1936.",
])
def test_a_chain_through_a_quantity_is_no_tell_tale(english: str) -> None:
    assert translationese(english) is None


@pytest.mark.parametrize(("text", "quotable"), [
    ("President Xi Jinping arrived in Moscow. XI's visit lasted four days.", False),
    ("Mayor Li Wei opened the bridge. LI's speech was short.", False),
    ("Pope Pius XI signed the treaty in 1929. It settled the Roman Question.", True),  # a numeral, not "Xi"
    ("The UN met in Geneva. The UN's report came out in May.", True),  # an acronym the passage never writes as "Un"
])
def test_a_name_the_passage_writes_is_a_slip_in_capitals(text: str, quotable: bool) -> None:
    first = text.index(". ") + 1
    assert readable_passage(text, [(0, first), (first + 1, len(text))]) is quotable


async def test_random_quotes_pass_over_unreadable_passages(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "---\ntitle: Mixed quality\n---\n"
        "When they meet, and when they meet, the two leaders talk about trade.\n\n"
        "Russia is deep \"Oligarchic system\" Still standing still in the face of reform.\n\n"
        "The canal opened to traffic on August 15, 1914, after ten years of work.\n", encoding="utf-8")
    out = tmp_path / "content.sqlite3"
    build_store(docs, tmp_path / "no-questions", out)
    store = await ContentStore.open(out)
    try:
        for _ in range(30):
            passage = await store.random_passage()
            assert passage is not None and passage.text.startswith("The canal opened")
    finally:
        await store.close()

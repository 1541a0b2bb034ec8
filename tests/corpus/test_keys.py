"""``key_text`` folds text the way its definition says, however it is computed.

The definition: NFKC, casefold, citation markers out, every run of characters other than 0-9 and
a-z one space, no space at either end. The build computes it on every passage and event, so it
takes a faster road (bytes and a translation table); these tests hold that road to the definition.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from store_paths import DOCUMENTS

from bot.corpus.keys import ascii_words, key_text, make_key

_CITATION = re.compile(r"\[\d+(?:[,\u2013-]\s*\d+)*\]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def by_definition(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _CITATION.sub(" ", text)
    return _NON_ALNUM.sub(" ", text).strip()


def test_every_line_of_the_bundled_documents_folds_as_defined() -> None:
    lines = [line for path in sorted(DOCUMENTS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 300
    assert [key_text(line) for line in lines] == [by_definition(line) for line in lines]


def test_accents_ligatures_citations_and_other_scripts_fold_as_defined() -> None:
    examples = [
        "Café au lait — “quoted” ½ ﬁnal",  # an accent is a break, a ligature and a fraction expand
        "İstanbul STRASSE Straße ǅ",  # casefold before the fold: İ keeps a combining dot
        "Sino-Soviet relations[12] worsened [3, 4–5] in 1960[a].",
        "٣ [٣] Ｆｕｌｌｗｉｄｔｈ １２",  # Arabic-Indic digits are no 0-9; full-width ones are after NFKC
        "tabs\tand\nnew lines\r\n  and\x0bvertical\x0cfeeds",
        "",
        " \t ",
        "Путин и Си 习近平 2025",
    ]
    for text in examples:
        assert key_text(text) == by_definition(text), text
    assert key_text("Sino-Soviet relations[12] worsened") == "sino soviet relations worsened"


@given(st.text())
def test_any_text_folds_as_defined(text: str) -> None:
    assert key_text(text) == by_definition(text)


def test_keys_ignore_cosmetic_changes() -> None:
    assert make_key("p", "doc.txt", "The “Treaty” of 1950 [4].") == make_key("p", "doc.txt", "the treaty of  1950")


@given(st.text())
def test_ascii_words_are_the_runs_of_letters_and_digits(text: str) -> None:
    assert ascii_words(text) == " ".join(re.findall(r"[0-9a-z]+", text)).encode()


def test_document_words_are_the_runs_of_letters_and_digits() -> None:
    for path in sorted(DOCUMENTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8").lower()
        assert ascii_words(text) == " ".join(re.findall(r"[0-9a-z]+", text)).encode(), path.name

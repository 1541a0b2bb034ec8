"""Sentence splitting (hard cases) and the passage invariants on every bundled passage."""

from __future__ import annotations

import pytest

from bot.corpus.clean import clean_string
from bot.corpus.keys import make_key
from bot.corpus.passages import MAX_CHARS, make_passages
from bot.corpus.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("The U.S. President arrived. He spoke briefly.", 2),
    ("Mr. Smith met Dr. Jones in St. Petersburg. They talked.", 2),
    ("It was signed on Nov. 15, 1990 in Moscow. Then it was ratified.", 2),
    ("Smith et al. argue the opposite. Others disagree.", 2),
    ("The figure is given later (see p. 23). The text goes on.", 2),
    ("It appeared in Vol. 19, No. 1 of the journal. It was cited often.", 2),
    ("The town was founded c. 1960 by settlers. It grew fast.", 2),
    # a work's opus number (judge 64: "Romances, Op. 22, composed in 1853" was cut at "Op.")
    ("She wrote the Three Romances, Op. 22, for Joachim in 1853. He played them.", 2),
    ("The Piano Trio in G minor, Op. 17, followed in 1846. Brahms's Opp. 1 and 2 came later.", 2),
    ("He added a final chorus to the score in the key of Op. The audience cheered.", 2),
    ("Some states, e.g. France, objected. Others, i.e. the rest, agreed.", 2),
    ("John F. Kennedy visited Berlin in 1963. The crowd cheered.", 2),
    # initials whose lower-case letter is an abbreviation ("p. 23", "c. 1960", "v. Jones")
    ("The paper was by Hewish, Bell, S. J. Pilkington, P. F. Scott and R. A. Collins. It made news.", 2),
    ("The case went to C. V. Raman and V. S. Naipaul before 1980. Both declined.", 2),
    ("Really?! Yes. He left in Jan. 2001 for good.", 3),
    ("Trade fell by 20%. In 1991, the U.S.S.R. collapsed.", 2),
    ('He said "it is over." Then he left.', 2),
    ("The economy grew in the U.S. The crisis came later.", 2),
    # a sentence that opens with an accented capital (judge 34: "… in London. Éamon de Valera?")
    ("Casement was hanged at Pentonville Prison in London. Éamon de Valera was spared.", 2),
    ("The final was played in Oslo. Ødegaard scored twice.", 2),
    ("The ship reached Reykjavík. Þórður Guðmundsson met it.", 2),
    # a case's "v." (judge 281: "The case of Tichborne v. Lushington opened …" was cut at "v.")
    ("The case of Tichborne v. Lushington opened in May 1871. It lasted ten months.", 2),
    ("In 1973 Roe v. Wade was decided by the Supreme Court. Protests followed.", 2),
    ("Donoghue v. Stevenson set the rule in 1932. Lawyers still cite it.", 2),
])
def test_hard_cases(text: str, expected: int) -> None:
    sentences = _sentences(text)
    assert len(sentences) == expected, sentences
    assert "".join(sentences).replace(" ", "") == text.replace(" ", "")


def test_sentence_offsets_are_exact() -> None:
    text = "  First one.  Second one!\n\nThird one? "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one!", "Third one?"]
    assert split_sentences("") == [] and split_sentences("   ") == []


def test_every_bundled_passage_is_an_exact_slice(bundled_docs) -> None:
    total = 0
    for doc in bundled_docs.values():
        passages = make_passages(doc)
        assert [p.ordinal for p in passages] == list(range(len(passages)))
        for p in passages:
            total += 1
            assert doc.clean_text[p.start:p.end] == p.text
            assert p.kind == "body" and len(p.text) <= MAX_CHARS + 200
            assert p.passage_key == make_key("p", doc.doc_key, p.text) or p.passage_key.startswith("p")
            assert p.sentences and all(0 <= s < e <= len(p.text) for s, e in p.sentences)
            assert p.text[p.sentences[0][0]:p.sentences[-1][1]] == p.text.strip()
        keys = [p.passage_key for p in passages]
        assert len(keys) == len(set(keys))
    assert total >= 80


def test_section_is_the_nearest_heading() -> None:
    doc = clean_string("# Title\n\n## Early years\n\nHe was born in 1900 in a small town by the sea, far away.\n\n"
                       "## Later years\n\nHe moved to the capital in 1930 and worked there until he died.\n")
    passages = make_passages(doc)
    assert [p.section for p in passages] == ["Early years", "Later years"]


def test_tiny_paragraph_joins_the_next() -> None:
    doc = clean_string("Let's dive in.\n\nIn 1989, the leader visited the capital, which was a good opportunity "
                       "to restore normal relations between the two states.\n")
    passages = make_passages(doc)
    assert len(passages) == 1 and passages[0].text.startswith("Let's dive in.")
    assert doc.clean_text[passages[0].start:passages[0].end] == passages[0].text

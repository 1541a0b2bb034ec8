"""Near-duplicate documents and repeated passages."""

from __future__ import annotations

import random

from store_paths import PAPER, PAPER_PDF

from bot.corpus.clean import clean_string
from bot.corpus.dedupe import PassageDeduper, find_duplicates, sketch
from bot.corpus.passages import make_passages


def test_bundled_pdf_copy_is_a_duplicate_of_the_paper(bundled_docs) -> None:
    docs = list(bundled_docs.values())
    dups = find_duplicates([sketch(d, i) for i, d in enumerate(docs)])
    assert set(dups) == {PAPER_PDF}
    canonical, containment = dups[PAPER_PDF]
    assert canonical == PAPER and containment >= 0.9


def _text(seed: int, sentences: int = 80) -> str:
    rng = random.Random(seed)
    words = ["treaty", "border", "trade", "river", "summit", "minister", "railway", "harbour", "council", "army", "grain", "oil", "visit", "signed", "agreed", "rejected", "built", "opened", "closed", "northern", "southern", "eastern", "western"]
    out = []
    for _ in range(sentences):
        out.append(" ".join(rng.choice(words) for _ in range(12)).capitalize() + f" in {rng.randint(1800, 2020)}.")
    return " ".join(out)


def test_unrelated_documents_are_not_duplicates_and_order_does_not_matter() -> None:
    a, b = clean_string(_text(1), "a.txt"), clean_string(_text(2), "b.txt")
    copy = clean_string("# A title\n\n" + _text(1) + "\n\nOne extra closing sentence for the copy.", "c.txt")
    for order in ([a, b, copy], [copy, b, a]):
        dups = find_duplicates([sketch(d, i) for i, d in enumerate(order)])
        assert dups.keys() == {"a.txt"}  # the copy has a title block, so it is canonical
        assert dups["a.txt"][0] == "c.txt"


def test_repeated_passages_are_marked_once() -> None:
    shared = "The same long paragraph about the treaty of 1950 appears in both of these documents verbatim."
    first = make_passages(clean_string(f"{shared}\n\nOnly in the first document, a longer sentence about the 1960 events and more.", "x.txt"))
    second = make_passages(clean_string(f"Only in the second one, a longer sentence about the 1970 events and more.\n\n{shared}", "y.txt"))
    deduper = PassageDeduper()
    deduper.mark(first)
    deduper.mark(second)
    assert [p.duplicate_of for p in first] == [None, None]
    assert second[0].duplicate_of is None
    assert second[1].duplicate_of == first[0].passage_key

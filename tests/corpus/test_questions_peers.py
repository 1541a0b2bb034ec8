""""Which source says this?" picks a quote's wrong options among the documents on the same subject.

The build finds those peers through an index of words rather than pair by pair (the pairwise scan
was the costliest step of the question generator on a large corpus); these tests hold the index to
the pairwise definition, figure for figure and order for order, on the bundled documents and on
generated corpora whose documents share most of their words.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pytest
from store_paths import DOCUMENTS

from bench.synthetic import generate_corpus
from bot.build import _run_pipeline
from bot.corpus import questions
from bot.corpus.model import CleanDocument, Event, Passage
from bot.corpus.readers import document_files


def pairwise_peers(gen: questions._Generator) -> dict[str, list[str]]:
    """The definition: cosine of tf-idf vectors of each pair of documents, closest first."""
    vectors: dict[str, Counter[str]] = {}
    for sent in gen.sentences:
        vectors.setdefault(sent.doc.doc_key, Counter()).update(questions._content_words(sent.text))
    doc_freq: Counter[str] = Counter()
    for vec in vectors.values():
        doc_freq.update(vec.keys())
    n = max(len(vectors), 1)
    weighted = {k: {w: c * math.log(1 + n / doc_freq[w]) for w, c in vec.items()} for k, vec in vectors.items()}
    norms = {k: math.sqrt(sum(v * v for v in vec.values())) or 1.0 for k, vec in weighted.items()}
    keys = sorted(weighted)
    scored: dict[str, list[tuple[float, str]]] = {k: [] for k in keys}
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            small, big = sorted((weighted[a], weighted[b]), key=len)
            sim = sum(v * big[w] for w, v in small.items() if w in big) / (norms[a] * norms[b])
            if sim >= questions.SAME_SUBJECT:
                scored[a].append((sim, b))
                scored[b].append((sim, a))
    return {k: [b for _, b in sorted(pairs, reverse=True)] for k, pairs in scored.items()}


def generator_of(folder: Path) -> questions._Generator:
    docs: list[CleanDocument] = []
    passages: list[Passage] = []
    events: list[Event] = []
    for path, doc_key in document_files(folder):
        work = _run_pipeline(path, doc_key)[1]
        assert work is not None
        docs.append(work.doc)
        passages.extend(work.passages)
        events.extend(work.events)
    return questions._generator(docs, passages, events, questions.Tally())


@pytest.mark.parametrize("megabytes, seed", [(0, 0), (1, 17)])
def test_peers_are_the_pairwise_cosines(tmp_path: Path, megabytes: int, seed: int) -> None:
    if megabytes:
        folder = tmp_path / "corpus"
        for extra in sorted(generate_corpus(folder, megabytes, seed))[4:]:
            extra.unlink()  # four generated documents (about 400 kB) share enough words
    else:
        folder = DOCUMENTS
    gen = generator_of(folder)
    expected = pairwise_peers(gen)
    assert gen.peers == expected
    assert sum(len(p) for p in expected.values()) >= 6  # documents on one subject were found

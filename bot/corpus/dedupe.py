"""Near-duplicate documents (5-word shingles) and duplicate passages (hash of their words).

Documents: Jaccard and containment over 5-word shingles of the body text. To stay linear on
large corpora each document keeps only a deterministic 1-in-``SAMPLE`` subset of its shingle
hashes (a "mod-sampled" sketch, an unbiased estimate of both measures), and candidate pairs are
found through an inverted index on those hashes instead of comparing every pair.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from bot.corpus.keys import ascii_words
from bot.corpus.model import CleanDocument, Passage

SHINGLE = 5
SAMPLE = 8  # keep the shingles whose hash % SAMPLE == 0 (the same rule for every document)
MIN_SHINGLES = 3  # below this a sketch says nothing; such tiny documents are never duplicates
CONTAINMENT = 0.8
JACCARD = 0.5
# A shingle shared by this many documents is boilerplate ("at the end of the"), not evidence
# of copying; ignoring it keeps candidate search linear instead of quadratic in documents.
MAX_POSTINGS = 16
DIGEST_SIZE = 12  # bytes of a passage's digest (PassageDeduper)


class _WordIds(dict[str, int]):
    """word -> crc32, computed once per distinct word (the corpus repeats most words)."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode())
        return value


_WORD_IDS = _WordIds()


@dataclass
class DocSketch:
    doc_key: str
    shingles: Collection[int]  # distinct hashes (find_duplicates only counts them and walks them)
    quality: tuple[bool, bool, int, int, int, int]  # higher sorts first: which of two duplicates is canonical
    ordinal: int


def sketch(doc: CleanDocument, ordinal: int) -> DocSketch:
    body = " ".join(p.text for p in doc.paragraphs if p.kind == "body")
    # crc32 per word, then Python's hash of the 5-tuple of ints: both deterministic across runs
    # (unlike str hashes) and ~10x faster than hashing each shingle's text.
    ids = list(map(_WORD_IDS.__getitem__, ascii_words(body.lower()).decode("ascii").split()))
    windows = zip(*(ids[k:] for k in range(SHINGLE)), strict=False)
    hashes = {h for h in map(hash, windows) if h % SAMPLE == 0}
    kinds = [p.kind for p in doc.paragraphs]
    # A title block, references and front matter mean a fuller, better version; then more text.
    quality = (
        "front" in kinds,
        "reference" in kinds,
        kinds.count("body"),
        -doc.clean_text.count("\x00"),
        len(body),
        -ordinal,
    )
    return DocSketch(doc.doc_key, frozenset(hashes), quality, ordinal)


def find_duplicates(sketches: list[DocSketch]) -> dict[str, tuple[str, float]]:
    """doc_key -> (canonical doc_key, containment) for every near-duplicate document."""
    index: dict[int, list[int]] = defaultdict(list)
    order = sorted(range(len(sketches)), key=lambda i: sketches[i].quality, reverse=True)
    result: dict[str, tuple[str, float]] = {}
    for i in order:
        current = sketches[i]
        if len(current.shingles) < MIN_SHINGLES:
            continue
        shared: dict[int, int] = defaultdict(int)
        for h in current.shingles:
            postings = index.get(h)
            if postings and len(postings) < MAX_POSTINGS:
                for j in postings:
                    shared[j] += 1
        best: tuple[float, int] | None = None
        for j, count in shared.items():
            other = sketches[j]
            smaller = min(len(current.shingles), len(other.shingles))
            containment = count / smaller
            jaccard = count / (len(current.shingles) + len(other.shingles) - count)
            if (containment >= CONTAINMENT or jaccard >= JACCARD) and (best is None or containment > best[0]):
                best = (containment, j)
        if best is not None:
            result[current.doc_key] = (sketches[best[1]].doc_key, round(best[0], 3))
            continue  # a duplicate is not indexed: everything matches its canonical instead
        for h in current.shingles:
            postings = index[h]
            if len(postings) < MAX_POSTINGS:
                postings.append(i)
    return result


class PassageDeduper:
    """Marks a passage whose normalised text was already seen in an earlier canonical document."""

    def __init__(self) -> None:
        self._seen: dict[bytes, str] = {}

    def mark(self, passages: list[Passage]) -> None:
        for passage in passages:
            passage.duplicate_of = self.first_of(passage.passage_key, passage_digest(passage.text)) or passage.duplicate_of

    def first_of(self, passage_key: str, digest: bytes) -> str | None:
        """The key of an earlier passage with this digest, or None (then this one is the first)."""
        first = self._seen.setdefault(digest, passage_key)
        return first if first != passage_key else None


def passage_digest(text: str) -> bytes:
    """What PassageDeduper compares: the words, lower-cased (what key_text compares, at a third of its cost)."""
    return hashlib.blake2b(ascii_words(text.lower()), digest_size=DIGEST_SIZE).digest()

"""Quotable passages: paragraph-sized slices of a document's clean text.

Only body paragraphs become passages (captions, references, headings and the title block are
never quoted). A long paragraph is cut at sentence boundaries into pieces of at most
``MAX_CHARS`` (a Discord embed description holds 4,096, but a quote reads best short); a tiny
paragraph is merged into the next body paragraph so it is never quoted alone out of context.
Invariant: ``passage.text == doc.clean_text[passage.start:passage.end]``.
"""

from __future__ import annotations

from bot.corpus.keys import make_key
from bot.corpus.model import CleanDocument, Passage
from bot.corpus.sentences import split_sentences

MAX_CHARS = 900
MIN_CHARS = 60  # shorter body paragraphs join their neighbour


def _pieces(text: str, base: int) -> list[tuple[int, int]]:
    """Cut one paragraph (at offset ``base``) into spans of at most MAX_CHARS at sentence ends."""
    if len(text) <= MAX_CHARS:
        return [(base, base + len(text))]
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for s, e in split_sentences(text):
        if start is None:
            start, end = s, e
        elif e - start > MAX_CHARS:
            spans.append((start, end))
            start, end = s, e
        else:
            end = e
    if start is not None:
        spans.append((start, end))
    # A short last piece reads better attached to the one before it.
    if len(spans) >= 2 and spans[-1][1] - spans[-1][0] < MIN_CHARS * 2:
        last = spans.pop()
        spans[-1] = (spans[-1][0], last[1])
    return [(base + s, base + e) for s, e in spans]


def make_passages(doc: CleanDocument) -> list[Passage]:
    spans: list[tuple[int, int, str]] = []  # (start, end, section)
    section = ""
    carry: tuple[int, int, str] | None = None  # a tiny paragraph waiting to join the next one

    def flush_carry() -> None:
        nonlocal carry
        if carry is None:
            return
        start, end, sec = carry
        if spans and spans[-1][1] + 2 == start and spans[-1][2] == sec:
            spans[-1] = (spans[-1][0], end, sec)  # attach to the passage just before it
        else:
            spans.append(carry)
        carry = None

    for para in doc.paragraphs:
        if para.kind != "body":
            flush_carry()
            if para.kind == "heading":
                section = para.text
            continue
        if len(para.text) < MIN_CHARS and carry is None:
            carry = (para.start, para.end, section)
            continue
        pieces = _pieces(para.text, para.start)
        if carry is not None:
            pieces[0] = (carry[0], pieces[0][1])
            carry = None
        spans.extend((s, e, section) for s, e in pieces)
    flush_carry()
    passages: list[Passage] = []
    seen: dict[str, int] = {}
    for ordinal, (start, end, sec) in enumerate(spans):
        text = doc.clean_text[start:end]
        key = make_key("p", doc.doc_key, text)
        if key in seen:  # the same paragraph twice in one document: keep both, keys distinct
            seen[key] += 1
            key = make_key("p", doc.doc_key, text, str(seen[key]))
        else:
            seen[key] = 0
        passages.append(Passage(passage_key=key, doc_key=doc.doc_key, ordinal=ordinal, kind="body",
                                section=sec, start=start, end=end, text=text,
                                sentences=split_sentences(text)))
    return passages

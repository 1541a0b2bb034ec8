"""Content-derived keys: the same fact keeps the same key across rebuilds.

``key_text`` is deliberately aggressive (NFKC, casefold, citation markers and punctuation
removed, whitespace folded) so cosmetic cleaning changes — quotes, spacing, de-hyphenation,
stray markup — never change a key, and stored scores never point at nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CITATION = re.compile(r"\[\d+(?:[,\u2013-]\s*\d+)*\]")

# Every byte but 0-9 and a-z becomes a space, and ``encode("ascii", "replace")`` makes any other
# character one "?" first: the runs that ``[^0-9a-z]+`` would find fold into one space each, at
# a fraction of that regex's cost on every passage.
_SPACES = bytes(b if chr(b).isascii() and (chr(b).isdigit() or chr(b).islower()) else 0x20 for b in range(256))


def key_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    if "[" in text:
        text = _CITATION.sub(" ", text)
    return ascii_words(text).decode("ascii")


def ascii_words(text: str) -> bytes:
    """The runs of 0-9 and a-z in ``text`` (what ``[0-9a-z]+`` finds), one space between them."""
    return b" ".join(text.encode("ascii", "replace").translate(_SPACES).split())


def make_key(kind: str, *parts: str) -> str:
    """A 16-hex-digit key: ``kind`` is one letter ("p" passage, "e" event, "q" question, "d" document)."""
    digest = hashlib.sha256("\x1f".join((kind, *(key_text(p) for p in parts))).encode("utf-8"))
    return f"{kind}{digest.hexdigest()[:15]}"

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
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def key_text(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _CITATION.sub(" ", text)
    return _NON_ALNUM.sub(" ", text).strip()


def make_key(kind: str, *parts: str) -> str:
    """A 16-hex-digit key: ``kind`` is one letter ("p" passage, "e" event, "q" question, "d" document)."""
    digest = hashlib.sha256("\x1f".join((kind, *(key_text(p) for p in parts))).encode("utf-8"))
    return f"{kind}{digest.hexdigest()[:15]}"

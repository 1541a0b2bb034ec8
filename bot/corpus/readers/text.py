"""Plain text (``.txt``): decoded, checked for binary junk, front matter split off; lines are
turned into paragraphs later by ``bot.corpus.clean`` (which also un-wraps PDF-like text)."""

from __future__ import annotations

import re

from bot.corpus.readers.base import Unreadable, split_front_matter

# Control characters other than tab/newline/CR/form feed mean "binary", not prose.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), then cp1252 only when it decodes with no undefined bytes.

    cp1252 is the usual encoding of "plain text" saved on Windows; latin-1 is not tried because
    it decodes anything, which would let binary junk through as text.
    """
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def decode_text(data: bytes) -> str:
    """Bytes of a text file to a string with ``\\n`` line ends, or ``Unreadable``."""
    if b"\x00" in data[:8192]:
        raise Unreadable("binary file, not text")
    text = decode(data)
    if text is None:
        raise Unreadable("not UTF-8 or Windows-1252 text")
    if len(_BINARY.findall(text[:65536])) > 8:
        raise Unreadable("binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(data: bytes) -> tuple[dict[str, str] | None, str, list[str]]:
    """(front-matter fields or None, body text, warnings)."""
    fields, body, warnings = split_front_matter(decode_text(data))
    if not body.strip():
        raise Unreadable("no text after the front matter")
    return fields, body, warnings

"""English given names, read from ``given_names.txt`` (see its header for where they come from)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_FILE = Path(__file__).with_name("given_names.txt")


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """English given names in title case ("Catherine", "Walter"): many are English words too ("Grace", "Mark"), which
    a caller tells apart by how the text uses them."""
    lines = _FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))

"""Features, one extension each: ``bot/exts/<feature>/__init__.py`` with ``async def setup(bot)``.

Discovery is automatic (python-discord's ``walk_extensions``): every module or package directly
under ``bot.exts`` whose name does not start with ``_`` is an extension, so a new feature needs
no registration edit and private helpers (``_cog.py``, ``_views.py``) never load by accident.
"""

from __future__ import annotations

import pkgutil


def walk_extensions() -> list[str]:
    """Dotted names of every extension under ``bot.exts``, sorted for a stable load order."""
    found = [
        f"{__name__}.{info.name}"
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]
    return sorted(found)

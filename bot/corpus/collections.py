"""Collections: the sub-folders of the documents folder.

A document's collection is the first folder of its path relative to the documents folder; a
file at the top level (the bundled corpus) is in the default collection. A server's uploads go
into its own collection, ``guild-<id>``, which only that server sees unless the owner shares it.
"""

from __future__ import annotations

import re

DEFAULT_COLLECTION = "default"
GUILD_PREFIX = "guild-"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


def collection_of(doc_key: str | None) -> str:
    """The collection of a document key (a path with "/" separators); None (an uncited question) is default."""
    if not doc_key or "/" not in doc_key:
        return DEFAULT_COLLECTION
    return doc_key.split("/", 1)[0]


def guild_collection(guild_id: int) -> str:
    """The collection a server's uploads go into."""
    return f"{GUILD_PREFIX}{int(guild_id)}"


def collection_guild(name: str) -> int | None:
    """The server a ``guild-<id>`` collection belongs to; None for any other collection."""
    if name.startswith(GUILD_PREFIX) and name[len(GUILD_PREFIX):].isdigit():
        return int(name[len(GUILD_PREFIX):])
    return None


def valid_collection_name(name: str) -> bool:
    """Lower-case letters, digits, ``-`` and ``_``: safe as a folder name on every system."""
    return bool(_NAME.match(name))

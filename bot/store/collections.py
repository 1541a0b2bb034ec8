"""Per-server collection choices and the owner's shared collections (state database).

Both tables are small, so they are read once at start-up and kept in memory: resolving the
scope of an interaction is then a dictionary look-up, with no database round trip.
"""

from __future__ import annotations

import time

from bot.corpus.collections import DEFAULT_COLLECTION, collection_guild, guild_collection
from bot.store.scoped import Scope
from bot.store.state import StateDB


class CollectionSettings:
    def __init__(self, state: StateDB, chosen: dict[int, frozenset[str]], shared: set[str]) -> None:
        self.state = state
        self._chosen = chosen
        self._shared = shared

    @classmethod
    async def load(cls, state: StateDB) -> CollectionSettings:
        chosen: dict[int, set[str]] = {}
        for row in await state.fetchall("SELECT guild_id, collection FROM guild_collections"):
            chosen.setdefault(int(row[0]), set()).add(str(row[1]))
        shared = {str(row[0]) for row in await state.fetchall("SELECT collection FROM shared_collections")}
        return cls(state, {g: frozenset(c) for g, c in chosen.items()}, shared)

    # -- reading ----------------------------------------------------------------------------
    def default_for(self, guild_id: int) -> frozenset[str]:
        return frozenset({DEFAULT_COLLECTION, guild_collection(guild_id)})

    def chosen(self, guild_id: int) -> frozenset[str]:
        """What the server chose, or the default when it never chose."""
        return self._chosen.get(guild_id) or self.default_for(guild_id)

    def is_custom(self, guild_id: int) -> bool:
        return guild_id in self._chosen

    def shared(self) -> frozenset[str]:
        return frozenset(self._shared)

    def may_use(self, guild_id: int, collection: str) -> bool:
        """A server may play its own collection, any shared one, and any that is not a server's."""
        owner = collection_guild(collection)
        return owner is None or owner == guild_id or collection in self._shared

    def scope(self, guild_id: int | None) -> Scope:
        """What a server sees (None: a DM or a user install, which see the default collection)."""
        if guild_id is None:
            return Scope.default()
        return Scope(frozenset(c for c in self.chosen(guild_id) if self.may_use(guild_id, c)))

    # -- writing ----------------------------------------------------------------------------
    async def choose(self, guild_id: int, collections: frozenset[str] | None) -> None:
        """Set the server's collections; None goes back to the default."""
        await self.state.conn.execute("BEGIN IMMEDIATE")
        try:
            await self.state.conn.execute("DELETE FROM guild_collections WHERE guild_id = ?", (guild_id,))
            if collections:
                await self.state.conn.executemany(
                    "INSERT INTO guild_collections(guild_id, collection) VALUES (?, ?)",
                    [(guild_id, c) for c in sorted(collections)])
            await self.state.conn.execute("COMMIT")
        except BaseException:
            await self.state.conn.execute("ROLLBACK")
            raise
        if collections:
            self._chosen[guild_id] = frozenset(collections)
        else:
            self._chosen.pop(guild_id, None)

    async def share(self, collection: str, shared: bool) -> None:
        if shared:
            await self.state.conn.execute(
                "INSERT INTO shared_collections(collection, shared_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (collection, time.time()))
            self._shared.add(collection)
        else:
            await self.state.conn.execute("DELETE FROM shared_collections WHERE collection = ?", (collection,))
            self._shared.discard(collection)

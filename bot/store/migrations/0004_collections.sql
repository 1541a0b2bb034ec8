-- Collections: which ones each server plays and reads, and which servers' uploads the owner shared.
-- A server with no rows here uses the default: the default collection plus its own.
CREATE TABLE guild_collections (
    guild_id   INTEGER NOT NULL,
    collection TEXT NOT NULL,
    PRIMARY KEY (guild_id, collection)
);
CREATE TABLE shared_collections (
    collection TEXT PRIMARY KEY,
    shared_at  REAL NOT NULL
);

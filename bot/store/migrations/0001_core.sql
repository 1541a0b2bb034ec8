-- Core state: key/value metadata (command-sync hash, ...) and per-server settings.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE guild_settings (
    guild_id          INTEGER PRIMARY KEY,
    daily_channel_id  INTEGER,
    daily_time        TEXT,            -- "HH:MM", UTC
    daily_last_posted TEXT,            -- ISO date (UTC) of the last daily question posted
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

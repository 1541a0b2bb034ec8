-- Quizzes: games, the rounds they showed (snapshotted), every answer, and what each server was asked.
-- Times are UNIX seconds (REAL) from the game runner's clock, so tests can simulate time.

CREATE TABLE games (
    game_id        INTEGER PRIMARY KEY,
    guild_id       INTEGER NOT NULL,
    channel_id     INTEGER NOT NULL,
    starter_id     INTEGER,                    -- NULL for the daily question
    mode           TEXT NOT NULL CHECK (mode IN ('game', 'single', 'daily')),
    rounds_planned INTEGER NOT NULL CHECK (rounds_planned >= 1),
    seconds        INTEGER NOT NULL CHECK (seconds >= 1),
    topic          TEXT,
    difficulty     TEXT,
    status         TEXT NOT NULL DEFAULT 'running'
                   CHECK (status IN ('running', 'finished', 'stopped', 'interrupted')),
    message_id     INTEGER,                    -- the first message of the game (linked by "a game is running")
    started_at     REAL NOT NULL,
    ended_at       REAL
);
-- One running game per channel, enforced by the database; the daily question may overlap a game.
CREATE UNIQUE INDEX games_one_running_per_channel ON games(channel_id)
    WHERE status = 'running' AND mode != 'daily';
CREATE INDEX games_running ON games(status) WHERE status = 'running';

-- What was shown, frozen at the time: a content rebuild never changes a past round.
CREATE TABLE rounds (
    game_id       INTEGER NOT NULL REFERENCES games(game_id),
    round_no      INTEGER NOT NULL,
    question_key  TEXT NOT NULL,
    kind          TEXT NOT NULL,
    topic         TEXT NOT NULL,
    difficulty    TEXT NOT NULL,
    prompt        TEXT NOT NULL,
    options       TEXT NOT NULL,               -- JSON list, in the order shown
    answer_index  INTEGER NOT NULL,
    explanation   TEXT NOT NULL,
    doc_key       TEXT,
    passage_key   TEXT,
    source_title  TEXT,
    source_author TEXT,
    source_date   TEXT,
    source_kind   TEXT,
    opened_at     REAL NOT NULL,
    closes_at     REAL NOT NULL,
    revealed_at   REAL,                        -- NULL while the round takes answers
    message_id    INTEGER,
    PRIMARY KEY (game_id, round_no)
) WITHOUT ROWID;

-- One row per (round, member), by constraint; points are fixed at click time.
CREATE TABLE answers (
    game_id      INTEGER NOT NULL,
    round_no     INTEGER NOT NULL,
    user_id      INTEGER NOT NULL,
    guild_id     INTEGER NOT NULL,             -- copied from the game: leaderboards read one table
    display_name TEXT NOT NULL,
    choice       INTEGER NOT NULL,
    correct      INTEGER NOT NULL CHECK (correct IN (0, 1)),
    points       INTEGER NOT NULL,
    streak       INTEGER NOT NULL,             -- consecutive correct answers in this game, this one included
    answered_at  REAL NOT NULL,
    PRIMARY KEY (game_id, round_no, user_id),
    FOREIGN KEY (game_id, round_no) REFERENCES rounds(game_id, round_no)
) WITHOUT ROWID;
CREATE INDEX answers_guild_time ON answers(guild_id, answered_at);
CREATE INDEX answers_guild_user ON answers(guild_id, user_id);

-- Questions asked per server, for "avoid recent repeats while unseen ones remain".
CREATE TABLE asked (
    guild_id     INTEGER NOT NULL,
    question_key TEXT NOT NULL,
    last_asked   REAL NOT NULL,
    times        INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (guild_id, question_key)
) WITHOUT ROWID;

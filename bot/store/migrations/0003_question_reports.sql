-- Question reports: members flag a quiz question as wrong or unclear; moderators hide or restore it.
-- Keyed by (server, question key). Question keys are content-derived, so reports outlive rebuilds.

-- How many open reports withhold a question in a server; NULL means the default (bot.quiz.feedback).
ALTER TABLE guild_settings ADD COLUMN report_threshold INTEGER
    CHECK (report_threshold IS NULL OR report_threshold BETWEEN 1 AND 100);

-- One row per question a server has reported or hidden, with the question as it was shown when it
-- was first flagged: the list still reads after a rebuild drops the question.
CREATE TABLE flagged_questions (
    guild_id     INTEGER NOT NULL,
    question_key TEXT NOT NULL,
    prompt       TEXT NOT NULL,
    answer       TEXT NOT NULL,
    hidden       INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),  -- hidden by hand (/questions hide)
    hidden_by    INTEGER,
    changed_at   REAL NOT NULL,               -- last report, hide or restore
    PRIMARY KEY (guild_id, question_key)
) WITHOUT ROWID;
CREATE INDEX flagged_questions_hidden ON flagged_questions(guild_id) WHERE hidden = 1;

-- One report per (server, question, member), by constraint. /questions restore marks the open ones
-- handled instead of deleting them; a member who reports again re-opens their own row.
CREATE TABLE question_reports (
    guild_id     INTEGER NOT NULL,
    question_key TEXT NOT NULL,
    user_id      INTEGER NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('wrong_answer', 'unclear', 'several_answers', 'other')),
    note         TEXT CHECK (note IS NULL OR length(note) <= 300),
    reported_at  REAL NOT NULL,
    handled      INTEGER NOT NULL DEFAULT 0 CHECK (handled IN (0, 1)),
    PRIMARY KEY (guild_id, question_key, user_id),
    FOREIGN KEY (guild_id, question_key) REFERENCES flagged_questions(guild_id, question_key)
) WITHOUT ROWID;
CREATE INDEX question_reports_open ON question_reports(guild_id, question_key) WHERE handled = 0;

-- A report is checked against the rounds this server was shown.
CREATE INDEX rounds_question ON rounds(question_key);

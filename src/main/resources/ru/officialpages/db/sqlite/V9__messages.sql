-- Citizens' messages (incidents) and their course, novokubansky-1740 appendix 1: answer within
-- 3 working hours of detection, 2 for high importance (§9, §17); a final answer within 5 working
-- days of an interim one (§18); no answer on the grounds of §21.

CREATE TABLE message (
    id               INTEGER PRIMARY KEY,
    page_id          INTEGER REFERENCES page (id),
    network_code     TEXT    NOT NULL REFERENCES network (code),
    author_name      TEXT    NOT NULL DEFAULT '',
    author_link      TEXT    NOT NULL DEFAULT '',
    link             TEXT    NOT NULL DEFAULT '',
    text             TEXT    NOT NULL DEFAULT '',
    detected_at      TEXT    NOT NULL,
    -- ORDINARY or HIGH.
    importance       TEXT    NOT NULL DEFAULT 'ORDINARY',
    topic            TEXT    NOT NULL DEFAULT '',
    executor         TEXT    NOT NULL DEFAULT '',
    -- NEW, SENT, INTERIM, FINAL, CLOSED (domain MessageStage).
    stage            TEXT    NOT NULL DEFAULT 'NEW',
    sent_at          TEXT,
    interim_at       TEXT,
    final_at         TEXT,
    closed_at        TEXT,
    -- §21 ground when closed with no answer: HARM_INTENT, OBSCENITY, INSULT, THREAT.
    no_answer_ground TEXT,
    -- Deadlines from the working-time engine, kept so 50,000 messages sort in SQL; recomputed
    -- when the production calendar or office hours change.
    answer_due       TEXT    NOT NULL,
    final_due        TEXT,
    -- The deadline that matters now (answer_due, then final_due after an interim answer);
    -- NULL once answered for good or closed.
    due_at           TEXT,
    draft            TEXT    NOT NULL DEFAULT '',
    draft_agreed_at  TEXT,
    interim_text     TEXT    NOT NULL DEFAULT '',
    final_text       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX message_due ON message (due_at);
CREATE INDEX message_detected ON message (detected_at);
CREATE INDEX message_page ON message (page_id);

-- Every step of the course with its time: SENT, SUBMITTED (draft to the curator), RETURNED
-- (with one of the four reasons of app.1 §14), AGREED, INTERIM, FINAL, CLOSED.
CREATE TABLE message_step (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,
    at         TEXT    NOT NULL,
    reason     TEXT    NOT NULL DEFAULT '',
    text       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX message_step_message ON message_step (message_id, at);

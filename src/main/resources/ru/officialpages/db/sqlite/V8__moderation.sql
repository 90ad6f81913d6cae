-- Moderation (issue 6): what was done with a comment and on which grounds (minvody order §8,
-- novoaltaysk-608 §2.5, novokubansky-1740 app.2 §14, ishtan-13 §8), the blacklist, and the daily
-- round that shows moderation was done every working day.

CREATE TABLE moderation_record (
    id          INTEGER PRIMARY KEY,
    page_id     INTEGER NOT NULL REFERENCES page (id),
    -- When the comment was seen (ISO date-time, office time).
    noticed_at  TEXT    NOT NULL,
    author_name TEXT    NOT NULL DEFAULT '',
    author_link TEXT    NOT NULL DEFAULT '',
    text        TEXT    NOT NULL DEFAULT '',
    -- DELETED, BLACKLISTED, RESTRICTED, LEFT, ANSWERED (domain ModerationAction).
    action      TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    recorded_at TEXT    NOT NULL
);
CREATE INDEX moderation_record_time ON moderation_record (noticed_at);
CREATE INDEX moderation_record_page_time ON moderation_record (page_id, noticed_at);

-- Several grounds at once; the code is a domain DeletionGround name.
CREATE TABLE moderation_ground (
    record_id INTEGER NOT NULL REFERENCES moderation_record (id) ON DELETE CASCADE,
    ground    TEXT    NOT NULL,
    PRIMARY KEY (record_id, ground)
);
CREATE INDEX moderation_ground_ground ON moderation_ground (ground);

-- Authors restricted on a page, since when and why. author_key is the normalised profile link
-- (or, without one, the lower-cased name) so a listed author is recognised in a new record.
CREATE TABLE blacklist_entry (
    id          INTEGER PRIMARY KEY,
    page_id     INTEGER NOT NULL REFERENCES page (id),
    author_name TEXT    NOT NULL DEFAULT '',
    author_link TEXT    NOT NULL DEFAULT '',
    author_key  TEXT    NOT NULL,
    -- BLACKLISTED or RESTRICTED.
    restriction TEXT    NOT NULL,
    since       TEXT    NOT NULL,
    -- The day the author was taken off the list; NULL while listed.
    until       TEXT,
    record_id   INTEGER REFERENCES moderation_record (id),
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX blacklist_entry_author ON blacklist_entry (author_key);
CREATE INDEX blacklist_entry_since ON blacklist_entry (since);

CREATE TABLE blacklist_ground (
    entry_id INTEGER NOT NULL REFERENCES blacklist_entry (id) ON DELETE CASCADE,
    ground   TEXT    NOT NULL,
    PRIMARY KEY (entry_id, ground)
);

-- "Проверено сегодня": one row per page and day the comments were checked.
CREATE TABLE moderation_round (
    page_id    INTEGER NOT NULL REFERENCES page (id),
    day        TEXT    NOT NULL,
    checked_at TEXT    NOT NULL,
    PRIMARY KEY (page_id, day)
);
CREATE INDEX moderation_round_day ON moderation_round (day);

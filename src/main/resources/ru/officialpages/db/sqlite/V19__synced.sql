-- What reading the platforms keeps (issue 17): the reach of logged posts, the comments read for the
-- moderation round, and each page's last sync. Filled by the sync (next version); the full export
-- carries all three.

-- A post's reach as the platform last reported it; one row per post-log entry. gone_since marks a
-- post no longer on the platform: the entry is kept (the orders count what was published).
CREATE TABLE post_reach (
    post_id     INTEGER PRIMARY KEY REFERENCES post (id) ON DELETE CASCADE,
    -- NULL where the platform shows no views.
    views       INTEGER,
    likes       INTEGER NOT NULL DEFAULT 0,
    reposts     INTEGER NOT NULL DEFAULT 0,
    comments    INTEGER NOT NULL DEFAULT 0,
    -- 1 where the platform gives a rounded figure (Telegram's "1,2K").
    approximate INTEGER NOT NULL DEFAULT 0,
    -- When these figures were read (ISO date-time, office time).
    as_of       TEXT    NOT NULL,
    gone_since  TEXT
);

-- Comments read from a page, for «Новые комментарии» in the moderation round. platform_key is the
-- comment's own key on the platform (VK: owner_post_comment), so a second read never duplicates.
-- parent_id is the synced_comment id of the comment a reply answers (threads); reviewed_at is set
-- when the clerk has looked at it, record_id when a moderation record was made of it.
CREATE TABLE synced_comment (
    id           INTEGER PRIMARY KEY,
    page_id      INTEGER NOT NULL REFERENCES page (id),
    platform_key TEXT    NOT NULL,
    post_link    TEXT    NOT NULL,
    link         TEXT    NOT NULL DEFAULT '',
    author_name  TEXT    NOT NULL DEFAULT '',
    author_link  TEXT    NOT NULL DEFAULT '',
    written_at   TEXT    NOT NULL,
    text         TEXT    NOT NULL DEFAULT '',
    parent_id    INTEGER,
    reviewed_at  TEXT,
    record_id    INTEGER REFERENCES moderation_record (id) ON DELETE SET NULL,
    -- Lower-cased author and text: SQLite's LOWER knows only ASCII.
    search       TEXT    NOT NULL DEFAULT '',
    UNIQUE (page_id, platform_key)
);
CREATE INDEX synced_comment_unreviewed ON synced_comment (page_id, written_at) WHERE reviewed_at IS NULL;
CREATE INDEX synced_comment_post ON synced_comment (post_link);

-- Each page's last sync: when it was read whole, and the last note (access denied, no preview…).
CREATE TABLE page_sync (
    page_id   INTEGER PRIMARY KEY REFERENCES page (id),
    synced_at TEXT,
    note      TEXT    NOT NULL DEFAULT '',
    noted_at  TEXT
);

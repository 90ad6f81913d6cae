-- Pages: the people who keep each page and its compliance checklist.

-- Responsible people and who has access (novoaltaysk-608 §1.6). Personal data: the public
-- registry never reads this table (novoaltaysk-608 §3.5).
CREATE TABLE page_person (
    id          INTEGER PRIMARY KEY,
    page_id     INTEGER NOT NULL REFERENCES page (id),
    ordinal     INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    position    TEXT    NOT NULL DEFAULT '',
    phone       TEXT    NOT NULL DEFAULT '',
    email       TEXT    NOT NULL DEFAULT '',
    responsible INTEGER NOT NULL DEFAULT 0,
    has_access  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX page_person_page ON page_person (page_id, ordinal);

-- The user's marks on the checklist; an item without a row is not done.
CREATE TABLE page_check (
    page_id    INTEGER NOT NULL REFERENCES page (id),
    item       TEXT    NOT NULL,
    state      TEXT    NOT NULL,
    checked_on TEXT,
    note       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (page_id, item)
);

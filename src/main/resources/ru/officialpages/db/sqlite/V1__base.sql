-- The first schema: settings, organizations, networks, pages with their address history, posts.
-- Dates are ISO-8601 text in the office's local time (design.md, Storage).

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE organization (
    id             INTEGER PRIMARY KEY,
    kind           TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    postal_address TEXT    NOT NULL DEFAULT '',
    email          TEXT    NOT NULL DEFAULT '',
    phones         TEXT    NOT NULL DEFAULT '',
    website        TEXT    NOT NULL DEFAULT '',
    exempt         INTEGER NOT NULL DEFAULT 0,
    exempt_basis   TEXT    NOT NULL DEFAULT '',
    archived       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE network (
    code     TEXT PRIMARY KEY,
    name     TEXT    NOT NULL,
    host     TEXT    NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);

INSERT INTO network (code, name, host, position) VALUES
    ('VK', 'ВКонтакте', 'vk.com', 1),
    ('OK', 'Одноклассники', 'ok.ru', 2),
    ('TELEGRAM', 'Telegram', 't.me', 3),
    ('MAX', 'MAX', 'max.ru', 4),
    ('OTHER', 'Другая', '', 5);

CREATE TABLE page (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organization (id),
    network_code    TEXT    NOT NULL REFERENCES network (code),
    address         TEXT    NOT NULL,
    created_on      TEXT    NOT NULL,
    deleted_on      TEXT,
    weekly_norm     INTEGER
);
CREATE INDEX page_organization ON page (organization_id);

-- Every address a page has had, with the days it was valid (novoaltaysk-608 §3.3):
-- any "as of a date" question is a query on valid_from / valid_to.
CREATE TABLE page_address (
    id         INTEGER PRIMARY KEY,
    page_id    INTEGER NOT NULL REFERENCES page (id),
    address    TEXT    NOT NULL,
    valid_from TEXT    NOT NULL,
    valid_to   TEXT
);
CREATE INDEX page_address_page ON page_address (page_id, valid_from);

CREATE TABLE post (
    id           INTEGER PRIMARY KEY,
    page_id      INTEGER NOT NULL REFERENCES page (id),
    published_at TEXT    NOT NULL,
    url          TEXT    NOT NULL UNIQUE,
    format       TEXT    NOT NULL,
    topic        TEXT    NOT NULL DEFAULT '',
    -- Topic and link in lower case with ё as е: SQLite's LIKE and LOWER fold only Latin letters.
    search       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX post_page_time ON post (page_id, published_at);
CREATE INDEX post_time ON post (published_at);

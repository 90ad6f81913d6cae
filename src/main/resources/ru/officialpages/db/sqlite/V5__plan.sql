-- The content plan (ishtan-13 §5: "график выхода и содержания публикаций"): what goes out when
-- and on which pages, and the post that fulfilled an item.

CREATE TABLE plan_item (
    id        INTEGER PRIMARY KEY,
    day       TEXT    NOT NULL,
    time      TEXT,
    topic     TEXT    NOT NULL,
    occasion  TEXT    NOT NULL DEFAULT '',
    format    TEXT    NOT NULL,
    notes     TEXT    NOT NULL DEFAULT '',
    status    TEXT    NOT NULL,
    -- Items made together as "every Monday" share a series, so they can be changed together later.
    series_id INTEGER
);
CREATE INDEX plan_item_day ON plan_item (day);

CREATE TABLE plan_item_page (
    plan_item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    page_id      INTEGER NOT NULL REFERENCES page (id),
    PRIMARY KEY (plan_item_id, page_id)
);

ALTER TABLE post ADD COLUMN plan_item_id INTEGER REFERENCES plan_item (id);
CREATE INDEX post_plan_item ON post (plan_item_id);

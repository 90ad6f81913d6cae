-- Every time a plan item is moved to another day (issue 7): the weekly report counts the items
-- of a week that were moved away from their day; the item itself keeps only its new day.
CREATE TABLE plan_item_move (
    id           INTEGER PRIMARY KEY,
    plan_item_id INTEGER NOT NULL REFERENCES plan_item (id) ON DELETE CASCADE,
    from_day     TEXT    NOT NULL,
    to_day       TEXT    NOT NULL,
    moved_at     TEXT    NOT NULL
);
CREATE INDEX plan_item_move_from ON plan_item_move (from_day);

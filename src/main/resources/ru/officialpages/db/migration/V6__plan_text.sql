-- The text of the post a plan item will become: drafted and checked in the program (issue 8).
CREATE TABLE plan_item_text (
    plan_item_id INTEGER PRIMARY KEY REFERENCES plan_item (id) ON DELETE CASCADE,
    text         TEXT NOT NULL
);

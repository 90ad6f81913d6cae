-- The district's references and keys per settlement (issue 19) exist on a PostgreSQL server only
-- (postgresql/V28__district_ties.sql): a settlement's SQLite file is its own.
-- A plan item and an organisation carry a version (issue 19 item 7, as V26 gave pages, posts, messages and
-- moderation records): an edit made on a version another user (or window) has changed since is refused.
ALTER TABLE plan_item ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organization ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

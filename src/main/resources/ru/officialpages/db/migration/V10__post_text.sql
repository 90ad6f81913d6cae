-- The text of a published post, so the log keeps what was said and the checker can read it (issue 8).
ALTER TABLE post ADD COLUMN text TEXT NOT NULL DEFAULT '';

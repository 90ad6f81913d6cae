-- A record's version (issue 19 item 7): every edit of a page, post, message or moderation record adds one,
-- and an edit made on a version another user has since changed is refused rather than written over it.
ALTER TABLE page ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE post ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE message ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE moderation_record ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
-- The tables keep their settlement column, policies and grants (V25); idempotent.
SELECT district_protect_tables();

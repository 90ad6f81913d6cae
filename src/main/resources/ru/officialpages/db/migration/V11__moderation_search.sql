-- Moderation (issue 6): what the list searches and how a blacklisted author is recognised.
-- SQLite's LOWER() knows only ASCII, so the searchable text is kept lower-cased (ё as е) by the
-- program, as post.search is; 200,000 records are then searched with a plain substring test.
ALTER TABLE moderation_record ADD COLUMN search TEXT NOT NULL DEFAULT '';

-- The author's name as a key (lower case, ё as е): an entry with a profile link is filed under
-- the link, and still recognised by name when a new record has no link.
ALTER TABLE blacklist_entry ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX blacklist_entry_name ON blacklist_entry (name_key);

-- Ground filter over many records.
CREATE INDEX moderation_ground_record ON moderation_ground (ground, record_id);
-- Action filter (and ground with action) counted from an index, not from the records' rows.
CREATE INDEX moderation_record_action ON moderation_record (action, noticed_at);

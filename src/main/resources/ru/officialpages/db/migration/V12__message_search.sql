-- The Сообщения list (issue 6): text search and the order "what is due first".
-- SQLite's LOWER() knows only Latin letters, so the searchable text (author, text, topic,
-- executor, link) is kept lower-cased with ё as е by MessageRepository, as the post log does.
ALTER TABLE message ADD COLUMN search TEXT NOT NULL DEFAULT '';

-- Due first, the messages done with last (newest of them first): the list's one order, read
-- from this index a page at a time even with 50,000 messages.
CREATE INDEX message_due_order ON message (
    (CASE WHEN due_at IS NULL THEN 1 ELSE 0 END), due_at, detected_at DESC, id DESC);

-- The open messages (a deadline still running) are a hundred or so of the 50,000 a district keeps.
-- Сегодня and Сообщения recount their deadlines when they open (MessageRepository.recomputeDeadlines),
-- and "due_at IS NOT NULL" alone made SQLite read the whole table, texts and all, to find them
-- (issue 10). This index holds only those rows, so finding them reads a few index pages.
CREATE INDEX message_open ON message (detected_at) WHERE due_at IS NOT NULL;

-- Words of the posts' texts for the log's search (issue 8). A text of a few hundred characters
-- on each of 300,000 posts made a substring scan over them take seconds (docs/performance.md);
-- a full-text index answers a word (or the start of one) in milliseconds. The index keeps no
-- copy of the texts (contentless); it is kept in step with post.text by the triggers. The
-- tokenizer folds case but not "ё", so the indexed words read "ё" as "е", as the search does.
CREATE VIRTUAL TABLE post_text_index USING fts5(text, content = '', contentless_delete = 1,
    tokenize = 'unicode61');

CREATE TRIGGER post_text_index_insert AFTER INSERT ON post WHEN new.text <> '' BEGIN
    INSERT INTO post_text_index (rowid, text) VALUES (new.id, replace(replace(new.text, 'ё', 'е'), 'Ё', 'Е'));
END;

CREATE TRIGGER post_text_index_delete AFTER DELETE ON post BEGIN
    DELETE FROM post_text_index WHERE rowid = old.id;
END;

CREATE TRIGGER post_text_index_update AFTER UPDATE OF text ON post BEGIN
    DELETE FROM post_text_index WHERE rowid = old.id;
    INSERT INTO post_text_index (rowid, text)
        SELECT new.id, replace(replace(new.text, 'ё', 'е'), 'Ё', 'Е') WHERE new.text <> '';
END;

INSERT INTO post_text_index (rowid, text)
    SELECT id, replace(replace(text, 'ё', 'е'), 'Ё', 'Е') FROM post WHERE text <> '';

-- The substring search over topic and link scans every post; with texts stored in the same rows
-- that scan read several times more pages. A covering index of what the search reads lets it
-- scan the small index instead of the table.
CREATE INDEX post_search_scan ON post (search, page_id);

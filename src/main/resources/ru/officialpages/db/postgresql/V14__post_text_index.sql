-- PostgreSQL's version of sqlite/V14__post_text_index.sql (issue 19). SQLite keeps the
-- words of the posts' texts in a full-text table kept by triggers; on the server the post log's
-- word search reads post.text itself (PostgresDialect.postTextHasWords), folding case and ё there,
-- so nothing is kept beside the posts.

-- The substring search over topic and link reads what this index covers.
CREATE INDEX post_search_scan ON post (search, page_id);

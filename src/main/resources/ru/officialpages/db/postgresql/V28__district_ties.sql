-- What V25's policies left open on a district's server (issue 19 items 4 and 7), and the keys that were
-- one settlement's and became the whole server's. SQLite's V28 does nothing: a settlement's file is its own.
--
-- 1. A reference may not cross settlements. A policy's WITH CHECK sees only the row's own settlement_id,
--    and a foreign key is checked past row-level security: a settlement's login could log a post on
--    another settlement's page, or a moderation record on it, by typing the page's id. Every reference
--    between two of the program's tables now has a twin that also names the settlement, (page_id,
--    settlement_id) → page (id, settlement_id), which only a row of the same settlement satisfies. The
--    owner's rows (settlement_id NULL, a server with one settlement) keep the plain reference: a twin with
--    a NULL is not checked, as SQL has it.
-- 2. Keys per settlement where the thing is the settlement's: a post's link and a page's platform number.
--    A page may stand in two settlements' registries (an institution that serves both); each logs its
--    posts and learns its number. A key kept for the whole server would also refuse the second one with a
--    message that tells of the other settlement's row. What stays global, and why: the ids (one sequence
--    per table, an id tells nothing of its settlement; a moved-in export takes ids above every id there is,
--    district_ids_free), the settlements' names and the logins (the administrator's list, which only the
--    owner reads), the networks (one list for the district, changed by no login).

CREATE UNIQUE INDEX post_url_settlement_key ON post (url, COALESCE(settlement_id, 0));
ALTER TABLE post DROP CONSTRAINT post_url_key;
CREATE UNIQUE INDEX page_identity_owner_settlement_key ON page_identity (network_code, owner_id, COALESCE(settlement_id, 0));
ALTER TABLE page_identity DROP CONSTRAINT page_identity_network_code_owner_id_key;

-- The twin of every single-column reference between two tables that both carry settlement_id; the
-- referenced table gets the unique (id, settlement_id) a reference needs. A twin deletes as its plain
-- reference does; where that one sets NULL (a comment's moderation record), the twin waits for the end of
-- the transaction, when the NULL is there. Idempotent.
CREATE FUNCTION district_tie_references() RETURNS INTEGER
    LANGUAGE plpgsql AS $$
DECLARE
    r RECORD;
    changed INTEGER := 0;
    twin TEXT;
BEGIN
    FOR r IN SELECT child.relname AS child, parent.relname AS parent, ca.attname AS col, pa.attname AS key,
                    con.confdeltype AS on_delete
             FROM pg_constraint con
             JOIN pg_class child ON child.oid = con.conrelid
             JOIN pg_class parent ON parent.oid = con.confrelid
             JOIN pg_namespace n ON n.oid = child.relnamespace
             JOIN pg_attribute ca ON ca.attrelid = con.conrelid AND ca.attnum = con.conkey[1]
             JOIN pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = con.confkey[1]
             WHERE con.contype = 'f' AND n.nspname = current_schema() AND cardinality(con.conkey) = 1
               AND ca.attname <> 'settlement_id' AND parent.relname NOT LIKE 'district\_%'
               AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = con.conrelid AND a.attname = 'settlement_id' AND NOT a.attisdropped)
               AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = con.confrelid AND a.attname = 'settlement_id' AND NOT a.attisdropped)
             ORDER BY child.relname, ca.attname
    LOOP
        twin := r.child || '_' || r.col || '_settlement';
        IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = twin) THEN
            EXECUTE format('CREATE UNIQUE INDEX IF NOT EXISTS %I ON %I (%I, settlement_id)',
                r.parent || '_' || r.key || '_settlement_key', r.parent, r.key);
            EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY (%I, settlement_id) REFERENCES %I (%I, settlement_id) %s',
                r.child, twin, r.col, r.parent, r.key, CASE r.on_delete
                    WHEN 'c' THEN 'ON DELETE CASCADE'
                    WHEN 'n' THEN 'DEFERRABLE INITIALLY DEFERRED'
                    ELSE '' END);
            changed := changed + 1;
        END IF;
    END LOOP;
    RETURN changed;
END $$;

-- district_protect_tables() (V25), which a later migration ends with and `district init` runs, now ties the
-- references too: V25's body keeps its work under another name.
ALTER FUNCTION district_protect_tables() RENAME TO district_protect_rows;
CREATE FUNCTION district_protect_tables() RETURNS INTEGER
    LANGUAGE plpgsql AS $$
DECLARE
    changed INTEGER;
BEGIN
    changed := district_protect_rows();
    RETURN changed + district_tie_references();
END $$;

-- The id a moved-in export's ids start above: the highest id of any table or sequence. The rows of a
-- settlement's SQLite file begin at 1 like every other settlement's; loaded with their own ids, the
-- second settlement would be refused. SECURITY DEFINER: a settlement's login (`import all`) sees only its
-- own rows. The lock, held to the end of the load's transaction, keeps two loads from taking the same ids.
CREATE FUNCTION district_ids_free() RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    t RECORD;
    seq TEXT;
    top BIGINT := 0;
    found BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('official_pages_ids'));
    FOR t IN SELECT c.table_name FROM information_schema.columns c
             WHERE c.table_schema = 'public' AND c.column_name = 'id'
    LOOP
        seq := pg_get_serial_sequence(quote_ident(t.table_name), 'id');
        IF seq IS NOT NULL THEN
            EXECUTE format('SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM %I),'
                || ' (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM %s))', t.table_name, seq) INTO found;
            top := GREATEST(top, found);
        END IF;
    END LOOP;
    RETURN top;
END $$;

-- V25's district_ids_taken asked pg_get_serial_sequence in its query's condition, where the server may ask it
-- of a table without an id column first (flyway_schema_history), which is an error: asked in the loop now.
CREATE OR REPLACE FUNCTION district_ids_taken() RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    t RECORD;
    seq TEXT;
BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
             WHERE c.table_schema = 'public' AND c.column_name = 'id'
    LOOP
        seq := pg_get_serial_sequence(quote_ident(t.table_name), 'id');
        IF seq IS NOT NULL THEN
            EXECUTE format('SELECT setval(%L, GREATEST((SELECT COALESCE(MAX(id), 0) FROM %I), (SELECT last_value FROM %s)))',
                seq, t.table_name, seq);
        END IF;
    END LOOP;
END $$;

-- 3. A plan item and an organisation carry a version (as V26 gave pages, posts, messages and moderation records):
--    an edit made on a version another user has changed since is refused rather than written over it.
ALTER TABLE plan_item ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organization ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

SELECT district_protect_tables();

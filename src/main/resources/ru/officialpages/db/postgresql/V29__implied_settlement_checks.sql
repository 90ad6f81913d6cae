-- A row on a page names its settlement twice over since V28: its settlement_id → district_settlement, and the
-- twin (page_id, settlement_id) → page (id, settlement_id), which only the page of the same settlement satisfies.
-- Where page_id may not be NULL the twin is checked for every row with a settlement, and the page it finds has
-- that settlement by a reference of its own (page.settlement_id → district_settlement, kept): the first check
-- tells nothing the second does not. A row without a settlement (the owner's) has no settlement to check.
-- Nor can the settlement go while the row stays: its page holds it, and the row holds its page.
-- Each check is a query the server runs for every inserted row (an import of 20,000 posts: 20,000 of them, a
-- sixth of its work; issue 20, five imports at once), so the one the twin implies is dropped.
-- SQLite's V29 does nothing: a settlement's file has no settlements.
DO $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT child.relname AS child, plain.conname AS plain
             FROM pg_constraint twin
             JOIN pg_class child ON child.oid = twin.conrelid
             JOIN pg_namespace n ON n.oid = child.relnamespace
             JOIN pg_attribute col ON col.attrelid = twin.conrelid AND col.attnum = twin.conkey[1]
             JOIN pg_attribute own ON own.attrelid = twin.conrelid AND own.attnum = twin.conkey[2]
             JOIN pg_constraint plain ON plain.conrelid = twin.conrelid AND plain.contype = 'f'
                  AND plain.conkey = ARRAY[own.attnum] AND plain.confrelid = 'district_settlement'::regclass
             WHERE twin.contype = 'f' AND n.nspname = current_schema() AND twin.confrelid = 'page'::regclass
               AND cardinality(twin.conkey) = 2 AND own.attname = 'settlement_id' AND col.attnotnull
               AND child.relname <> 'page'
             ORDER BY child.relname
    LOOP
        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', r.child, r.plain);
    END LOOP;
END $$;


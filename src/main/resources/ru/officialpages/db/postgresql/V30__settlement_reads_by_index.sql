-- A settlement's login reads its own rows through the settlement's index (issue 20, item 4: every screen opens
-- in < 500 ms on the district's server, whichever settlement opens it).
--
-- 1. Each policy applies to its own group role. V25 gave every login both policies, and the server joins the
--    policies a login has with OR: a settlement's rows were `settlement_id = <its settlement> OR <coordinator>`, a
--    condition no index answers. So every query of a settlement walked the district: the first page of a small
--    settlement's Журнал beside a settlement of 300,000 posts took half a second on the server alone, all of it
--    spent on the neighbour's rows. Now a settlement's login (official_pages_settlement) has only settlement_rows,
--    and a coordinator (official_pages_coordinator) only coordinator_reads, so what each reads and writes is the
--    same as before. The owner is bound by neither, as before. A server without the district's group roles (no
--    `district init` yet) keeps the policies for every login; `district init` scopes them once it has made the
--    roles (it runs district_protect_tables()).
-- 2. The settlement's index of the tables that screens page through also keeps each settlement's rows in the
--    screen's order, so that a settlement's first page is the index's first entries: posts newest first
--    (Журнал, the weekly report's week), moderation records newest first, messages in the order of the Сообщения
--    screen, plan items by day (Контент-план). The index replaces the settlement's own one, which answered only
--    `settlement_id = ?`, so an import still maintains as many indexes per row as before.
-- SQLite's V30 does nothing: a settlement's file has no settlements.
CREATE FUNCTION district_scope_policies() RETURNS INTEGER
    LANGUAGE plpgsql AS $$
DECLARE
    t RECORD;
    changed INTEGER := 0;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'official_pages_settlement')
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'official_pages_coordinator') THEN
        RETURN 0;
    END IF;
    FOR t IN SELECT tablename, policyname FROM pg_policies
             WHERE schemaname = current_schema() AND roles = '{public}'
               AND policyname IN ('settlement_rows', 'coordinator_reads')
             ORDER BY tablename, policyname
    LOOP
        EXECUTE format('ALTER POLICY %I ON %I TO %I', t.policyname, t.tablename,
            CASE t.policyname WHEN 'settlement_rows' THEN 'official_pages_settlement' ELSE 'official_pages_coordinator' END);
        changed := changed + 1;
    END LOOP;
    RETURN changed;
END $$;

CREATE OR REPLACE FUNCTION district_protect_tables() RETURNS INTEGER
    LANGUAGE plpgsql AS $$
DECLARE
    changed INTEGER;
BEGIN
    changed := district_protect_rows();
    changed := changed + district_tie_references();
    RETURN changed + district_scope_policies();
END $$;

DROP INDEX post_settlement;
CREATE INDEX post_settlement ON post (settlement_id, published_at, id);
DROP INDEX moderation_record_settlement;
CREATE INDEX moderation_record_settlement ON moderation_record (settlement_id, noticed_at, id);
DROP INDEX message_settlement;
CREATE INDEX message_settlement ON message
    (settlement_id, (CASE WHEN due_at IS NULL THEN 1 ELSE 0 END), due_at, detected_at DESC, id DESC);
DROP INDEX plan_item_settlement;
CREATE INDEX plan_item_settlement ON plan_item (settlement_id, day);

SELECT district_protect_tables();

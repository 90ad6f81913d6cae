-- A district's server drops the settlement checks its V28 twins imply (postgresql/V29__implied_settlement_checks.sql):
-- a settlement's SQLite file has no settlements. Nothing to do here; the version keeps both histories one.
SELECT 1;

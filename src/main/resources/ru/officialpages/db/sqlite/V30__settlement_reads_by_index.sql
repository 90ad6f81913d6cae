-- A district's server gives each policy to its own group role and keeps the settlement's rows in the screens' order in
-- its index (postgresql/V30__settlement_reads_by_index.sql): a settlement's SQLite file has no settlements. Nothing to
-- do here; the version keeps both histories one.
SELECT 1;

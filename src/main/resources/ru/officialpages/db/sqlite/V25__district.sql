-- The district's structures (issue 19) exist on a PostgreSQL server only (postgresql/V25__district.sql):
-- a settlement's SQLite file is its own. The version is here so both engines share one history.
SELECT 1;

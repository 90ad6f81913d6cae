-- The district's references and keys per settlement (issue 19) exist on a PostgreSQL server only
-- (postgresql/V28__district_ties.sql): a settlement's SQLite file is its own. The version is here so both
-- engines share one history.
SELECT 1;

-- SQL-standard bodies (parsed at creation, normalised by pg_get_functiondef) on a table that stays: a changed
-- body, a dropped function and a new one. Ordering against tables created or columns dropped by the same plan
-- comes from Catalog.dependencies (pg_depend) and is covered by PlannerTest with builder-made catalogs.
-- (RETURN form: pgjdbc, which loads these files in the test, splits BEGIN ATOMIC bodies of a multi-statement
-- string.)
CREATE TABLE keep (a integer, b integer);
CREATE FUNCTION sum_keep() RETURNS bigint LANGUAGE sql RETURN (SELECT sum(a) FROM keep);
CREATE FUNCTION count_keep() RETURNS bigint LANGUAGE sql RETURN (SELECT count(a) FROM keep);

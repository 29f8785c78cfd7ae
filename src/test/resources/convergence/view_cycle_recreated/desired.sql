-- The column's collation changes; the cycle stays.
CREATE SCHEMA app;
CREATE SCHEMA "Other Place";
CREATE TABLE app.t (id int, name text);
CREATE VIEW "Other Place"."Cycle" AS SELECT id, name COLLATE "POSIX" AS name FROM app.t;
CREATE FUNCTION app.cycle_count() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM "Other Place"."Cycle");
CREATE OR REPLACE VIEW "Other Place"."Cycle" AS SELECT id, name COLLATE "POSIX" AS name, app.cycle_count() AS n FROM app.t;

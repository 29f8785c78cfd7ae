-- Readers of a foreign table's columns (a view, a SQL-standard function) depend on the columns only: when the
-- foreign table is dropped and created again (a column changes type), they go first and come back after it.
CREATE SCHEMA app;
CREATE SCHEMA "Other Place";
CREATE FOREIGN DATA WRAPPER readers_wrapper;
CREATE SERVER readers_server FOREIGN DATA WRAPPER readers_wrapper OPTIONS (host 'db.example');
CREATE FOREIGN TABLE "Other Place"."Remote Things" (
    "Col A" integer OPTIONS (column_name 'a'),
    note text
) SERVER readers_server;
CREATE VIEW app.remote_view AS SELECT f."Col A", f.note FROM "Other Place"."Remote Things" f;
CREATE FUNCTION app.remote_count() RETURNS bigint LANGUAGE sql STABLE
RETURN (SELECT count(f."Col A") FROM "Other Place"."Remote Things" f);
CREATE FUNCTION app.remote_notes() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM "Other Place"."Remote Things" f WHERE f.note IS NOT NULL;
END;

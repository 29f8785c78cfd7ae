-- A collation given (names), changed (Sorted), dropped (plain), kept while columns are added (kept); a view in a
-- cycle with a function whose column has its own collation: its placeholder keeps it, or the replace that gives
-- the view its query fails ("cannot change collation of view column").
CREATE SCHEMA app;
CREATE SCHEMA "Other Place";
CREATE TABLE app.t (id int, name text);
CREATE VIEW app.names AS SELECT id, name COLLATE "C" AS name FROM app.t;
CREATE VIEW app.reader AS SELECT name FROM app.names;
CREATE VIEW "Other Place"."Sorted" AS SELECT name COLLATE "POSIX" AS name FROM app.t;
CREATE VIEW app.kept AS SELECT name COLLATE "C" AS name, id FROM app.t;
CREATE VIEW app.plain AS SELECT name FROM "Other Place"."Sorted";
CREATE VIEW "Other Place"."Cycle" AS SELECT name COLLATE "C" AS name FROM app.t;
CREATE FUNCTION app.cycle_count() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM "Other Place"."Cycle");
CREATE OR REPLACE VIEW "Other Place"."Cycle" AS SELECT name COLLATE "C" AS name, app.cycle_count() AS n FROM app.t;

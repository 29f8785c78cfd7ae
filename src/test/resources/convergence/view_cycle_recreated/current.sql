-- A view in a cycle with a SQL-standard function that reads it (view, function, replace), whose column's collation
-- changes: CREATE OR REPLACE VIEW cannot change it, so the view is dropped and created again, and the function with
-- it; the drop empties the view first (its placeholder), as a drop for good does.
CREATE SCHEMA app;
CREATE SCHEMA "Other Place";
CREATE TABLE app.t (id int, name text);
INSERT INTO app.t VALUES (1, 'b'), (2, 'A');
CREATE VIEW "Other Place"."Cycle" AS SELECT id, name COLLATE "C" AS name FROM app.t;
CREATE FUNCTION app.cycle_count() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM "Other Place"."Cycle");
CREATE OR REPLACE VIEW "Other Place"."Cycle" AS SELECT id, name COLLATE "C" AS name, app.cycle_count() AS n FROM app.t;

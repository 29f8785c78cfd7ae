-- Views whose columns' collations change: CREATE OR REPLACE VIEW cannot change a column's collation, so such a view
-- is dropped and created again (with what reads it).
CREATE SCHEMA app;
CREATE SCHEMA "Other Place";
CREATE TABLE app.t (id int, name text);
INSERT INTO app.t VALUES (1, 'b'), (2, 'A');
CREATE VIEW app.names AS SELECT id, name FROM app.t;
CREATE VIEW app.reader AS SELECT name FROM app.names;
CREATE VIEW "Other Place"."Sorted" AS SELECT name COLLATE "C" AS name FROM app.t;
CREATE VIEW app.kept AS SELECT name COLLATE "C" AS name FROM app.t;

-- Views that gain a column by CREATE OR REPLACE VIEW, and what comes to read that column (desired.sql).
CREATE SCHEMA app;
CREATE SCHEMA "ref-data";
CREATE TABLE app.items (id integer NOT NULL, kind text, qty integer, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE app.items_low PARTITION OF app.items FOR VALUES FROM (0) TO (100);
CREATE TABLE "ref-data".parent (id integer, label text);
CREATE TABLE "ref-data".kid (extra integer) INHERITS ("ref-data".parent);
CREATE TABLE app.notes (item_id integer, note text);
CREATE TABLE app.audit (label text);
INSERT INTO app.items VALUES (1, 'a', 10), (2, 'b', 20);
INSERT INTO "ref-data".kid VALUES (1, 'k1', 5);
-- gains "Kind Label"
CREATE VIEW app."recent-a" AS SELECT i.id FROM app.items i;
-- kept as it is: reads only what recent-a keeps
CREATE VIEW app.keeps_a AS SELECT a.id FROM app."recent-a" a;
-- replaced: starts reading the column recent-a gains
CREATE VIEW app.uses_a AS SELECT a.id FROM app."recent-a" a;
-- the chain: replaced to pass the new column on, a new view reads it from here
CREATE VIEW "ref-data"."Mid B" AS SELECT a.id FROM app."recent-a" a;
-- a view over an inheritance child that gains the inherited column
CREATE VIEW "ref-data".kid_view AS SELECT k.id FROM "ref-data".kid k;
-- replaced: starts reading the new column
CREATE FUNCTION "ref-data".kind_of(p integer) RETURNS text LANGUAGE sql STABLE
    RETURN (SELECT a.id::text FROM app."recent-a" a WHERE a.id = p);
-- re-created with one more column, which a new view reads
CREATE MATERIALIZED VIEW app.totals AS SELECT i.kind FROM app.items i;
-- the reverse: shrinks loses a column (dropped and created again); reads_shrinks stops reading it
CREATE VIEW app.shrinks AS SELECT i.id, i.kind FROM app.items i;
CREATE VIEW app.reads_shrinks AS SELECT s.id, s.kind FROM app.shrinks s;

-- desired.sql, with kind_of created through EXECUTE: pgjdbc, which loads this file in the test, would split its
-- BEGIN ATOMIC body at the semicolons.
CREATE SCHEMA app;
CREATE SCHEMA "ref-data";
CREATE TABLE app.items (id integer NOT NULL, kind text, qty integer, PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE app.items_low PARTITION OF app.items FOR VALUES FROM (0) TO (100);
CREATE TABLE "ref-data".parent (id integer, label text);
CREATE TABLE "ref-data".kid (extra integer) INHERITS ("ref-data".parent);
CREATE TABLE app.notes (item_id integer, note text);
CREATE TABLE app.audit (label text);
CREATE VIEW app."recent-a" AS SELECT i.id, i.kind AS "Kind Label" FROM app.items i;
CREATE VIEW app.keeps_a AS SELECT a.id FROM app."recent-a" a;
CREATE VIEW app.uses_a AS SELECT a.id, upper(a."Kind Label") AS upper_kind FROM app."recent-a" a;
CREATE VIEW "ref-data"."Mid B" AS SELECT a.id, a."Kind Label" FROM app."recent-a" a;
CREATE VIEW "ref-data".kid_view AS SELECT k.id, k.label FROM "ref-data".kid k;
-- new objects reading the new columns: views in other schemas, the end of the chain, a materialized view
CREATE VIEW "ref-data".reads_a AS SELECT a."Kind Label" FROM app."recent-a" a;
CREATE VIEW app."End C" AS SELECT b."Kind Label" AS kind FROM "ref-data"."Mid B" b;
CREATE VIEW app.kid_labels AS SELECT v.label FROM "ref-data".kid_view v;
CREATE MATERIALIZED VIEW "ref-data".kinds AS SELECT DISTINCT a."Kind Label" FROM app."recent-a" a;
CREATE INDEX kinds_label ON "ref-data".kinds ("Kind Label");
-- SQL-standard bodies: a new one (RETURN) and a replaced one (BEGIN ATOMIC)
CREATE FUNCTION app.label_count() RETURNS bigint LANGUAGE sql STABLE
    RETURN (SELECT count(a."Kind Label") FROM app."recent-a" a);
DO $do$ BEGIN EXECUTE $f$
CREATE FUNCTION "ref-data".kind_of(p integer) RETURNS text LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT a."Kind Label" FROM app."recent-a" a WHERE a.id = p;
END$f$; END $do$;
-- a rule and a policy that read the new column
CREATE RULE "copy kind" AS ON INSERT TO app.notes
    DO ALSO INSERT INTO app.audit (label) SELECT a."Kind Label" FROM app."recent-a" a WHERE a.id = new.item_id;
CREATE POLICY "by kind" ON app.notes USING (note IN (SELECT a."Kind Label" FROM app."recent-a" a));
CREATE MATERIALIZED VIEW app.totals AS SELECT i.kind, i.qty FROM app.items i;
CREATE VIEW "ref-data".big AS SELECT t.qty FROM app.totals t WHERE t.qty > 15;
CREATE VIEW app.shrinks AS SELECT i.id FROM app.items i;
CREATE VIEW app.reads_shrinks AS SELECT s.id, 'gone'::text AS kind FROM app.shrinks s;

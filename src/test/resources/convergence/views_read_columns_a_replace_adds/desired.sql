-- "Recent" gains two columns; a new view in another schema and a replaced view read them, a new view reads a new
-- view that reads them (two levels), and a new materialized view reads them too.
CREATE SCHEMA app;
CREATE SCHEMA "Report Data";
CREATE TABLE app.items (id int PRIMARY KEY, "Kind" text, qty int, note text);
CREATE VIEW app."Recent" AS SELECT i.id, i."Kind", i.qty FROM app.items i;
CREATE VIEW app.by_kind AS SELECT r.id, r."Kind" FROM app."Recent" r;
CREATE VIEW "Report Data"."Kinds" AS SELECT r."Kind", count(*) AS n FROM app."Recent" r GROUP BY r."Kind";
CREATE VIEW "Report Data".top_kind AS SELECT k."Kind" FROM "Report Data"."Kinds" k ORDER BY k.n DESC LIMIT 1;
CREATE MATERIALIZED VIEW app.totals AS SELECT i.id, i.qty FROM app.items i;
CREATE MATERIALIZED VIEW "Report Data".qty_sum AS SELECT sum(r.qty) AS total FROM app."Recent" r;

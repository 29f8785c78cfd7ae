-- Views that gain columns by CREATE OR REPLACE VIEW, and views that read those columns: PostgreSQL records a view's
-- use of another view's column as a use of the view, so the readers must wait for the replace.
CREATE SCHEMA app;
CREATE SCHEMA "Report Data";
CREATE TABLE app.items (id int PRIMARY KEY, "Kind" text, qty int, note text);
CREATE VIEW app."Recent" AS SELECT i.id FROM app.items i;
CREATE VIEW app.by_kind AS SELECT r.id FROM app."Recent" r;
CREATE MATERIALIZED VIEW app.totals AS SELECT i.id, i.qty FROM app.items i;

-- Views with column defaults (ALTER VIEW ... ALTER COLUMN ... SET DEFAULT): one changes, one is dropped, one
-- calls a function that is re-created with another signature, and a view whose query changes keeps its defaults.
CREATE SCHEMA app;
CREATE SCHEMA "Other Schema";
CREATE TABLE app.items (id int, "Note" text, qty int, at timestamptz);
CREATE FUNCTION app.next_note() RETURNS text LANGUAGE sql AS $$SELECT 'n'$$;
CREATE VIEW app.items_v AS SELECT id, "Note", qty FROM app.items;
ALTER VIEW app.items_v ALTER COLUMN "Note" SET DEFAULT app.next_note(), ALTER COLUMN qty SET DEFAULT 1;
CREATE VIEW "Other Schema"."Recent" AS SELECT id, at FROM app.items;
ALTER VIEW "Other Schema"."Recent" ALTER COLUMN at SET DEFAULT now();
CREATE VIEW app.plain AS SELECT id FROM app.items;

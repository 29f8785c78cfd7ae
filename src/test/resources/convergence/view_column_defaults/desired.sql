-- qty's default changes, "Note"'s is dropped and its function with it; "Recent" gains a column (its query is
-- replaced: the default stays) and a default on it; plain gains a default on a column of a new view query.
CREATE SCHEMA app;
CREATE SCHEMA "Other Schema";
CREATE TABLE app.items (id int, "Note" text, qty int, at timestamptz);
CREATE VIEW app.items_v AS SELECT id, "Note", qty FROM app.items;
ALTER VIEW app.items_v ALTER COLUMN qty SET DEFAULT 2 + 3;
CREATE VIEW "Other Schema"."Recent" AS SELECT id, at, qty FROM app.items;
ALTER VIEW "Other Schema"."Recent" ALTER COLUMN at SET DEFAULT now(), ALTER COLUMN qty SET DEFAULT 0;
CREATE FUNCTION app.first_id() RETURNS int LANGUAGE sql AS $$SELECT 1$$;
CREATE VIEW app.plain AS SELECT id, "Note" FROM app.items;
ALTER VIEW app.plain ALTER COLUMN id SET DEFAULT app.first_id();

-- Only the table and the domain stay; the table keeps its rows.
CREATE SCHEMA app;
CREATE SCHEMA "Other";
CREATE TABLE app.t (id int, name text);
CREATE DOMAIN app.doc AS jsonb CHECK (jsonb_typeof(VALUE) = 'object');

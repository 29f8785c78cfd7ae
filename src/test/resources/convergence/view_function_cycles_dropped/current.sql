-- Views in a cycle with functions, all dropped: PostgreSQL refuses to drop the view (the function needs it) and
-- the function (the view calls it), so each view is first emptied to a placeholder of its columns.
CREATE SCHEMA app;
CREATE SCHEMA "Other";
CREATE TABLE app.t (id int, name text);
CREATE VIEW app."V one" AS SELECT id FROM app.t;
CREATE FUNCTION "Other"."Total"() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM app."V one");
CREATE OR REPLACE VIEW app."V one" AS SELECT id, "Other"."Total"() AS total FROM app.t;
CREATE VIEW app.v2 AS SELECT id, name, 0::bigint AS n FROM app.t;
CREATE FUNCTION app.v2_rows() RETURNS SETOF app.v2 LANGUAGE sql AS 'SELECT id, name, 0::bigint FROM app.t';
CREATE OR REPLACE VIEW app.v2 AS SELECT id, name, (SELECT count(*) FROM app.v2_rows()) AS n FROM app.t;
CREATE DOMAIN app.doc AS jsonb CHECK (jsonb_typeof(VALUE) = 'object');
CREATE VIEW "Other".docs AS SELECT id, '{}'::jsonb::app.doc AS body FROM app.t;
DO $$ BEGIN
    EXECUTE 'CREATE FUNCTION app.doc_of(i int) RETURNS app.doc LANGUAGE sql STABLE
        BEGIN ATOMIC SELECT body FROM "Other".docs WHERE id = i; END';
END $$;
CREATE OR REPLACE VIEW "Other".docs AS SELECT id, '{}'::jsonb::app.doc AS body, app.doc_of(id) AS again FROM app.t;
COMMENT ON VIEW "Other".docs IS 'docs';
COMMENT ON COLUMN "Other".docs.again IS 'again';
GRANT SELECT ON app.v2 TO PUBLIC;
CREATE VIEW app.reader AS SELECT id, total FROM app."V one";
INSERT INTO app.t VALUES (1, 'a'), (2, 'b');

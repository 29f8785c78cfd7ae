-- Issue 13: SQL-standard bodies record what they read, so PostgreSQL refuses to drop a view they read, or retype a
-- column: such functions (and what calls them: views, checks, defaults, policies, indexes) go and come back.
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'converge_reader') THEN CREATE ROLE converge_reader; END IF;
END $$;
CREATE SCHEMA app;
CREATE SCHEMA "Other Schema";
CREATE TABLE app.t (id integer PRIMARY KEY, c varchar(10), gone text, n bigint);
CREATE VIEW app.v AS SELECT id, c FROM app.t;
CREATE FUNCTION "Other Schema"."Count V"() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(c) FROM app.v);
REVOKE ALL ON FUNCTION "Other Schema"."Count V"() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "Other Schema"."Count V"() TO converge_reader;
COMMENT ON FUNCTION "Other Schema"."Count V"() IS 'kept across the re-creation';
-- (BEGIN ATOMIC inside DO: pgjdbc, which loads these files in the test, would split the body)
DO $$ BEGIN
    EXECUTE 'CREATE PROCEDURE app.touch_v(k integer) LANGUAGE sql BEGIN ATOMIC SELECT id FROM app.v WHERE id = k; END';
END $$;
CREATE FUNCTION app.ids_v() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(id) + 1 FROM app.v);
CREATE VIEW app.counted AS SELECT "Other Schema"."Count V"() AS n;
CREATE FUNCTION app.counted_n() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT n FROM app.counted);
CREATE FUNCTION app.max_id() RETURNS integer LANGUAGE sql STABLE RETURN (SELECT coalesce(max(id), 0) FROM app.v);
CREATE FUNCTION app.small(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN x < (SELECT 1000 + count(*) FROM app.v);
CREATE TABLE app.u (id integer DEFAULT app.max_id(), k integer CONSTRAINT "k small" CHECK (app.small(k)));
COMMENT ON CONSTRAINT "k small" ON app.u IS 'checked by a function';
CREATE INDEX u_small ON app.u (app.small(k));
ALTER TABLE app.u ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Own Rows" ON app.u USING (id <= app.max_id());
CREATE POLICY reads_v ON app.u FOR SELECT USING (EXISTS (SELECT FROM app.v WHERE v.id = u.id));
CREATE MATERIALIZED VIEW app.mv AS SELECT id, c FROM app.v;
CREATE UNIQUE INDEX mv_id ON app.mv (id);
CREATE STATISTICS app.mv_stats ON id, c FROM app.mv;
CREATE TABLE app.log (id integer);
CREATE RULE log_v AS ON INSERT TO app.log DO ALSO SELECT count(*) FROM app.v;
CREATE FUNCTION app.sum_n() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(n) FROM app.t);

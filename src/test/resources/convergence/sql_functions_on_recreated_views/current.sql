DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'converge_reader') THEN CREATE ROLE converge_reader; END IF;
END $$;
CREATE SCHEMA app;
CREATE SCHEMA "Other Schema";
CREATE TABLE app.t (id integer PRIMARY KEY, c varchar(10), gone text, n integer);
INSERT INTO app.t VALUES (1, 'a', 'x', 1), (2, 'b', 'y', 2);
-- v loses a column: dropped and created again, with everything that reads it
CREATE VIEW app.v AS SELECT id, c, gone FROM app.t;
-- unchanged functions that read v, in another schema, quoted, with grants and a comment
CREATE FUNCTION "Other Schema"."Count V"() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(c) FROM app.v);
REVOKE ALL ON FUNCTION "Other Schema"."Count V"() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "Other Schema"."Count V"() TO converge_reader;
COMMENT ON FUNCTION "Other Schema"."Count V"() IS 'kept across the re-creation';
-- (BEGIN ATOMIC inside DO: pgjdbc, which loads these files in the test, would split the body)
DO $$ BEGIN
    EXECUTE 'CREATE PROCEDURE app.touch_v(k integer) LANGUAGE sql BEGIN ATOMIC SELECT id FROM app.v WHERE id = k; END';
END $$;
-- a function whose body changes too (no CREATE OR REPLACE while v is re-created)
CREATE FUNCTION app.ids_v() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(id) FROM app.v);
-- a chain: a view reads a function that reads v, a function reads that view
CREATE VIEW app.counted AS SELECT "Other Schema"."Count V"() AS n;
CREATE FUNCTION app.counted_n() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT n FROM app.counted);
-- parts of a kept table that call a function reading v
CREATE FUNCTION app.max_id() RETURNS integer LANGUAGE sql STABLE RETURN (SELECT coalesce(max(id), 0) FROM app.v);
CREATE FUNCTION app.small(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN x < (SELECT 1000 + count(*) FROM app.v);
CREATE TABLE app.u (id integer DEFAULT app.max_id(), k integer CONSTRAINT "k small" CHECK (app.small(k)));
COMMENT ON CONSTRAINT "k small" ON app.u IS 'checked by a function';
INSERT INTO app.u VALUES (1, 1), (2, 2);
CREATE INDEX u_small ON app.u (app.small(k));
ALTER TABLE app.u ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Own Rows" ON app.u USING (id <= app.max_id());
CREATE POLICY reads_v ON app.u FOR SELECT USING (EXISTS (SELECT FROM app.v WHERE v.id = u.id));
-- a materialized view over v, with an index and statistics
CREATE MATERIALIZED VIEW app.mv AS SELECT id, c FROM app.v;
CREATE UNIQUE INDEX mv_id ON app.mv (id);
CREATE STATISTICS app.mv_stats ON id, c FROM app.mv;
-- a rule on another table that reads v
CREATE TABLE app.log (id integer);
CREATE RULE log_v AS ON INSERT TO app.log DO ALSO SELECT count(*) FROM app.v;
-- a function that reads a column whose type changes
CREATE FUNCTION app.sum_n() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(n) FROM app.t);

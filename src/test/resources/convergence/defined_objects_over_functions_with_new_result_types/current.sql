CREATE SCHEMA app;
CREATE SEQUENCE app.codes;
CREATE FUNCTION app.next_code() RETURNS integer LANGUAGE sql AS $$SELECT nextval('app.codes')::integer$$;
CREATE FUNCTION app.add_sq(acc numeric, x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT acc + x * x';
CREATE FUNCTION app.root(acc numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT sqrt(acc)';
CREATE AGGREGATE app.norm(numeric) (SFUNC = app.add_sq, STYPE = numeric, INITCOND = '0', FINALFUNC = app.root);
CREATE FUNCTION app.abs_lt(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(a) < abs(b)';
CREATE OPERATOR app.<| (FUNCTION = app.abs_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE TABLE app.items (id integer PRIMARY KEY, v numeric,
    code integer DEFAULT app.next_code(),
    lvl smallint DEFAULT (CASE WHEN 1 OPERATOR(app.<|) 2 THEN 1 ELSE 0 END));
INSERT INTO app.items (id, v) VALUES (1, 3), (2, 4);
CREATE MATERIALIZED VIEW app.norms AS SELECT id, app.norm(v) AS n FROM app.items GROUP BY id;
CREATE UNIQUE INDEX norms_id ON app.norms (id);
CREATE VIEW app.total AS SELECT app.norm(v) AS n FROM app.items;

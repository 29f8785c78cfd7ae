-- A function's result type changes (so it is dropped and created again) while the column whose default calls it is
-- retyped to match; the final function of an aggregate returns another type (the aggregate, a view and a
-- materialized view with a unique index over it follow); the function under an operator that a retyped column's
-- default uses is re-created. Nothing may wait for itself.
CREATE SCHEMA app;
CREATE SEQUENCE app.codes;
CREATE FUNCTION app.next_code() RETURNS bigint LANGUAGE sql AS $$SELECT nextval('app.codes')$$;
CREATE FUNCTION app.add_sq(acc numeric, x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT acc + x * x';
CREATE FUNCTION app.root(acc numeric) RETURNS double precision LANGUAGE sql IMMUTABLE AS 'SELECT sqrt(acc)::float8';
CREATE AGGREGATE app.norm(numeric) (SFUNC = app.add_sq, STYPE = numeric, INITCOND = '0', FINALFUNC = app.root);
CREATE FUNCTION app.abs_lt(l integer, r integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(l) < abs(r)';
CREATE OPERATOR app.<| (FUNCTION = app.abs_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE TABLE app.items (id integer PRIMARY KEY, v numeric,
    code bigint DEFAULT app.next_code(),
    lvl integer DEFAULT (CASE WHEN 1 OPERATOR(app.<|) 2 THEN 1 ELSE 0 END));
CREATE MATERIALIZED VIEW app.norms AS SELECT id, app.norm(v) AS n FROM app.items GROUP BY id;
CREATE UNIQUE INDEX norms_id ON app.norms (id);
CREATE VIEW app.total AS SELECT app.norm(v) AS n FROM app.items;

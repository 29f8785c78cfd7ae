CREATE SCHEMA calc;
CREATE SCHEMA "Other Schema";
CREATE TABLE calc.weights (id integer PRIMARY KEY, w integer);
CREATE TABLE calc.seps (sep varchar(3));
CREATE VIEW calc.limits AS SELECT 10 AS lim;
-- SQL-standard bodies: PostgreSQL records the columns they read, so a retyped column or a re-created view takes
-- the function along, and the objects over the function with it
CREATE FUNCTION calc.add_w(acc numeric, x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
    RETURN acc + x * (SELECT min(w) FROM calc.weights);
CREATE AGGREGATE calc.wsum(numeric) (SFUNC = calc.add_w, STYPE = numeric, INITCOND = '0');
COMMENT ON AGGREGATE calc.wsum(numeric) IS 'weighted sum';
REVOKE EXECUTE ON FUNCTION calc.wsum(numeric) FROM PUBLIC;
CREATE FUNCTION "Other Schema"."Near"(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN abs(a - b) < (SELECT lim FROM calc.limits);
CREATE OPERATOR "Other Schema".<~> (FUNCTION = "Other Schema"."Near", LEFTARG = integer, RIGHTARG = integer);
COMMENT ON OPERATOR "Other Schema".<~> (integer, integer) IS 'within the limit';
CREATE FUNCTION calc.abs_lt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) < abs($2)';
CREATE FUNCTION calc.abs_le(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) <= abs($2)';
CREATE FUNCTION calc.abs_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) = abs($2)';
CREATE FUNCTION calc.abs_ge(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) >= abs($2)';
CREATE FUNCTION calc.abs_gt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) > abs($2)';
CREATE FUNCTION calc.abs_cmp(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE
    RETURN btint4cmp(abs(a), abs(b)) + 0 * (SELECT count(*) FROM calc.weights WHERE w IS NULL)::integer;
CREATE OPERATOR calc.<| (FUNCTION = calc.abs_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR calc.<|= (FUNCTION = calc.abs_le, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR calc.=| (FUNCTION = calc.abs_eq, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR calc.>|= (FUNCTION = calc.abs_ge, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR calc.|> (FUNCTION = calc.abs_gt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR CLASS calc."Abs Ops" FOR TYPE integer USING btree AS
    OPERATOR 1 calc.<|, OPERATOR 2 calc.<|=, OPERATOR 3 calc.=|, OPERATOR 4 calc.>|=, OPERATOR 5 calc.|>,
    FUNCTION 1 calc.abs_cmp(integer, integer);
CREATE TYPE calc.pair AS (x int, y int);
CREATE FUNCTION calc.pair_text(p calc.pair) RETURNS text LANGUAGE sql IMMUTABLE
    RETURN (p).x || (SELECT min(sep) FROM calc.seps) || (p).y;
CREATE CAST (calc.pair AS text) WITH FUNCTION calc.pair_text(calc.pair);
CREATE TABLE calc.points (id integer PRIMARY KEY, x integer, v numeric, p calc.pair,
    CONSTRAINT near_zero CHECK (x OPERATOR("Other Schema".<~>) 0));
INSERT INTO calc.weights VALUES (1, 2);
INSERT INTO calc.seps VALUES (',');
INSERT INTO calc.points VALUES (1, 3, 1.5, ROW(1, 2)), (2, -4, 2, ROW(3, 4));
CREATE INDEX points_abs_x ON calc.points (x calc."Abs Ops");
CREATE INDEX points_near ON calc.points (id) WHERE x OPERATOR("Other Schema".<~>) 5;
CREATE INDEX points_label ON calc.points ((p::text));
CREATE VIEW calc.totals AS SELECT calc.wsum(v) AS total FROM calc.points;
CREATE MATERIALIZED VIEW calc.point_totals AS SELECT id, calc.wsum(v) AS total FROM calc.points GROUP BY id;
CREATE UNIQUE INDEX point_totals_id ON calc.point_totals (id);
CREATE VIEW calc.close AS SELECT id, p::text AS label FROM calc.points WHERE x OPERATOR("Other Schema".<~>) 5;

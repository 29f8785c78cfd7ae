-- Every function under an aggregate, an operator, an operator class, an operator family and a cast is dropped
-- and created again (its argument names change); the objects over them follow, with their comments and privileges,
-- and so do the check, the indexes and the views that use those objects.
CREATE SCHEMA calc;
-- an aggregate over a state and a final function
CREATE FUNCTION calc.add_sq(total numeric, v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT total + v * v';
CREATE FUNCTION calc.root(total numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT sqrt(total)';
CREATE AGGREGATE calc.norm(numeric) (SFUNC = calc.add_sq, STYPE = numeric, INITCOND = '0', FINALFUNC = calc.root);
COMMENT ON AGGREGATE calc.norm(numeric) IS 'euclidean norm';
REVOKE EXECUTE ON FUNCTION calc.norm(numeric) FROM PUBLIC;
-- operators over functions, an operator class over them
CREATE FUNCTION calc.abs_lt(l integer, r integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(l) < abs(r)';
CREATE FUNCTION calc.abs_le(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) <= abs($2)';
CREATE FUNCTION calc.abs_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) = abs($2)';
CREATE FUNCTION calc.abs_ge(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) >= abs($2)';
CREATE FUNCTION calc.abs_gt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) > abs($2)';
CREATE FUNCTION calc.abs_cmp(l integer, r integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT btint4cmp(abs(l), abs(r))';
CREATE OPERATOR calc.<| (FUNCTION = calc.abs_lt, LEFTARG = integer, RIGHTARG = integer);
COMMENT ON OPERATOR calc.<| (integer, integer) IS 'smaller in absolute value';
CREATE OPERATOR calc.<|= (FUNCTION = calc.abs_le, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR calc.=| (FUNCTION = calc.abs_eq, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR calc.>|= (FUNCTION = calc.abs_ge, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR calc.|> (FUNCTION = calc.abs_gt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR CLASS calc.abs_ops FOR TYPE integer USING btree AS
    OPERATOR 1 calc.<|, OPERATOR 2 calc.<|=, OPERATOR 3 calc.=|, OPERATOR 4 calc.>|=, OPERATOR 5 calc.|>,
    FUNCTION 1 calc.abs_cmp(integer, integer);
COMMENT ON OPERATOR CLASS calc.abs_ops USING btree IS 'by absolute value';
-- an operator family with a member function of its own
CREATE FUNCTION calc.hash_abs(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT hashint4(abs(n))';
CREATE OPERATOR FAMILY calc.loose USING hash;
ALTER OPERATOR FAMILY calc.loose USING hash ADD FUNCTION 1 (integer, integer) calc.hash_abs(integer);
COMMENT ON OPERATOR FAMILY calc.loose USING hash IS 'hashes by absolute value';
-- a cast over a function
CREATE TYPE calc.pair AS (x int, y int);
CREATE FUNCTION calc.pair_text(v calc.pair) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT v.x || ',' || v.y$$;
CREATE CAST (calc.pair AS text) WITH FUNCTION calc.pair_text(calc.pair);
COMMENT ON CAST (calc.pair AS text) IS 'x,y';
-- table parts that use them
CREATE TABLE calc.points (id integer PRIMARY KEY, x integer, p calc.pair,
    CONSTRAINT small CHECK (x OPERATOR(calc.<|) 1000));
CREATE INDEX points_abs_x ON calc.points (x calc.abs_ops);
CREATE INDEX points_label ON calc.points ((p::text));
CREATE VIEW calc.summary AS SELECT calc.norm(x) AS n, count(*) FILTER (WHERE x OPERATOR(calc.<|) 10) AS near
    FROM calc.points;
CREATE VIEW calc.labels AS SELECT id, p::text AS label FROM calc.points;

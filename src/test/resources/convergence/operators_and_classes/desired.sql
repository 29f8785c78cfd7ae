CREATE SCHEMA geo;
CREATE FUNCTION geo.abs_lt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) < abs($2)';
CREATE FUNCTION geo.abs_le(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) <= abs($2)';
CREATE FUNCTION geo.abs_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) = abs($2)';
CREATE FUNCTION geo.abs_ge(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) >= abs($2)';
CREATE FUNCTION geo.abs_gt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) > abs($2)';
CREATE FUNCTION geo.abs_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT btint4cmp(abs($1), abs($2))';
CREATE OPERATOR geo.<| (FUNCTION = geo.abs_lt, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(geo.|>));
CREATE OPERATOR geo.<|= (FUNCTION = geo.abs_le, LEFTARG = integer, RIGHTARG = integer);
-- changed: an equality that hashes and merges, its own commutator
CREATE OPERATOR geo.=| (FUNCTION = geo.abs_eq, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(geo.=|),
    RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR geo.=| (integer, integer) IS 'equal in absolute value';
CREATE OPERATOR geo.>|= (FUNCTION = geo.abs_ge, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR geo.|> (FUNCTION = geo.abs_gt, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(geo.<|));
-- a prefix operator, new
CREATE OPERATOR geo.@@ (FUNCTION = int4abs, RIGHTARG = integer);
CREATE OPERATOR CLASS geo."Abs Ops" FOR TYPE integer USING btree AS
    OPERATOR 1 geo.<|, OPERATOR 2 geo.<|=, OPERATOR 3 geo.=|, OPERATOR 4 geo.>|=, OPERATOR 5 geo.|>,
    FUNCTION 1 geo.abs_cmp(integer, integer);
COMMENT ON OPERATOR CLASS geo."Abs Ops" USING btree IS 'by absolute value';
-- a family with a member of its own, and a class in it
CREATE OPERATOR FAMILY geo.loose USING hash;
ALTER OPERATOR FAMILY geo.loose USING hash ADD FUNCTION 1 (integer, integer) hashint4(integer);
CREATE TABLE geo.points (id integer PRIMARY KEY, x integer);
CREATE INDEX points_abs_x ON geo.points (x geo."Abs Ops");
CREATE VIEW geo.near AS SELECT id FROM geo.points WHERE x OPERATOR(geo.<|) 10;

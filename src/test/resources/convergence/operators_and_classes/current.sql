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
CREATE OPERATOR geo.=| (FUNCTION = geo.abs_eq, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR geo.>|= (FUNCTION = geo.abs_ge, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR geo.|> (FUNCTION = geo.abs_gt, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(geo.<|));
CREATE OPERATOR geo.### (FUNCTION = int4pl, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR CLASS geo."Abs Ops" FOR TYPE integer USING btree AS
    OPERATOR 1 geo.<|, OPERATOR 2 geo.<|=, OPERATOR 3 geo.=|, OPERATOR 4 geo.>|=, OPERATOR 5 geo.|>,
    FUNCTION 1 geo.abs_cmp(integer, integer);
CREATE OPERATOR FAMILY geo.loose USING btree;
CREATE TABLE geo.points (id integer PRIMARY KEY, x integer);
CREATE INDEX points_abs_x ON geo.points (x geo."Abs Ops");
CREATE VIEW geo.near AS SELECT id FROM geo.points WHERE x OPERATOR(geo.<|) 10;
INSERT INTO geo.points VALUES (1, -3), (2, 20);

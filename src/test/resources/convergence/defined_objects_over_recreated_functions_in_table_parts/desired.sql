-- The functions under operators (one in an exclusion constraint's operator class), an aggregate and a cast are
-- dropped and created again (their argument names change); the table parts that use those objects follow: the
-- exclusion constraint, the defaults, a policy, a trigger's WHEN, a partial index, and a view. Quoted names.
CREATE SCHEMA "Calc Ops";
CREATE FUNCTION "Calc Ops".abs_lt(l integer, r integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(l) < abs(r)';
CREATE FUNCTION "Calc Ops".abs_le(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) <= abs($2)';
CREATE FUNCTION "Calc Ops".abs_eq(l integer, r integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs(l) = abs(r)';
CREATE FUNCTION "Calc Ops".abs_ge(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) >= abs($2)';
CREATE FUNCTION "Calc Ops".abs_gt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) > abs($2)';
CREATE FUNCTION "Calc Ops".abs_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS 'SELECT btint4cmp(abs($1), abs($2))';
CREATE OPERATOR "Calc Ops".<| (FUNCTION = "Calc Ops".abs_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR "Calc Ops".<|= (FUNCTION = "Calc Ops".abs_le, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR "Calc Ops".=| (FUNCTION = "Calc Ops".abs_eq, LEFTARG = integer, RIGHTARG = integer,
    COMMUTATOR = OPERATOR("Calc Ops".=|));
CREATE OPERATOR "Calc Ops".>|= (FUNCTION = "Calc Ops".abs_ge, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR "Calc Ops".|> (FUNCTION = "Calc Ops".abs_gt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR CLASS "Calc Ops"."Abs Ops" FOR TYPE integer USING btree AS
    OPERATOR 1 "Calc Ops".<|, OPERATOR 2 "Calc Ops".<|=, OPERATOR 3 "Calc Ops".=|, OPERATOR 4 "Calc Ops".>|=,
    OPERATOR 5 "Calc Ops".|>, FUNCTION 1 "Calc Ops".abs_cmp(integer, integer);
CREATE FUNCTION "Calc Ops".bump(total integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT total + abs(v)';
CREATE AGGREGATE "Calc Ops"."Abs Sum"(integer) (SFUNC = "Calc Ops".bump, STYPE = integer, INITCOND = '0');
CREATE TYPE "Calc Ops".pair AS (x int, y int);
CREATE FUNCTION "Calc Ops".pair_text(v "Calc Ops".pair) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$SELECT v.x || ',' || v.y$$;
CREATE CAST ("Calc Ops".pair AS text) WITH FUNCTION "Calc Ops".pair_text("Calc Ops".pair);
CREATE FUNCTION "Calc Ops".noop() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
-- the parts of a table that use the operators and the cast: an exclusion constraint, a default, a policy, a
-- trigger's WHEN, a partial index
CREATE TABLE "Calc Ops"."Points" (id integer PRIMARY KEY, x integer,
    small boolean DEFAULT (1 OPERATOR("Calc Ops".<|) 2),
    label text DEFAULT (ROW(0, 0)::"Calc Ops".pair)::text,
    CONSTRAINT "one per size" EXCLUDE USING btree (x "Calc Ops"."Abs Ops" WITH OPERATOR("Calc Ops".=|)));
COMMENT ON CONSTRAINT "one per size" ON "Calc Ops"."Points" IS 'no two points of the same size';
CREATE POLICY "near only" ON "Calc Ops"."Points" USING (x OPERATOR("Calc Ops".<|) 100);
CREATE TRIGGER "big change" BEFORE UPDATE ON "Calc Ops"."Points"
    FOR EACH ROW WHEN (NEW.x OPERATOR("Calc Ops".<|) OLD.x) EXECUTE FUNCTION "Calc Ops".noop();
CREATE INDEX "small points" ON "Calc Ops"."Points" (id) WHERE x OPERATOR("Calc Ops".<|) 5;
CREATE VIEW "Calc Ops"."Sizes" AS SELECT "Calc Ops"."Abs Sum"(x) AS total FROM "Calc Ops"."Points";

CREATE SCHEMA "Sales Data";
CREATE SCHEMA "ref-data";
CREATE SCHEMA "Audit";
CREATE TYPE "Audit".mood1 AS ENUM ('new', 'open', 'Big One', 'it''s done');
CREATE TYPE "ref-data".pair2 AS (a integer, b text);
CREATE DOMAIN "Sales Data"."Dom 4" AS "ref-data".pair2 CONSTRAINT "Dom 4_check" CHECK ((VALUE).a > 0);
CREATE DOMAIN "ref-data".dom6 AS text CONSTRAINT dom6_check CHECK (VALUE <> '');
CREATE TYPE "ref-data".span7 AS RANGE (subtype = bigint);
CREATE TYPE "ref-data".span8 AS RANGE (subtype = integer);
CREATE COLLATION "ref-data".coll9 (locale = 'C');
CREATE FUNCTION "Sales Data"."Is_ok 10"(v integer) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    RETURN v > -2;
END
$$;
CREATE FUNCTION "Sales Data".norm11(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(t) $$;
CREATE TABLE "ref-data".items18 (
    id integer NOT NULL,
    qty19 date,
    at20 "Sales Data"."Dom 4",
    "Qty 21" character varying(40),
    flag22 "ref-data".span8,
    code51 boolean DEFAULT false,
    amount52 timestamp without time zone DEFAULT now(),
    CONSTRAINT items18_pkey PRIMARY KEY (id)
);
CREATE TABLE "Sales Data".events23 (
    id integer NOT NULL,
    "flag-24" bigint NOT NULL,
    at25 boolean NOT NULL,
    CONSTRAINT events23_pkey PRIMARY KEY (id)
) PARTITION BY RANGE (id);
CREATE TABLE "Sales Data"."events_p-26" PARTITION OF "Sales Data".events23 FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE "Sales Data".events_p27 PARTITION OF "Sales Data".events23 FOR VALUES FROM (100) TO (1000);
ALTER TABLE "ref-data".items18 ADD CONSTRAINT items_con34 CHECK (at20 IS NOT NULL);
ALTER TABLE "Sales Data".events23 ADD CONSTRAINT events_con36 CHECK ("flag-24" > 0);
CREATE INDEX items_idx40 ON "ref-data".items18 (qty19);
CREATE STATISTICS "Sales Data".stats43 ON (at25 IS NULL) FROM "Sales Data".events23;
CREATE FUNCTION "Sales Data".row_of44() RETURNS SETOF "Sales Data".events23 LANGUAGE sql STABLE AS $$ SELECT * FROM "Sales Data".events23 $$;
CREATE FUNCTION "Audit".total_step47(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(state, v) $$;
CREATE AGGREGATE "Audit".total46(integer) (SFUNC = "Audit".total_step47, STYPE = integer);
GRANT EXECUTE ON FUNCTION "Audit".total46(integer) TO "${role1}";
ALTER DEFAULT PRIVILEGES FOR ROLE ${role0} IN SCHEMA "Audit" GRANT EXECUTE ON FUNCTIONS TO "${role1}";
CREATE SEQUENCE "Audit".seq50 START WITH 40 CACHE 6;
CREATE TABLE "ref-data".items53 (
    id bigint NOT NULL,
    note54 "Sales Data"."Dom 4",
    flag55 date DEFAULT '2021-02-03' NOT NULL,
    CONSTRAINT items53_pkey PRIMARY KEY (id)
) WITH (fillfactor=62);
CREATE TABLE "ref-data"."events_p-56" PARTITION OF "Sales Data".events23 FOR VALUES FROM (3000) TO (4000);
CREATE INDEX local_idx57 ON "ref-data"."events_p-56" ("flag-24");
CREATE TABLE "Audit".items_kid58 (
    extra59 bigint NOT NULL,
    "kind-60" text,
    since61 character varying(40) NOT NULL,
    CONSTRAINT items_kid58_pkey PRIMARY KEY (id)
) INHERITS ("ref-data".items53);
ALTER TABLE "ref-data".items18 ADD CONSTRAINT items_con62 CHECK (at20 IS NOT NULL);
CREATE UNIQUE INDEX items_idx63 ON "ref-data".items18 ("Qty 21");
CREATE FUNCTION "Audit".touch64() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER "trg-65" BEFORE INSERT ON "Audit".items_kid58 FOR EACH ROW WHEN (NEW.extra59 IS NOT NULL) EXECUTE FUNCTION "Audit".touch64();
COMMENT ON TABLE "ref-data".items18 IS NULL;
GRANT SELECT, INSERT ON TABLE "Sales Data".events_p27 TO "${role1}";

CREATE SCHEMA "Sales Data";
CREATE SCHEMA "ref-data";
CREATE SCHEMA "Audit";
CREATE TYPE "Audit".mood1 AS ENUM ('open', 'it''s done', 'Big One', 'new');
CREATE DOMAIN "Audit".dom2 AS integer CONSTRAINT dom2_check CHECK (VALUE > 0);
CREATE SEQUENCE "Sales Data".seq3;
CREATE SEQUENCE "Audit"."Seq 4";
CREATE FUNCTION "ref-data".is_ok5(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > -1;
CREATE FUNCTION "Sales Data".pick6() RETURNS integer LANGUAGE sql AS $$ SELECT 42 $$;
CREATE TABLE "Audit".items7 (
    id bigint NOT NULL,
    "qty-8" integer NOT NULL,
    at9 text NOT NULL,
    flag10 integer NOT NULL,
    "Code 11" text DEFAULT 'd2',
    CONSTRAINT items7_pkey PRIMARY KEY (id)
) WITH (fillfactor=53, autovacuum_vacuum_scale_factor=0.05);
CREATE TABLE "Audit".items12 (
    id integer NOT NULL,
    at13 "Audit".dom2 DEFAULT nextval('"Sales Data".seq3'::regclass),
    "note-14" "Audit".mood1,
    qty15 integer NOT NULL,
    "amount-16" text,
    qty17 jsonb DEFAULT '{}',
    "Flag 40" numeric(10,2) DEFAULT 3.25 NOT NULL,
    CONSTRAINT items12_pkey PRIMARY KEY (id)
) WITH (fillfactor=77);
ALTER TABLE "Audit".items12 ALTER COLUMN qty17 SET STORAGE MAIN;
CREATE TABLE "Sales Data".events18 (
    id integer NOT NULL,
    "At 19" bigint,
    note20 jsonb,
    CONSTRAINT events18_pkey PRIMARY KEY (id)
) PARTITION BY RANGE (id);
CREATE TABLE "Sales Data".events_p21 PARTITION OF "Sales Data".events18 FOR VALUES FROM (MINVALUE) TO (100);
CREATE INDEX "local_idx-22" ON "Sales Data".events_p21 ("At 19");
CREATE TABLE "Sales Data".events_p23 PARTITION OF "Sales Data".events18 FOR VALUES FROM (100) TO (1000);
ALTER TABLE "Audit".items7 ADD CONSTRAINT "items_con-24" FOREIGN KEY (flag10) REFERENCES "Audit".items7 (id) ON DELETE CASCADE;
CREATE INDEX items_idx27 ON "Audit".items12 (id) INCLUDE ("amount-16");
CREATE INDEX events_idx28 ON "Sales Data".events18 ("At 19");
CREATE TYPE "Sales Data"."row_of-29" AS (item "Audit".items7, note text);
CREATE FUNCTION "ref-data"."Row_of 30"(r "Audit".items12) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT (r).id + 1 $$;
CREATE MATERIALIZED VIEW "Audit".summary31 AS SELECT s.id, s."At 19" FROM "Sales Data".events18 s;
CREATE VIEW "ref-data".recent32 AS SELECT s.id, s."At 19" FROM "Sales Data".events18 s;
CREATE FUNCTION "Sales Data".touch34() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER "trg-35" BEFORE INSERT ON "Audit".items12 FOR EACH ROW EXECUTE FUNCTION "Sales Data".touch34();
ALTER TABLE "Audit".items7 ENABLE ROW LEVEL SECURITY;
CREATE POLICY see_own37 ON "Audit".items7 FOR UPDATE TO PUBLIC USING (true);
COMMENT ON COLUMN "Audit".items7.flag10 IS 'línea — ü';
COMMENT ON COLUMN "Audit".items12.at13 IS 'línea — ü';
GRANT SELECT, INSERT ON TABLE "Sales Data".events_p21 TO "${role1}";
GRANT UPDATE ("Code 11") ON TABLE "Audit".items7 TO ${role0};
CREATE TYPE "Sales Data".mood38 AS ENUM ('new', 'open', 'it''s done');
CREATE FUNCTION "Audit"."Pick 39"() RETURNS integer LANGUAGE sql AS $$ SELECT 40 $$;
CREATE INDEX local_idx41 ON "Sales Data".events_p21 ("At 19");
CREATE INDEX events_idx42 ON "Sales Data".events18 ("At 19") WHERE "At 19" IS NOT NULL;
COMMENT ON SCHEMA "Sales Data" IS NULL;

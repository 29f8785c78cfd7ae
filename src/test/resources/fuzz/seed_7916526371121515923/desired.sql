CREATE SCHEMA app;
CREATE SCHEMA "Audit";
CREATE FUNCTION "Audit"."Is_ok 1"(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > -1;
CREATE FUNCTION "Audit"."norm-2"(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT upper(t) || '1' $$;
CREATE FUNCTION "Audit"."pick-3"() RETURNS integer LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN 41;
END
$$;
CREATE TABLE app.items4 (
    id integer NOT NULL,
    "note-5" timestamp without time zone,
    at6 integer,
    label37 bigint DEFAULT 3,
    CONSTRAINT items4_pkey PRIMARY KEY (id)
);
CREATE TABLE "Audit".items7 (
    id integer NOT NULL,
    qty8 smallint DEFAULT 3 NOT NULL,
    amount9 text DEFAULT 'd2',
    flag10 character varying(40) DEFAULT 'd2',
    qty11 numeric(14,2) DEFAULT 1.25,
    label38 timestamp without time zone DEFAULT '2021-02-03 04:05',
    CONSTRAINT items7_pkey PRIMARY KEY (id)
);
ALTER TABLE "Audit".items7 ALTER COLUMN amount9 SET STORAGE EXTERNAL;
CREATE TABLE app.items12 (
    id integer NOT NULL,
    note13 text DEFAULT 'd1' NOT NULL,
    amount14 text,
    amount15 date NOT NULL,
    code16 jsonb DEFAULT '{}' NOT NULL,
    amount17 boolean,
    CONSTRAINT items12_pkey PRIMARY KEY (id)
);
CREATE TABLE "Audit".events18 (
    id integer NOT NULL,
    code19 numeric(20,2) NOT NULL,
    "Flag 20" timestamp with time zone DEFAULT now() NOT NULL,
    note21 text DEFAULT 'd0' NOT NULL,
    CONSTRAINT events18_pkey PRIMARY KEY (id)
) PARTITION BY RANGE (id);
CREATE TABLE "Audit".events_p22 PARTITION OF "Audit".events18 FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE "Audit"."events_p-23" PARTITION OF "Audit".events18 DEFAULT;
CREATE INDEX local_idx24 ON "Audit"."events_p-23" (code19);
ALTER TABLE app.items12 ADD CONSTRAINT items_con25 CHECK (amount17 IS NOT NULL) NOT VALID;
CREATE INDEX items_idx27 ON app.items4 ("note-5");
CREATE INDEX items_idx28 ON app.items4 (at6) WHERE "Audit"."Is_ok 1"(at6);
CREATE INDEX items_idx29 ON "Audit".items7 (id) INCLUDE (flag10);
CREATE INDEX items_idx30 ON app.items12 (amount14);
CREATE VIEW app.recent32 AS SELECT s.id, s.note13, s.amount15 FROM app.items12 s;
CREATE MATERIALIZED VIEW app."Summary 33" AS SELECT s.id, s."Flag 20", s.note21 FROM "Audit".events18 s;
CREATE VIEW app.recent34 AS SELECT s.id, s."note-5" FROM app.items4 s WHERE s.id > 0;
ALTER TABLE app.items12 ENABLE ROW LEVEL SECURITY;
CREATE POLICY see_own35 ON app.items12 FOR SELECT TO PUBLIC USING ("Audit"."Is_ok 1"(id));
COMMENT ON VIEW app.recent32 IS 'it''s the "main" one';
COMMENT ON COLUMN "Audit".items7.qty8 IS 'línea — ü';
CREATE TYPE "Audit".pair36 AS (a integer, b text);
CREATE TABLE app.events_p39 PARTITION OF "Audit".events18 FOR VALUES FROM (3000) TO (4000);
CREATE INDEX local_idx40 ON "Audit".events_p22 (note21);
ALTER TABLE app.items4 ADD CONSTRAINT items_con41 FOREIGN KEY (at6) REFERENCES app.items4 (id) ON DELETE CASCADE;
ALTER TABLE app.items12 ADD CONSTRAINT "Items_con 42" UNIQUE (amount15);
CREATE INDEX events_idx31 ON "Audit".events18 (code19);
CREATE VIEW app.recent43 AS SELECT s.id, s."Flag 20" FROM app."Summary 33" s;

CREATE SCHEMA app;
CREATE SCHEMA "ref-data";
CREATE TYPE app.pair1 AS (a integer, b text);
CREATE TYPE "ref-data".pair2 AS (a integer, b text);
CREATE DOMAIN app."dom-3" AS text CONSTRAINT "dom-3_check" CHECK (VALUE <> '');
CREATE DOMAIN app.dom4 AS integer DEFAULT 7 CONSTRAINT dom4_check CHECK (VALUE >= 0 AND VALUE < 1000000);
CREATE COLLATION "ref-data".coll5 FROM "C";
CREATE SEQUENCE app.seq6 INCREMENT BY 7;
CREATE FUNCTION app.is_ok7(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v > -0 $$;
CREATE FUNCTION "ref-data".norm8(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(t) $$;
CREATE FUNCTION "ref-data".pick9() RETURNS integer LANGUAGE sql AS $$ SELECT 42 $$;
CREATE TABLE app.items10 (
    id integer NOT NULL,
    code11 bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    at12 smallint,
    CONSTRAINT items10_pkey PRIMARY KEY (id)
) WITH (fillfactor=68);
CREATE TABLE "ref-data".items13 (
    id bigint NOT NULL,
    at14 "ref-data".pair2,
    amount15 boolean DEFAULT true,
    "note-16" jsonb,
    CONSTRAINT items13_pkey PRIMARY KEY (id)
);
CREATE TABLE "ref-data".items_kid17 (
    "kind-18" smallint,
    kind19 text COLLATE "ref-data".coll5,
    "Kind 20" bigint DEFAULT 3,
    CONSTRAINT items_kid17_pkey PRIMARY KEY (id)
) INHERITS ("ref-data".items13);
CREATE TABLE app.items_kid21 (
    extra22 text,
    "extra-23" integer NOT NULL,
    CONSTRAINT items_kid21_pkey PRIMARY KEY (id)
) INHERITS (app.items10);
ALTER TABLE app.items10 ADD CONSTRAINT items_con24 FOREIGN KEY (at12) REFERENCES app.items10 (id) ON UPDATE SET NULL;
ALTER TABLE "ref-data".items13 ADD CONSTRAINT items_con25 CHECK (at14 IS NOT NULL);
ALTER TABLE "ref-data".items_kid17 ADD CONSTRAINT itemskid_con26 UNIQUE ("Kind 20");
ALTER TABLE "ref-data".items_kid17 ADD CONSTRAINT "itemskid_con-27" CHECK (kind19 IN ('r1', 'r2', 'r3', 'v1', 'v2', 'v3', 'd0', 'd1') OR kind19 LIKE '%') NOT VALID;
ALTER TABLE app.items_kid21 ADD CONSTRAINT "itemskid_con-28" UNIQUE ("extra-23");
ALTER TABLE app.items_kid21 ADD CONSTRAINT itemskid_con29 UNIQUE ("extra-23");
CREATE INDEX "Items_idx 30" ON app.items10 (at12);
CREATE UNIQUE INDEX itemskid_idx32 ON app.items_kid21 ("extra-23");
CREATE INDEX itemskid_idx33 ON app.items_kid21 (id) INCLUDE (extra22);
ALTER TABLE "ref-data".items13 ALTER COLUMN amount15 SET STATISTICS 715;
ALTER TABLE "ref-data".items_kid17 ALTER COLUMN "Kind 20" SET STATISTICS 788;
CREATE VIEW app."recent-34" AS SELECT s."kind-18" FROM "ref-data".items_kid17 s;
CREATE RULE guard35 AS ON DELETE TO "ref-data".items13 WHERE old.id < -2 DO INSTEAD NOTHING;
ALTER TABLE "ref-data".items_kid17 ENABLE ROW LEVEL SECURITY;
CREATE POLICY "see_own-36" ON "ref-data".items_kid17 FOR SELECT TO PUBLIC USING (id > 0);
COMMENT ON CONSTRAINT itemskid_con26 ON "ref-data".items_kid17 IS 'it''s the "main" one';
COMMENT ON SCHEMA app IS 'kept for audits';
COMMENT ON COLUMN "ref-data".items13.amount15 IS 'it''s the "main" one';
COMMENT ON CONSTRAINT items_con25 ON "ref-data".items13 IS 'línea — ü';
GRANT SELECT, INSERT ON TABLE "ref-data".items_kid17 TO ${role0};
GRANT UPDATE (at14) ON TABLE "ref-data".items13 TO ${role0} WITH GRANT OPTION;
GRANT USAGE ON DOMAIN app.dom4 TO "${role1}";
ALTER DEFAULT PRIVILEGES FOR ROLE ${role0} IN SCHEMA app GRANT USAGE ON TYPES TO "${role1}";

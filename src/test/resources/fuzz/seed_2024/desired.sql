CREATE SCHEMA app;
CREATE SCHEMA "Sales Data";
CREATE TYPE app.mood1 AS ENUM ('it''s done', 'new', 'open');
CREATE TYPE app.mood2 AS ENUM ('Big One', 'new', 'open', 'it''s done');
CREATE TYPE app.pair3 AS (a integer, b text);
CREATE TYPE app.pair4 AS (a integer, b text);
CREATE DOMAIN app.dom5 AS app.pair4 CONSTRAINT dom5_check CHECK ((VALUE).b IS NOT NULL);
CREATE DOMAIN app."dom-6" AS text DEFAULT 'seven' CONSTRAINT "dom-6_check" CHECK (length(VALUE) < 100);
CREATE TYPE app.span7 AS RANGE (subtype = integer, subtype_diff = int4range_subdiff);
CREATE TYPE app."span-8" AS RANGE (subtype = numeric, multirange_type_name = app."span-8_multi");
CREATE COLLATION app.coll10 FROM "C";
CREATE SEQUENCE app.seq11 START WITH 664 CACHE 18;
CREATE FUNCTION app.is_ok12(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v > -1;
CREATE FUNCTION app.norm13(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT lower(t) $$;
CREATE FUNCTION app.pick14() RETURNS integer LANGUAGE sql AS $$ SELECT 40 $$;
CREATE TABLE app.items15 (
    id bigint NOT NULL,
    label16 integer DEFAULT 2,
    qty17 numeric(20,2) DEFAULT 3.25 NOT NULL,
    "at-18" app.pair4,
    amount19 app.dom5 NOT NULL,
    at20 text,
    CONSTRAINT items15_pkey PRIMARY KEY (id)
);
CREATE TABLE app.items21 (
    id integer NOT NULL,
    amount22 text,
    CONSTRAINT items21_pkey PRIMARY KEY (id)
);
CREATE UNLOGGED TABLE app."Items 23" (
    id bigint NOT NULL,
    qty24 integer NOT NULL,
    CONSTRAINT "Items 23_pkey" PRIMARY KEY (id)
);
CREATE TABLE app.items_kid25 (
    id bigint NOT NULL,
    label16 integer DEFAULT 2,
    qty17 numeric(20,2) DEFAULT 3.25 NOT NULL,
    "at-18" app.pair4,
    amount19 app.dom5 NOT NULL,
    at20 text,
    kind26 app."dom-6",
    "Extra 27" boolean DEFAULT true,
    extra28 app."dom-6",
    CONSTRAINT items_kid25_pkey PRIMARY KEY (id)
);
CREATE TABLE app.items_kid29 (
    "Kind 30" app."span-8" DEFAULT '[0,1)',
    CONSTRAINT items_kid29_pkey PRIMARY KEY (id)
) INHERITS (app.items15) WITH (autovacuum_enabled=false);
ALTER TABLE app.items15 ADD CONSTRAINT items_con31 CHECK (amount19 IS NOT NULL);
ALTER TABLE app."Items 23" ADD CONSTRAINT "Items_con33" UNIQUE (qty24);
ALTER TABLE app."Items 23" ADD CONSTRAINT "Items_con34" CHECK (qty24 > 0);
ALTER TABLE app.items_kid25 ADD CONSTRAINT "itemskid_con-35" CHECK ("Extra 27" IS NOT NULL) NOT VALID;
ALTER TABLE app.items_kid29 ADD CONSTRAINT "itemskid_con-36" CHECK ("Kind 30" IS NOT NULL);
CREATE INDEX "items_idx-38" ON app.items21 (amount22);
CREATE INDEX "Items_idx39" ON app."Items 23" (id) INCLUDE (qty24);
CREATE INDEX "Itemskid_idx 40" ON app.items_kid25 (id) INCLUDE (kind26);
CREATE INDEX itemskid_idx41 ON app.items_kid25 (id) INCLUDE (extra28);
ALTER TABLE app.items15 ALTER COLUMN at20 SET STATISTICS 750;
CREATE MATERIALIZED VIEW app.summary42 AS SELECT s.id, s.qty24 FROM app."Items 23" s;
CREATE VIEW app."Recent 43" AS SELECT s.id, s.qty17, s.amount19, s.kind26 FROM app.items_kid25 s WHERE s.id > 0;
CREATE FUNCTION app.total_step45(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(state, v) $$;
CREATE AGGREGATE app."Total 44"(integer) (SFUNC = app.total_step45, STYPE = integer);
CREATE VIEW app.totals46 AS SELECT app."Total 44"(s.id::integer) AS total FROM app.items21 s;
ALTER TABLE app.items15 ENABLE ROW LEVEL SECURITY;
CREATE POLICY see_own48 ON app.items15 FOR UPDATE TO PUBLIC USING (id > 0);
ALTER TABLE app.items15 ENABLE ROW LEVEL SECURITY;
CREATE POLICY see_own49 ON app.items15 FOR UPDATE TO PUBLIC USING (true);
COMMENT ON TYPE app.mood1 IS 'it''s the "main" one';
COMMENT ON VIEW app."Recent 43" IS 'línea — ü';
COMMENT ON INDEX app."Itemskid_idx 40" IS NULL;
COMMENT ON AGGREGATE app."Total 44"(integer) IS NULL;
GRANT UPDATE (qty17) ON TABLE app.items15 TO "${role1}";
ALTER DEFAULT PRIVILEGES FOR ROLE ${role0} IN SCHEMA app GRANT USAGE ON TYPES TO "${role1}";
CREATE SEQUENCE app.seq50 INCREMENT BY 5;
CREATE TABLE app.items51 (
    id bigint NOT NULL,
    qty52 text DEFAULT 'd2' NOT NULL,
    CONSTRAINT items51_pkey PRIMARY KEY (id)
);
ALTER TABLE app.items15 ADD CONSTRAINT "items_con-53" CHECK (at20 IN ('r1', 'r2', 'r3', 'v1', 'v2', 'v3', 'd0', 'd1') OR at20 LIKE '%') NOT VALID;
CREATE VIEW "Sales Data".recent54 AS SELECT s.id, s.qty17, s.amount19, s.at20 FROM app.items15 s;
CREATE RULE guard47 AS ON DELETE TO app.items21 WHERE old.id < -3 DO INSTEAD NOTHING;
COMMENT ON FUNCTION app.is_ok12(integer) IS 'línea — ü';
GRANT UPDATE (qty17) ON TABLE app.items15 TO ${role0};

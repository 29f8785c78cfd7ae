CREATE SCHEMA app;
CREATE SCHEMA "Sales Data";
CREATE TYPE app.mood1 AS ENUM ('it''s done', 'Big One', 'closed', 'new', 'open');
CREATE DOMAIN app.dom2 AS text DEFAULT 'seven' CONSTRAINT dom2_check CHECK (length(VALUE) < 100);
CREATE DOMAIN app.dom3 AS text DEFAULT 'seven' CONSTRAINT dom3_check CHECK (length(VALUE) < 100);
CREATE TYPE app."span-4" AS RANGE (subtype = integer);
CREATE COLLATION app.coll6 (provider = icu, locale = 'und-u-kn-true');
CREATE SEQUENCE app.seq7 AS integer MAXVALUE 467000 CYCLE;
CREATE SEQUENCE app.seq8 AS integer MAXVALUE 405863 CYCLE;
CREATE FUNCTION app.is_ok9(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v > -3 $$;
CREATE FUNCTION app.pick10() RETURNS integer LANGUAGE sql AS $$ SELECT 42 $$;
CREATE TABLE app.items11 (
    id bigint NOT NULL,
    at12 smallint DEFAULT 2,
    at13 integer DEFAULT 1,
    "amount-14" smallint DEFAULT 2 NOT NULL,
    CONSTRAINT items11_pkey PRIMARY KEY (id)
);
CREATE TABLE app."Items 15" (
    id integer NOT NULL,
    amount16 app.mood1,
    CONSTRAINT "Items 15_pkey" PRIMARY KEY (id)
);
CREATE TABLE app.items17 (
    id integer NOT NULL,
    code18 text COLLATE app.coll6,
    "Amount 19" bigint DEFAULT 3 NOT NULL,
    CONSTRAINT items17_pkey PRIMARY KEY (id)
);
CREATE TABLE app.items20 (
    id integer NOT NULL,
    note21 app.dom3 DEFAULT 'd1' NOT NULL,
    at22 app."span-4" DEFAULT '[0,3)' NOT NULL,
    label23 smallint,
    note24 bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    label25 jsonb,
    qty52 app.dom3 DEFAULT 'd1',
    note53 numeric(10,2) DEFAULT 1.25,
    CONSTRAINT items20_pkey PRIMARY KEY (id)
);
CREATE TABLE app.items_kid26 (
    kind27 app.dom3 DEFAULT 'd1',
    CONSTRAINT items_kid26_pkey PRIMARY KEY (id)
) INHERITS (app.items20);
ALTER TABLE app.items20 ADD CONSTRAINT items_con30 CHECK (note21 IN ('r1', 'r2', 'r3', 'v1', 'v2', 'v3', 'd0', 'd1') OR note21 LIKE '%');
CREATE INDEX items_idx31 ON app.items11 (at12) WHERE app.is_ok9(at12);
CREATE INDEX items_idx32 ON app.items17 ("Amount 19") WHERE "Amount 19" IS NOT NULL;
CREATE INDEX itemskid_idx33 ON app.items_kid26 (id) INCLUDE (kind27);
CREATE STATISTICS app.stats34 (ndistinct) ON label23, id FROM app.items20;
ALTER STATISTICS app.stats34 SET STATISTICS 123;
CREATE STATISTICS app.stats35 (mcv) ON kind27, id FROM app.items_kid26;
ALTER STATISTICS app.stats35 SET STATISTICS 477;
CREATE FUNCTION app.row_of36(r app.items11) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT (r).id + 0 $$;
CREATE DOMAIN app."row_of-37" AS app."Items 15";
CREATE VIEW app.recent38 AS SELECT s.id, s.amount16 FROM app."Items 15" s;
CREATE VIEW app."Recent 39" AS SELECT s.id FROM app.items17 s WHERE s.id > 0 OR s.id::varchar IN ('-1', '-2');
CREATE VIEW app.recent40 AS SELECT s.id, s.amount16 FROM app."Items 15" s WHERE s.id > 0 OR s.id::varchar IN ('-1', '-2');
CREATE FUNCTION app.total_step42(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT state + v $$;
CREATE AGGREGATE app.total41(integer) (SFUNC = app.total_step42, STYPE = integer);
CREATE RULE guard43 AS ON DELETE TO app.items20 WHERE old.id < -5 DO INSTEAD NOTHING;
CREATE RULE "no_delete-44" AS ON DELETE TO app.recent40 DO INSTEAD NOTHING;
CREATE FUNCTION app.touch45() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;
CREATE TRIGGER trg46 AFTER UPDATE OF kind27 ON app.items_kid26 FOR EACH ROW EXECUTE FUNCTION app.touch45();
CREATE FUNCTION app.touch47() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;
CREATE TRIGGER trg48 AFTER UPDATE OF amount16 ON app."Items 15" FOR EACH ROW EXECUTE FUNCTION app.touch47();
ALTER TABLE app."Items 15" ENABLE ROW LEVEL SECURITY;
CREATE POLICY see_own49 ON app."Items 15" FOR ALL TO "${role1}" USING (true);
COMMENT ON RULE "no_delete-44" ON app.recent40 IS 'two
lines';
GRANT SELECT ON TABLE app.recent38 TO ${role0};
ALTER DEFAULT PRIVILEGES FOR ROLE ${role0} IN SCHEMA app GRANT SELECT ON TABLES TO "${role1}";
CREATE FUNCTION app."View Reader 1"() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(DISTINCT s.id) + 3 FROM app."Recent 39" s);
COMMENT ON FUNCTION app."View Reader 1"() IS 'reads a view';
REVOKE EXECUTE ON FUNCTION app."View Reader 1"() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app."View Reader 1"() TO "${role1}";
CREATE FUNCTION app.vr_2() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(s.id) FROM app.recent38 s);
CREATE COLLATION "Sales Data"."coll-50" (locale = 'C');
CREATE SEQUENCE app."Seq 51";
ALTER TABLE app.items17 ADD CONSTRAINT "Items_con 54" CHECK ("Amount 19" > 0);
CREATE INDEX itemskid_idx55 ON app.items_kid26 (lower(kind27));
ALTER TABLE app.items11 ALTER COLUMN at13 SET STATISTICS 712;
CREATE FUNCTION "Sales Data".touch56() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;
CREATE TRIGGER "trg-57" BEFORE INSERT ON app."Items 15" FOR EACH ROW EXECUTE FUNCTION "Sales Data".touch56();
ALTER TABLE app.items11 ENABLE ROW LEVEL SECURITY;
CREATE POLICY see_own58 ON app.items11 FOR UPDATE TO PUBLIC USING (id BETWEEN 1 AND 100000 AND id <> 13);
COMMENT ON TRIGGER trg48 ON app."Items 15" IS 'kept for audits';
GRANT USAGE ON SCHEMA app TO ${role0};
GRANT EXECUTE ON FUNCTION app.row_of36(app.items11) TO ${role0} WITH GRANT OPTION;
SET ROLE ${role0};
GRANT EXECUTE ON FUNCTION app.row_of36(app.items11) TO "${role1}";
RESET ROLE;
GRANT USAGE ON SCHEMA app TO ${role0};
GRANT SELECT, INSERT ON TABLE app."Items 15" TO ${role0} WITH GRANT OPTION;
SET ROLE ${role0};
GRANT SELECT, INSERT ON TABLE app."Items 15" TO "${role1}";
RESET ROLE;
ALTER TABLE app."Items 15" ADD CONSTRAINT excl50 EXCLUDE USING gist (int8range(id, id + 1) WITH &&) WHERE (id > 0);
ALTER TABLE app.items11 ADD CONSTRAINT "Excl 51" EXCLUDE USING btree (id WITH =) WHERE (id > 0);
CREATE FUNCTION app.instead52() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;
CREATE TRIGGER instead_trg53 INSTEAD OF INSERT ON app."Recent 39" FOR EACH ROW EXECUTE FUNCTION app.instead52();
CREATE FUNCTION app.check_later54() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE CONSTRAINT TRIGGER "Later_trg 55" AFTER INSERT OR UPDATE ON app.items11 FOR EACH ROW EXECUTE FUNCTION app.check_later54();
CREATE FUNCTION app.check_later56() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER later_trg57 AFTER DELETE ON app."Items 15" NOT DEFERRABLE FOR EACH ROW EXECUTE FUNCTION app.check_later56();
CREATE PROCEDURE app.do_work58(n integer) LANGUAGE sql AS $$ SELECT n + 1; $$;
COMMENT ON PROCEDURE app.do_work58(integer) IS 'does work';
CREATE UNIQUE INDEX replica_idx59 ON app."Items 15" (id);
ALTER TABLE app."Items 15" REPLICA IDENTITY USING INDEX replica_idx59;
CREATE MATERIALIZED VIEW app.unfilled60 AS SELECT s.id FROM app.items11 s WHERE s.id > 1 WITH NO DATA;
CREATE MATERIALIZED VIEW app."Unfilled 61" AS SELECT s.id FROM app."Items 15" s WHERE s.id > 1 WITH NO DATA;
CREATE FUNCTION app."On_ddl 64"() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    NULL;
END
$$;
CREATE EVENT TRIGGER ddl_watch65 ON ddl_command_end WHEN TAG IN ('DROP VIEW', 'CREATE INDEX') EXECUTE FUNCTION app."On_ddl 64"();
ALTER EVENT TRIGGER ddl_watch65 DISABLE;
COMMENT ON EVENT TRIGGER ddl_watch65 IS 'watches DDL';
CREATE FOREIGN DATA WRAPPER fz_wrapper66;
CREATE SERVER "fz_server-67" FOREIGN DATA WRAPPER fz_wrapper66 OPTIONS (host 'db.example');
CREATE FOREIGN TABLE app."remote-68" (
    col69 text OPTIONS (column_name 'c') NOT NULL
) SERVER "fz_server-67" OPTIONS (table_name 'things');
CREATE FUNCTION app.remote_reader70() RETURNS bigint LANGUAGE sql STABLE
RETURN (SELECT count((f.col69)) FROM app."remote-68" f);
CREATE FOREIGN TABLE app.remote71 (
    "Col 72" text,
    col73 text OPTIONS (column_name 'c') NOT NULL
) SERVER "fz_server-67";
CREATE FUNCTION app.remote_reader74() RETURNS bigint LANGUAGE sql STABLE
RETURN (SELECT count((f."Col 72")) FROM app.remote71 f);
CREATE FOREIGN TABLE app.remote75 (
    col76 bigint,
    col77 text NOT NULL,
    col92 text
) SERVER "fz_server-67";
CREATE VIEW app.remote_reader78 AS SELECT f.col76 FROM app.remote75 f;
CREATE TABLE app."ctab-79" (id integer, name text, "Label" character varying(20));
CREATE VIEW app.cview80 AS SELECT id, name COLLATE "POSIX" AS name, "Label" COLLATE "C" AS "Label" FROM app."ctab-79";
CREATE FUNCTION app.ccount81() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM app.cview80);
CREATE OR REPLACE VIEW app.cview80 AS SELECT id, name COLLATE "POSIX" AS name, "Label" COLLATE "C" AS "Label", app.ccount81() AS n FROM app."ctab-79";
COMMENT ON COLUMN app.cview80.id IS 'sorted ''by'' bytes';
CREATE VIEW app.cview82 AS SELECT "Label" COLLATE "POSIX" AS "Label" FROM app."ctab-79";
GRANT USAGE ON SCHEMA app TO "${role1}";
GRANT USAGE ON DOMAIN app."row_of-37" TO "${role1}" WITH GRANT OPTION;
SET ROLE "${role1}";
GRANT USAGE ON DOMAIN app."row_of-37" TO "${role2}";
RESET ROLE;
GRANT USAGE ON SCHEMA app TO "${role1}", ${role0};
GRANT SELECT ON TABLE app.recent38 TO "${role1}" WITH GRANT OPTION;
SET ROLE "${role1}";
GRANT SELECT ON TABLE app.recent38 TO ${role0} WITH GRANT OPTION;
SET ROLE ${role0};
GRANT SELECT ON TABLE app.recent38 TO "${role2}";
RESET ROLE;
CREATE DOMAIN app.ncode86 AS character varying(8);
CREATE TABLE app.nulls84 (id integer, c1 app.ncode86, c2 app.ncode86 DEFAULT 'd') PARTITION BY RANGE (id);
CREATE TABLE app."nullpart-85" PARTITION OF app.nulls84 (c1 DEFAULT NULL) FOR VALUES FROM (0) TO (10);
CREATE DOMAIN app.ncode89 AS character varying(8) DEFAULT 'dd';
CREATE TABLE app.nulls87 (id integer, c1 timestamp(0) without time zone, c2 character(3)) PARTITION BY RANGE (id);
CREATE TABLE app."Nullpart 88" PARTITION OF app.nulls87 (c1 DEFAULT NULL, c2 DEFAULT NULL) FOR VALUES FROM (0) TO (10);
CREATE TABLE app.ring90 (id integer PRIMARY KEY, next_id integer, note text);
CREATE TABLE "Sales Data".ring91 (id integer PRIMARY KEY, next_id integer, note text);
ALTER TABLE app.ring90 ADD CONSTRAINT ring_next_0 FOREIGN KEY (next_id) REFERENCES "Sales Data".ring91 (id) ON DELETE CASCADE;
ALTER TABLE "Sales Data".ring91 ADD CONSTRAINT ring_next_1 FOREIGN KEY (next_id) REFERENCES app.ring90 (id) ON DELETE SET NULL;

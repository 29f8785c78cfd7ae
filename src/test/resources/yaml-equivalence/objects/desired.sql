CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'Application data';
GRANT USAGE ON SCHEMA app TO PUBLIC;
CREATE EXTENSION citext SCHEMA app;

CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
COMMENT ON TYPE app.mood IS 'How it feels';
CREATE DOMAIN app.email AS text COLLATE "C" DEFAULT 'nobody@example.com' NOT NULL CONSTRAINT email_at CHECK (VALUE ~ '@');
CREATE TYPE app.address AS (street text, city text COLLATE "C");
COMMENT ON TYPE app.address IS 'Where';

CREATE SEQUENCE app.ticket_seq AS integer START WITH 100 INCREMENT BY 5 MINVALUE 1 MAXVALUE 100000 CACHE 1 CYCLE;

CREATE TABLE app.people (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 2) PRIMARY KEY,
    email app.email UNIQUE,
    name text COLLATE "C" NOT NULL DEFAULT 'anon',
    mood app.mood DEFAULT 'ok',
    home app.address,
    nick app.citext,
    name_length integer GENERATED ALWAYS AS (length(name)) STORED,
    ticket integer NOT NULL DEFAULT nextval('app.ticket_seq'),
    CONSTRAINT people_name_check CHECK (name <> '')
) WITH (fillfactor=80);
ALTER SEQUENCE app.ticket_seq OWNED BY app.people.ticket;
COMMENT ON TABLE app.people IS 'Everyone';
COMMENT ON COLUMN app.people.email IS 'Where to write';
COMMENT ON CONSTRAINT people_name_check ON app.people IS 'No empty names';
GRANT SELECT (name) ON app.people TO PUBLIC;

CREATE TABLE app.rooms (
    id integer PRIMARY KEY,
    owner_id bigint REFERENCES app.people (id) ON DELETE SET NULL,
    during tsrange NOT NULL,
    code text NOT NULL CHECK (code <> ''),
    CONSTRAINT rooms_code_key UNIQUE (code) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT rooms_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (id > 0)
);
CREATE INDEX rooms_code_lower_idx ON app.rooms (lower(code) DESC NULLS LAST) WHERE (id > 0);
CREATE UNIQUE INDEX rooms_owner_code ON app.rooms (owner_id, code) INCLUDE (during);
COMMENT ON INDEX app.rooms_code_lower_idx IS 'Case-insensitive';
ALTER TABLE app.rooms ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.rooms REPLICA IDENTITY FULL;
ALTER TABLE app.rooms CLUSTER ON rooms_owner_code;
ALTER TABLE app.rooms ALTER COLUMN code SET STATISTICS 400, ALTER COLUMN code SET STORAGE MAIN;
ALTER TABLE app.rooms ALTER COLUMN code SET COMPRESSION pglz, ALTER COLUMN code SET (n_distinct = -0.25);
ALTER INDEX app.rooms_code_lower_idx ALTER COLUMN 1 SET STATISTICS 300;
CREATE POLICY owner_only ON app.rooms AS RESTRICTIVE FOR SELECT TO PUBLIC USING (owner_id IS NOT NULL);
GRANT SELECT, INSERT ON TABLE app.rooms TO PUBLIC;

-- Two tables that reference each other.
CREATE TABLE app.a (id integer PRIMARY KEY, b_id integer);
CREATE TABLE app.b (id integer PRIMARY KEY, a_id integer REFERENCES app.a (id));
ALTER TABLE app.a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES app.b (id) MATCH FULL ON UPDATE CASCADE DEFERRABLE;

-- A partitioned table whose partitions have column options and index names of their own.
CREATE TABLE app.events (id integer NOT NULL, kind text NOT NULL, note text, at date, PRIMARY KEY (id, kind))
    PARTITION BY LIST (kind);
CREATE INDEX events_at ON app.events (at);
CREATE TABLE app.events_a PARTITION OF app.events (note DEFAULT 'none' NOT NULL) FOR VALUES IN ('a');
CREATE TABLE app."events B" PARTITION OF app.events FOR VALUES IN ('b');
COMMENT ON COLUMN app.events_a.at IS 'When, for a';
ALTER INDEX app.events_a_at_idx RENAME TO "events a at";
ALTER INDEX app."events B_pkey" RENAME TO events_b_key;
COMMENT ON INDEX app."events a at" IS 'Attached';

CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN
    NEW.code := lower(NEW.code);
    RETURN NEW;
END;
$$;
CREATE FUNCTION app.add(a integer, b integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN a + b;
COMMENT ON FUNCTION app.add(integer, integer) IS 'Adds';
CREATE PROCEDURE app.reset() LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $$DELETE FROM app.rooms$$;
CREATE TRIGGER rooms_touch BEFORE INSERT OR UPDATE OF code ON app.rooms
    FOR EACH ROW WHEN (NEW.code IS NOT NULL) EXECUTE FUNCTION app.touch();
COMMENT ON TRIGGER rooms_touch ON app.rooms IS 'Lower-case codes';

CREATE VIEW app.room_codes (room, code) WITH (security_barrier=true) AS SELECT id, code FROM app.rooms;
COMMENT ON COLUMN app.room_codes.code IS 'The code';
CREATE MATERIALIZED VIEW app.people_count AS SELECT count(*) AS n FROM app.people WITH NO DATA;
CREATE INDEX people_count_n ON app.people_count (n);
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;

-- Issue 13, beyond views: a table re-created as partitioned, a domain and a composite type re-created and an enum
-- rebuilt, each named by SQL-standard bodies; a trigger whose WHEN calls a function that reads a re-created view.
CREATE SCHEMA "My App";
CREATE TABLE "My App".events (id integer, at date, note text) PARTITION BY RANGE (at);
CREATE TABLE "My App".events_2024 PARTITION OF "My App".events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE FUNCTION "My App".event_count() RETURNS bigint LANGUAGE sql STABLE
    RETURN (SELECT count(*) FROM "My App".events);
COMMENT ON FUNCTION "My App".event_count() IS 'counts events';
CREATE DOMAIN "My App".code AS text;
CREATE FUNCTION "My App".to_code(x text) RETURNS "My App".code LANGUAGE sql IMMUTABLE RETURN x::"My App".code;
CREATE TYPE "My App".pair AS (b integer, a integer);
CREATE FUNCTION "My App".make_pair(x integer) RETURNS "My App".pair LANGUAGE sql IMMUTABLE
    RETURN ROW(x, x)::"My App".pair;
CREATE TYPE "My App".mood AS ENUM ('ok', 'happy');
CREATE TABLE "My App".people (id integer, mood "My App".mood);
CREATE FUNCTION "My App".happy_count() RETURNS bigint LANGUAGE sql STABLE
    RETURN (SELECT count(*) FROM "My App".people WHERE mood = 'happy'::"My App".mood);
CREATE TABLE "My App".src (id integer, label text);
CREATE VIEW "My App".labels AS SELECT id, label FROM "My App".src;
CREATE FUNCTION "My App".known(x integer) RETURNS boolean LANGUAGE sql STABLE
    RETURN EXISTS (SELECT FROM "My App".labels WHERE id = x);
CREATE FUNCTION "My App".noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE "My App".sink (id integer);
CREATE TRIGGER "Known Only" BEFORE INSERT ON "My App".sink FOR EACH ROW WHEN ("My App".known(NEW.id))
    EXECUTE FUNCTION "My App".noop();
COMMENT ON TRIGGER "Known Only" ON "My App".sink IS 'kept';

CREATE SCHEMA "My App";
-- a table that becomes partitioned (dropped and created again, rows kept) read by a function
CREATE TABLE "My App".events (id integer, at date, note text);
INSERT INTO "My App".events VALUES (1, '2024-01-05', 'a'), (2, '2024-02-07', 'b');
CREATE FUNCTION "My App".event_count() RETURNS bigint LANGUAGE sql STABLE
    RETURN (SELECT count(*) FROM "My App".events);
COMMENT ON FUNCTION "My App".event_count() IS 'counts events';
-- a domain whose base type changes (no column uses it) named by a function's signature and body
CREATE DOMAIN "My App".code AS varchar(5);
CREATE FUNCTION "My App".to_code(x text) RETURNS "My App".code LANGUAGE sql IMMUTABLE RETURN x::"My App".code;
-- a composite type whose attributes are reordered, built by a function
CREATE TYPE "My App".pair AS (a integer, b integer);
CREATE FUNCTION "My App".make_pair(x integer) RETURNS "My App".pair LANGUAGE sql IMMUTABLE
    RETURN ROW(x, x)::"My App".pair;
-- an enum that loses a value (rebuilt) compared in a function body
CREATE TYPE "My App".mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE "My App".people (id integer, mood "My App".mood);
INSERT INTO "My App".people VALUES (1, 'ok'), (2, 'happy');
CREATE FUNCTION "My App".happy_count() RETURNS bigint LANGUAGE sql STABLE
    RETURN (SELECT count(*) FROM "My App".people WHERE mood = 'happy'::"My App".mood);
-- a trigger whose WHEN calls a function that reads a view which is re-created
CREATE TABLE "My App".src (id integer, label text);
CREATE VIEW "My App".labels AS SELECT id, label, 1 AS one FROM "My App".src;
CREATE FUNCTION "My App".known(x integer) RETURNS boolean LANGUAGE sql STABLE
    RETURN EXISTS (SELECT FROM "My App".labels WHERE id = x);
CREATE FUNCTION "My App".noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE "My App".sink (id integer);
CREATE TRIGGER "Known Only" BEFORE INSERT ON "My App".sink FOR EACH ROW WHEN ("My App".known(NEW.id))
    EXECUTE FUNCTION "My App".noop();
COMMENT ON TRIGGER "Known Only" ON "My App".sink IS 'kept';

-- Tables leave their parent (NO INHERIT, DETACH PARTITION) and keep the views that read them, also the columns the
-- parent drops or retypes at the same time.
CREATE SCHEMA "Arch";
CREATE TABLE events (id int, at timestamp);
CREATE TABLE events_old (id int, at date, note text, kind text);
CREATE TABLE "Arch"."Log" (id bigint, at date) PARTITION BY RANGE (at);
CREATE TABLE "Arch"."Log 2020" (id int, at date);
CREATE VIEW old_notes AS SELECT id, at, note, kind FROM events_old WHERE kind IS NOT NULL;
CREATE VIEW "Arch"."Log 2020 ids" AS SELECT id FROM "Arch"."Log 2020";
CREATE VIEW all_events AS SELECT id, at FROM events;
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER stamp BEFORE UPDATE OF at ON events_old FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE TRIGGER stamp BEFORE UPDATE OF id ON "Arch"."Log 2020" FOR EACH ROW EXECUTE FUNCTION stamp();

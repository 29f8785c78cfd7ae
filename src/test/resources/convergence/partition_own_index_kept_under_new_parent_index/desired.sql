-- The parent gets indexes equal to indexes its partitions have. "Events Rest"'s rest_note is made before the
-- parent's index, which takes it; the others are made after, so they stay their partitions' own beside the copies:
-- the plan drops them before the parent's index and builds them again after it.
CREATE SCHEMA "Event Log";
CREATE TABLE "Event Log".events (
    id integer NOT NULL,
    "Note" integer,
    kind smallint
) PARTITION BY LIST (kind);
CREATE TABLE "Event Log".events_a PARTITION OF "Event Log".events FOR VALUES IN (1);
CREATE TABLE "Event Log"."Events Rest" PARTITION OF "Event Log".events DEFAULT;
CREATE TABLE "Event Log".events_b PARTITION OF "Event Log".events FOR VALUES IN (2) PARTITION BY RANGE (id);
CREATE TABLE "Event Log".events_b1 PARTITION OF "Event Log".events_b FOR VALUES FROM (0) TO (1000);
CREATE INDEX rest_note ON "Event Log"."Events Rest" ("Note");
CREATE INDEX events_note ON "Event Log".events ("Note");
CREATE UNIQUE INDEX events_id_kind ON "Event Log".events (id, kind);
CREATE INDEX "Local note" ON "Event Log".events_a ("Note");
CREATE INDEX "B1 note" ON "Event Log".events_b1 ("Note");
CREATE UNIQUE INDEX "A unique" ON "Event Log".events_a (id, kind);

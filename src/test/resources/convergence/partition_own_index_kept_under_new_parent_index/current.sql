-- Partitions with indexes of their own; the desired state adds the equal index to the parent.
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
CREATE INDEX "Local note" ON "Event Log".events_a ("Note");
CREATE INDEX rest_note ON "Event Log"."Events Rest" ("Note");
CREATE INDEX "B1 note" ON "Event Log".events_b1 ("Note");
CREATE UNIQUE INDEX "A unique" ON "Event Log".events_a (id, kind);
INSERT INTO "Event Log".events VALUES (1, 10, 1), (2, 20, 2), (3, 30, 7);

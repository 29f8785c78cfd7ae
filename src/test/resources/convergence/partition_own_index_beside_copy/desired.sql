-- Partitions' own indexes equal to an index of their parent (or grandparent), made after it: each partition has the
-- copy and its own index. Created before the parent's index, the own index would be attached in place of the copy
-- (so the names sort before the parent's indexes, where nothing else orders them).
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
CREATE INDEX events_note ON "Event Log".events ("Note");
CREATE UNIQUE INDEX events_id_kind ON "Event Log".events (id, kind);
CREATE INDEX "Local note" ON "Event Log".events_a ("Note");
CREATE INDEX "A local note" ON "Event Log"."Events Rest" ("Note");
CREATE UNIQUE INDEX "A unique" ON "Event Log".events_a (id, kind);
-- equal to events_id_kind but for uniqueness: no parent index takes it
CREATE INDEX "A plain" ON "Event Log".events_a (id, kind);
-- a grandchild's own index equal to the grandparent's
CREATE INDEX "B1 note" ON "Event Log".events_b1 ("Note");

-- Tables of their own with indexes equal to indexes of the partitioned table they become partitions of (fuzz
-- PartitionKind's attach shapes): ATTACH PARTITION takes each such index as the parent index's partition index.
CREATE SCHEMA "Event Log";
CREATE SCHEMA other;
CREATE TABLE "Event Log".events (
    id integer NOT NULL,
    "Note" integer,
    kind smallint
) PARTITION BY LIST (kind);
CREATE INDEX events_note ON "Event Log".events ("Note");
CREATE UNIQUE INDEX events_id_kind ON "Event Log".events (id, kind);
CREATE INDEX events_expr ON "Event Log".events ((("Note" + 1)));
-- kept under its name as the attached index of events_note
CREATE TABLE "Event Log".events_a (id integer NOT NULL, "Note" integer, kind smallint);
CREATE INDEX "A note" ON "Event Log".events_a ("Note");
CREATE UNIQUE INDEX a_unique ON "Event Log".events_a (id, kind);
-- equal but for uniqueness, a predicate, INCLUDE, an opclass or order: never taken, stay its own
CREATE INDEX a_plain ON "Event Log".events_a (id, kind);
CREATE INDEX a_partial ON "Event Log".events_a ("Note") WHERE "Note" > 0;
CREATE INDEX a_include ON "Event Log".events_a ("Note") INCLUDE (id);
CREATE INDEX a_desc ON "Event Log".events_a ("Note" DESC);
-- taken by ATTACH, the desired state names the attached index otherwise
CREATE TABLE other."Events B" (id integer NOT NULL, "Note" integer, kind smallint);
CREATE INDEX b_note ON other."Events B" ("Note");
CREATE INDEX b_expr ON other."Events B" ((("Note" + 1)));
-- an own index the desired state keeps its own beside the copy (made after the parent's index)
CREATE TABLE "Event Log".events_c (id integer NOT NULL, "Note" integer, kind smallint);
CREATE INDEX "C own" ON "Event Log".events_c ("Note");
-- the default partition, with an own index the desired state drops (the copy has another name)
CREATE TABLE "Event Log".events_rest (id integer NOT NULL, "Note" integer, kind smallint);
CREATE INDEX rest_note ON "Event Log".events_rest ("Note");
-- a partitioned table with a partitioned index of its own, attached as a sub-partitioned partition
CREATE TABLE "Event Log".events_d (id integer NOT NULL, "Note" integer, kind smallint) PARTITION BY RANGE (id);
CREATE TABLE "Event Log".events_d1 PARTITION OF "Event Log".events_d FOR VALUES FROM (0) TO (1000);
CREATE INDEX d_note ON "Event Log".events_d ("Note");
INSERT INTO "Event Log".events_a VALUES (1, 10, 1);
INSERT INTO other."Events B" VALUES (2, 20, 2);
INSERT INTO "Event Log".events_c VALUES (3, 30, 3);
INSERT INTO "Event Log".events_rest VALUES (4, 40, 9);
INSERT INTO "Event Log".events_d VALUES (5, 50, 4);

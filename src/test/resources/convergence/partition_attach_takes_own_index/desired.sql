-- The tables become partitions (rows kept). Own indexes made before the parent's indexes are what ATTACH takes;
-- those made after stay the partitions' own beside the copies.
CREATE SCHEMA "Event Log";
CREATE SCHEMA other;
CREATE TABLE "Event Log".events (
    id integer NOT NULL,
    "Note" integer,
    kind smallint
) PARTITION BY LIST (kind);
CREATE TABLE "Event Log".events_a PARTITION OF "Event Log".events FOR VALUES IN (1);
CREATE TABLE other."Events B" PARTITION OF "Event Log".events FOR VALUES IN (2);
CREATE TABLE "Event Log".events_c PARTITION OF "Event Log".events FOR VALUES IN (3);
CREATE TABLE "Event Log".events_rest PARTITION OF "Event Log".events DEFAULT;
CREATE TABLE "Event Log".events_d PARTITION OF "Event Log".events FOR VALUES IN (4) PARTITION BY RANGE (id);
CREATE TABLE "Event Log".events_d1 PARTITION OF "Event Log".events_d FOR VALUES FROM (0) TO (1000);
CREATE INDEX d_note ON "Event Log".events_d ("Note");
CREATE INDEX "A note" ON "Event Log".events_a ("Note");
CREATE UNIQUE INDEX a_unique ON "Event Log".events_a (id, kind);
CREATE INDEX a_plain ON "Event Log".events_a (id, kind);
CREATE INDEX a_partial ON "Event Log".events_a ("Note") WHERE "Note" > 0;
CREATE INDEX a_include ON "Event Log".events_a ("Note") INCLUDE (id);
CREATE INDEX a_desc ON "Event Log".events_a ("Note" DESC);
CREATE INDEX events_note ON "Event Log".events ("Note");
CREATE UNIQUE INDEX events_id_kind ON "Event Log".events (id, kind);
CREATE INDEX events_expr ON "Event Log".events ((("Note" + 1)));
ALTER INDEX other."Events B_Note_idx" RENAME TO "B note";
ALTER INDEX other."Events B_expr_idx" RENAME TO "B expr";
CREATE INDEX "C own" ON "Event Log".events_c ("Note");

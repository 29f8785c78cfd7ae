-- Two indexes of a partitioned table on the same column, made in one order: their partitions' copies are named
-- _idx and _idx1 in that order. The desired state makes them in the other order, so the copies trade names.
CREATE SCHEMA "Event Log";
CREATE TABLE "Event Log".events (
    id integer NOT NULL,
    "Kind" smallint
) PARTITION BY LIST ("Kind");
CREATE TABLE "Event Log".events_a PARTITION OF "Event Log".events FOR VALUES IN (1);
CREATE TABLE "Event Log".events_rest PARTITION OF "Event Log".events DEFAULT;
CREATE INDEX events_first ON "Event Log".events ("Kind");
CREATE INDEX events_second ON "Event Log".events ("Kind");
INSERT INTO "Event Log".events VALUES (1, 1), (2, 5);

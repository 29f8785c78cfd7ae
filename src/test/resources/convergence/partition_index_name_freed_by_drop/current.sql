-- Two equal keys (and two equal indexes) of a partitioned table: the first made names its partitions' copies
-- first (_key, _idx), the second got _key1, _idx1. The desired state drops the first of each, and a database
-- built from it names the kept ones' copies _key and _idx: the kept copies are renamed to names that the dropped
-- ones' copies hold until they go.
CREATE SCHEMA "Event Log";
CREATE TABLE "Event Log".events (
    id integer NOT NULL,
    flag smallint,
    CONSTRAINT events_pkey PRIMARY KEY (id)
) PARTITION BY RANGE (id);
CREATE TABLE "Event Log".events_low PARTITION OF "Event Log".events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE "Event Log"."Events High" PARTITION OF "Event Log".events FOR VALUES FROM (100) TO (MAXVALUE);
ALTER TABLE "Event Log".events ADD CONSTRAINT events_first UNIQUE (flag, id);
ALTER TABLE "Event Log".events ADD CONSTRAINT events_second UNIQUE (flag, id);
CREATE INDEX events_a ON "Event Log".events (flag);
CREATE INDEX events_b ON "Event Log".events (flag);
INSERT INTO "Event Log".events VALUES (1, 1), (150, 2);

-- Two indexes of a partitioned table on the same column, one of which takes a partition's own index (made before
-- it) instead of a copy, and a second own index on the partition on that column: PostgreSQL names the copies of the
-- second parent index _idx on that partition and _idx1 on the other, names a file or a plan cannot reproduce by the
-- order of its statements alone (found by the schema-pair fuzzer, seeds 1016 and 2262442366897294708).
CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data".events (
    id integer NOT NULL,
    "At 19" bigint,
    CONSTRAINT events_pkey PRIMARY KEY (id)
) PARTITION BY RANGE (id);
CREATE TABLE "Sales Data".events_p1 PARTITION OF "Sales Data".events FOR VALUES FROM (MINVALUE) TO (100);
CREATE INDEX "local_idx-22" ON "Sales Data".events_p1 ("At 19");
CREATE TABLE "Sales Data".events_p2 PARTITION OF "Sales Data".events FOR VALUES FROM (100) TO (1000);
CREATE INDEX events_idx28 ON "Sales Data".events ("At 19");
INSERT INTO "Sales Data".events VALUES (1, 1000), (200, 2000);

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
CREATE INDEX local_idx41 ON "Sales Data".events_p1 ("At 19");
CREATE INDEX events_idx42 ON "Sales Data".events ("At 19") WHERE "At 19" IS NOT NULL;
CREATE TABLE "Sales Data".events_p3 PARTITION OF "Sales Data".events FOR VALUES FROM (1000) TO (2000);
CREATE INDEX own_p3 ON "Sales Data".events_p3 ("At 19") WHERE "At 19" IS NOT NULL;
CREATE TABLE "Sales Data"."events p4" PARTITION OF "Sales Data".events FOR VALUES FROM (2000) TO (3000)
    PARTITION BY HASH (id);
CREATE TABLE "Sales Data"."events p4 h0" PARTITION OF "Sales Data"."events p4" FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE "Sales Data"."events p4 h1" (id integer NOT NULL, "At 19" bigint);
CREATE INDEX "h1 own" ON "Sales Data"."events p4 h1" ("At 19");
ALTER TABLE "Sales Data"."events p4" ATTACH PARTITION "Sales Data"."events p4 h1"
    FOR VALUES WITH (MODULUS 2, REMAINDER 1);

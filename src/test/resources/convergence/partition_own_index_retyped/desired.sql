CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data".events (
    id integer NOT NULL,
    "Code" numeric(20,2) NOT NULL,
    region smallint NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id, region)
) PARTITION BY LIST (region);
CREATE TABLE "Sales Data"."events_p-1" PARTITION OF "Sales Data".events FOR VALUES IN (1);
CREATE INDEX "local Code" ON "Sales Data"."events_p-1" ("Code");
CREATE TABLE "Sales Data".events_hashed PARTITION OF "Sales Data".events FOR VALUES IN (2)
    PARTITION BY HASH (id);
CREATE TABLE "Sales Data".events_h0 PARTITION OF "Sales Data".events_hashed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE INDEX h0_code ON "Sales Data".events_h0 ("Code");
CREATE TABLE "Sales Data".events_h1 PARTITION OF "Sales Data".events_hashed FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE "Sales Data".events_rest PARTITION OF "Sales Data".events DEFAULT;
CREATE INDEX events_code ON "Sales Data".events ("Code");
CREATE INDEX events_code_positive ON "Sales Data".events ("Code") WHERE "Code" > 0;
ALTER INDEX "Sales Data"."events_p-1_pkey" RENAME TO "p-1 key";

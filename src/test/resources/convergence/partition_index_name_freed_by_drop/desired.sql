CREATE SCHEMA "Event Log";
CREATE TABLE "Event Log".events (
    id integer NOT NULL,
    flag smallint,
    CONSTRAINT events_pkey PRIMARY KEY (id)
) PARTITION BY RANGE (id);
CREATE TABLE "Event Log".events_low PARTITION OF "Event Log".events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE "Event Log"."Events High" PARTITION OF "Event Log".events FOR VALUES FROM (100) TO (MAXVALUE);
ALTER TABLE "Event Log".events ADD CONSTRAINT events_second UNIQUE (flag, id);
CREATE INDEX events_b ON "Event Log".events (flag);

-- Generated columns change type: PostgreSQL refuses a USING there and computes them again (fuzz seed 1143).
CREATE SCHEMA "Shop";
CREATE TABLE "Shop".items (id int PRIMARY KEY, qty int NOT NULL, "Double" bigint GENERATED ALWAYS AS (qty * 2) STORED);
CREATE TABLE "Shop".events (
    id bigint NOT NULL,
    flag integer DEFAULT 2 NOT NULL,
    twice numeric(12,2) GENERATED ALWAYS AS (flag * 2) STORED
) PARTITION BY RANGE (id);
CREATE TABLE "Shop".events_low PARTITION OF "Shop".events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE "Shop".events_rest PARTITION OF "Shop".events DEFAULT;
CREATE INDEX events_rest_twice ON "Shop".events_rest (twice);

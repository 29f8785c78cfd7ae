CREATE SCHEMA "Shop";
CREATE TABLE "Shop".items (id int PRIMARY KEY, qty int NOT NULL, "Double" integer GENERATED ALWAYS AS (qty * 2) STORED);
CREATE TABLE "Shop".events (
    id bigint NOT NULL,
    flag integer DEFAULT 2 NOT NULL,
    twice integer GENERATED ALWAYS AS (flag * 2) STORED
) PARTITION BY RANGE (id);
CREATE TABLE "Shop".events_low PARTITION OF "Shop".events FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE "Shop".events_rest PARTITION OF "Shop".events DEFAULT;
CREATE INDEX events_rest_twice ON "Shop".events_rest (twice);
INSERT INTO "Shop".items (id, qty) VALUES (1, 3);
INSERT INTO "Shop".events (id, flag) VALUES (1, 5), (500, 7);

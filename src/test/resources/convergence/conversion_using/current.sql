CREATE SCHEMA "Log";
CREATE TABLE "Log".events (
    id bigint PRIMARY KEY,
    happened bigint NOT NULL,
    "Flag" integer,
    amount text,
    payload text
);
CREATE INDEX events_happened ON "Log".events (happened);
INSERT INTO "Log".events VALUES (1, 0, 1, '12', '{"a": 1}'), (2, 86400, 0, ' 7 ', '[]'), (3, 1700000000, NULL, NULL, NULL);
CREATE VIEW "Log".recent AS SELECT id, happened FROM "Log".events;

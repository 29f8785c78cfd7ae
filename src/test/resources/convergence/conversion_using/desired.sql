CREATE SCHEMA "Log";
-- happened: epoch seconds to timestamp, which PostgreSQL has no cast for (the hint gives the conversion);
-- "Flag": integer to boolean and amount: text to integer have explicit casts; payload: text to jsonb
CREATE TABLE "Log".events (
    id bigint PRIMARY KEY,
    happened timestamp NOT NULL, -- converge:using to_timestamp(happened) AT TIME ZONE 'UTC'
    "Flag" boolean,
    amount integer,
    payload jsonb
);
CREATE INDEX events_happened ON "Log".events (happened);
CREATE VIEW "Log".recent AS SELECT id, happened FROM "Log".events;

CREATE SCHEMA "Stats";

CREATE TABLE "Stats".events (
    id bigint PRIMARY KEY,
    payload text,
    "Note" text,
    code integer,
    body text,
    kept text,
    tag varchar(10)
);
ALTER TABLE "Stats".events ALTER COLUMN tag SET STORAGE EXTERNAL;
ALTER TABLE "Stats".events ALTER COLUMN payload SET STATISTICS 500;
ALTER TABLE "Stats".events ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE "Stats".events ALTER COLUMN "Note" SET (n_distinct = -0.5);
ALTER TABLE "Stats".events ALTER COLUMN body SET COMPRESSION lz4;
ALTER TABLE "Stats".events ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE "Stats".events ALTER COLUMN kept SET STATISTICS 50;
ALTER TABLE "Stats".events ALTER COLUMN code SET STATISTICS 200;
INSERT INTO "Stats".events VALUES (1, 'p', 'n', 7, 'b', 'k', 't'), (2, repeat('x', 5000), NULL, 8, repeat('y', 9000), NULL, NULL);

CREATE TABLE public.measures (
    at date NOT NULL,
    reading numeric,
    label varchar(20)
) PARTITION BY RANGE (at);
CREATE TABLE public.measures_2025 PARTITION OF public.measures FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.measures ALTER COLUMN label SET STORAGE EXTERNAL;
INSERT INTO public.measures VALUES ('2025-03-01', 1.5, 'a');

CREATE VIEW "Stats".event_codes AS SELECT id, code FROM "Stats".events;

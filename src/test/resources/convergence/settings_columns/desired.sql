CREATE SCHEMA "Stats";

-- payload: statistics changed, storage back to the type's; "Note": options changed and one added;
-- code: retyped, keeps its statistics; tag: retyped, keeps its storage; body: compression and storage changed; kept: unchanged
CREATE TABLE "Stats".events (
    id bigint PRIMARY KEY,
    payload text,
    "Note" text,
    code bigint,
    body text,
    kept text,
    tag text,
    added text
);
ALTER TABLE "Stats".events ALTER COLUMN payload SET STATISTICS 1000;
ALTER TABLE "Stats".events ALTER COLUMN "Note" SET (n_distinct = 100, n_distinct_inherited = -1);
ALTER TABLE "Stats".events ALTER COLUMN code SET STATISTICS 200;
ALTER TABLE "Stats".events ALTER COLUMN tag SET STORAGE EXTERNAL;
ALTER TABLE "Stats".events ALTER COLUMN body SET COMPRESSION DEFAULT;
ALTER TABLE "Stats".events ALTER COLUMN body SET STORAGE EXTENDED;
ALTER TABLE "Stats".events ALTER COLUMN kept SET STATISTICS 50;
ALTER TABLE "Stats".events ALTER COLUMN added SET STORAGE EXTERNAL;
ALTER TABLE "Stats".events ALTER COLUMN added SET COMPRESSION pglz;

CREATE TABLE public.measures (
    at date NOT NULL,
    reading numeric,
    label varchar(20)
) PARTITION BY RANGE (at);
CREATE TABLE public.measures_2025 PARTITION OF public.measures FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.measures_2026 PARTITION OF public.measures FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.measures ALTER COLUMN reading SET STATISTICS 300;
ALTER TABLE public.measures ALTER COLUMN label SET STORAGE MAIN;

-- a new table with settings of its own
CREATE TABLE public.fresh (
    id integer,
    doc text
);
ALTER TABLE public.fresh ALTER COLUMN doc SET STORAGE EXTERNAL;
ALTER TABLE public.fresh ALTER COLUMN doc SET STATISTICS 10;
ALTER TABLE public.fresh ALTER COLUMN id SET (n_distinct = -1);

CREATE VIEW "Stats".event_codes AS SELECT id, code FROM "Stats".events;

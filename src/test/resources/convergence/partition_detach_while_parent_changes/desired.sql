CREATE SCHEMA "Ev";
CREATE SCHEMA "Ev Side";
CREATE TABLE "Ev".events (
    id integer NOT NULL,
    kind text NOT NULL,
    score integer DEFAULT 0,
    CONSTRAINT "Kind known" CHECK (kind <> '')
) PARTITION BY LIST (kind);
-- leaves: keeps payload, none of the parent's checks, and kind becomes nullable
CREATE TABLE "Ev".events_click (
    id integer NOT NULL,
    kind text,
    payload text,
    score integer DEFAULT 0
);
-- leaves: keeps one check as it is, the other with a new definition
CREATE TABLE "Ev".events_view (
    id integer NOT NULL,
    kind text NOT NULL,
    payload text,
    score integer DEFAULT 0,
    CONSTRAINT events_score_check CHECK (score > -1),
    CONSTRAINT "Kind known" CHECK (kind <> '')
);
CREATE TABLE "Ev".events_buy PARTITION OF "Ev".events FOR VALUES IN ('buy');
CREATE TABLE "Ev Side"."Events ""Other""" (
    id integer NOT NULL,
    kind text NOT NULL,
    payload text,
    score integer DEFAULT 0
);
CREATE TABLE "Ev".logs (
    id integer NOT NULL,
    at date NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE "Ev".logs_2024 PARTITION OF "Ev".logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    PARTITION BY RANGE (at);
CREATE TABLE "Ev".logs_2024_h1 (
    id integer NOT NULL,
    at date NOT NULL,
    body text,
    CONSTRAINT logs_id_check CHECK (id > 0)
);
CREATE TABLE "Ev".logs_2024_h2 PARTITION OF "Ev".logs_2024 FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');

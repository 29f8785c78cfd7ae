CREATE SCHEMA "Ev";
CREATE SCHEMA "Ev Side";
CREATE TABLE "Ev".events (
    id integer NOT NULL,
    kind text NOT NULL,
    payload text,
    score integer DEFAULT 0,
    CONSTRAINT events_score_check CHECK (score >= 0),
    CONSTRAINT "Kind known" CHECK (kind <> '')
) PARTITION BY LIST (kind);
CREATE TABLE "Ev".events_click PARTITION OF "Ev".events FOR VALUES IN ('click');
CREATE TABLE "Ev".events_view PARTITION OF "Ev".events FOR VALUES IN ('view');
CREATE TABLE "Ev".events_buy PARTITION OF "Ev".events FOR VALUES IN ('buy');
CREATE TABLE "Ev Side"."Events ""Other""" PARTITION OF "Ev".events FOR VALUES IN ('other');
-- two levels: the leaf leaves the middle while the top drops a column and a check
CREATE TABLE "Ev".logs (
    id integer NOT NULL,
    at date NOT NULL,
    body text,
    CONSTRAINT logs_id_check CHECK (id > 0)
) PARTITION BY RANGE (at);
CREATE TABLE "Ev".logs_2024 PARTITION OF "Ev".logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    PARTITION BY RANGE (at);
CREATE TABLE "Ev".logs_2024_h1 PARTITION OF "Ev".logs_2024 FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE "Ev".logs_2024_h2 PARTITION OF "Ev".logs_2024 FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');
INSERT INTO "Ev".events VALUES (1, 'click', 'click payload', 1), (2, 'view', 'view payload', 2),
    (3, 'buy', 'buy payload', 3), (4, 'other', 'other payload', 4);
INSERT INTO "Ev".logs VALUES (5, '2024-02-01', 'h1 body'), (6, '2024-08-01', 'h2 body');

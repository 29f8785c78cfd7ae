-- pg_dump's way: an index on ONLY the parent, each partition's index created on its own and attached, on every
-- level of a multi-level partitioning; the partition indexes keep the names given here.
CREATE SCHEMA app;
CREATE TABLE app."Events" (id int NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app."Events" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.events_2025 PARTITION OF app."Events" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY LIST (kind);
CREATE TABLE app.events_2025_a PARTITION OF app.events_2025 FOR VALUES IN ('a');
CREATE INDEX "Events_kind" ON ONLY app."Events" (kind);
CREATE INDEX "ev 2024 kind" ON app.events_2024 (kind);
ALTER INDEX app."Events_kind" ATTACH PARTITION app."ev 2024 kind";
CREATE INDEX ev2025_kind ON ONLY app.events_2025 (kind);
ALTER INDEX app."Events_kind" ATTACH PARTITION app.ev2025_kind;
CREATE INDEX ev2025a_kind ON app.events_2025_a (kind);
ALTER INDEX app.ev2025_kind ATTACH PARTITION app.ev2025a_kind;

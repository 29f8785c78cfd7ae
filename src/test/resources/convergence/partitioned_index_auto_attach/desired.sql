-- A parent index over partitions where one already has the matching index: PostgreSQL attaches it; the other
-- partition's index gets the name given here.
CREATE TABLE logs (id int NOT NULL, at date NOT NULL, level text) PARTITION BY RANGE (at);
CREATE TABLE logs_1 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_2 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX logs_1_level ON logs_1 (level);
CREATE INDEX logs_level ON logs (level);
ALTER INDEX logs_2_level_idx RENAME TO "logs 2 level";
CREATE TABLE logs_3 PARTITION OF logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER INDEX logs_3_level_idx RENAME TO logs_3_lvl;

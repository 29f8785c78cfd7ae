-- A column added to the parent reaches every partition; a key and an index on the parent are cloned onto the
-- partitions by PostgreSQL; a partition gets a check of its own; a sub-partitioned partition, a default partition.
CREATE SCHEMA app;
CREATE TABLE app.measurements (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    value numeric,
    unit text DEFAULT 'kg',
    PRIMARY KEY (id, taken_on)
) PARTITION BY RANGE (taken_on);
CREATE INDEX measurements_value_idx ON app.measurements (value);
CREATE TABLE app.measurements_2024 PARTITION OF app.measurements (CONSTRAINT positive CHECK (value > 0))
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.measurements_2025 PARTITION OF app.measurements
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY HASH (id);
CREATE TABLE app.measurements_2025_0 PARTITION OF app.measurements_2025 FOR VALUES WITH (MODULUS 1, REMAINDER 0);
CREATE TABLE app.measurements_rest PARTITION OF app.measurements DEFAULT;
COMMENT ON TABLE app.measurements_2024 IS 'this year';
CREATE TABLE app.orders (id int NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE app.orders_eu PARTITION OF app.orders FOR VALUES IN ('DE', 'FR', 'IT');

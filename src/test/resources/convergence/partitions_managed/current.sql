CREATE SCHEMA app;
CREATE TABLE app.measurements (
    id bigint NOT NULL,
    taken_on date NOT NULL,
    value numeric
) PARTITION BY RANGE (taken_on);
CREATE TABLE app.measurements_2024 PARTITION OF app.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.measurements_old PARTITION OF app.measurements FOR VALUES FROM ('2000-01-01') TO ('2024-01-01');
INSERT INTO app.measurements VALUES (1, '2024-03-01', 1.5);
CREATE TABLE app.orders (id int NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE app.orders_eu PARTITION OF app.orders FOR VALUES IN ('DE', 'FR');

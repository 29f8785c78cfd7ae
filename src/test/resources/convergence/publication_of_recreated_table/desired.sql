CREATE SCHEMA app;
CREATE TABLE app.readings (id bigint NOT NULL, taken date NOT NULL, value numeric, note text) PARTITION BY RANGE (taken);
CREATE TABLE app.readings_2025 PARTITION OF app.readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app.sensors (id bigint PRIMARY KEY, name text);
CREATE PUBLICATION readings_pub FOR TABLE app.readings;
CREATE PUBLICATION sensors_pub FOR TABLE app.sensors (id, name);

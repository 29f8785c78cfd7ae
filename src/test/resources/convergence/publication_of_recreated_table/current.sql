-- A published table that the plan must drop and create again (it becomes partitioned), and a published column that
-- is dropped: the publications come back with it.
CREATE SCHEMA app;
CREATE TABLE app.readings (id bigint NOT NULL, taken date NOT NULL, value numeric, note text);
CREATE TABLE app.sensors (id bigint PRIMARY KEY, name text, location text);
CREATE PUBLICATION readings_pub FOR TABLE app.readings;
CREATE PUBLICATION sensors_pub FOR TABLE app.sensors (id, name, location);

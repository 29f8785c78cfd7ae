-- A plain table becomes partitioned (rows, the view on it, the foreign key into it, its comment and its owned
-- sequence survive), a partitioned table becomes plain (rows of all partitions kept), a partition key changes.
CREATE SCHEMA shop;
CREATE SEQUENCE shop.plain_seq;
CREATE TABLE shop."Plain" (id int NOT NULL DEFAULT nextval('shop.plain_seq'), day date NOT NULL, PRIMARY KEY (id, day))
    PARTITION BY RANGE (day);
ALTER SEQUENCE shop.plain_seq OWNED BY shop."Plain".id;
CREATE TABLE shop.plain_2024 PARTITION OF shop."Plain" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE VIEW shop.plain_view AS SELECT id FROM shop."Plain";
CREATE TABLE shop.refs (id int, day date, FOREIGN KEY (id, day) REFERENCES shop."Plain");
COMMENT ON TABLE shop."Plain" IS 'plain';
CREATE TABLE shop.was_partitioned (id int NOT NULL, k text NOT NULL);
CREATE TABLE shop.rekeyed (id int NOT NULL, k text NOT NULL, n int NOT NULL) PARTITION BY RANGE (n);
CREATE TABLE shop.rekeyed_low PARTITION OF shop.rekeyed FOR VALUES FROM (0) TO (10);

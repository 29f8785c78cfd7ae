-- A different partition key, and a table that becomes partitioned, can only be created again (their rows are
-- copied into the new tables, see partitioned_switch_kind).
CREATE TABLE readings (id int NOT NULL, day date NOT NULL, sensor text NOT NULL) PARTITION BY LIST (sensor);
CREATE TABLE readings_a PARTITION OF readings FOR VALUES IN ('a');
CREATE TABLE plain (id int NOT NULL) PARTITION BY HASH (id);
CREATE TABLE plain_0 PARTITION OF plain FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE plain_1 PARTITION OF plain FOR VALUES WITH (MODULUS 2, REMAINDER 1);

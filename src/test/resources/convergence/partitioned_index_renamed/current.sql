CREATE SCHEMA "my app";
CREATE TABLE "my app".t (id int NOT NULL, k int NOT NULL, v text, PRIMARY KEY (id, k)) PARTITION BY HASH (k);
CREATE TABLE "my app".t_0 PARTITION OF "my app".t FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE "my app".t_1 PARTITION OF "my app".t FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX t_v ON "my app".t (v);
INSERT INTO "my app".t VALUES (1, 1, 'a'), (2, 2, 'b');

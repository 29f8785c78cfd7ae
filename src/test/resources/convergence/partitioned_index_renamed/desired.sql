-- The partitions' copies of the parent's index and key renamed: the drift is seen and renamed in place.
CREATE SCHEMA "my app";
CREATE TABLE "my app".t (id int NOT NULL, k int NOT NULL, v text, PRIMARY KEY (id, k)) PARTITION BY HASH (k);
CREATE TABLE "my app".t_0 PARTITION OF "my app".t FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE "my app".t_1 PARTITION OF "my app".t FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX t_v ON "my app".t (v);
ALTER INDEX "my app".t_0_v_idx RENAME TO "T0 v";
ALTER INDEX "my app".t_1_pkey RENAME TO t1_key;

-- A partitioned table, a partition and a partition that is partitioned itself, with rows, before the parent gains
-- columns.
CREATE SCHEMA "Part Cols";
CREATE SCHEMA other;
CREATE TABLE "Part Cols".pp (id int, x int) PARTITION BY RANGE (id);
CREATE TABLE "Part Cols"."P 1" PARTITION OF "Part Cols".pp FOR VALUES FROM (0) TO (10);
CREATE TABLE other.p2 PARTITION OF "Part Cols".pp FOR VALUES FROM (10) TO (20) PARTITION BY RANGE (id);
CREATE TABLE other.p21 PARTITION OF other.p2 FOR VALUES FROM (10) TO (15);
INSERT INTO "Part Cols".pp VALUES (1, 1), (11, 11);

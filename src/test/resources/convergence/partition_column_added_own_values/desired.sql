-- The parent gains columns with defaults; the partitions hold values of their own on them: no default
-- (DEFAULT NULL), another default, NOT NULL, statistics, a comment, a column privilege. The partitioned partition
-- sets its own default, which its partition does not take.
CREATE SCHEMA "Part Cols";
CREATE SCHEMA other;
CREATE TABLE "Part Cols".pp (id int, x int, pd text DEFAULT 'pp', "P n" int DEFAULT 0, pv varchar(4) DEFAULT 'v',
    pc int DEFAULT 5) PARTITION BY RANGE (id);
CREATE TABLE "Part Cols"."P 1" PARTITION OF "Part Cols".pp (pd DEFAULT NULL, "P n" NOT NULL, pv DEFAULT NULL)
    FOR VALUES FROM (0) TO (10);
ALTER TABLE "Part Cols"."P 1" ALTER COLUMN pd SET STATISTICS 200;
COMMENT ON COLUMN "Part Cols"."P 1".pd IS 'the partition''s';
GRANT SELECT (pc) ON "Part Cols"."P 1" TO PUBLIC;
CREATE TABLE other.p2 PARTITION OF "Part Cols".pp FOR VALUES FROM (10) TO (20) PARTITION BY RANGE (id);
CREATE TABLE other.p21 PARTITION OF other.p2 (pd DEFAULT 'own', "P n" NOT NULL) FOR VALUES FROM (10) TO (15);
ALTER TABLE ONLY other.p2 ALTER COLUMN pc SET DEFAULT 6;
COMMENT ON COLUMN other.p21.pv IS 'leaf';

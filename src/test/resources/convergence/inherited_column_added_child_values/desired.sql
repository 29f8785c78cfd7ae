-- The parent gains columns with defaults; the child and grandchild hold values of their own on them, as pg_dump
-- writes them: no default (SET DEFAULT NULL, "not the parent's"), another default, NOT NULL the parent has not,
-- statistics, storage, compression and attribute options, a comment, a column privilege.
CREATE SCHEMA "Inh Cols";
CREATE SCHEMA other;
CREATE TABLE "Inh Cols".parent (id int, d1 text DEFAULT 'p', "D 2" int DEFAULT 7, nn int DEFAULT 0, st text,
    cm varchar(10) DEFAULT 'x', vn varchar(5) DEFAULT 'v', keep int DEFAULT 3 NOT NULL);
CREATE TABLE "Inh Cols"."Child A" () INHERITS ("Inh Cols".parent);
ALTER TABLE ONLY "Inh Cols"."Child A" ALTER COLUMN d1 SET DEFAULT NULL;
ALTER TABLE ONLY "Inh Cols"."Child A" ALTER COLUMN "D 2" SET DEFAULT 9;
ALTER TABLE ONLY "Inh Cols"."Child A" ALTER COLUMN vn SET DEFAULT NULL;
ALTER TABLE ONLY "Inh Cols"."Child A" ALTER COLUMN nn SET NOT NULL;
ALTER TABLE ONLY "Inh Cols"."Child A" ALTER COLUMN st SET STATISTICS 300;
ALTER TABLE ONLY "Inh Cols"."Child A" ALTER COLUMN st SET STORAGE MAIN;
ALTER TABLE ONLY "Inh Cols"."Child A" ALTER COLUMN st SET (n_distinct = 5);
ALTER TABLE ONLY "Inh Cols"."Child A" ALTER COLUMN st SET COMPRESSION pglz;
COMMENT ON COLUMN "Inh Cols"."Child A".cm IS 'the child''s';
GRANT SELECT (cm), UPDATE ("D 2") ON "Inh Cols"."Child A" TO PUBLIC;
CREATE TABLE other.grand () INHERITS ("Inh Cols"."Child A");
ALTER TABLE ONLY other.grand ALTER COLUMN "D 2" DROP DEFAULT;
ALTER TABLE ONLY other.grand ALTER COLUMN cm SET DEFAULT 'g';
ALTER TABLE ONLY other.grand ALTER COLUMN d1 SET DEFAULT 'p';
ALTER TABLE ONLY other.grand ALTER COLUMN nn SET NOT NULL;

-- DEFAULT NULL on parent columns with a type modifier (stored as NULL::type), which CREATE TABLE ... PARTITION OF
-- and INHERITS copy to the partition and the child: the copy equals the parent's default and is the column's default.
CREATE SCHEMA "Null Copies";
CREATE TABLE "Null Copies".parent (id int, label varchar(20) DEFAULT NULL, at timestamp(0) DEFAULT NULL)
    PARTITION BY RANGE (id);
CREATE TABLE "Null Copies".p1 PARTITION OF "Null Copies".parent FOR VALUES FROM (0) TO (10);
CREATE TABLE "Null Copies".base (id int, code char(3) DEFAULT NULL, amount numeric(5,2) DEFAULT NULL);
CREATE TABLE "Null Copies".child () INHERITS ("Null Copies".base);
ALTER TABLE ONLY "Null Copies".child ALTER COLUMN code SET DEFAULT NULL;
INSERT INTO "Null Copies".base VALUES (1);

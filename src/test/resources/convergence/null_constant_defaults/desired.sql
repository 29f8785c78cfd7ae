-- DEFAULT NULL stored as a NULL cast is a default like any other on a plain table, a partition whose parent has no
-- default and an inheritance child; on a partition whose parent has a default (p2) it says "not the parent's", as in
-- pg_dump's output, and reads as no default.
CREATE SCHEMA "Null Defaults";
CREATE DOMAIN "Null Defaults".code AS varchar(8);
CREATE TABLE "Null Defaults".items (
    id int PRIMARY KEY,
    name varchar(100) DEFAULT NULL,
    price numeric(5,2) DEFAULT NULL,
    code "Null Defaults".code DEFAULT NULL,
    note varchar(20)
);
CREATE TABLE "Null Defaults".parent (id int, amount numeric(5,2)) PARTITION BY RANGE (id);
CREATE TABLE "Null Defaults".p1 PARTITION OF "Null Defaults".parent (amount DEFAULT NULL) FOR VALUES FROM (0) TO (10);
CREATE TABLE "Null Defaults".base (id int, label varchar(10));
CREATE TABLE "Null Defaults".child () INHERITS ("Null Defaults".base);
ALTER TABLE ONLY "Null Defaults".child ALTER COLUMN label SET DEFAULT NULL;
CREATE TABLE "Null Defaults".dparent (id int, amount numeric(5,2) DEFAULT 1.5) PARTITION BY RANGE (id);
CREATE TABLE "Null Defaults".p2 PARTITION OF "Null Defaults".dparent (amount DEFAULT NULL) FOR VALUES FROM (0) TO (10);

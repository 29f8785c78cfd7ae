-- Columns without defaults that the desired state gives DEFAULT NULL, which PostgreSQL stores as a NULL cast for a
-- type with a modifier or a domain (pg_dump shows it); one already has it and loses it.
CREATE SCHEMA "Null Defaults";
CREATE DOMAIN "Null Defaults".code AS varchar(8);
CREATE TABLE "Null Defaults".items (
    id int PRIMARY KEY,
    name varchar(100),
    price numeric(5,2),
    code "Null Defaults".code,
    note varchar(20) DEFAULT NULL
);
INSERT INTO "Null Defaults".items (id) VALUES (1);
CREATE TABLE "Null Defaults".parent (id int, amount numeric(5,2)) PARTITION BY RANGE (id);
CREATE TABLE "Null Defaults".p1 PARTITION OF "Null Defaults".parent FOR VALUES FROM (0) TO (10);
CREATE TABLE "Null Defaults".base (id int, label varchar(10));
CREATE TABLE "Null Defaults".child () INHERITS ("Null Defaults".base);

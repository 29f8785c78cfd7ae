-- The parents lose DEFAULT NULL on one column each: the copies go with it; the other columns keep theirs.
CREATE SCHEMA "Null Copies";
CREATE TABLE "Null Copies".parent (id int, label varchar(20), at timestamp(0) DEFAULT NULL) PARTITION BY RANGE (id);
CREATE TABLE "Null Copies".p1 PARTITION OF "Null Copies".parent FOR VALUES FROM (0) TO (10);
CREATE TABLE "Null Copies".base (id int, code char(3), amount numeric(5,2) DEFAULT NULL);
CREATE TABLE "Null Copies".child () INHERITS ("Null Copies".base);

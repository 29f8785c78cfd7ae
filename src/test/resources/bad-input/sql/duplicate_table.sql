-- expect: duplicate_table.sql:4:
-- expect: relation "t" already exists
CREATE TABLE t (id int);
CREATE TABLE t (id bigint);

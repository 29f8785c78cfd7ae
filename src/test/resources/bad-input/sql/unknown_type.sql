-- expect: unknown_type.sql:4:
-- expect: nosuchtype
CREATE TABLE ok (id int PRIMARY KEY);
CREATE TABLE t (id int, v nosuchtype);

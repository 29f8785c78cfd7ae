-- expect: syntax_error.sql:3:24: syntax error at or near ","
CREATE TABLE ok (id int PRIMARY KEY);
CREATE TABLE t (id int,, v text);

-- expect: invalid_utf8.sql:2:17: not valid UTF-8
CREATE TABLE café (id int);

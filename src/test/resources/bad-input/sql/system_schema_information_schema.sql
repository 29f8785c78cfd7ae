-- expect: table information_schema.mine
-- expect: outside the managed schemas
CREATE TABLE ok (id int PRIMARY KEY);
CREATE TABLE information_schema.mine (id int);

CREATE SCHEMA test;
CREATE TABLE test.items (id int PRIMARY KEY, name text NOT NULL);
CREATE SCHEMA untouched;
CREATE TABLE untouched.t (id int);

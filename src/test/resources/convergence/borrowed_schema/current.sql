CREATE SCHEMA test;
CREATE TABLE test.old (id int PRIMARY KEY);
CREATE SCHEMA untouched;
CREATE TABLE untouched.t (id int);

CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));
CREATE SCHEMA other;
CREATE TABLE other.keep (id int);

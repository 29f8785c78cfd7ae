CREATE SCHEMA other;
CREATE TABLE other.keep (id int);

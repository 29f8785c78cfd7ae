CREATE TABLE keep (a integer, b integer);
CREATE FUNCTION sum_keep() RETURNS bigint LANGUAGE sql RETURN (SELECT sum(b) FROM keep);
CREATE FUNCTION gone() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM keep);

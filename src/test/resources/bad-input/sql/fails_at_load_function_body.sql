-- expect: fails_at_load_function_body.sql:4:
-- expect: relation "nosuchtable" does not exist
CREATE TABLE ok (id int PRIMARY KEY);
CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM nosuchtable';

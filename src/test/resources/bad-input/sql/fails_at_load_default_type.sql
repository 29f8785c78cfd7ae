-- expect: fails_at_load_default_type.sql:3:32:
-- expect: invalid input syntax for type integer
CREATE TABLE t (id int DEFAULT 'not a number');

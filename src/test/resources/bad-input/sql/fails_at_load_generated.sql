-- expect: fails_at_load_generated.sql:3:
-- expect: generation expression is not immutable
CREATE TABLE t (id int, r double precision GENERATED ALWAYS AS (random()) STORED);

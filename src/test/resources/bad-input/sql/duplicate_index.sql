-- expect: duplicate_index.sql:5:
-- expect: already exists
CREATE TABLE t (id int, v text);
CREATE INDEX t_v ON t (v);
CREATE INDEX t_v ON t (id);

CREATE TABLE t (id int PRIMARY KEY, a text, CONSTRAINT t_a_check CHECK (a <> ''));
CREATE INDEX t_a_idx ON t (a);
CREATE SEQUENCE s;
CREATE TYPE e AS ENUM ('x');
COMMENT ON TABLE t IS 'old';
COMMENT ON COLUMN t.a IS 'gone';

CREATE TABLE t (id int PRIMARY KEY, a text, b int, c jsonb);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
CREATE INDEX t_gone_idx ON t (a, b);

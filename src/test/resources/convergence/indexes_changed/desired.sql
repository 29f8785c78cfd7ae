CREATE TABLE t (id int PRIMARY KEY, a text, b int, c jsonb);
CREATE INDEX t_a_idx ON t (a text_pattern_ops);
CREATE UNIQUE INDEX t_b_idx ON t (b DESC NULLS LAST) WHERE b > 0;
CREATE INDEX t_c_idx ON t USING gin (c jsonb_path_ops);
CREATE INDEX t_expr_idx ON t ((lower(a))) INCLUDE (b);

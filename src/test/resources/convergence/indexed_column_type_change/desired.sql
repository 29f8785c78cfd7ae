CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE, n bigint);
CREATE INDEX t_n_idx ON t (n) WHERE n > 0;

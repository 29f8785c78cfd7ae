CREATE TABLE t (id int PRIMARY KEY, code varchar(10) UNIQUE, n int);
CREATE INDEX t_n_idx ON t (n) WHERE n > 0;

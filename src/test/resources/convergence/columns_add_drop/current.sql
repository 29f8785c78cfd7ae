CREATE TABLE t (id int PRIMARY KEY, old_col text, keep text);

CREATE TABLE t (id int PRIMARY KEY, qty text DEFAULT '5', price numeric(8,2), name varchar(10));
CREATE INDEX t_qty_idx ON t (qty);
CREATE INDEX t_name_idx ON t (name);

CREATE TABLE t (id bigint PRIMARY KEY, qty integer DEFAULT 5, price numeric(12,2), name varchar(50));
CREATE INDEX t_qty_idx ON t (qty);
CREATE INDEX t_name_idx ON t (name);

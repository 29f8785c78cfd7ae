CREATE TABLE t (id int PRIMARY KEY, keep text, new_col integer NOT NULL DEFAULT 7, serial_col bigserial);

CREATE TABLE t (id int PRIMARY KEY, a text, b text DEFAULT 'b', c int NOT NULL, d timestamptz);

CREATE TABLE t (id int PRIMARY KEY, a text NOT NULL DEFAULT 'a', b text, c int, d timestamptz DEFAULT now());

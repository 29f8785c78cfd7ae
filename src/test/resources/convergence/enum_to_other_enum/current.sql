CREATE TYPE old_state AS ENUM ('a', 'b');
CREATE TYPE new_state AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id int PRIMARY KEY, s old_state);
INSERT INTO t VALUES (1, 'b');

CREATE TABLE p (id int PRIMARY KEY, code text);
CREATE TABLE t (id int, p_id int, v int, CONSTRAINT t_v_check CHECK (v > 0), CONSTRAINT t_code_key UNIQUE (v));

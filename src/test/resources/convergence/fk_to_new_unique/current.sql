CREATE TABLE p (id int PRIMARY KEY, code text);
CREATE TABLE c (id int PRIMARY KEY, p_code text);

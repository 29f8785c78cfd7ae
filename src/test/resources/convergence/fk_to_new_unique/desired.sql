CREATE TABLE p (id int PRIMARY KEY, code text CONSTRAINT p_code_key UNIQUE);
CREATE TABLE c (id int PRIMARY KEY, p_code text REFERENCES p (code));

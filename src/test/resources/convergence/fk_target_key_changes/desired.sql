CREATE TABLE p (id int PRIMARY KEY, code text, CONSTRAINT p_code_key UNIQUE (code) WITH (fillfactor = 70));
CREATE TABLE c (id int PRIMARY KEY, p_code text REFERENCES p (code));

CREATE TABLE p (id int CONSTRAINT p_pkey PRIMARY KEY, code text);
CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p (id));

CREATE TABLE accounts_old (id int PRIMARY KEY, username varchar(50) NOT NULL);
INSERT INTO accounts_old VALUES (1, 'ann');

CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'ecstatic');
CREATE TYPE size AS ENUM ('s', 'm', 'l');
CREATE TABLE t (id int PRIMARY KEY, m mood DEFAULT 'ok', s size);

CREATE TYPE status AS ENUM ('a', 'b');
CREATE SEQUENCE counter;
CREATE TABLE t (id serial PRIMARY KEY, s status NOT NULL DEFAULT 'a', n bigint DEFAULT nextval('counter'));

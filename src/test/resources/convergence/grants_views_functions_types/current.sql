DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'converge_reader') THEN CREATE ROLE converge_reader; END IF;
END $$;
CREATE TABLE items (id int PRIMARY KEY, price int);
CREATE VIEW cheap AS SELECT id, price FROM items WHERE price < 10;
GRANT SELECT ON cheap TO converge_reader;
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql AS 'SELECT sum(price) FROM items';
CREATE FUNCTION secret() RETURNS int LANGUAGE sql AS 'SELECT 42';
CREATE DOMAIN money_cents AS bigint CHECK (VALUE >= 0);
CREATE TYPE pair AS (a int, b int);

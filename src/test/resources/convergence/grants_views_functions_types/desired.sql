-- Privileges on views (and their columns), materialized views, functions, procedures, domains and composite
-- types; a view re-created for a column type change gets its privileges again; PUBLIC's default EXECUTE revoked.
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'converge_reader') THEN CREATE ROLE converge_reader; END IF;
END $$;
CREATE TABLE items (id int PRIMARY KEY, price bigint);
CREATE VIEW cheap AS SELECT id, price FROM items WHERE price < 10;
GRANT SELECT ON cheap TO converge_reader;
GRANT UPDATE (price) ON cheap TO converge_reader;
CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM items;
GRANT SELECT ON totals TO converge_reader;
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql AS 'SELECT sum(price) FROM items';
GRANT EXECUTE ON FUNCTION total() TO converge_reader;
CREATE FUNCTION secret() RETURNS int LANGUAGE sql AS 'SELECT 42';
REVOKE EXECUTE ON FUNCTION secret() FROM PUBLIC;
CREATE PROCEDURE tidy() LANGUAGE sql AS 'DELETE FROM items WHERE price IS NULL';
GRANT EXECUTE ON PROCEDURE tidy() TO converge_reader WITH GRANT OPTION;
CREATE DOMAIN money_cents AS bigint CHECK (VALUE >= 0);
GRANT USAGE ON DOMAIN money_cents TO converge_reader;
CREATE TYPE pair AS (a int, b int);
REVOKE USAGE ON TYPE pair FROM PUBLIC;

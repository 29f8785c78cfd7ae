CREATE SCHEMA audit;

CREATE TYPE order_status AS ENUM ('open', 'closed');

-- A SQL-standard body: its inner semicolons must reach PostgreSQL as one statement.
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql
BEGIN ATOMIC
    SELECT 'c-' || md5(random()::text);
END;

CREATE TABLE customers (
    id bigint PRIMARY KEY,
    name text NOT NULL
);

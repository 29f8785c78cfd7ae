CREATE DOMAIN public.amount AS numeric(10,2) DEFAULT 1 CHECK (VALUE >= 0) CONSTRAINT amount_max CHECK (VALUE < 1000);
CREATE DOMAIN public.label AS text CHECK (length(VALUE) < 10);
COMMENT ON DOMAIN public.label IS 'short text';
CREATE DOMAIN public.widened AS bigint;
CREATE TABLE public.orders (id integer, total public.amount, tag public.label DEFAULT 'x');

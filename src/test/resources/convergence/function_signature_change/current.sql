CREATE FUNCTION total(a integer, b integer) RETURNS integer LANGUAGE sql AS $$ SELECT a + b $$;
CREATE FUNCTION label(n integer) RETURNS text LANGUAGE sql AS $$ SELECT n::text $$;
CREATE FUNCTION pick(x integer, y integer DEFAULT 0) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;
COMMENT ON FUNCTION label(integer) IS 'kept across the re-creation';

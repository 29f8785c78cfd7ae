-- Renamed arguments, a new result type, a removed default: OR REPLACE refuses each, so drop and create.
CREATE FUNCTION total(x integer, y integer) RETURNS integer LANGUAGE sql AS $$ SELECT x + y $$;
CREATE FUNCTION label(n integer) RETURNS varchar LANGUAGE sql AS $$ SELECT n::text $$;
CREATE FUNCTION pick(x integer, y integer) RETURNS integer LANGUAGE sql AS $$ SELECT x $$;
COMMENT ON FUNCTION label(integer) IS 'kept across the re-creation';

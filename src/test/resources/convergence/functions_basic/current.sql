CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 1 $$;
CREATE FUNCTION old_helper() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'old'; END $$;
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'hi ' || who; END $$;
COMMENT ON FUNCTION greet(text) IS 'says hi';

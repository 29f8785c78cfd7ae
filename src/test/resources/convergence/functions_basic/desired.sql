-- Body changed (replaced in place), one dropped, new ones used by a table's default and check, a comment.
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT x + 2 $$;
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'hello ' || who; END $$;
COMMENT ON FUNCTION greet(text) IS 'says hello';
CREATE FUNCTION next_label() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM items)::text; END $$;
CREATE FUNCTION is_positive(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 0 $$;
CREATE TABLE items (id integer PRIMARY KEY, label text DEFAULT next_label(), CHECK (is_positive(id)));
CREATE FUNCTION "Mixed Case"("In" integer DEFAULT 3, OUT "Out" text) LANGUAGE sql AS $$ SELECT "In"::text $$;

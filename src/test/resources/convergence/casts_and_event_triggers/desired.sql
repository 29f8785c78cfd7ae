-- Casts and event triggers (objects of no schema, attributed to their type's or function's): created, dropped,
-- re-created when their definition changes, commented, quoted names, a view using a cast, a cast whose function
-- is new, an event trigger on a new function and one disabled.
CREATE SCHEMA app;
CREATE TYPE app.point2 AS (x int, y int);
CREATE FUNCTION app.point2_text(app.point2) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$SELECT $1.x || ',' || $1.y$$;
CREATE CAST (app.point2 AS text) WITH FUNCTION app.point2_text(app.point2) AS ASSIGNMENT;
COMMENT ON CAST (app.point2 AS text) IS 'x,y';
CREATE FUNCTION app."Point Of"(t text) RETURNS app.point2 LANGUAGE sql IMMUTABLE
    AS $$SELECT ROW(split_part(t, ',', 1)::int, split_part(t, ',', 2)::int)::app.point2$$;
CREATE CAST (text AS app.point2) WITH FUNCTION app."Point Of"(text);
CREATE TABLE app.places (id int PRIMARY KEY, p app.point2);
CREATE VIEW app.place_labels AS SELECT id, p::text AS label FROM app.places;
CREATE FUNCTION app.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE FUNCTION app."Audit Drops"() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER changes_et ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION app.log_ddl();
ALTER EVENT TRIGGER changes_et DISABLE;
COMMENT ON EVENT TRIGGER changes_et IS 'create and alter';
CREATE EVENT TRIGGER "New ET" ON sql_drop EXECUTE FUNCTION app."Audit Drops"();

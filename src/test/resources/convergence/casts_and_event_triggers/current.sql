CREATE SCHEMA app;
CREATE TYPE app.point2 AS (x int, y int);
CREATE FUNCTION app.point2_text(app.point2) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$SELECT $1.x || ',' || $1.y$$;
CREATE CAST (app.point2 AS text) WITH FUNCTION app.point2_text(app.point2);
CREATE CAST (app.point2 AS bytea) WITH INOUT;
CREATE TABLE app.places (id int PRIMARY KEY, p app.point2);
INSERT INTO app.places VALUES (1, ROW(1, 2));
CREATE FUNCTION app.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN END$$;
CREATE EVENT TRIGGER old_et ON ddl_command_end EXECUTE FUNCTION app.log_ddl();
CREATE EVENT TRIGGER changes_et ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION app.log_ddl();
COMMENT ON EVENT TRIGGER changes_et IS 'old comment';

-- A changed procedure, a dropped one, a new one with a comment, and a function turned into a procedure.
CREATE TABLE log (msg text);
CREATE PROCEDURE write_log(m text) LANGUAGE sql AS $$ INSERT INTO log VALUES (upper(m)) $$;
CREATE PROCEDURE clear_log(INOUT n integer DEFAULT 0) LANGUAGE plpgsql AS $$ BEGIN DELETE FROM log; END $$;
COMMENT ON PROCEDURE clear_log(integer) IS 'empties the log';
CREATE PROCEDURE was_function() LANGUAGE sql AS $$ SELECT 1 $$;

CREATE TABLE log (msg text);
CREATE PROCEDURE write_log(m text) LANGUAGE sql AS $$ INSERT INTO log VALUES (m) $$;
CREATE PROCEDURE gone() LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE FUNCTION was_function() RETURNS void LANGUAGE sql AS $$ SELECT $$;

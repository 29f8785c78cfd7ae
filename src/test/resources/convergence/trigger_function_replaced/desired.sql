-- tf's body changes: CREATE OR REPLACE, its trigger is left alone. t_moved moves to a new function and the old
-- one is dropped: the trigger is dropped before its old function and created after its new one.
CREATE TABLE t (a integer);
CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := 1; RETURN NEW; END $$;
CREATE TRIGGER t_tf BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION tf();
CREATE FUNCTION new_tf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := 2; RETURN NEW; END $$;
CREATE TRIGGER t_moved BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION new_tf();

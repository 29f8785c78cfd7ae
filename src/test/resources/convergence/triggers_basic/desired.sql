-- Changed timing and WHEN, a dropped trigger, new ones (UPDATE OF, disabled, commented), a dropped table with its
-- trigger and function, and a new table whose trigger needs a new function.
CREATE TABLE t (id integer, updated_at timestamptz, note text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch();
CREATE TRIGGER t_audit AFTER INSERT OR UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION audit();
CREATE TRIGGER t_note AFTER UPDATE OF note ON t FOR EACH ROW EXECUTE FUNCTION audit();
ALTER TABLE t DISABLE TRIGGER t_note;
COMMENT ON TRIGGER t_note ON t IS 'watches notes';
CREATE TABLE fresh (a integer);
CREATE FUNCTION fresh_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := coalesce(NEW.a, 0); RETURN NEW; END $$;
CREATE TRIGGER "Fresh" BEFORE INSERT ON fresh FOR EACH ROW EXECUTE FUNCTION fresh_fn();

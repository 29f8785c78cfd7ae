CREATE SCHEMA app;
CREATE TABLE app.accounts (
    id integer PRIMARY KEY,
    name character varying(100) NOT NULL,
    balance numeric DEFAULT 0
);
CREATE TABLE app.audit (
    id integer,
    name text
);
CREATE FUNCTION app.accounts_v_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO app.accounts (id, name) VALUES (NEW.id, NEW.name);
    RETURN NEW;
END
$$;
-- re-created around the column's type change: its trigger comes back with it
CREATE VIEW app.accounts_v AS SELECT id, name FROM app.accounts;
CREATE TRIGGER accounts_v_insert INSTEAD OF INSERT ON app.accounts_v
    FOR EACH ROW EXECUTE FUNCTION app.accounts_v_write();
COMMENT ON TRIGGER accounts_v_insert ON app.accounts_v IS 'writes through';
-- the trigger changes (and a new one is added)
CREATE VIEW app."Quoted View" AS SELECT id FROM app.accounts;
CREATE TRIGGER "Ins Trig" INSTEAD OF INSERT OR UPDATE ON app."Quoted View"
    FOR EACH ROW EXECUTE FUNCTION app.accounts_v_write();
CREATE TRIGGER "Del Trig" INSTEAD OF DELETE ON app."Quoted View"
    FOR EACH ROW EXECUTE FUNCTION app.accounts_v_write();
CREATE RULE log_delete AS ON DELETE TO app.accounts DO ALSO INSERT INTO app.audit VALUES (old.id, old.name);
COMMENT ON RULE log_delete ON app.accounts IS 'audit trail';
CREATE RULE "No Update" AS ON UPDATE TO app.audit WHERE old.id > 0 DO INSTEAD NOTHING;
ALTER TABLE app.audit DISABLE RULE "No Update";
-- a rule on a view
CREATE RULE quoted_delete AS ON DELETE TO app."Quoted View" DO INSTEAD DELETE FROM app.accounts WHERE accounts.id = old.id;

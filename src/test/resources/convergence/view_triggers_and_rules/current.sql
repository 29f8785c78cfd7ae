CREATE SCHEMA app;
CREATE TABLE app.accounts (
    id integer PRIMARY KEY,
    name text NOT NULL,
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
CREATE VIEW app.accounts_v AS SELECT id, name FROM app.accounts;
CREATE TRIGGER accounts_v_insert INSTEAD OF INSERT ON app.accounts_v
    FOR EACH ROW EXECUTE FUNCTION app.accounts_v_write();
CREATE VIEW app."Quoted View" AS SELECT id FROM app.accounts;
CREATE TRIGGER "Ins Trig" INSTEAD OF INSERT ON app."Quoted View"
    FOR EACH ROW EXECUTE FUNCTION app.accounts_v_write();
-- a rule that reads a column whose type changes: re-created around the change
CREATE RULE log_delete AS ON DELETE TO app.accounts DO ALSO INSERT INTO app.audit VALUES (old.id, old.name);
CREATE RULE "No Update" AS ON UPDATE TO app.audit DO INSTEAD NOTHING;
CREATE RULE gone AS ON INSERT TO app.audit WHERE new.id < 0 DO INSTEAD NOTHING;
INSERT INTO app.accounts VALUES (1, 'one', 10);

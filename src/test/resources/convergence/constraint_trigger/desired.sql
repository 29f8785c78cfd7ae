-- A constraint trigger made deferrable and extended to UPDATE: dropped and created again.
CREATE TABLE acct (id integer PRIMARY KEY, balance integer);
CREATE FUNCTION check_balance() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER acct_balance AFTER INSERT OR UPDATE ON acct DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION check_balance();
CREATE CONSTRAINT TRIGGER acct_new AFTER DELETE ON acct FOR EACH ROW EXECUTE FUNCTION check_balance();

CREATE TABLE acct (id integer PRIMARY KEY, balance integer);
CREATE FUNCTION check_balance() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER acct_balance AFTER INSERT ON acct FOR EACH ROW EXECUTE FUNCTION check_balance();

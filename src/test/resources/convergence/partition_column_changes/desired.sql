-- Column changes on a partitioned table reach its partitions; keys, foreign keys to and from it, and a row
-- trigger (cloned onto each partition) stay managed on the parent only.
CREATE TABLE accounts (id int PRIMARY KEY, region text NOT NULL);
CREATE TABLE invoices (id int NOT NULL, account_id int NOT NULL REFERENCES accounts, amount bigint NOT NULL DEFAULT 0,
    region text NOT NULL, note text, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE INDEX invoices_account_idx ON invoices (account_id);
CREATE TABLE invoices_eu PARTITION OF invoices FOR VALUES IN ('eu');
CREATE TABLE invoices_us PARTITION OF invoices FOR VALUES IN ('us');
CREATE TRIGGER t BEFORE UPDATE OF amount, note ON invoices FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
CREATE TABLE payments (invoice_id int NOT NULL, region text NOT NULL,
    FOREIGN KEY (invoice_id, region) REFERENCES invoices (id, region) ON DELETE CASCADE);

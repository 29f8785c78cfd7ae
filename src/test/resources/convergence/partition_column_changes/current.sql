CREATE TABLE accounts (id int PRIMARY KEY, region text NOT NULL);
CREATE TABLE invoices (id int NOT NULL, account_id int NOT NULL REFERENCES accounts, amount int, region text NOT NULL,
    PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE invoices_eu PARTITION OF invoices FOR VALUES IN ('eu');
CREATE TABLE invoices_us PARTITION OF invoices FOR VALUES IN ('us');
CREATE TRIGGER t BEFORE UPDATE ON invoices FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger();
CREATE TABLE payments (invoice_id int NOT NULL, region text NOT NULL,
    FOREIGN KEY (invoice_id, region) REFERENCES invoices (id, region));
INSERT INTO accounts VALUES (1, 'eu');
INSERT INTO invoices VALUES (10, 1, 5, 'eu');
INSERT INTO payments VALUES (10, 'eu');

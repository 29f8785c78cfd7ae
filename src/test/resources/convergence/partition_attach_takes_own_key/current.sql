-- Tables with primary keys and unique constraints equal to the partitioned table's key, attached in the desired
-- state.
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer NOT NULL, year integer NOT NULL, total numeric) PARTITION BY LIST (year);
ALTER TABLE billing.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id, year);
CREATE TABLE billing.invoices_2023 PARTITION OF billing.invoices FOR VALUES IN (2023);
CREATE INDEX "Invoices total" ON billing.invoices (total);
CREATE TABLE billing.invoices_2024 (id integer NOT NULL, year integer NOT NULL, total numeric,
    CONSTRAINT "2024 key" PRIMARY KEY (id, year));
CREATE INDEX i2024_total ON billing.invoices_2024 (total);
CREATE TABLE billing.invoices_2025 (id integer NOT NULL, year integer NOT NULL, total numeric,
    CONSTRAINT i2025_unique UNIQUE (id, year));
CREATE TABLE billing.invoices_2026 (id integer NOT NULL, year integer NOT NULL, total numeric,
    CONSTRAINT i2026_pk PRIMARY KEY (id, year));
CREATE INDEX "2026 total" ON billing.invoices_2026 (total);
INSERT INTO billing.invoices VALUES (1, 2023, 10);
INSERT INTO billing.invoices_2024 VALUES (2, 2024, 20);
INSERT INTO billing.invoices_2025 VALUES (3, 2025, 30);
INSERT INTO billing.invoices_2026 VALUES (4, 2026, 40);

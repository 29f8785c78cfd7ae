-- pg_dump's way (keys and indexes on ONLY the parent, partitions' own attached to them): "2024 key" and i2024_total
-- are taken by the attach under their names; i2025_unique stays invoices_2025's own beside the copy of the key;
-- i2026_pk and "2026 total" go (the copies are named). invoices_2023 stays, with its copies.
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id integer NOT NULL, year integer NOT NULL, total numeric) PARTITION BY LIST (year);
CREATE TABLE billing.invoices_2024 PARTITION OF billing.invoices FOR VALUES IN (2024);
CREATE TABLE billing.invoices_2025 PARTITION OF billing.invoices FOR VALUES IN (2025);
CREATE TABLE billing.invoices_2026 PARTITION OF billing.invoices FOR VALUES IN (2026);
ALTER TABLE ONLY billing.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id, year);
ALTER TABLE billing.invoices_2024 ADD CONSTRAINT "2024 key" PRIMARY KEY (id, year);
ALTER INDEX billing.invoices_pkey ATTACH PARTITION billing."2024 key";
ALTER TABLE billing.invoices_2025 ADD CONSTRAINT invoices_2025_pkey PRIMARY KEY (id, year);
ALTER INDEX billing.invoices_pkey ATTACH PARTITION billing.invoices_2025_pkey;
ALTER TABLE billing.invoices_2026 ADD CONSTRAINT "Invoices 2026 pk" PRIMARY KEY (id, year);
ALTER INDEX billing.invoices_pkey ATTACH PARTITION billing."Invoices 2026 pk";
ALTER TABLE billing.invoices_2025 ADD CONSTRAINT i2025_unique UNIQUE (id, year);
CREATE INDEX "Invoices total" ON ONLY billing.invoices (total);
CREATE INDEX i2024_total ON billing.invoices_2024 (total);
ALTER INDEX billing."Invoices total" ATTACH PARTITION billing.i2024_total;
CREATE INDEX i2025_total ON billing.invoices_2025 (total);
ALTER INDEX billing."Invoices total" ATTACH PARTITION billing.i2025_total;
CREATE INDEX i2026_total ON billing.invoices_2026 (total);
ALTER INDEX billing."Invoices total" ATTACH PARTITION billing.i2026_total;
CREATE TABLE billing.invoices_2023 PARTITION OF billing.invoices FOR VALUES IN (2023);

CREATE TABLE public.keep (id int PRIMARY KEY);
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'money';
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
CREATE TABLE billing.invoices (id int PRIMARY KEY, keep_id int REFERENCES public.keep (id), cur billing.currency NOT NULL);
CREATE SCHEMA empty_one;

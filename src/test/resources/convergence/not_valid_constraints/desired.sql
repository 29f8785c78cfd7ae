-- Constraints the user declares NOT VALID stay NOT VALID: on a new table, on an existing one with violating rows,
-- on a partitioned table; SET NOT NULL of a column that also has a NOT VALID check; validity switched both ways.
CREATE TABLE public.accounts (id integer PRIMARY KEY, balance numeric, owner text NOT NULL DEFAULT 'nobody');
ALTER TABLE public.accounts ADD CONSTRAINT balance_positive CHECK (balance >= 0) NOT VALID;
ALTER TABLE public.accounts ADD CONSTRAINT owner_short CHECK (length(owner) < 50) NOT VALID;
CREATE TABLE public.fresh (id integer PRIMARY KEY, qty integer);
ALTER TABLE public.fresh ADD CONSTRAINT qty_positive CHECK (qty > 0) NOT VALID;
CREATE TABLE public.events (id bigint, at date NOT NULL, kind text, region text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.events ADD CONSTRAINT kind_known CHECK (kind IN ('a', 'b')) NOT VALID;
ALTER TABLE public.events ALTER COLUMN region SET NOT NULL;
CREATE TABLE public.was_valid (id integer, n integer);
ALTER TABLE public.was_valid ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;
CREATE TABLE public.was_not_valid (id integer, n integer, CONSTRAINT n_small CHECK (n < 100));

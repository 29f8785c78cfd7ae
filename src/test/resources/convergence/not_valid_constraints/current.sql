CREATE TABLE public.accounts (id integer PRIMARY KEY, balance numeric, owner text);
INSERT INTO public.accounts VALUES (1, -5, 'a'), (2, 10, 'b');
CREATE TABLE public.events (id bigint, at date NOT NULL, kind text, region text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO public.events VALUES (1, '2026-05-01', NULL, 'eu');
CREATE TABLE public.was_valid (id integer, n integer, CONSTRAINT n_positive CHECK (n > 0));
CREATE TABLE public.was_not_valid (id integer, n integer);
ALTER TABLE public.was_not_valid ADD CONSTRAINT n_small CHECK (n < 100) NOT VALID;

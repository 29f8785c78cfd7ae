DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE public.accounts (id integer PRIMARY KEY, email text, balance numeric);
CREATE TABLE public.ledger (id integer, amount numeric);
GRANT SELECT, UPDATE, DELETE ON public.accounts TO converge_test_writer;
GRANT SELECT ON public.accounts TO converge_test_reader;
GRANT SELECT (id, email), UPDATE (balance) ON public.accounts TO converge_test_reader;
GRANT SELECT ON public.ledger TO converge_test_reader, PUBLIC;
GRANT INSERT (amount) ON public.ledger TO converge_test_writer WITH GRANT OPTION;

DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE public.accounts (id integer PRIMARY KEY, email text, balance numeric);
CREATE TABLE public.gone (id integer);
GRANT SELECT, INSERT ON public.accounts TO converge_test_writer;
GRANT SELECT ON public.accounts TO converge_test_reader WITH GRANT OPTION;
GRANT UPDATE (email) ON public.accounts TO converge_test_writer;
GRANT SELECT ON public.gone TO converge_test_reader;

DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO converge_test_reader;
CREATE TABLE public.a (id integer);

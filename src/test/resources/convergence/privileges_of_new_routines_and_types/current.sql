DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.keep (id integer);
CREATE FUNCTION public.old_f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION public.old_f() FROM PUBLIC;

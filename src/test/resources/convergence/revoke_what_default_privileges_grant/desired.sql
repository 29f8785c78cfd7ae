-- A table created where a default privilege grants SELECT gets it at once: the plan revokes it when the desired state does.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO converge_test_reader;
CREATE TABLE public.a (id integer);
CREATE TABLE public.secret (id integer);
REVOKE SELECT ON public.secret FROM converge_test_reader;
CREATE TABLE public.open (id integer);

-- A new function starts with EXECUTE for PUBLIC, a new type or domain with USAGE: no redundant grants, and revokes after the create.
CREATE TABLE public.keep (id integer);
CREATE FUNCTION public.old_f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION public.old_f() FROM PUBLIC;
CREATE FUNCTION public.f1() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION public.f2() RETURNS integer LANGUAGE sql AS 'SELECT 2';
REVOKE EXECUTE ON FUNCTION public.f2() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.f2() TO converge_test_reader;
CREATE TYPE public.mood AS ENUM ('a');
CREATE DOMAIN public.pos AS integer CHECK (VALUE > 0);
REVOKE USAGE ON DOMAIN public.pos FROM PUBLIC;

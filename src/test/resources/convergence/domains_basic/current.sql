CREATE TABLE public.keep (id integer PRIMARY KEY);
CREATE DOMAIN public.obsolete AS text;
CREATE TABLE public.old_users (name public.obsolete);

CREATE TABLE public.base (id integer, amount numeric);

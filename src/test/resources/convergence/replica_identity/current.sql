CREATE TABLE public.a (id integer PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE public.b (id integer PRIMARY KEY);
ALTER TABLE public.b REPLICA IDENTITY FULL;
CREATE TABLE public.c (id integer NOT NULL);
CREATE UNIQUE INDEX c_id_old ON public.c (id);
ALTER TABLE public.c REPLICA IDENTITY USING INDEX c_id_old;

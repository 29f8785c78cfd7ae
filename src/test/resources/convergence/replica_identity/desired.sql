CREATE TABLE public.a (id integer PRIMARY KEY, code text NOT NULL UNIQUE);
ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_code_key;
CREATE TABLE public.b (id integer PRIMARY KEY);
CREATE TABLE public.c (id integer NOT NULL);
CREATE UNIQUE INDEX c_id_new ON public.c (id);
ALTER TABLE public.c REPLICA IDENTITY USING INDEX c_id_new;
CREATE TABLE public.d (id integer PRIMARY KEY);
ALTER TABLE public.d REPLICA IDENTITY NOTHING;

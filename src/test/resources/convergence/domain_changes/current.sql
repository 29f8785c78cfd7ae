CREATE DOMAIN public.amount AS numeric(10,2) DEFAULT 0 CHECK (VALUE >= 0);
CREATE DOMAIN public.label AS text NOT NULL;
CREATE DOMAIN public.widened AS integer;
CREATE TABLE public.orders (id integer, total public.amount, tag public.label DEFAULT 'x');
INSERT INTO public.orders VALUES (1, 5, 'a');

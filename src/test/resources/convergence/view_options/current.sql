CREATE TABLE public.t (id integer, secret boolean);
CREATE VIEW public.a WITH (security_barrier = true) AS SELECT id FROM public.t WHERE NOT secret;
CREATE VIEW public.b AS SELECT id, secret FROM public.t;
CREATE VIEW public.c WITH (check_option = local) AS SELECT id FROM public.t WHERE id > 0;

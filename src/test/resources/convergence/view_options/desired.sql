CREATE TABLE public.t (id integer, secret boolean);
CREATE VIEW public.a AS SELECT id FROM public.t WHERE NOT secret;
CREATE VIEW public.b WITH (security_barrier = true, check_option = cascaded) AS SELECT id, secret FROM public.t;
CREATE VIEW public.c AS SELECT id FROM public.t WHERE id > 0 WITH CASCADED CHECK OPTION;

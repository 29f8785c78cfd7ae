CREATE TABLE public.t (id bigint PRIMARY KEY, c text, d text);
CREATE VIEW public.v AS SELECT id, c FROM public.t;
CREATE VIEW public.w AS SELECT v.c FROM public.v;
CREATE VIEW public.other AS SELECT id, d FROM public.t;
COMMENT ON VIEW public.v IS 'kept';
CREATE TABLE public.s (id integer);
CREATE VIEW public.uses_gone AS SELECT id FROM public.s;

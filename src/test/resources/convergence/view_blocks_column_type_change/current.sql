CREATE TABLE public.t (id integer PRIMARY KEY, c varchar(10), d text);
CREATE VIEW public.v AS SELECT id, c FROM public.t;
CREATE VIEW public.w AS SELECT v.c FROM public.v;
CREATE VIEW public.other AS SELECT id, d FROM public.t;
COMMENT ON VIEW public.v IS 'kept';
CREATE TABLE public.dropped (id integer, x text);
CREATE VIEW public.on_dropped AS SELECT id FROM public.dropped;
CREATE TABLE public.s (id integer, gone text);
CREATE VIEW public.uses_gone AS SELECT id, gone FROM public.s;

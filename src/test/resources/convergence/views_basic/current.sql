CREATE TABLE public.users (id integer PRIMARY KEY, name text, email text);
CREATE VIEW public.user_names AS SELECT id, name FROM public.users;
CREATE VIEW public.gone AS SELECT id FROM public.users;
CREATE VIEW public.narrowed AS SELECT id, name, email FROM public.users;
COMMENT ON VIEW public.user_names IS 'old';

CREATE TABLE public.users (id integer PRIMARY KEY, name text, email text);
-- Columns appended: CREATE OR REPLACE VIEW.
CREATE VIEW public.user_names AS SELECT id, name, email FROM public.users WHERE id > 0;
-- A column removed: drop and create.
CREATE VIEW public.narrowed AS SELECT id, email FROM public.users;
CREATE VIEW public.fresh AS SELECT count(*) AS n FROM public.users;
COMMENT ON VIEW public.user_names IS 'names and mail';
COMMENT ON COLUMN public.user_names.email IS 'contact';

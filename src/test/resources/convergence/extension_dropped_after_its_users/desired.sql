CREATE TABLE public.docs (id integer PRIMARY KEY, title text, during tstzrange, room integer);
CREATE INDEX docs_title ON public.docs (title);

-- Indexes on an extension's operator classes are dropped CONCURRENTLY after the transaction when their table stays;
-- the extension must still be dropped after them, whatever phase each step runs in (issue 13 item 7).
CREATE EXTENSION pg_trgm;
CREATE EXTENSION btree_gist;
CREATE TABLE public.docs (id integer PRIMARY KEY, title text, during tstzrange, room integer);
CREATE INDEX docs_title_trgm ON public.docs USING gin (title gin_trgm_ops);
CREATE INDEX "Docs Title Gist" ON public.docs USING gist (title gist_trgm_ops);
CREATE INDEX docs_room_gist ON public.docs USING gist (room, during);
CREATE VIEW public.similar_docs AS SELECT id, similarity(title, 'x') AS score FROM public.docs;
INSERT INTO public.docs VALUES (1, 'hello', NULL, 1);

CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA ext;
CREATE DOMAIN public.email AS public.citext CHECK (VALUE LIKE '%@%');
CREATE TABLE public.docs (id integer, attrs public.hstore, mail public.email);
CREATE INDEX docs_id_gist ON public.docs USING gist (id ext.gist_int4_ops);

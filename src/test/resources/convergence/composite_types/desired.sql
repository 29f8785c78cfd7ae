CREATE TYPE public.pair AS (a bigint, c text COLLATE "C", d date);
CREATE TYPE public.swapped AS (y integer, x integer);
COMMENT ON TYPE public.swapped IS 'order matters';
CREATE TYPE public.point3 AS (x double precision, y double precision, z double precision);
CREATE TYPE public.labelled AS (p public.point3, tags text[]);
CREATE TABLE public.shapes (id integer, centre public.point3, info public.labelled);

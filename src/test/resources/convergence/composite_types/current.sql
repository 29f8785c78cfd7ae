CREATE TYPE public.pair AS (a integer, b text, c text);
CREATE TYPE public.swapped AS (x integer, y integer);
CREATE TYPE public.gone AS (z integer);

CREATE SCHEMA app;
CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE app."Order" (id bigint PRIMARY KEY, item_id integer REFERENCES public.items, total numeric);
CREATE FUNCTION public.item_label(x public.items) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT x.name $$;
CREATE FUNCTION app.latest() RETURNS app."Order" LANGUAGE sql AS $$ SELECT * FROM app."Order" ORDER BY id DESC LIMIT 1 $$;
CREATE DOMAIN public.item_row AS public.items;
CREATE TYPE app.pair AS (left_item public.items, right_order app."Order");
CREATE TABLE public.other (id integer PRIMARY KEY, note text);

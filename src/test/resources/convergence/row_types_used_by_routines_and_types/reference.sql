-- desired.sql in an order psql can load
CREATE TABLE public.unrelated (id integer PRIMARY KEY);
CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL);
CREATE SCHEMA app;
CREATE TABLE app."Order" (id bigint PRIMARY KEY, item_id integer REFERENCES public.items, total numeric);
CREATE VIEW app.order_totals AS SELECT item_id, sum(total) AS total FROM app."Order" GROUP BY item_id;
CREATE FUNCTION public.first_item(i integer) RETURNS public.items LANGUAGE sql
    AS $$ SELECT * FROM public.items WHERE id = i $$;
CREATE FUNCTION public.item_label(x public.items) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT x.name $$;
CREATE FUNCTION app."all Orders"() RETURNS SETOF app."Order" LANGUAGE sql STABLE
    AS $$ SELECT * FROM app."Order" $$;
CREATE FUNCTION app.totals(v app.order_totals) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT v.total $$;
CREATE DOMAIN public.item_row AS public.items;
CREATE TYPE app.pair AS (left_item public.items, right_order app."Order");
CREATE PROCEDURE app.touch(o app."Order") LANGUAGE sql AS $$ SELECT 1 $$;

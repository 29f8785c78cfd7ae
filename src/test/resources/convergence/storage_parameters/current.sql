CREATE TABLE public.hot (id integer PRIMARY KEY, v text) WITH (fillfactor = 80, autovacuum_enabled = false);
CREATE TABLE public.cold (id integer);

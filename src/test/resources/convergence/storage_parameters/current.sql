CREATE TABLE public.hot (id integer PRIMARY KEY, v text) WITH (fillfactor = 80, autovacuum_enabled = false);
CREATE TABLE public.cold (id integer);
CREATE TABLE public.keyed (id integer, code text, CONSTRAINT keyed_pkey PRIMARY KEY (id) WITH (fillfactor = 80),
    CONSTRAINT keyed_code UNIQUE (code) DEFERRABLE);

CREATE TABLE public.hot (id integer PRIMARY KEY, v text) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE public.cold (id integer) WITH (fillfactor = 90);
CREATE TABLE public.fresh (id integer) WITH (autovacuum_enabled = false, toast_tuple_target = 256);
CREATE TABLE public.keyed (id integer, code text, CONSTRAINT keyed_pkey PRIMARY KEY (id) WITH (fillfactor = 70),
    CONSTRAINT keyed_code UNIQUE (code) WITH (fillfactor = 60) DEFERRABLE);

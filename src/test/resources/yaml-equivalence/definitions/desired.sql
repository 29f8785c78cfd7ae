CREATE TABLE public.items (
    id integer NOT NULL,
    code text NOT NULL,
    price numeric NOT NULL,
    owner text,
    CONSTRAINT items_pkey PRIMARY KEY (id),
    CONSTRAINT items_price_check CHECK ((price > (0)::numeric))
);
CREATE UNIQUE INDEX items_code_key ON public.items USING btree (code);
CREATE INDEX items_owner_idx ON public.items USING hash (owner);
ALTER TABLE public.items REPLICA IDENTITY USING INDEX items_code_key;
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.items FORCE ROW LEVEL SECURITY;
CREATE POLICY own ON public.items FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE TABLE public.tags (item_id integer, tag text);
ALTER TABLE public.tags ADD CONSTRAINT tags_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.items(id) NOT VALID;
CREATE FUNCTION public.audit() RETURNS trigger LANGUAGE plpgsql AS $function$BEGIN RETURN NULL; END$function$;
COMMENT ON FUNCTION public.audit() IS 'Audits';
CREATE FUNCTION public.double(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
CREATE TRIGGER items_audit AFTER DELETE ON public.items FOR EACH STATEMENT EXECUTE FUNCTION public.audit();
ALTER TABLE public.items DISABLE TRIGGER items_audit;
CREATE VIEW public.cheap WITH (check_option=local) AS SELECT id, price FROM public.items WHERE price < 10;
GRANT SELECT ON public.cheap TO PUBLIC;
CREATE TABLE public.log (at timestamptz NOT NULL) PARTITION BY RANGE (at);

DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE public.items (id integer PRIMARY KEY, owner_name text, tenant bigint);
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_owner ON public.items TO converge_test_reader, converge_test_writer
    USING (owner_name = current_user) WITH CHECK (owner_name IS NOT NULL);
CREATE POLICY by_tenant ON public.items FOR SELECT USING (tenant = 2);
CREATE POLICY by_kind ON public.items AS RESTRICTIVE FOR UPDATE USING (id > 0);

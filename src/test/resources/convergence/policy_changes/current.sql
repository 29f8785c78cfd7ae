DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE public.items (id integer PRIMARY KEY, owner_name text, tenant integer, legacy text);
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.items FORCE ROW LEVEL SECURITY;
CREATE POLICY by_owner ON public.items TO converge_test_reader USING (owner_name = current_user);
CREATE POLICY by_tenant ON public.items FOR SELECT USING (tenant = 1);
CREATE POLICY by_legacy ON public.items FOR SELECT USING (legacy IS NULL);
CREATE POLICY by_kind ON public.items FOR UPDATE USING (id > 0);
CREATE POLICY to_drop ON public.items FOR DELETE USING (false);

DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE public.docs (id integer PRIMARY KEY, owner_name text, body text);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.docs FORCE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON public.docs FOR ALL TO converge_test_writer
    USING (owner_name = current_user) WITH CHECK (owner_name = current_user);
CREATE POLICY docs_read ON public.docs AS RESTRICTIVE FOR SELECT TO converge_test_reader USING (id > 0);
COMMENT ON POLICY docs_read ON public.docs IS 'readers see positive ids';
CREATE TABLE public.notes (id integer, author text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_insert ON public.notes FOR INSERT WITH CHECK (author = current_user);

DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE public.docs (id integer PRIMARY KEY, owner_name text, body text);
CREATE TABLE public.old_docs (id integer, owner_name text);
ALTER TABLE public.old_docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY old_owner ON public.old_docs USING (owner_name = current_user);

DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

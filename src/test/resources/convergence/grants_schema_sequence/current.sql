DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE SCHEMA app;
CREATE SEQUENCE app.counter;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
GRANT USAGE ON SCHEMA app TO converge_test_writer;
GRANT USAGE, SELECT ON SEQUENCE app.counter TO converge_test_writer;

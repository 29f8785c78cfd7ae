DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE SCHEMA app;
CREATE SCHEMA extra;
CREATE SEQUENCE app.counter;
CREATE SEQUENCE extra.ids;
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
GRANT USAGE, CREATE ON SCHEMA app TO converge_test_reader;
GRANT USAGE ON SCHEMA extra TO converge_test_writer;
GRANT USAGE ON SEQUENCE app.counter TO converge_test_writer;
GRANT SELECT, UPDATE ON SEQUENCE extra.ids TO converge_test_reader;
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON TYPE app.mood TO converge_test_reader;

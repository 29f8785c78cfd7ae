-- A desired state of nothing but a default privilege manages its schema.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO converge_test_reader;

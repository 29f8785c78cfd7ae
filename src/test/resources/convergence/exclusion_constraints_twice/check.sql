SELECT count(*) = 4 FROM pg_catalog.pg_constraint WHERE contype = 'x' AND connamespace = '"Sales Data"'::regnamespace

-- expect: fails_at_load_do_block.sql:4:
-- expect: this desired state refuses to load
CREATE TABLE ok (id int PRIMARY KEY);
DO $$ BEGIN RAISE EXCEPTION 'this desired state refuses to load'; END $$;

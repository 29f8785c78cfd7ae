-- The schema "test" exists on the target; the desired state fills it without creating it.
CREATE TABLE test.items (id int PRIMARY KEY, name text NOT NULL);

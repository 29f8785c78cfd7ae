-- The server's roles other than the predefined ones (pg_*), to be created on the private dev server so that
-- grants and owners in the desired state load there as on the target.
SELECT rolname FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_' ORDER BY 1

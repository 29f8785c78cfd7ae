-- What decides how a server prints what is loaded into it (the desired-state cache key): its version, the user
-- that loads, and the locale and encoding new databases get (from template0).
SELECT pg_catalog.version(), current_user, d.datcollate, d.datctype, pg_catalog.pg_encoding_to_char(d.encoding)
FROM pg_catalog.pg_database d
WHERE d.datname = 'template0'

-- Collations and range types: created, dropped, re-created when their definition changes (unused), commented,
-- quoted names, and what uses them ordered after them: columns (also of another schema and of an array type), an
-- index with a COLLATE, a function signature, a range type over a collation, a privilege on a range type.
CREATE SCHEMA app;
CREATE COLLATION app.changes (provider = icu, locale = 'de-DE');
CREATE COLLATION app."Nocase" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION app."Nocase" IS 'case-insensitive';
CREATE COLLATION app.new_coll (locale = 'POSIX');
CREATE TYPE app.changes_range AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE app.kept_range AS RANGE (subtype = numeric);
COMMENT ON TYPE app.kept_range IS 'booking period';
REVOKE USAGE ON TYPE app.kept_range FROM PUBLIC;
CREATE TYPE app."Time Span" AS RANGE (subtype = timestamptz);
CREATE TYPE app.name_range AS RANGE (subtype = text, collation = app.new_coll);
CREATE TABLE app.booking (id int PRIMARY KEY, name text COLLATE app."Nocase", during app.kept_range,
                          code text COLLATE app.new_coll, span app."Time Span", spans app."Time Span"[]);
CREATE INDEX booking_name ON app.booking (name COLLATE app.new_coll);
CREATE FUNCTION app.span_length(s app."Time Span") RETURNS interval LANGUAGE sql AS 'SELECT upper(s) - lower(s)';
CREATE SCHEMA report;
CREATE TABLE report.names (n text COLLATE app.new_coll, r app.name_range);

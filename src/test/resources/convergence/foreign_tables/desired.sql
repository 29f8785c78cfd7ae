-- Foreign tables with the wrappers, servers and user mappings they need (objects of no schema, attributed to the
-- schema of the wrapper's validator): created, dropped, re-created when their definition changes (a server's
-- options change, and the foreign tables and mappings on it come back with it), commented, privileges, quoted
-- names, a view reading a foreign table, a foreign table of a range type and with a column collation.
CREATE SCHEMA app;
CREATE FUNCTION app.accept_options(text[], oid) RETURNS void LANGUAGE plpgsql AS 'BEGIN END';
CREATE FOREIGN DATA WRAPPER files VALIDATOR app.accept_options;
COMMENT ON FOREIGN DATA WRAPPER files IS 'file access';
GRANT USAGE ON FOREIGN DATA WRAPPER files TO PUBLIC;
CREATE SERVER archive FOREIGN DATA WRAPPER files OPTIONS (host 'new-host', port '5433');
CREATE SERVER "Second Site" TYPE 'mirror' VERSION '2' FOREIGN DATA WRAPPER files;
COMMENT ON SERVER "Second Site" IS 'the mirror';
GRANT USAGE ON FOREIGN SERVER "Second Site" TO PUBLIC;
CREATE USER MAPPING FOR PUBLIC SERVER archive OPTIONS (user 'reader');
CREATE USER MAPPING FOR PUBLIC SERVER "Second Site";
CREATE COLLATION app.plain (locale = 'C');
CREATE TYPE app.span AS RANGE (subtype = int4);
CREATE FOREIGN TABLE app.events (id int NOT NULL, at timestamptz, during app.span,
                                 kind text OPTIONS (column_name 'Kind') COLLATE app.plain DEFAULT 'info',
                                 CONSTRAINT events_id CHECK (id > 0))
    SERVER archive OPTIONS (table_name 'events');
COMMENT ON FOREIGN TABLE app.events IS 'events from the archive';
COMMENT ON COLUMN app.events.kind IS 'what happened';
GRANT SELECT ON app.events TO PUBLIC;
CREATE FOREIGN TABLE app."Mirror Rows" (id int) SERVER "Second Site";
CREATE VIEW app.recent_events AS SELECT id, at FROM app.events;
CREATE TABLE app.local (id int PRIMARY KEY, note text);

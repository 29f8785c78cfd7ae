-- Text search dictionaries, configurations, templates and parsers: created, dropped, re-created when their
-- definition changes (a configuration whose dictionary changes comes back with it), commented, quoted names, and
-- what uses a configuration ordered after it: a generated tsvector column, an expression index, a function.
CREATE SCHEMA app;
CREATE TEXT SEARCH DICTIONARY app.changes_dict (TEMPLATE = simple, stopwords = english, accept = false);
CREATE TEXT SEARCH CONFIGURATION app.uses_changed (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION app.uses_changed ADD MAPPING FOR asciiword WITH app.changes_dict;
CREATE TEXT SEARCH CONFIGURATION app.docs (COPY = english);
ALTER TEXT SEARCH CONFIGURATION app.docs ALTER MAPPING FOR asciiword WITH app.changes_dict, english_stem;
COMMENT ON TEXT SEARCH CONFIGURATION app.docs IS 'documents, English';
CREATE TEXT SEARCH DICTIONARY app."Names Dict" (TEMPLATE = simple);
COMMENT ON TEXT SEARCH DICTIONARY app."Names Dict" IS 'names as they are';
CREATE TEXT SEARCH CONFIGURATION app."Names" (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION app."Names" ADD MAPPING FOR asciiword, word WITH app."Names Dict";
CREATE TEXT SEARCH TEMPLATE app.plain (INIT = dsimple_init, LEXIZE = dsimple_lexize);
CREATE TEXT SEARCH PARSER app.words (START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end,
                                     LEXTYPES = prsd_lextype);
CREATE TABLE app.documents (id int PRIMARY KEY, body text,
                            search tsvector GENERATED ALWAYS AS (to_tsvector('app."Names"'::regconfig, body)) STORED);
CREATE INDEX documents_body ON app.documents USING gin (to_tsvector('app.docs'::regconfig, body));
CREATE FUNCTION app.search(q text) RETURNS SETOF app.documents LANGUAGE sql STABLE
    AS $$SELECT * FROM app.documents WHERE to_tsvector('app.docs'::regconfig, body) @@ plainto_tsquery('app.docs', q)$$;

-- Text search configurations, dictionaries, parsers and templates of the requested schemas, as defined objects.
-- PostgreSQL has no printer for them: the CREATE statements are built from the catalogs, names schema-qualified and
-- quoted (search_path is empty, so regproc prints functions outside pg_catalog qualified). A configuration is
-- created with its parser and gets one ADD MAPPING per token type, its dictionaries in the order they are
-- consulted. Extension members are left out.
-- Parameter 1: text[] of schema names.
WITH requested AS (
    SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)
),
extension_member AS (
    SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
)
SELECT 'TEXT_SEARCH_CONFIGURATION' AS kind,
       r.nspname AS schema_name,
       c.cfgname AS name,
       NULL::text AS member,
       pg_catalog.quote_ident(r.nspname) || '.' || pg_catalog.quote_ident(c.cfgname) AS target,
       ARRAY['CREATE TEXT SEARCH CONFIGURATION ' || pg_catalog.quote_ident(r.nspname) || '.'
             || pg_catalog.quote_ident(c.cfgname) || ' (PARSER = ' || pg_catalog.quote_ident(pn.nspname) || '.'
             || pg_catalog.quote_ident(p.prsname) || ')']
           || COALESCE((SELECT pg_catalog.array_agg(m.statement ORDER BY m.maptokentype)
                        FROM (SELECT cm.maptokentype,
                                     'ALTER TEXT SEARCH CONFIGURATION ' || pg_catalog.quote_ident(r.nspname) || '.'
                                     || pg_catalog.quote_ident(c.cfgname) || ' ADD MAPPING FOR '
                                     || (SELECT tt.alias FROM pg_catalog.ts_token_type(c.cfgparser) tt
                                         WHERE tt.tokid = cm.maptokentype)
                                     || ' WITH ' || pg_catalog.string_agg(pg_catalog.quote_ident(dn.nspname) || '.'
                                                                          || pg_catalog.quote_ident(dd.dictname),
                                                                          ', ' ORDER BY cm.mapseqno) AS statement
                              FROM pg_catalog.pg_ts_config_map cm
                              JOIN pg_catalog.pg_ts_dict dd ON dd.oid = cm.mapdict
                              JOIN pg_catalog.pg_namespace dn ON dn.oid = dd.dictnamespace
                              WHERE cm.mapcfg = c.oid
                              GROUP BY cm.maptokentype) m), ARRAY[]::text[]) AS definition,
       pg_catalog.obj_description(c.oid, 'pg_ts_config') AS comment
FROM pg_catalog.pg_ts_config c
JOIN requested r ON r.oid = c.cfgnamespace
JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                  WHERE m.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND m.objid = c.oid)
UNION ALL
SELECT 'TEXT_SEARCH_DICTIONARY',
       r.nspname,
       d.dictname,
       NULL,
       pg_catalog.quote_ident(r.nspname) || '.' || pg_catalog.quote_ident(d.dictname),
       ARRAY['CREATE TEXT SEARCH DICTIONARY ' || pg_catalog.quote_ident(r.nspname) || '.'
             || pg_catalog.quote_ident(d.dictname) || ' (TEMPLATE = ' || pg_catalog.quote_ident(tn.nspname) || '.'
             || pg_catalog.quote_ident(t.tmplname) || COALESCE(', ' || d.dictinitoption, '') || ')'],
       pg_catalog.obj_description(d.oid, 'pg_ts_dict')
FROM pg_catalog.pg_ts_dict d
JOIN requested r ON r.oid = d.dictnamespace
JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                  WHERE m.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND m.objid = d.oid)
UNION ALL
SELECT 'TEXT_SEARCH_PARSER',
       r.nspname,
       p.prsname,
       NULL,
       pg_catalog.quote_ident(r.nspname) || '.' || pg_catalog.quote_ident(p.prsname),
       ARRAY['CREATE TEXT SEARCH PARSER ' || pg_catalog.quote_ident(r.nspname) || '.'
             || pg_catalog.quote_ident(p.prsname) || ' (START = ' || p.prsstart::pg_catalog.regproc::text
             || ', GETTOKEN = ' || p.prstoken::pg_catalog.regproc::text
             || ', END = ' || p.prsend::pg_catalog.regproc::text
             || ', LEXTYPES = ' || p.prslextype::pg_catalog.regproc::text
             || CASE WHEN p.prsheadline = 0 THEN ''
                     ELSE ', HEADLINE = ' || p.prsheadline::pg_catalog.regproc::text END || ')'],
       pg_catalog.obj_description(p.oid, 'pg_ts_parser')
FROM pg_catalog.pg_ts_parser p
JOIN requested r ON r.oid = p.prsnamespace
WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                  WHERE m.classid = 'pg_catalog.pg_ts_parser'::pg_catalog.regclass AND m.objid = p.oid)
UNION ALL
SELECT 'TEXT_SEARCH_TEMPLATE',
       r.nspname,
       t.tmplname,
       NULL,
       pg_catalog.quote_ident(r.nspname) || '.' || pg_catalog.quote_ident(t.tmplname),
       ARRAY['CREATE TEXT SEARCH TEMPLATE ' || pg_catalog.quote_ident(r.nspname) || '.'
             || pg_catalog.quote_ident(t.tmplname) || ' ('
             || CASE WHEN t.tmplinit = 0 THEN '' ELSE 'INIT = ' || t.tmplinit::pg_catalog.regproc::text || ', ' END
             || 'LEXIZE = ' || t.tmpllexize::pg_catalog.regproc::text || ')'],
       pg_catalog.obj_description(t.oid, 'pg_ts_template')
FROM pg_catalog.pg_ts_template t
JOIN requested r ON r.oid = t.tmplnamespace
WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                  WHERE m.classid = 'pg_catalog.pg_ts_template'::pg_catalog.regclass AND m.objid = t.oid)
ORDER BY 1, 2, 3

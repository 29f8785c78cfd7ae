-- Collations of the requested schemas, as defined objects: the CREATE COLLATION statement built from pg_collation
-- (PostgreSQL has no printer for it), schema-qualified and quoted. The locale columns are read through to_jsonb
-- because their names differ between major versions (colliculocale in 15 and 16, colllocale from 17); the
-- collation version is left out (it is the library's, not the user's). Extension members are left out.
-- Parameter 1: text[] of schema names.
WITH coll AS (
    SELECT co.oid, n.nspname, co.collname, co.collprovider, co.collisdeterministic, co.collcollate, co.collctype,
           COALESCE(pg_catalog.to_jsonb(co) ->> 'colllocale', pg_catalog.to_jsonb(co) ->> 'colliculocale')
               AS icu_locale,
           pg_catalog.to_jsonb(co) ->> 'collicurules' AS icu_rules
    FROM pg_catalog.pg_collation co
    JOIN pg_catalog.pg_namespace n ON n.oid = co.collnamespace
    WHERE n.nspname = ANY (?)
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                        AND d.objid = co.oid AND d.deptype = 'e')
)
SELECT 'COLLATION' AS kind,
       c.nspname AS schema_name,
       c.collname AS name,
       NULL::text AS member,
       pg_catalog.quote_ident(c.nspname) || '.' || pg_catalog.quote_ident(c.collname) AS target,
       ARRAY['CREATE COLLATION ' || pg_catalog.quote_ident(c.nspname) || '.' || pg_catalog.quote_ident(c.collname)
             || ' (provider = ' || CASE c.collprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END
             || CASE WHEN c.collprovider IN ('i', 'b')
                     THEN ', locale = ' || pg_catalog.quote_literal(COALESCE(NULLIF(c.icu_locale, ''),
                                                                             c.collcollate))
                     WHEN c.collcollate = c.collctype
                     THEN ', locale = ' || pg_catalog.quote_literal(c.collcollate)
                     ELSE ', lc_collate = ' || pg_catalog.quote_literal(c.collcollate)
                          || ', lc_ctype = ' || pg_catalog.quote_literal(c.collctype) END
             || COALESCE(', rules = ' || pg_catalog.quote_literal(c.icu_rules), '')
             || CASE WHEN c.collisdeterministic THEN '' ELSE ', deterministic = false' END
             || ')'] AS definition,
       pg_catalog.obj_description(c.oid, 'pg_collation') AS comment
FROM coll c
ORDER BY c.nspname, c.collname

-- The default managed scope: every schema that is not a system schema or an extension member, except those of
-- the parameter (text[]: "public", and schemas borrowed from the target) when they hold nothing of their own (an
-- extension installed in it counts: extensions are managed). An object counts when it is neither an extension
-- member (deptype 'e') nor an automatic part of another object (deptype 'i': array and row types, identity
-- sequences, range constructors); indexes and TOAST tables always belong to a table, multirange types to their
-- range.
-- Parameter: text[] of the schemas that count only when they hold objects.
WITH own_object AS (
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid, c.relnamespace AS namespace
    FROM pg_catalog.pg_class c WHERE c.relkind NOT IN ('i', 'I', 't')
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, t.typnamespace
    FROM pg_catalog.pg_type t WHERE t.typrelid = 0 AND t.typtype <> 'm'
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, p.pronamespace FROM pg_catalog.pg_proc p
    UNION ALL
    SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, o.oid, o.collnamespace FROM pg_catalog.pg_collation o
    UNION ALL
    SELECT 'pg_catalog.pg_conversion'::pg_catalog.regclass, o.oid, o.connamespace FROM pg_catalog.pg_conversion o
    UNION ALL
    SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, o.oprnamespace FROM pg_catalog.pg_operator o
    UNION ALL
    SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, o.oid, o.opcnamespace FROM pg_catalog.pg_opclass o
    UNION ALL
    SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, o.oid, o.opfnamespace FROM pg_catalog.pg_opfamily o
    UNION ALL
    SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, o.oid, o.stxnamespace
    FROM pg_catalog.pg_statistic_ext o
    UNION ALL
    SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, o.oid, o.cfgnamespace FROM pg_catalog.pg_ts_config o
    UNION ALL
    SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, o.oid, o.dictnamespace FROM pg_catalog.pg_ts_dict o
    UNION ALL
    SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, o.oid, o.prsnamespace FROM pg_catalog.pg_ts_parser o
    UNION ALL
    SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, o.oid, o.tmplnamespace
    FROM pg_catalog.pg_ts_template o
    UNION ALL
    -- ALTER DEFAULT PRIVILEGES ... IN SCHEMA: a desired state may consist of nothing else
    SELECT 'pg_catalog.pg_default_acl'::pg_catalog.regclass, d.oid, d.defaclnamespace
    FROM pg_catalog.pg_default_acl d WHERE d.defaclnamespace <> 0
)
SELECT n.nspname AS schema_name
FROM pg_catalog.pg_namespace n
WHERE n.nspname !~ '^pg_'
  AND n.nspname <> 'information_schema'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                    AND d.objid = n.oid AND d.deptype = 'e')
  AND (NOT n.nspname = ANY(?)
       OR EXISTS (SELECT 1 FROM pg_catalog.pg_extension e WHERE e.extnamespace = n.oid)
       -- objects of no schema that may be attributed to public (casts.sql, foreign_data.sql, publications.sql
       -- for a publication of no table and no schema): public holds them
       OR n.nspname = 'public' AND EXISTS (
              SELECT 1 FROM (SELECT 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, s.oid
                             FROM pg_catalog.pg_foreign_server s
                             UNION ALL
                             SELECT 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, w.oid
                             FROM pg_catalog.pg_foreign_data_wrapper w
                             UNION ALL
                             SELECT 'pg_catalog.pg_cast'::pg_catalog.regclass, c.oid
                             FROM pg_catalog.pg_cast c WHERE c.oid >= 16384
                             UNION ALL
                             SELECT 'pg_catalog.pg_publication'::pg_catalog.regclass, p.oid
                             FROM pg_catalog.pg_publication p
                             WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_publication_rel pr
                                               WHERE pr.prpubid = p.oid)
                               AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_publication_namespace pn
                                               WHERE pn.pnpubid = p.oid)) AS g (classid, oid)
              WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                WHERE d.classid = g.classid AND d.objid = g.oid AND d.deptype IN ('e', 'i')))
       OR EXISTS (SELECT 1 FROM own_object o
                  WHERE o.namespace = n.oid
                    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                    WHERE d.classid = o.classid AND d.objid = o.oid
                                      -- whole objects only: a partition key's columns depend on
                                      -- their table with deptype 'i', which makes no table a part
                                      AND d.objsubid = 0
                                      AND d.deptype IN ('e', 'i'))))
ORDER BY n.nspname

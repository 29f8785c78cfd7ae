-- Columns of the managed tables (same filter as tables.sql), in attribute order. With search_path set to ''
-- format_type and pg_get_expr qualify user types and sequences. An identity column's options come from its
-- hidden sequence, which depends on the column with deptype 'i'.
-- Parameter 1: text[] of schema names.
WITH managed_table AS (
    SELECT c.oid
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY (?)
      AND c.relkind IN ('r', 'p')
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid = c.oid AND d.deptype = 'e')
),
-- Joined rather than looked up per column (a LATERAL probe and col_description cost an index scan per column).
identity_sequence AS MATERIALIZED (
    SELECT d.refobjid, d.refobjsubid, s.*
    FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_sequence s ON s.seqrelid = d.objid
    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.deptype = 'i'
)
SELECT a.attrelid AS table_oid,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS column_type,
       a.attnotnull AS not_null,
       -- A NULL constant default on a partition's or child's column whose parent column has another default is no
       -- default of its own: pg_dump writes DEFAULT NULL for such a column (its parent's default was set with ONLY),
       -- and PostgreSQL stores that as NULL::type for a column with a type modifier or a domain. Anywhere else a
       -- stored NULL::type default is what the user declared, and pg_dump shows it: it stays; so does one equal to
       -- the parent's (DEFAULT NULL on both: the copy CREATE TABLE ... INHERITS or PARTITION OF made).
       CASE WHEN a.attgenerated <> '' THEN NULL
            WHEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) ~ '^NULL(::[A-Za-z0-9_ ."\[\]]+)?$'
            THEN CASE WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i
                                   JOIN pg_catalog.pg_attribute pa ON pa.attrelid = i.inhparent
                                                                  AND pa.attname = a.attname
                                   JOIN pg_catalog.pg_attrdef pd ON pd.adrelid = pa.attrelid AND pd.adnum = pa.attnum
                                   WHERE i.inhrelid = a.attrelid
                                     AND pg_catalog.pg_get_expr(pd.adbin, pd.adrelid)
                                         <> pg_catalog.pg_get_expr(ad.adbin, ad.adrelid))
                      THEN NULL ELSE pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END
            ELSE pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS default_expression,
       CASE WHEN a.attgenerated = 's' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS generated_expression,
       a.attidentity AS identity,
       ids.seqstart AS identity_start,
       ids.seqincrement AS identity_increment,
       ids.seqmin AS identity_min,
       ids.seqmax AS identity_max,
       ids.seqcache AS identity_cache,
       ids.seqcycle AS identity_cycle,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation
            THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation,
       dsc.description AS comment,
       -- settings (model/ColumnSettings): the statistics target when set (-1 before PostgreSQL 17, NULL from 17
       -- on, mean the default), storage only where it differs from the type's own, compression only when set, and
       -- only the attribute options PostgreSQL defines for columns
       NULLIF(a.attstattarget, -1) AS statistics_target,
       CASE WHEN a.attstorage <> ty.typstorage THEN a.attstorage END AS storage,
       ty.typstorage AS type_storage,
       NULLIF(a.attcompression, '') AS compression,
       ARRAY(SELECT o FROM pg_catalog.unnest(a.attoptions) AS o
             WHERE o LIKE 'n\_distinct=%' OR o LIKE 'n\_distinct\_inherited=%') AS attribute_options
FROM managed_table t
JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN identity_sequence ids ON ids.refobjid = a.attrelid AND ids.refobjsubid = a.attnum
                                AND a.attidentity <> ''
LEFT JOIN pg_catalog.pg_description dsc ON dsc.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                       AND dsc.objoid = a.attrelid AND dsc.objsubid = a.attnum
ORDER BY a.attrelid, a.attnum

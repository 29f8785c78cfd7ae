-- Foreign tables of the requested schemas, as defined objects: the CREATE FOREIGN TABLE statement built from the
-- catalogs (PostgreSQL has no printer for it): each column with its type, options, collation (when not its type's),
-- NOT NULL, default or generation expression, then the check constraints; a partition names its parent and bound
-- instead (its columns are the parent's). Column comments follow as statements of their own. Extension members
-- are left out.
-- Parameter 1: text[] of schema names.
WITH foreign_table AS (
    SELECT c.oid, c.relname, c.relispartition, c.relpartbound, n.nspname,
           pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS qualified,
           s.srvname, ft.ftoptions
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_catalog.pg_foreign_table ft ON ft.ftrelid = c.oid
    JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
    WHERE c.relkind = 'f'
      AND n.nspname = ANY (?)
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND d.objid = c.oid AND d.deptype = 'e')
)
SELECT 'FOREIGN_TABLE' AS kind,
       t.nspname AS schema_name,
       t.relname AS name,
       NULL::text AS member,
       t.qualified AS target,
       ARRAY['CREATE FOREIGN TABLE ' || t.qualified
             || CASE WHEN t.relispartition
                     THEN (SELECT ' PARTITION OF ' || pg_catalog.quote_ident(pn.nspname) || '.'
                                  || pg_catalog.quote_ident(p.relname)
                           FROM pg_catalog.pg_inherits i
                           JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                           JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                           WHERE i.inhrelid = t.oid)
                          || ' ' || pg_catalog.pg_get_expr(t.relpartbound, t.oid)
                     ELSE ' (' || COALESCE(pg_catalog.array_to_string(
                              ARRAY(SELECT pg_catalog.quote_ident(a.attname) || ' '
                                           || pg_catalog.format_type(a.atttypid, a.atttypmod)
                                           || COALESCE(' OPTIONS (' || (
                                                  SELECT pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name)
                                                         || ' ' || pg_catalog.quote_literal(o.option_value), ', ')
                                                  FROM pg_catalog.pg_options_to_table(a.attfdwoptions) o) || ')', '')
                                           || CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation
                                                   THEN ' COLLATE ' || pg_catalog.quote_ident(cn.nspname) || '.'
                                                        || pg_catalog.quote_ident(co.collname)
                                                   ELSE '' END
                                           || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                                           || CASE WHEN a.attgenerated = 's'
                                                   THEN ' GENERATED ALWAYS AS ('
                                                        || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
                                                   WHEN ad.adbin IS NOT NULL
                                                   THEN ' DEFAULT ' || pg_catalog.pg_get_expr(ad.adbin, ad.adrelid)
                                                   ELSE '' END
                                    FROM pg_catalog.pg_attribute a
                                    JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
                                    LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
                                    LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                                    LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid
                                                                      AND ad.adnum = a.attnum
                                    WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
                                    ORDER BY a.attnum)
                              || ARRAY(SELECT 'CONSTRAINT ' || pg_catalog.quote_ident(con.conname) || ' '
                                              || pg_catalog.pg_get_constraintdef(con.oid)
                                       FROM pg_catalog.pg_constraint con
                                       WHERE con.conrelid = t.oid AND con.contype = 'c'
                                       ORDER BY con.conname), ', '), '') || ')' END
             || ' SERVER ' || pg_catalog.quote_ident(t.srvname)
             || COALESCE(' OPTIONS (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || ' '
                                                                       || pg_catalog.quote_literal(o.option_value),
                                                                       ', ')
                                          FROM pg_catalog.pg_options_to_table(t.ftoptions) o) || ')', '')]
           || ARRAY(SELECT 'COMMENT ON COLUMN ' || t.qualified || '.' || pg_catalog.quote_ident(a.attname) || ' IS '
                           || pg_catalog.quote_literal(dsc.description)
                    FROM pg_catalog.pg_attribute a
                    JOIN pg_catalog.pg_description dsc ON dsc.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                                      AND dsc.objoid = a.attrelid AND dsc.objsubid = a.attnum
                    WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum) AS definition,
       pg_catalog.obj_description(t.oid, 'pg_class') AS comment
FROM foreign_table t
ORDER BY t.nspname, t.relname

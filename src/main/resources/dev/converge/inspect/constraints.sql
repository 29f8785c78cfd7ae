-- Local primary key, unique, check, foreign key and exclusion constraints of the managed tables (same filter as
-- tables.sql). Other contype values (e.g. PostgreSQL 16's NOT NULL 'n') are not table constraints Converge
-- manages. Column lists keep conkey/confkey order because that order is part of the constraint.
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
)
SELECT con.conrelid AS table_oid,
       con.conname AS constraint_name,
       con.contype AS constraint_type,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum)
             FROM pg_catalog.unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
             WHERE k.attnum <> 0
             ORDER BY k.position) AS columns,
       pg_catalog.pg_get_constraintdef(con.oid) AS definition,
       con.condeferrable AS deferrable,
       con.condeferred AS initially_deferred,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = con.confrelid AND a.attnum = k.attnum)
             FROM pg_catalog.unnest(con.confkey) WITH ORDINALITY AS k(attnum, position)
             WHERE k.attnum <> 0
             ORDER BY k.position) AS referenced_columns,
       con.confupdtype AS on_update,
       con.confdeltype AS on_delete,
       con.confmatchtype AS match_type,
       dsc.description AS comment,
       -- security/storage: pg_get_constraintdef leaves out the storage parameters of a key's index
       (SELECT ' WITH (' || pg_catalog.string_agg(pg_catalog.split_part(o.option, '=', 1) || '='
                   || pg_catalog.quote_literal(pg_catalog.substr(o.option, pg_catalog.strpos(o.option, '=') + 1)),
                   ', ' ORDER BY o.position) || ')'
        FROM pg_catalog.pg_class ic
        CROSS JOIN LATERAL pg_catalog.unnest(ic.reloptions) WITH ORDINALITY AS o(option, position)
        WHERE ic.oid = con.conindid AND con.contype IN ('p', 'u')) AS index_options
FROM managed_table t
JOIN pg_catalog.pg_constraint con ON con.conrelid = t.oid
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_description dsc ON dsc.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
                                       AND dsc.objoid = con.oid AND dsc.objsubid = 0
WHERE con.contype IN ('p', 'u', 'c', 'f', 'x')
  AND con.conislocal
  -- clones of a partitioned table's constraint on its partitions belong to the parent
  AND con.conparentid = 0
ORDER BY con.conrelid, con.conname

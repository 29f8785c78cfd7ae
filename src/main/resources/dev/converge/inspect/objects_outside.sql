-- Objects the user created (OID >= 16384, FirstNormalObjectId: everything initdb made has a lower OID) in schemas
-- other than the parameter's, system schemas included: in the dev database, these are objects of the desired state
-- that the plan would silently leave out. Extension members and automatic parts of other objects (deptype 'e',
-- 'i': array types, identity sequences) do not count; indexes, TOAST tables and row types belong to their table.
-- Parameter: text[] of the managed schemas.
WITH own_object AS (
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid, c.relnamespace AS namespace
    FROM pg_catalog.pg_class c WHERE c.relkind NOT IN ('i', 'I', 't')
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, t.typnamespace
    FROM pg_catalog.pg_type t WHERE t.typrelid = 0 AND t.typtype <> 'm'
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, p.pronamespace FROM pg_catalog.pg_proc p
)
SELECT pg_catalog.pg_describe_object(o.classid, o.oid, 0) AS description
FROM own_object o
JOIN pg_catalog.pg_namespace n ON n.oid = o.namespace
WHERE o.oid >= 16384
  AND n.nspname <> ALL(?)
  AND n.nspname !~ '^pg_temp_' AND n.nspname !~ '^pg_toast'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = o.classid AND d.objid = o.oid AND d.deptype IN ('e', 'i'))
ORDER BY 1

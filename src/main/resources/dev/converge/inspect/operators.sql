-- User-defined operators of the requested schemas, as defined objects. PostgreSQL prints no CREATE OPERATOR, so the
-- statement is built here from pg_operator, the way pg_dump does: functions through regproc, types through
-- format_type, the commutator and negator as OPERATOR(schema.name) (all schema-qualified where needed, since
-- search_path is empty). The member tells overloads apart: "left, right" argument types (NONE for a prefix
-- operator), as DROP OPERATOR and COMMENT ON OPERATOR name them. Shell operators (no function yet: a commutator
-- named before it was created) and extension members are left out.
-- Parameter 1: text[] of schema names.
SELECT 'OPERATOR' AS kind,
       n.nspname AS schema_name,
       o.oprname AS name,
       CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprleft, NULL) END || ', '
           || pg_catalog.format_type(o.oprright, NULL) AS member,
       pg_catalog.quote_ident(n.nspname) || '.' || o.oprname || ' ('
           || CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprleft, NULL) END || ', '
           || pg_catalog.format_type(o.oprright, NULL) || ')' AS target,
       ARRAY['CREATE OPERATOR ' || pg_catalog.quote_ident(n.nspname) || '.' || o.oprname || ' ('
             || pg_catalog.array_to_string(ARRAY[
                 'FUNCTION = ' || o.oprcode::pg_catalog.regproc::text,
                 CASE WHEN o.oprleft <> 0 THEN 'LEFTARG = ' || pg_catalog.format_type(o.oprleft, NULL) END,
                 'RIGHTARG = ' || pg_catalog.format_type(o.oprright, NULL),
                 CASE WHEN o.oprcom <> 0 THEN 'COMMUTATOR = OPERATOR(' || pg_catalog.quote_ident(cn.nspname) || '.'
                                              || co.oprname || ')' END,
                 CASE WHEN o.oprnegate <> 0 THEN 'NEGATOR = OPERATOR(' || pg_catalog.quote_ident(nn.nspname) || '.'
                                                 || ng.oprname || ')' END,
                 CASE WHEN o.oprrest <> 0 THEN 'RESTRICT = ' || o.oprrest::pg_catalog.regproc::text END,
                 CASE WHEN o.oprjoin <> 0 THEN 'JOIN = ' || o.oprjoin::pg_catalog.regproc::text END,
                 CASE WHEN o.oprcanhash THEN 'HASHES' END,
                 CASE WHEN o.oprcanmerge THEN 'MERGES' END
             ], ', ') || ')'] AS definition,
       pg_catalog.obj_description(o.oid, 'pg_operator') AS comment
FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
LEFT JOIN pg_catalog.pg_operator co ON co.oid = o.oprcom
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.oprnamespace
LEFT JOIN pg_catalog.pg_operator ng ON ng.oid = o.oprnegate
LEFT JOIN pg_catalog.pg_namespace nn ON nn.oid = ng.oprnamespace
WHERE n.nspname = ANY (?)
  AND o.oprcode <> 0
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND d.objid = o.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname, o.oprname, member

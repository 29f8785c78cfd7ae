-- User-defined aggregates of the requested schemas, as defined objects. PostgreSQL prints no CREATE AGGREGATE, so
-- the statement is built here from pg_aggregate, option by option and in a fixed order, the way pg_dump does:
-- function and type names through regproc and format_type (schema-qualified where needed, since search_path is
-- empty), the argument list through pg_get_function_arguments (which writes ORDER BY for ordered-set aggregates).
-- An aggregate is a function as far as dependencies and privileges go (GRANT EXECUTE ON FUNCTION), so its member is
-- its identity arguments like a function's. Extension members are left out.
-- Parameter 1: text[] of schema names.
SELECT 'AGGREGATE' AS kind,
       n.nspname AS schema_name,
       p.proname AS name,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS member,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) || '('
           || CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_identity_arguments(p.oid) END
           || ')' AS target,
       ARRAY['CREATE AGGREGATE ' || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname)
             || '(' || CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_arguments(p.oid) END
             || ') (' || pg_catalog.array_to_string(ARRAY[
                 'SFUNC = ' || a.aggtransfn::pg_catalog.regproc::text,
                 'STYPE = ' || pg_catalog.format_type(a.aggtranstype, NULL),
                 CASE WHEN a.aggtransspace <> 0 THEN 'SSPACE = ' || a.aggtransspace END,
                 CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC = ' || a.aggfinalfn::pg_catalog.regproc::text END,
                 CASE WHEN a.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
                 CASE WHEN a.aggfinalfn <> 0 THEN 'FINALFUNC_MODIFY = '
                      || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                               ELSE 'READ_WRITE' END END,
                 CASE WHEN a.aggcombinefn <> 0 THEN 'COMBINEFUNC = ' || a.aggcombinefn::pg_catalog.regproc::text END,
                 CASE WHEN a.aggserialfn <> 0 THEN 'SERIALFUNC = ' || a.aggserialfn::pg_catalog.regproc::text END,
                 CASE WHEN a.aggdeserialfn <> 0
                      THEN 'DESERIALFUNC = ' || a.aggdeserialfn::pg_catalog.regproc::text END,
                 CASE WHEN a.agginitval IS NOT NULL THEN 'INITCOND = ' || pg_catalog.quote_literal(a.agginitval) END,
                 CASE WHEN a.aggmtransfn <> 0 THEN 'MSFUNC = ' || a.aggmtransfn::pg_catalog.regproc::text END,
                 CASE WHEN a.aggminvtransfn <> 0
                      THEN 'MINVFUNC = ' || a.aggminvtransfn::pg_catalog.regproc::text END,
                 CASE WHEN a.aggmtransfn <> 0 THEN 'MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL) END,
                 CASE WHEN a.aggmtransspace <> 0 THEN 'MSSPACE = ' || a.aggmtransspace END,
                 CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC = ' || a.aggmfinalfn::pg_catalog.regproc::text END,
                 CASE WHEN a.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
                 CASE WHEN a.aggmfinalfn <> 0 THEN 'MFINALFUNC_MODIFY = '
                      || CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                                ELSE 'READ_WRITE' END END,
                 CASE WHEN a.aggminitval IS NOT NULL THEN 'MINITCOND = ' || pg_catalog.quote_literal(a.aggminitval) END,
                 CASE WHEN a.aggsortop <> 0
                      THEN 'SORTOP = OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.' || op.oprname || ')' END,
                 CASE p.proparallel WHEN 's' THEN 'PARALLEL = SAFE' WHEN 'r' THEN 'PARALLEL = RESTRICTED' END,
                 CASE WHEN a.aggkind = 'h' THEN 'HYPOTHETICAL' END
             ], ', ') || ')'] AS definition,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS comment
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_operator op ON op.oid = a.aggsortop
LEFT JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
WHERE n.nspname = ANY (?)
  AND p.prokind = 'a'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid
                    AND d.deptype = 'e')
ORDER BY n.nspname, p.proname, member

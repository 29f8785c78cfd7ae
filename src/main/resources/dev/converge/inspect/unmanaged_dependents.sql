-- The edges from objects outside the managed schemas to objects inside them: a view of another schema reading a
-- managed table's column, a function with a SQL-standard body calling a managed function, a table whose column has
-- a managed type or collation, a foreign key referencing a managed table (its columns and its key's index), a
-- trigger calling a managed function, an index with a managed operator class, a text search configuration mapping a
-- managed dictionary, a column of a type a managed extension owns. PostgreSQL refuses to drop (or retype) what such
-- an object needs, and no plan touches the object itself, so the planner must refuse such a change up front
-- (diff/UnmanagedDependents). Only normal dependencies ('n') count: an automatic one ('a': an index, an owned
-- sequence) or an internal one ('i': a toast table, a constraint's index) goes with what it depends on without an
-- error, and an object of a managed extension ('e') goes with the extension. The dependent side is resolved like
-- dependencies.sql resolves it (a view's _RETURN rule to its view, a column default to its column, a trigger or
-- constraint to its table plus its name, an operator class's entry to its class), the referenced side to the managed
-- object as dependencies.sql names it (a relation's column, an array type's element type, an extension's object to
-- the extension, an operator by its argument types). Objects initdb made (OID < 16384) are left out. One pass over
-- pg_depend, whatever the number of objects.
-- Parameter 1: text[] of the managed schema names.
WITH requested AS (
    SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)
),
-- an extension's objects stand for the extension (as in dependencies.sql): the plan drops the extension, not them
extension_member AS (
    SELECT d.classid, d.objid, d.refobjid AS extension FROM pg_catalog.pg_depend d
    WHERE d.deptype = 'e' AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
),
-- a cast belongs to no schema: to the first schema other than pg_catalog of its source type, its target type and
-- its function, else to public, as casts.sql attributes it
cast_owner AS (
    SELECT ca.oid, ca.castsource, ca.casttarget,
           COALESCE(NULLIF(s.typnamespace, 'pg_catalog'::pg_catalog.regnamespace),
                    NULLIF(t.typnamespace, 'pg_catalog'::pg_catalog.regnamespace),
                    NULLIF(f.pronamespace, 'pg_catalog'::pg_catalog.regnamespace),
                    (SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = 'public')) AS namespace
    FROM pg_catalog.pg_cast ca
    JOIN pg_catalog.pg_type s ON s.oid = ca.castsource
    JOIN pg_catalog.pg_type t ON t.oid = ca.casttarget
    LEFT JOIN pg_catalog.pg_proc f ON f.oid = ca.castfunc
    WHERE ca.oid >= 16384
),
referenced AS (
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid AS objid, c.relkind,
           r.nspname AS schema_name, c.relname AS name,
           CASE c.relkind
               WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'TABLE' WHEN 'f' THEN 'TABLE' WHEN 'v' THEN 'VIEW'
               WHEN 'm' THEN 'MATERIALIZED_VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'c' THEN 'TYPE'
               WHEN 'i' THEN 'INDEX' WHEN 'I' THEN 'INDEX'
           END AS kind, NULL::text AS member
    FROM pg_catalog.pg_class c
    JOIN requested r ON r.oid = c.relnamespace
    -- an index: what a foreign key needs of the key it references (named like the key's constraint)
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S', 'c', 'i', 'I')
    UNION ALL
    -- an array type stands for its element type; a table's row type for the table
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, NULL, r.nspname, e.typname,
           CASE WHEN e.typtype = 'd' THEN 'DOMAIN' WHEN ec.relkind IN ('r', 'p', 'f') THEN 'TABLE'
                WHEN ec.relkind = 'v' THEN 'VIEW' WHEN ec.relkind = 'm' THEN 'MATERIALIZED_VIEW' ELSE 'TYPE' END,
           NULL
    FROM pg_catalog.pg_type t
    JOIN pg_catalog.pg_type e ON e.oid = CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE t.oid END
    LEFT JOIN pg_catalog.pg_class ec ON ec.oid = e.typrelid
    JOIN requested r ON r.oid = e.typnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, NULL, r.nspname, p.proname,
           CASE WHEN p.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
           pg_catalog.pg_get_function_identity_arguments(p.oid)
    FROM pg_catalog.pg_proc p
    JOIN requested r ON r.oid = p.pronamespace
    UNION ALL
    -- objects managed by their definition, named as dependencies.sql names them
    SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, NULL, r.nspname, o.oprname, 'OPERATOR',
           CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprleft, NULL) END || ', '
               || pg_catalog.format_type(o.oprright, NULL)
    FROM pg_catalog.pg_operator o
    JOIN requested r ON r.oid = o.oprnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, oc.oid, NULL, r.nspname, oc.opcname, 'OPERATOR_CLASS',
           am.amname::text
    FROM pg_catalog.pg_opclass oc
    JOIN requested r ON r.oid = oc.opcnamespace
    JOIN pg_catalog.pg_am am ON am.oid = oc.opcmethod
    UNION ALL
    SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, f.oid, NULL, r.nspname, f.opfname, 'OPERATOR_FAMILY',
           am.amname::text
    FROM pg_catalog.pg_opfamily f
    JOIN requested r ON r.oid = f.opfnamespace
    JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
    UNION ALL
    SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, co.oid, NULL, r.nspname, co.collname, 'COLLATION', NULL
    FROM pg_catalog.pg_collation co
    JOIN requested r ON r.oid = co.collnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, o.oid, NULL, r.nspname, o.cfgname,
           'TEXT_SEARCH_CONFIGURATION', NULL
    FROM pg_catalog.pg_ts_config o JOIN requested r ON r.oid = o.cfgnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, o.oid, NULL, r.nspname, o.dictname,
           'TEXT_SEARCH_DICTIONARY', NULL
    FROM pg_catalog.pg_ts_dict o JOIN requested r ON r.oid = o.dictnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, o.oid, NULL, r.nspname, o.prsname,
           'TEXT_SEARCH_PARSER', NULL
    FROM pg_catalog.pg_ts_parser o JOIN requested r ON r.oid = o.prsnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, o.oid, NULL, r.nspname, o.tmplname,
           'TEXT_SEARCH_TEMPLATE', NULL
    FROM pg_catalog.pg_ts_template o JOIN requested r ON r.oid = o.tmplnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_cast'::pg_catalog.regclass, ca.oid, NULL, r.nspname,
           pg_catalog.format_type(ca.castsource, NULL) || ' AS ' || pg_catalog.format_type(ca.casttarget, NULL),
           'CAST', NULL
    FROM cast_owner ca
    JOIN requested r ON r.oid = ca.namespace
    UNION ALL
    -- an extension, and each object it owns: dropping the extension drops them
    SELECT 'pg_catalog.pg_extension'::pg_catalog.regclass, e.oid, NULL, r.nspname, e.extname, 'EXTENSION', NULL
    FROM pg_catalog.pg_extension e
    JOIN requested r ON r.oid = e.extnamespace
    UNION ALL
    SELECT m.classid, m.objid, NULL, r.nspname, e.extname, 'EXTENSION', NULL
    FROM extension_member m
    JOIN pg_catalog.pg_extension e ON e.oid = m.extension
    JOIN requested r ON r.oid = e.extnamespace
),
edge AS (
    SELECT d.classid, d.objid, d.objsubid,
           CASE WHEN d.refobjsubid = 0 THEN ref.kind ELSE 'COLUMN' END AS referenced_kind,
           ref.schema_name AS referenced_schema, ref.name AS referenced_name,
           CASE WHEN d.refobjsubid = 0 THEN ref.member ELSE ra.attname::text END AS referenced_member
    FROM pg_catalog.pg_depend d
    JOIN referenced ref ON ref.classid = d.refclassid AND ref.objid = d.refobjid
    LEFT JOIN pg_catalog.pg_attribute ra ON d.refobjsubid <> 0 AND ra.attrelid = d.refobjid
                                         AND ra.attnum = d.refobjsubid
    WHERE d.deptype = 'n' AND d.objid >= 16384
      -- an object of a managed extension goes with the extension, wherever it lives
      AND NOT EXISTS (SELECT 1 FROM extension_member m
                      JOIN pg_catalog.pg_extension x ON x.oid = m.extension
                      JOIN requested r ON r.oid = x.extnamespace
                      WHERE m.classid = d.classid AND m.objid = d.objid)
      AND (d.refobjsubid = 0 OR (ref.relkind IN ('r', 'p', 'f', 'v', 'm') AND ra.attnum > 0
                                 AND NOT ra.attisdropped))
),
dependent AS (
    -- a view's or materialized view's query, another rule
    SELECT e.*, CASE WHEN ru.rulename <> '_RETURN' THEN 'RULE' WHEN c.relkind = 'm' THEN 'MATERIALIZED_VIEW'
                     ELSE 'VIEW' END AS dependent_kind,
           c.relnamespace AS namespace, c.relname::text AS dependent_name,
           CASE WHEN ru.rulename <> '_RETURN' THEN ru.rulename::text END AS dependent_member
    FROM edge e
    JOIN pg_catalog.pg_rewrite ru ON e.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND ru.oid = e.objid
    JOIN pg_catalog.pg_class c ON c.oid = ru.ev_class
    UNION ALL
    -- a relation, or one column of it (its type, its collation)
    SELECT e.*, CASE WHEN e.objsubid <> 0 AND c.relkind IN ('r', 'p', 'f') THEN 'COLUMN'
                     WHEN c.relkind IN ('r', 'p', 'f') THEN 'TABLE' WHEN c.relkind = 'm' THEN 'MATERIALIZED_VIEW'
                     WHEN c.relkind = 'v' THEN 'VIEW' WHEN c.relkind = 'S' THEN 'SEQUENCE'
                     WHEN c.relkind IN ('i', 'I') THEN 'INDEX' ELSE 'TYPE' END,
           c.relnamespace, c.relname::text,
           CASE WHEN e.objsubid <> 0 AND c.relkind IN ('r', 'p', 'f') THEN a.attname::text END
    FROM edge e
    JOIN pg_catalog.pg_class c ON e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND c.oid = e.objid
    LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = e.objsubid AND e.objsubid <> 0
    UNION ALL
    -- a column's default or generation expression
    SELECT e.*, 'COLUMN', c.relnamespace, c.relname::text, a.attname::text
    FROM edge e
    JOIN pg_catalog.pg_attrdef ad ON e.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND ad.oid = e.objid
    JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid
    JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
    UNION ALL
    SELECT e.*, CASE WHEN p.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, p.pronamespace, p.proname::text,
           pg_catalog.pg_get_function_identity_arguments(p.oid)
    FROM edge e
    JOIN pg_catalog.pg_proc p ON e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = e.objid
    UNION ALL
    SELECT e.*, 'TRIGGER', c.relnamespace, c.relname::text, tg.tgname::text
    FROM edge e
    JOIN pg_catalog.pg_trigger tg ON e.classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND tg.oid = e.objid
    JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
    WHERE NOT tg.tgisinternal
    UNION ALL
    SELECT e.*, 'POLICY', c.relnamespace, c.relname::text, po.polname::text
    FROM edge e
    JOIN pg_catalog.pg_policy po ON e.classid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND po.oid = e.objid
    JOIN pg_catalog.pg_class c ON c.oid = po.polrelid
    UNION ALL
    -- a constraint of a table (a foreign key, a check) or of a domain
    SELECT e.*, CASE WHEN con.contypid <> 0 THEN 'DOMAIN' ELSE 'CONSTRAINT' END,
           COALESCE(c.relnamespace, t.typnamespace), COALESCE(c.relname, t.typname)::text,
           CASE WHEN con.contypid = 0 THEN con.conname::text END
    FROM edge e
    JOIN pg_catalog.pg_constraint con ON e.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
                                     AND con.oid = e.objid
    LEFT JOIN pg_catalog.pg_class c ON c.oid = con.conrelid AND con.conrelid <> 0
    LEFT JOIN pg_catalog.pg_type t ON t.oid = con.contypid AND con.contypid <> 0
    UNION ALL
    -- objects managed by their definition: an operator or aggregate calling a managed function, an operator
    -- class or family using a managed type or operator, a text search configuration using a managed dictionary
    SELECT e.*, 'OPERATOR', o.oprnamespace, o.oprname::text,
           CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprleft, NULL) END || ', '
               || pg_catalog.format_type(o.oprright, NULL)
    FROM edge e
    JOIN pg_catalog.pg_operator o ON e.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND o.oid = e.objid
    UNION ALL
    SELECT e.*, 'OPERATOR_CLASS', oc.opcnamespace, oc.opcname::text, am.amname::text
    FROM edge e
    JOIN pg_catalog.pg_opclass oc ON e.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND oc.oid = e.objid
    JOIN pg_catalog.pg_am am ON am.oid = oc.opcmethod
    UNION ALL
    SELECT e.*, 'OPERATOR_FAMILY', f.opfnamespace, f.opfname::text, am.amname::text
    FROM edge e
    JOIN pg_catalog.pg_opfamily f ON e.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND f.oid = e.objid
    JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
    UNION ALL
    -- an operator or function entry of a class or family (pg_amop, pg_amproc): the class it was created with
    -- (internal dependency), else its family (automatic)
    SELECT e.*, CASE WHEN oc.oid IS NOT NULL THEN 'OPERATOR_CLASS' ELSE 'OPERATOR_FAMILY' END,
           COALESCE(oc.opcnamespace, f.opfnamespace), COALESCE(oc.opcname, f.opfname)::text, am.amname::text
    FROM edge e
    JOIN pg_catalog.pg_depend owner ON owner.classid = e.classid AND owner.objid = e.objid
                                   AND owner.deptype IN ('i', 'a')
    LEFT JOIN pg_catalog.pg_opclass oc ON owner.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
                                      AND oc.oid = owner.refobjid
    LEFT JOIN pg_catalog.pg_opfamily f ON owner.refclassid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
                                      AND f.oid = owner.refobjid
    JOIN pg_catalog.pg_am am ON am.oid = COALESCE(oc.opcmethod, f.opfmethod)
    WHERE e.classid IN ('pg_catalog.pg_amop'::pg_catalog.regclass, 'pg_catalog.pg_amproc'::pg_catalog.regclass)
    UNION ALL
    SELECT e.*, 'TEXT_SEARCH_CONFIGURATION', o.cfgnamespace, o.cfgname::text, NULL
    FROM edge e
    JOIN pg_catalog.pg_ts_config o ON e.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND o.oid = e.objid
    UNION ALL
    SELECT e.*, 'TEXT_SEARCH_DICTIONARY', o.dictnamespace, o.dictname::text, NULL
    FROM edge e
    JOIN pg_catalog.pg_ts_dict o ON e.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND o.oid = e.objid
    UNION ALL
    SELECT e.*, 'STATISTICS', s.stxnamespace, s.stxname::text, NULL
    FROM edge e
    JOIN pg_catalog.pg_statistic_ext s ON e.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
                                      AND s.oid = e.objid
    UNION ALL
    SELECT e.*, 'CAST', ca.namespace, pg_catalog.format_type(ca.castsource, NULL) || ' AS '
               || pg_catalog.format_type(ca.casttarget, NULL), NULL
    FROM edge e
    JOIN cast_owner ca ON e.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND ca.oid = e.objid
    UNION ALL
    -- a domain or other type over a managed type
    SELECT e.*, CASE WHEN t.typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.typnamespace, t.typname::text, NULL
    FROM edge e
    JOIN pg_catalog.pg_type t ON e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = e.objid
)
SELECT DISTINCT d.dependent_kind, n.nspname AS dependent_schema, d.dependent_name, d.dependent_member,
       d.referenced_kind, d.referenced_schema, d.referenced_name, d.referenced_member
FROM dependent d
JOIN pg_catalog.pg_namespace n ON n.oid = d.namespace
WHERE NOT EXISTS (SELECT 1 FROM requested r WHERE r.oid = d.namespace)
  AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp_'

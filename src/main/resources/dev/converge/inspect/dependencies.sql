-- The edges of the dependency graph between objects of the requested schemas, from pg_depend. Each side is
-- resolved to the managed object it belongs to: a view's _RETURN rule to its view, a column of a view that depends on
-- something (its type, its collation) to the view, a column default (pg_attrdef) to its column, an array type to its element type, a trigger or policy to its
-- table plus its name, a function to its identity arguments. Only normal and automatic dependencies ('n', 'a')
-- are read; internal ones (a view's rule on its view, a table's row type) are parts of one object. An extension's
-- member objects resolve to the extension. Other objects that are not in the requested schemas, and system objects,
-- resolve to nothing and their edges are left out. Neither sorted nor distinct: CatalogInspector removes duplicate edges and Catalog sorts them, which
-- costs less there than a sort of every edge by eight text columns here.
-- Parameter 1: text[] of schema names.
WITH requested AS (
    SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n WHERE n.nspname = ANY (?)
),
extension_member AS (
    SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
),
relation AS (
    SELECT c.oid, c.relkind, r.nspname AS schema_name, c.relname AS name,
           CASE c.relkind
               WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'TABLE' WHEN 'v' THEN 'VIEW'
               WHEN 'm' THEN 'MATERIALIZED_VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'i' THEN 'INDEX'
               WHEN 'I' THEN 'INDEX' WHEN 'c' THEN 'TYPE' WHEN 'f' THEN 'TABLE'
           END AS kind
    FROM pg_catalog.pg_class c
    JOIN requested r ON r.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'i', 'I', 'c', 'f')
      AND NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND m.objid = c.oid)
),
type_object AS (
    -- An array type stands for its element type; a relation's row type is the relation's business.
    SELECT t.oid, r.nspname AS schema_name, e.typname AS name,
           CASE WHEN e.typtype = 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS kind
    FROM pg_catalog.pg_type t
    JOIN pg_catalog.pg_type e ON e.oid = CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE t.oid END
    JOIN requested r ON r.oid = e.typnamespace
    WHERE (e.typrelid = 0 OR EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                                     WHERE c.oid = e.typrelid AND c.relkind = 'c'))
      AND NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND m.objid = e.oid)
),
wrapper AS (
    -- the foreign-data wrappers attributed to a requested schema (see foreign_data.sql)
    SELECT w.oid, w.fdwname, r.nspname AS schema_name
    FROM pg_catalog.pg_foreign_data_wrapper w
    LEFT JOIN pg_catalog.pg_proc h ON h.oid = w.fdwhandler
    LEFT JOIN pg_catalog.pg_namespace hn ON hn.oid = h.pronamespace
    LEFT JOIN pg_catalog.pg_proc v ON v.oid = w.fdwvalidator
    LEFT JOIN pg_catalog.pg_namespace vn ON vn.oid = v.pronamespace
    JOIN requested r ON r.nspname = COALESCE(NULLIF(hn.nspname, 'pg_catalog'), NULLIF(vn.nspname, 'pg_catalog'),
                                             'public')
),
publication AS (
    -- the publications attributed to a requested schema (see publications.sql)
    SELECT p.oid, p.pubname, r.nspname AS schema_name
    FROM pg_catalog.pg_publication p
    JOIN requested r ON r.nspname = COALESCE(
        (SELECT pg_catalog.min(n.nspname::text COLLATE "C") FROM pg_catalog.pg_namespace n
         WHERE n.oid IN (SELECT c.relnamespace FROM pg_catalog.pg_publication_rel pr
                         JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid WHERE pr.prpubid = p.oid
                         UNION ALL
                         SELECT pn.pnnspid FROM pg_catalog.pg_publication_namespace pn WHERE pn.pnpubid = p.oid)),
        'public')
),
object AS (
    -- One row per object, not per column: an edge's objsubid picks the column below (listing every column here
    -- made this the largest relation of the query). Materialized: both sides of every edge look it up.
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid AS objid, c.relkind,
           c.kind, c.schema_name, c.name, NULL::text AS member
    FROM relation c
    UNION ALL
    SELECT 'pg_catalog.pg_attrdef'::pg_catalog.regclass, ad.oid, NULL, 'COLUMN', c.schema_name, c.name,
           a.attname::text
    FROM pg_catalog.pg_attrdef ad
    JOIN relation c ON c.oid = ad.adrelid
    JOIN pg_catalog.pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
    UNION ALL
    SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, ru.oid, NULL, c.kind, c.schema_name, c.name, NULL
    FROM pg_catalog.pg_rewrite ru
    JOIN relation c ON c.oid = ru.ev_class
    WHERE ru.rulename = '_RETURN'
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, NULL, t.kind, t.schema_name, t.name, NULL
    FROM type_object t
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, NULL,
           CASE WHEN p.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, r.nspname, p.proname,
           pg_catalog.pg_get_function_identity_arguments(p.oid)
    FROM pg_catalog.pg_proc p
    JOIN requested r ON r.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND m.objid = p.oid)
    UNION ALL
    SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, tg.oid, NULL, 'TRIGGER', c.schema_name, c.name,
           tg.tgname::text
    FROM pg_catalog.pg_trigger tg
    JOIN relation c ON c.oid = tg.tgrelid
    WHERE NOT tg.tgisinternal
    UNION ALL
    SELECT 'pg_catalog.pg_policy'::pg_catalog.regclass, po.oid, NULL, 'POLICY', c.schema_name, c.name,
           po.polname::text
    FROM pg_catalog.pg_policy po
    JOIN relation c ON c.oid = po.polrelid
    UNION ALL
    -- An extension, and each object it owns, stands for the extension: what uses an extension's operator class,
    -- function or type depends on the extension (which must outlive it).
    SELECT 'pg_catalog.pg_extension'::pg_catalog.regclass, e.oid, NULL, 'EXTENSION', en.nspname, e.extname, NULL
    FROM pg_catalog.pg_extension e
    JOIN pg_catalog.pg_namespace en ON en.oid = e.extnamespace
    UNION ALL
    SELECT m.classid, m.objid, NULL, 'EXTENSION', en.nspname, e.extname, NULL
    FROM pg_catalog.pg_depend m
    JOIN pg_catalog.pg_extension e ON e.oid = m.refobjid
    JOIN pg_catalog.pg_namespace en ON en.oid = e.extnamespace
    WHERE m.deptype = 'e' AND m.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
    UNION ALL
    -- a rule other than a view's own query is an object of its own, named by its table and its name
    SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, ru.oid, NULL, 'RULE', c.schema_name, c.name,
           ru.rulename::text
    FROM pg_catalog.pg_rewrite ru
    JOIN relation c ON c.oid = ru.ev_class
    WHERE ru.rulename <> '_RETURN'
    UNION ALL
    -- operators by their argument types, operator classes and families by their index method
    SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, NULL, 'OPERATOR', r.nspname, o.oprname,
           CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprleft, NULL) END || ', '
               || pg_catalog.format_type(o.oprright, NULL)
    FROM pg_catalog.pg_operator o
    JOIN requested r ON r.oid = o.oprnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_opclass'::pg_catalog.regclass, oc.oid, NULL, 'OPERATOR_CLASS', r.nspname, oc.opcname,
           am.amname::text
    FROM pg_catalog.pg_opclass oc
    JOIN requested r ON r.oid = oc.opcnamespace
    JOIN pg_catalog.pg_am am ON am.oid = oc.opcmethod
    UNION ALL
    SELECT 'pg_catalog.pg_opfamily'::pg_catalog.regclass, f.oid, NULL, 'OPERATOR_FAMILY', r.nspname, f.opfname,
           am.amname::text
    FROM pg_catalog.pg_opfamily f
    JOIN requested r ON r.oid = f.opfnamespace
    JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
    UNION ALL
    -- an operator or function entry of a class or family (pg_amop, pg_amproc) stands for the class it was
    -- created with (internal dependency), else for its family: what it names is what the class or family uses
    SELECT d.classid, d.objid, NULL, CASE WHEN oc.oid IS NOT NULL THEN 'OPERATOR_CLASS' ELSE 'OPERATOR_FAMILY' END,
           r.nspname, COALESCE(oc.opcname, f.opfname), am.amname::text
    FROM pg_catalog.pg_depend d
    LEFT JOIN pg_catalog.pg_opclass oc ON d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
                                      AND oc.oid = d.refobjid
    LEFT JOIN pg_catalog.pg_opfamily f ON d.refclassid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
                                      AND f.oid = d.refobjid
    JOIN requested r ON r.oid = COALESCE(oc.opcnamespace, f.opfnamespace)
    JOIN pg_catalog.pg_am am ON am.oid = COALESCE(oc.opcmethod, f.opfmethod)
    WHERE d.classid IN ('pg_catalog.pg_amop'::pg_catalog.regclass, 'pg_catalog.pg_amproc'::pg_catalog.regclass)
      AND d.deptype IN ('i', 'a')
      AND (oc.oid IS NOT NULL OR f.oid IS NOT NULL)
    UNION ALL
    SELECT 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass, s.oid, NULL, 'STATISTICS', r.nspname, s.stxname,
           NULL
    FROM pg_catalog.pg_statistic_ext s
    JOIN requested r ON r.oid = s.stxnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, co.oid, NULL, 'COLLATION', r.nspname, co.collname,
           NULL
    FROM pg_catalog.pg_collation co
    JOIN requested r ON r.oid = co.collnamespace
    WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND m.objid = co.oid)
    UNION ALL
    -- a cast and an event trigger belong to no schema: attributed as casts.sql and event_triggers.sql do
    SELECT 'pg_catalog.pg_cast'::pg_catalog.regclass, ca.oid, NULL, 'CAST', r.nspname,
           pg_catalog.format_type(ca.castsource, NULL) || ' AS ' || pg_catalog.format_type(ca.casttarget, NULL), NULL
    FROM pg_catalog.pg_cast ca
    JOIN pg_catalog.pg_type s ON s.oid = ca.castsource
    JOIN pg_catalog.pg_namespace sn ON sn.oid = s.typnamespace
    JOIN pg_catalog.pg_type t ON t.oid = ca.casttarget
    JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
    LEFT JOIN pg_catalog.pg_proc f ON f.oid = ca.castfunc
    LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
    JOIN requested r ON r.nspname = COALESCE(NULLIF(sn.nspname, 'pg_catalog'), NULLIF(tn.nspname, 'pg_catalog'),
                                             NULLIF(fn.nspname, 'pg_catalog'), 'public')
    WHERE ca.oid >= 16384
    UNION ALL
    SELECT 'pg_catalog.pg_event_trigger'::pg_catalog.regclass, ev.oid, NULL, 'EVENT_TRIGGER', r.nspname, ev.evtname,
           NULL
    FROM pg_catalog.pg_event_trigger ev
    JOIN pg_catalog.pg_proc p ON p.oid = ev.evtfoid
    JOIN requested r ON r.oid = p.pronamespace
    UNION ALL
    SELECT 'pg_catalog.pg_ts_config'::pg_catalog.regclass, o.oid, NULL, 'TEXT_SEARCH_CONFIGURATION', r.nspname,
           o.cfgname, NULL
    FROM pg_catalog.pg_ts_config o JOIN requested r ON r.oid = o.cfgnamespace
    WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'pg_catalog.pg_ts_dict'::pg_catalog.regclass, o.oid, NULL, 'TEXT_SEARCH_DICTIONARY', r.nspname,
           o.dictname, NULL
    FROM pg_catalog.pg_ts_dict o JOIN requested r ON r.oid = o.dictnamespace
    WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'pg_catalog.pg_ts_parser'::pg_catalog.regclass, o.oid, NULL, 'TEXT_SEARCH_PARSER', r.nspname,
           o.prsname, NULL
    FROM pg_catalog.pg_ts_parser o JOIN requested r ON r.oid = o.prsnamespace
    WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_ts_parser'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    SELECT 'pg_catalog.pg_ts_template'::pg_catalog.regclass, o.oid, NULL, 'TEXT_SEARCH_TEMPLATE', r.nspname,
           o.tmplname, NULL
    FROM pg_catalog.pg_ts_template o JOIN requested r ON r.oid = o.tmplnamespace
    WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_ts_template'::pg_catalog.regclass AND m.objid = o.oid)
    UNION ALL
    -- a foreign-data wrapper, its servers and their user mappings: attributed as foreign_data.sql does
    SELECT 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass, w.oid, NULL, 'FOREIGN_DATA_WRAPPER',
           w.schema_name, w.fdwname, NULL
    FROM wrapper w
    WHERE NOT EXISTS (SELECT 1 FROM extension_member m
                      WHERE m.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
                        AND m.objid = w.oid)
    UNION ALL
    SELECT 'pg_catalog.pg_foreign_server'::pg_catalog.regclass, s.oid, NULL, 'SERVER', w.schema_name, s.srvname, NULL
    FROM pg_catalog.pg_foreign_server s
    JOIN wrapper w ON w.oid = s.srvfdw
    UNION ALL
    SELECT 'pg_catalog.pg_user_mapping'::pg_catalog.regclass, u.umid, NULL, 'USER_MAPPING', w.schema_name,
           CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(u.umuser)) END
               || ' SERVER ' || pg_catalog.quote_ident(s.srvname), NULL
    -- the view: the table pg_user_mapping is readable by superusers only
    FROM pg_catalog.pg_user_mappings u
    JOIN pg_catalog.pg_foreign_server s ON s.oid = u.srvid
    JOIN wrapper w ON w.oid = s.srvfdw
    UNION ALL
    -- a publication, and its table entries as the publication: what it publishes is what it depends on
    SELECT 'pg_catalog.pg_publication'::pg_catalog.regclass, pu.oid, NULL, 'PUBLICATION', pu.schema_name, pu.pubname,
           NULL
    FROM publication pu
    UNION ALL
    SELECT 'pg_catalog.pg_publication_rel'::pg_catalog.regclass, pr.oid, NULL, 'PUBLICATION', pu.schema_name,
           pu.pubname, NULL
    FROM pg_catalog.pg_publication_rel pr
    JOIN publication pu ON pu.oid = pr.prpubid
    UNION ALL
    SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, con.oid, NULL,
           CASE WHEN con.contypid <> 0 THEN 'DOMAIN' ELSE 'CONSTRAINT' END,
           COALESCE(c.schema_name, t.schema_name), COALESCE(c.name, t.name),
           CASE WHEN con.contypid = 0 THEN con.conname::text END
    FROM pg_catalog.pg_constraint con
    LEFT JOIN relation c ON c.oid = con.conrelid AND con.conrelid <> 0
    LEFT JOIN type_object t ON t.oid = con.contypid AND con.contypid <> 0
    WHERE c.oid IS NOT NULL OR t.oid IS NOT NULL
),
-- Each side of an edge as a managed object. A referenced column (refobjsubid <> 0) of a table, foreign table, view
-- or materialized view is that column: what reads a view's column must wait for the CREATE OR REPLACE VIEW that
-- adds it, and PostgreSQL records only the column when a query reads a relation's columns (no edge to the whole
-- view). A dependent column of a table is that column, a dependent column of a view (its type, its collation) is
-- the view, which is created and dropped whole. A column of any other relation, or a dropped or system column, is
-- nothing (the edge is left out).
edge AS (
    SELECT CASE WHEN d.objsubid = 0 THEN dep.kind WHEN dep.kind = 'TABLE' THEN 'COLUMN' ELSE dep.kind END
               AS dependent_kind,
           dep.schema_name AS dependent_schema, dep.name AS dependent_name,
           CASE WHEN d.objsubid = 0 THEN dep.member WHEN dep.kind = 'TABLE' THEN da.attname::text END
               AS dependent_member,
           CASE WHEN d.refobjsubid = 0 THEN ref.kind ELSE 'COLUMN' END AS referenced_kind,
           ref.schema_name AS referenced_schema, ref.name AS referenced_name,
           CASE WHEN d.refobjsubid = 0 THEN ref.member ELSE ra.attname::text END AS referenced_member
    FROM pg_catalog.pg_depend d
    JOIN object dep ON dep.classid = d.classid AND dep.objid = d.objid
    JOIN object ref ON ref.classid = d.refclassid AND ref.objid = d.refobjid
    LEFT JOIN pg_catalog.pg_attribute da ON d.objsubid <> 0 AND da.attrelid = d.objid AND da.attnum = d.objsubid
    LEFT JOIN pg_catalog.pg_attribute ra ON d.refobjsubid <> 0 AND ra.attrelid = d.refobjid
                                         AND ra.attnum = d.refobjsubid
    WHERE d.deptype IN ('n', 'a')
      AND (d.objsubid = 0 OR (dep.relkind IN ('r', 'p', 'v', 'm', 'f') AND da.attnum > 0 AND NOT da.attisdropped))
      AND (d.refobjsubid = 0
           OR (ref.relkind IN ('r', 'p', 'v', 'm', 'f') AND ra.attnum > 0 AND NOT ra.attisdropped))
)
-- Not DISTINCT and not sorted: the reader removes duplicates and the catalog sorts its edges.
SELECT e.*
FROM edge e
WHERE (e.dependent_kind, e.dependent_schema, e.dependent_name, COALESCE(e.dependent_member, ''))
      IS DISTINCT FROM (e.referenced_kind, e.referenced_schema, e.referenced_name, COALESCE(e.referenced_member, ''))

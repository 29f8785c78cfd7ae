-- Publications (logical replication), as defined objects. A publication belongs to no schema: it is attributed to
-- the first schema (by name) of its tables and TABLES IN SCHEMA entries, else public (dependencies.sql and
-- schemas_in_use.sql do the same), where it is read, planned and written. The statements are built as pg_dump
-- writes them, which is how a structure.sql or dbmate schema carries them: CREATE PUBLICATION with its options,
-- then one ALTER PUBLICATION ... ADD per table (with its column list and row filter) and per schema, tables and
-- schemas in name order. Needs PostgreSQL 15 (column lists, row filters, TABLES IN SCHEMA).
-- Parameter 1: text[] of schema names.
WITH publication AS (
    SELECT p.oid, p.pubname, p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete, p.pubtruncate, p.pubviaroot,
           COALESCE((SELECT pg_catalog.min(n.nspname::text COLLATE "C") FROM pg_catalog.pg_namespace n
                     WHERE n.oid IN (SELECT c.relnamespace FROM pg_catalog.pg_publication_rel pr
                                     JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid WHERE pr.prpubid = p.oid
                                     UNION ALL
                                     SELECT pn.pnnspid FROM pg_catalog.pg_publication_namespace pn
                                     WHERE pn.pnpubid = p.oid)), 'public') AS schema_name
    FROM pg_catalog.pg_publication p
)
SELECT 'PUBLICATION' AS kind,
       p.schema_name,
       p.pubname AS name,
       NULL::text AS member,
       pg_catalog.quote_ident(p.pubname) AS target,
       ARRAY['CREATE PUBLICATION ' || pg_catalog.quote_ident(p.pubname)
             || CASE WHEN p.puballtables THEN ' FOR ALL TABLES' ELSE '' END
             || ' WITH (publish = '
             || pg_catalog.quote_literal(pg_catalog.array_to_string(
                    ARRAY[CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
                          CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END],
                    ', '))
             || CASE WHEN p.pubviaroot THEN ', publish_via_partition_root = true' ELSE '' END || ')']
           || ARRAY(SELECT 'ALTER PUBLICATION ' || pg_catalog.quote_ident(p.pubname) || ' ADD TABLE ONLY '
                           || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)
                           || COALESCE(' (' || (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', '
                                                                            ORDER BY k.i)
                                                FROM pg_catalog.unnest(pr.prattrs::pg_catalog.int2[])
                                                     WITH ORDINALITY AS k (attnum, i)
                                                JOIN pg_catalog.pg_attribute a
                                                  ON a.attrelid = c.oid AND a.attnum = k.attnum) || ')', '')
                           || COALESCE(' WHERE (' || pg_catalog.pg_get_expr(pr.prqual, c.oid) || ')', '')
                    FROM pg_catalog.pg_publication_rel pr
                    JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
                    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                    WHERE pr.prpubid = p.oid
                    ORDER BY n.nspname, c.relname)
           || ARRAY(SELECT 'ALTER PUBLICATION ' || pg_catalog.quote_ident(p.pubname) || ' ADD TABLES IN SCHEMA '
                           || pg_catalog.quote_ident(n.nspname)
                    FROM pg_catalog.pg_publication_namespace pn
                    JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid
                    WHERE pn.pnpubid = p.oid
                    ORDER BY n.nspname) AS definition,
       pg_catalog.obj_description(p.oid, 'pg_publication') AS comment
FROM publication p
WHERE p.schema_name = ANY (?)
ORDER BY p.schema_name, p.pubname

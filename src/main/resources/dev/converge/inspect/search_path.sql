-- The schemas unqualified names resolve to in this session, in order ("$user" resolved, missing schemas and the
-- implicit pg_catalog left out). No parameter.
SELECT s.schema_name
FROM pg_catalog.unnest(pg_catalog.current_schemas(false)) WITH ORDINALITY AS s(schema_name, position)
ORDER BY s.position

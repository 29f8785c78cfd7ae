-- expect: system_schema_pg_catalog.sql:2:
CREATE TABLE pg_catalog.mine (id int);

-- The grantor keeps its grant options on the schema, the view and the function but loses them on the table and
-- the column; the reader keeps the table's SELECT (without passing it on), the writer its UPDATE and the SELECT the
-- reader passed on (a chain of two), now granted by the owner; the reader loses the column, view and function
-- privileges the grantor gave it.
DO $$ BEGIN CREATE ROLE "Converge Grantor"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "converge-reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE SCHEMA "Shop Data";
CREATE TABLE "Shop Data"."Orders" (id int PRIMARY KEY, "Total" numeric, note text);
CREATE VIEW "Shop Data".order_notes AS SELECT id, note FROM "Shop Data"."Orders";
CREATE FUNCTION "Shop Data".total(o int) RETURNS numeric LANGUAGE sql AS $$ SELECT 1::numeric $$;
GRANT USAGE ON SCHEMA "Shop Data" TO "Converge Grantor" WITH GRANT OPTION;
GRANT SELECT, UPDATE ON "Shop Data"."Orders" TO "Converge Grantor";
GRANT UPDATE ("Total") ON "Shop Data"."Orders" TO "Converge Grantor";
GRANT SELECT ON "Shop Data".order_notes TO "Converge Grantor" WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION "Shop Data".total(int) TO "Converge Grantor" WITH GRANT OPTION;
GRANT USAGE ON SCHEMA "Shop Data" TO "converge-reader";
GRANT SELECT ON "Shop Data"."Orders" TO "converge-reader";
GRANT SELECT, UPDATE ON "Shop Data"."Orders" TO converge_test_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE "Converge Grantor" IN SCHEMA "Shop Data" GRANT SELECT ON TABLES TO "converge-reader";

-- Privileges passed on by roles holding them WITH GRANT OPTION (their grantor is that role, not the owner), in a
-- schema and on a table whose names need quoting, to roles whose names need quoting.
DO $$ BEGIN CREATE ROLE "Converge Grantor"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "converge-reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE converge_test_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE SCHEMA "Shop Data";
CREATE TABLE "Shop Data"."Orders" (id int PRIMARY KEY, "Total" numeric, note text);
CREATE VIEW "Shop Data".order_notes AS SELECT id, note FROM "Shop Data"."Orders";
CREATE FUNCTION "Shop Data".total(o int) RETURNS numeric LANGUAGE sql AS $$ SELECT 1::numeric $$;
GRANT USAGE ON SCHEMA "Shop Data" TO "Converge Grantor" WITH GRANT OPTION;
GRANT SELECT, UPDATE ON "Shop Data"."Orders" TO "Converge Grantor" WITH GRANT OPTION;
GRANT UPDATE ("Total") ON "Shop Data"."Orders" TO "Converge Grantor" WITH GRANT OPTION;
GRANT SELECT ON "Shop Data".order_notes TO "Converge Grantor" WITH GRANT OPTION;
GRANT EXECUTE ON FUNCTION "Shop Data".total(int) TO "Converge Grantor" WITH GRANT OPTION;
SET ROLE "Converge Grantor";
GRANT USAGE ON SCHEMA "Shop Data" TO "converge-reader";
GRANT SELECT ON "Shop Data"."Orders" TO "converge-reader" WITH GRANT OPTION;
GRANT UPDATE ON "Shop Data"."Orders" TO converge_test_writer;
GRANT UPDATE ("Total") ON "Shop Data"."Orders" TO "converge-reader";
GRANT SELECT ON "Shop Data".order_notes TO "converge-reader";
GRANT EXECUTE ON FUNCTION "Shop Data".total(int) TO "converge-reader";
RESET ROLE;
SET ROLE "converge-reader";
GRANT SELECT ON "Shop Data"."Orders" TO converge_test_writer;
RESET ROLE;
ALTER DEFAULT PRIVILEGES FOR ROLE "Converge Grantor" IN SCHEMA "Shop Data" GRANT SELECT ON TABLES TO "converge-reader";

-- The ends of the chains lose what they held (the table's SELECT, the schema's USAGE, the column's UPDATE); every
-- role above keeps its grant option, the side branch its SELECT; on notes, the middle role keeps SELECT without
-- its grant option while the end keeps its SELECT.
DO $$ BEGIN CREATE ROLE "Chain Top"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE chain_mid; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE chain_low; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "chain-end"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE chain_side; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE SCHEMA "Chained";
CREATE TABLE "Chained".items (id int PRIMARY KEY, "Label" text);
CREATE TABLE "Chained".notes (id int, body text);
GRANT SELECT ON "Chained".items TO "Chain Top" WITH GRANT OPTION;
GRANT SELECT ON "Chained".items TO chain_mid WITH GRANT OPTION;
GRANT SELECT ON "Chained".items TO chain_side;
GRANT USAGE ON SCHEMA "Chained" TO "Chain Top" WITH GRANT OPTION;
GRANT USAGE ON SCHEMA "Chained" TO chain_mid WITH GRANT OPTION;
GRANT USAGE ON SCHEMA "Chained" TO chain_low WITH GRANT OPTION;
GRANT UPDATE ("Label") ON "Chained".items TO "Chain Top" WITH GRANT OPTION;
GRANT UPDATE ("Label") ON "Chained".items TO chain_mid WITH GRANT OPTION;
GRANT UPDATE ("Label") ON "Chained".items TO chain_low WITH GRANT OPTION;
GRANT SELECT ON "Chained".notes TO "Chain Top" WITH GRANT OPTION;
GRANT SELECT ON "Chained".notes TO chain_mid;
GRANT SELECT ON "Chained".notes TO "chain-end";

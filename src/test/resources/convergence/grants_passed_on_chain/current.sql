-- Privileges passed on down chains of roles: the owner gave the top role its grant option, the top role gave the
-- middle one its own, and so on; the owner's REVOKE reaches only what the owner granted, so revoking what the end of
-- a chain holds goes through the grant option at the top of the chain.
DO $$ BEGIN CREATE ROLE "Chain Top"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE chain_mid; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE chain_low; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "chain-end"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE chain_side; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE SCHEMA "Chained";
CREATE TABLE "Chained".items (id int PRIMARY KEY, "Label" text);
INSERT INTO "Chained".items VALUES (1, 'one');
CREATE TABLE "Chained".notes (id int, body text);
-- a chain of three under the schema's USAGE (first: passing on a table's privilege needs it) and a column's
-- UPDATE
GRANT USAGE ON SCHEMA "Chained" TO "Chain Top" WITH GRANT OPTION;
GRANT UPDATE ("Label") ON "Chained".items TO "Chain Top" WITH GRANT OPTION;
SET ROLE "Chain Top";
GRANT USAGE ON SCHEMA "Chained" TO chain_mid WITH GRANT OPTION;
GRANT UPDATE ("Label") ON "Chained".items TO chain_mid WITH GRANT OPTION;
SET ROLE chain_mid;
GRANT USAGE ON SCHEMA "Chained" TO chain_low WITH GRANT OPTION;
GRANT UPDATE ("Label") ON "Chained".items TO chain_low WITH GRANT OPTION;
SET ROLE chain_low;
GRANT USAGE ON SCHEMA "Chained" TO "chain-end";
GRANT UPDATE ("Label") ON "Chained".items TO "chain-end";
RESET ROLE;
-- a chain of two under the table's SELECT, with a side branch from the top
GRANT SELECT ON "Chained".items TO "Chain Top" WITH GRANT OPTION;
SET ROLE "Chain Top";
GRANT SELECT ON "Chained".items TO chain_mid WITH GRANT OPTION;
GRANT SELECT ON "Chained".items TO chain_side;
SET ROLE chain_mid;
GRANT SELECT ON "Chained".items TO "chain-end";
RESET ROLE;
-- a chain whose end keeps its privilege while a middle role loses its grant option
GRANT SELECT ON "Chained".notes TO "Chain Top" WITH GRANT OPTION;
SET ROLE "Chain Top";
GRANT SELECT ON "Chained".notes TO chain_mid WITH GRANT OPTION;
SET ROLE chain_mid;
GRANT SELECT ON "Chained".notes TO "chain-end";
RESET ROLE;

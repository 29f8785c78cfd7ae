-- Equal unique keys on one table (found by the schema-pair fuzzer, seed 3): CREATE TABLE merges them into one,
-- ALTER TABLE keeps each; a new table must still get all of them, an existing one gains them by ALTER.
CREATE SCHEMA "Ref Data";
CREATE TABLE "Ref Data".kept (id integer PRIMARY KEY, code text);
ALTER TABLE "Ref Data".kept ADD CONSTRAINT kept_code_a UNIQUE (code);
ALTER TABLE "Ref Data".kept ADD CONSTRAINT "kept code b" UNIQUE (code);

CREATE TABLE "Ref Data"."New Items" (id integer NOT NULL, code text, CONSTRAINT "New Items_pkey" PRIMARY KEY (id));
ALTER TABLE "Ref Data"."New Items" ADD CONSTRAINT items_id_unique UNIQUE (id);
ALTER TABLE "Ref Data"."New Items" ADD CONSTRAINT items_code_1 UNIQUE (code);
ALTER TABLE "Ref Data"."New Items" ADD CONSTRAINT items_code_2 UNIQUE (code);
ALTER TABLE "Ref Data"."New Items" ADD CONSTRAINT items_code_3 UNIQUE (code) DEFERRABLE;
CREATE VIEW "Ref Data".item_codes AS SELECT code FROM "Ref Data"."New Items";
CREATE TABLE public.refs (id integer PRIMARY KEY, item integer REFERENCES "Ref Data"."New Items" (id));

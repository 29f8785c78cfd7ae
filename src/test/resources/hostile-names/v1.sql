-- Hostile identifiers in every object kind Converge manages. {role} is replaced by a role the test creates.
CREATE SCHEMA "x""; DROP TABLE y; --";
CREATE TYPE "x""; DROP TABLE y; --"."Mood ""quoted""" AS ENUM ('it''s', 'x"; DROP TABLE y; --', 'ünï', 'a.b');
CREATE DOMAIN "x""; DROP TABLE y; --"."select" AS text CHECK (VALUE <> 'x'' OR 1=1 --');
CREATE TYPE "x""; DROP TABLE y; --"."pair.type" AS ("first field" int, "ORDER" text);
CREATE SEQUENCE "x""; DROP TABLE y; --"."seq ""q"" ; --";
CREATE TABLE "x""; DROP TABLE y; --"."My Table.ü" (
    "id" int PRIMARY KEY DEFAULT nextval('"x""; DROP TABLE y; --"."seq ""q"" ; --"'),
    "user" text CONSTRAINT "check ""it""; --" CHECK ("user" <> ''),
    "x""; DROP TABLE y; --" "x""; DROP TABLE y; --"."Mood ""quoted""",
    "éééééééééééééééééééééééééééééééz" "x""; DROP TABLE y; --"."select",
    "données" "x""; DROP TABLE y; --"."pair.type",
    CONSTRAINT "uniq.name" UNIQUE ("user")
);
CREATE TABLE "x""; DROP TABLE y; --"."NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN" (
    "NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN" int PRIMARY KEY,
    "ref" int CONSTRAINT "fk ""to"" table" REFERENCES "x""; DROP TABLE y; --"."My Table.ü" ("id")
);
CREATE INDEX "idx ""weird"" ; --" ON "x""; DROP TABLE y; --"."My Table.ü" ("x""; DROP TABLE y; --", (lower("user")));
CREATE VIEW "x""; DROP TABLE y; --"."view; DROP VIEW v; --" AS SELECT "id", "user" AS "User Name" FROM "x""; DROP TABLE y; --"."My Table.ü";
CREATE FUNCTION "x""; DROP TABLE y; --"."fn'""x"("arg one" int) RETURNS int LANGUAGE sql IMMUTABLE
    AS $$ SELECT "arg one" + 1 $$;
CREATE FUNCTION "x""; DROP TABLE y; --"."trg fn ""q"""() RETURNS trigger LANGUAGE plpgsql
    AS $body$ BEGIN NEW."user" := coalesce(NEW."user", 'it''s'); RETURN NEW; END $body$;
CREATE TRIGGER "trg ""q""; --" BEFORE INSERT ON "x""; DROP TABLE y; --"."My Table.ü"
    FOR EACH ROW EXECUTE FUNCTION "x""; DROP TABLE y; --"."trg fn ""q"""();
ALTER TABLE "x""; DROP TABLE y; --"."My Table.ü" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "pol; DROP TABLE y; --" ON "x""; DROP TABLE y; --"."My Table.ü" USING ("user" = current_user);
GRANT USAGE ON SCHEMA "x""; DROP TABLE y; --" TO {role};
GRANT SELECT ("user"), UPDATE ("x""; DROP TABLE y; --") ON "x""; DROP TABLE y; --"."My Table.ü" TO {role};
GRANT SELECT ON "x""; DROP TABLE y; --"."view; DROP VIEW v; --" TO {role};
COMMENT ON TABLE "x""; DROP TABLE y; --"."My Table.ü" IS 'it''s; DROP TABLE y; --';
COMMENT ON COLUMN "x""; DROP TABLE y; --"."My Table.ü"."x""; DROP TABLE y; --" IS '"; DROP TABLE y; --';

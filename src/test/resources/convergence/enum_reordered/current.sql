CREATE SCHEMA "Shop";
CREATE TYPE "Shop"."Size" AS ENUM ('small', 'large', 'medium');
CREATE TABLE "Shop".items ("Size" "Shop"."Size" DEFAULT 'small');
INSERT INTO "Shop".items VALUES ('large'), ('medium');

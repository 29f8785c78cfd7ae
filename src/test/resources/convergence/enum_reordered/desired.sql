CREATE SCHEMA "Shop";
CREATE TYPE "Shop"."Size" AS ENUM ('small', 'medium', 'large');
CREATE TABLE "Shop".items ("Size" "Shop"."Size" DEFAULT 'small');

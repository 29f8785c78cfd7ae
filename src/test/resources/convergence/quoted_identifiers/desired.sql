CREATE TABLE "Order" (id int PRIMARY KEY, "user" text, "Mixed Case" int, "we""ird" text);
CREATE TABLE "select" ("from" int PRIMARY KEY, order_id int REFERENCES "Order" (id));
CREATE INDEX "Idx Space" ON "Order" ("Mixed Case");
COMMENT ON COLUMN "Order"."we""ird" IS 'it''s';

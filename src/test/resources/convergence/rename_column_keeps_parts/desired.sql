-- Renamed columns keep what names them: the generated column, both triggers (WHEN, UPDATE OF), the policy, and
-- the check named after the column, which takes the new column's name.
CREATE SCHEMA "Shop";
CREATE FUNCTION "Shop".touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TABLE "Shop".items (
    id int PRIMARY KEY,
    quantity int CHECK (quantity >= 0), -- converge:renamed-from qty
    "Price Each" numeric NOT NULL, -- converge:renamed-from "Unit Price"
    owner text,
    total numeric GENERATED ALWAYS AS (quantity * "Price Each") STORED
);
ALTER TABLE "Shop".items ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON "Shop".items USING (owner = current_user AND quantity > 0) WITH CHECK (quantity < 1000);
CREATE TRIGGER touch BEFORE UPDATE OF quantity ON "Shop".items FOR EACH ROW
    WHEN (OLD.quantity IS DISTINCT FROM NEW.quantity) EXECUTE FUNCTION "Shop".touch();
CREATE TRIGGER price AFTER UPDATE OF "Price Each" ON "Shop".items FOR EACH ROW
    WHEN (NEW."Price Each" > 100) EXECUTE FUNCTION "Shop".touch();

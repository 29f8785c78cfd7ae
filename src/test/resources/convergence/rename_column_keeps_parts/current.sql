CREATE SCHEMA "Shop";
CREATE FUNCTION "Shop".touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TABLE "Shop".items (
    id int PRIMARY KEY,
    qty int CHECK (qty >= 0),
    "Unit Price" numeric NOT NULL,
    owner text,
    total numeric GENERATED ALWAYS AS (qty * "Unit Price") STORED
);
ALTER TABLE "Shop".items ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON "Shop".items USING (owner = current_user AND qty > 0) WITH CHECK (qty < 1000);
CREATE TRIGGER touch BEFORE UPDATE OF qty ON "Shop".items FOR EACH ROW
    WHEN (OLD.qty IS DISTINCT FROM NEW.qty) EXECUTE FUNCTION "Shop".touch();
CREATE TRIGGER price AFTER UPDATE OF "Unit Price" ON "Shop".items FOR EACH ROW
    WHEN (NEW."Unit Price" > 100) EXECUTE FUNCTION "Shop".touch();
INSERT INTO "Shop".items VALUES (1, 3, 2.5, 'ann');

CREATE SCHEMA "Sales";
CREATE SCHEMA other;
CREATE TABLE "Sales"."Order Lines" (id int GENERATED ALWAYS AS IDENTITY, region text NOT NULL, qty int,
    PRIMARY KEY (id, region));
CREATE TABLE other.shipments (line_id int, region text, FOREIGN KEY (line_id, region) REFERENCES "Sales"."Order Lines");
CREATE FUNCTION "Sales".touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.qty := coalesce(NEW.qty, 0); RETURN NEW; END$$;
CREATE TRIGGER lines_touch BEFORE INSERT ON "Sales"."Order Lines" FOR EACH ROW EXECUTE FUNCTION "Sales".touch();
ALTER TABLE "Sales"."Order Lines" ENABLE ROW LEVEL SECURITY;
CREATE POLICY lines_all ON "Sales"."Order Lines" USING (qty >= 0);
DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT SELECT ON "Sales"."Order Lines" TO converge_test_reader;
CREATE VIEW other.big_lines AS SELECT id, region FROM "Sales"."Order Lines" WHERE qty > 10;
INSERT INTO "Sales"."Order Lines" (region, qty) VALUES ('eu', 5), ('us', 50), ('xx', 7);
INSERT INTO other.shipments VALUES (2, 'us');

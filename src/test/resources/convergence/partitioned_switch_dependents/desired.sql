-- A table with an identity, a trigger, a policy, a grant, a view and a foreign key from another schema becomes
-- partitioned by LIST with a DEFAULT partition: rows and all of those survive, the identity continues.
CREATE SCHEMA "Sales";
CREATE SCHEMA other;
CREATE TABLE "Sales"."Order Lines" (id int GENERATED ALWAYS AS IDENTITY, region text NOT NULL, qty int,
    PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE "Sales"."Lines EU" PARTITION OF "Sales"."Order Lines" FOR VALUES IN ('eu');
CREATE TABLE "Sales".lines_us PARTITION OF "Sales"."Order Lines" FOR VALUES IN ('us');
CREATE TABLE "Sales".lines_rest PARTITION OF "Sales"."Order Lines" DEFAULT;
CREATE TABLE other.shipments (line_id int, region text, FOREIGN KEY (line_id, region) REFERENCES "Sales"."Order Lines");
CREATE FUNCTION "Sales".touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.qty := coalesce(NEW.qty, 0); RETURN NEW; END$$;
CREATE TRIGGER lines_touch BEFORE INSERT ON "Sales"."Order Lines" FOR EACH ROW EXECUTE FUNCTION "Sales".touch();
ALTER TABLE "Sales"."Order Lines" ENABLE ROW LEVEL SECURITY;
CREATE POLICY lines_all ON "Sales"."Order Lines" USING (qty >= 0);
DO $$ BEGIN CREATE ROLE converge_test_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
GRANT SELECT ON "Sales"."Order Lines" TO converge_test_reader;
CREATE VIEW other.big_lines AS SELECT id, region FROM "Sales"."Order Lines" WHERE qty > 10;

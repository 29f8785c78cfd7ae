-- desired.sql as the target holds it after the plan: the unchanged expressions keep the first print of the user's
-- SQL (written as in current.sql), the new ones were created by the plan from their first print (written so here),
-- which a database built from desired.sql does not show.
CREATE SCHEMA "Billing";
CREATE DOMAIN "Billing".code AS varchar(4)
    CONSTRAINT code_check CHECK (VALUE IN ('A', 'B') OR VALUE BETWEEN 'C0' AND 'C9' AND VALUE <> 'C5');
CREATE DOMAIN "Billing".flag AS boolean DEFAULT ('x'::varchar IN ('a', 'b'));
CREATE TABLE "Billing"."Invoice" (
    id int PRIMARY KEY,
    "State" varchar(10) NOT NULL DEFAULT 'open',
    amount int,
    code "Billing".code,
    is_open boolean DEFAULT ('open'::varchar IN ('open', 'held')),
    small boolean GENERATED ALWAYS AS ("State" IN ('open', 'held') AND amount BETWEEN 0 AND 10 AND amount <> 5) STORED,
    note text
);
INSERT INTO "Billing"."Invoice" (id, "State", amount, code) VALUES (1, 'open', 3, 'A');
CREATE INDEX "Invoice_open" ON "Billing"."Invoice" (id) WHERE amount BETWEEN 0 AND 100 AND id IS NOT NULL;
CREATE INDEX "Invoice_state" ON "Billing"."Invoice" ((CASE WHEN "State" IN ('open', 'held') THEN 1 ELSE 0 END));
ALTER TABLE "Billing"."Invoice" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Invoice read" ON "Billing"."Invoice" USING ("State" IN ('open', 'held'))
    WITH CHECK (amount BETWEEN 0 AND 100 AND amount <> 13);
CREATE FUNCTION "Billing".touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER "Invoice touch" BEFORE UPDATE ON "Billing"."Invoice" FOR EACH ROW
    WHEN (NEW."State" IN ('open', 'held') AND NEW.amount BETWEEN 0 AND 10 AND NEW.amount <> 5)
    EXECUTE FUNCTION "Billing".touch();
CREATE VIEW "Billing"."Open invoices" AS SELECT id, amount FROM "Billing"."Invoice"
    WHERE "State" IN ('open', 'held') AND amount BETWEEN 0 AND 10;
CREATE TABLE "Billing".audit (id int, "State" varchar(10));
CREATE RULE "Invoice audit" AS ON UPDATE TO "Billing"."Invoice" WHERE NEW."State" IN ('open', 'held')
    DO ALSO INSERT INTO "Billing".audit VALUES (NEW.id, NEW."State");
CREATE TABLE measure (id int, site varchar(8), v int) PARTITION BY RANGE (id);
CREATE TABLE measure_1 PARTITION OF measure FOR VALUES FROM (0) TO (100);
CREATE INDEX measure_site ON measure (id) WHERE site IN ('n', 's') AND v BETWEEN 0 AND 9 AND v <> 5;
CREATE DOMAIN "Billing".level AS int CONSTRAINT level_check CHECK ((((VALUE >= 0) AND (VALUE <= 9)) AND (VALUE <> 5)));
CREATE TABLE "Billing"."Payment" (
    id int PRIMARY KEY,
    "Method" varchar(8) NOT NULL,
    amount int,
    level "Billing".level,
    by_card boolean DEFAULT (('card'::character varying)::text = ANY ((ARRAY['card'::character varying, 'cash'::character varying])::text[])),
    cheap boolean GENERATED ALWAYS AS (((("Method")::text = ANY ((ARRAY['card'::character varying, 'cash'::character varying])::text[])) AND ((amount >= 0) AND (amount <= 10)) AND (amount <> 5))) STORED,
    CONSTRAINT "Payment once" EXCLUDE USING btree (id WITH =) WHERE (((("Method")::text = ANY ((ARRAY['card'::character varying, 'cash'::character varying])::text[])) AND ((amount >= 0) AND (amount <= 10))))
);
CREATE INDEX "Payment_small" ON "Billing"."Payment" USING btree (id) WHERE (((amount >= 0) AND (amount <= 100)) AND (id IS NOT NULL));
CREATE INDEX "Payment_method" ON "Billing"."Payment" USING btree ((
CASE
    WHEN (("Method")::text = ANY ((ARRAY['card'::character varying, 'cash'::character varying])::text[])) THEN 1
    ELSE 0
END));
ALTER TABLE "Billing"."Payment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Payment read" ON "Billing"."Payment"
    USING ((("Method")::text = ANY ((ARRAY['card'::character varying, 'cash'::character varying])::text[])))
    WITH CHECK ((((amount >= 0) AND (amount <= 100)) AND (amount <> 13)));
CREATE TRIGGER "Payment touch" BEFORE UPDATE ON "Billing"."Payment" FOR EACH ROW WHEN ((((new."Method")::text = ANY ((ARRAY['card'::character varying, 'cash'::character varying])::text[])) AND ((new.amount >= 0) AND (new.amount <= 10)) AND (new.amount <> 5))) EXECUTE FUNCTION "Billing".touch();
CREATE VIEW "Billing"."Card payments" AS SELECT "Payment".id
   FROM "Billing"."Payment"
  WHERE (("Payment"."Method")::text = ANY ((ARRAY['card'::character varying, 'cash'::character varying])::text[]));
CREATE RULE "Payment audit" AS
    ON UPDATE TO "Billing"."Payment"
   WHERE ((new."Method")::text = ANY ((ARRAY['card'::character varying, 'cash'::character varying])::text[])) DO  INSERT INTO "Billing".audit (id, "State")
  VALUES (new.id, new."Method");

-- SQL-standard bodies (a function, a quoted one, a procedure), a statistics object and a partition key
CREATE FUNCTION "Billing".is_held(s varchar) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s IN ('held', 'late');
-- (BEGIN ATOMIC bodies through EXECUTE: the test loads this file with pgjdbc, which splits them at their semicolons)
DO $do$ BEGIN
EXECUTE $q$CREATE FUNCTION "Billing"."In Range"(a int) RETURNS boolean LANGUAGE sql
    BEGIN ATOMIC SELECT a BETWEEN 0 AND 10 AND a BETWEEN -5 AND 5; END$q$;
EXECUTE $q$CREATE PROCEDURE "Billing".note_state(s varchar) LANGUAGE sql
    BEGIN ATOMIC SELECT s IN ('open', 'held') AND s BETWEEN 'a' AND 'z' AND s <> 'x'; END$q$;
END $do$;
CREATE STATISTICS "Billing"."Invoice stats" ON ("State" IN ('open', 'held')), (amount BETWEEN 0 AND 10 AND id > 0)
    FROM "Billing"."Invoice";
CREATE TABLE "Billing"."Ledger" (kind varchar(8), amount int) PARTITION BY LIST ((kind IN ('a', 'b')));
CREATE TABLE "Billing"."Ledger ab" PARTITION OF "Billing"."Ledger" FOR VALUES IN (true);

-- unchanged, as inspect writes them (the prints of current.sql's expressions)
CREATE SCHEMA "Billing";
CREATE DOMAIN "Billing".code AS varchar(4)
    CONSTRAINT code_check CHECK ((((VALUE)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])) OR ((((VALUE)::text >= 'C0'::text) AND ((VALUE)::text <= 'C9'::text)) AND ((VALUE)::text <> 'C5'::text))));
CREATE DOMAIN "Billing".flag AS boolean
    DEFAULT (('x'::character varying)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]));
CREATE TABLE "Billing"."Invoice" (
    id int PRIMARY KEY,
    "State" varchar(10) NOT NULL DEFAULT 'open',
    amount int,
    code "Billing".code,
    is_open boolean DEFAULT (('open'::character varying)::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[])),
    small boolean GENERATED ALWAYS AS (((("State")::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[])) AND ((amount >= 0) AND (amount <= 10)) AND (amount <> 5))) STORED,
    -- changed: a new column
    note text
);
CREATE INDEX "Invoice_open" ON "Billing"."Invoice" USING btree (id) WHERE (((amount >= 0) AND (amount <= 100)) AND (id IS NOT NULL));
CREATE INDEX "Invoice_state" ON "Billing"."Invoice" USING btree ((
CASE
    WHEN (("State")::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[])) THEN 1
    ELSE 0
END));
ALTER TABLE "Billing"."Invoice" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Invoice read" ON "Billing"."Invoice"
    USING ((("State")::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[])))
    WITH CHECK ((((amount >= 0) AND (amount <= 100)) AND (amount <> 13)));
CREATE FUNCTION "Billing".touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER "Invoice touch" BEFORE UPDATE ON "Billing"."Invoice" FOR EACH ROW WHEN ((((new."State")::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[])) AND ((new.amount >= 0) AND (new.amount <= 10)) AND (new.amount <> 5))) EXECUTE FUNCTION "Billing".touch();
CREATE VIEW "Billing"."Open invoices" AS SELECT "Invoice".id,
    "Invoice".amount
   FROM "Billing"."Invoice"
  WHERE ((("Invoice"."State")::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[])) AND (("Invoice".amount >= 0) AND ("Invoice".amount <= 10)));
CREATE TABLE "Billing".audit (id int, "State" varchar(10));
CREATE RULE "Invoice audit" AS
    ON UPDATE TO "Billing"."Invoice"
   WHERE ((new."State")::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[])) DO  INSERT INTO "Billing".audit (id, "State")
  VALUES (new.id, new."State");
CREATE TABLE measure (id int, site varchar(8), v int) PARTITION BY RANGE (id);
CREATE TABLE measure_1 PARTITION OF measure FOR VALUES FROM (0) TO (100);
CREATE INDEX measure_site ON ONLY public.measure USING btree (id) WHERE (((site)::text = ANY ((ARRAY['n'::character varying, 's'::character varying])::text[])) AND ((v >= 0) AND (v <= 9)) AND (v <> 5));
CREATE INDEX measure_1_id_idx ON public.measure_1 USING btree (id) WHERE (((site)::text = ANY ((ARRAY['n'::character varying, 's'::character varying])::text[])) AND ((v >= 0) AND (v <= 9)) AND (v <> 5));
ALTER INDEX public.measure_site ATTACH PARTITION public.measure_1_id_idx;

-- new, as the user writes them: the plan creates them from their first print, so the target then holds the second
CREATE DOMAIN "Billing".level AS int CONSTRAINT level_check CHECK (VALUE BETWEEN 0 AND 9 AND VALUE <> 5);
CREATE TABLE "Billing"."Payment" (
    id int PRIMARY KEY,
    "Method" varchar(8) NOT NULL,
    amount int,
    level "Billing".level,
    by_card boolean DEFAULT ('card'::varchar IN ('card', 'cash')),
    cheap boolean GENERATED ALWAYS AS ("Method" IN ('card', 'cash') AND amount BETWEEN 0 AND 10 AND amount <> 5) STORED,
    CONSTRAINT "Payment once" EXCLUDE USING btree (id WITH =) WHERE ("Method" IN ('card', 'cash') AND amount BETWEEN 0 AND 10)
);
CREATE INDEX "Payment_small" ON "Billing"."Payment" (id) WHERE amount BETWEEN 0 AND 100 AND id IS NOT NULL;
CREATE INDEX "Payment_method" ON "Billing"."Payment" ((CASE WHEN "Method" IN ('card', 'cash') THEN 1 ELSE 0 END));
ALTER TABLE "Billing"."Payment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Payment read" ON "Billing"."Payment" USING ("Method" IN ('card', 'cash'))
    WITH CHECK (amount BETWEEN 0 AND 100 AND amount <> 13);
CREATE TRIGGER "Payment touch" BEFORE UPDATE ON "Billing"."Payment" FOR EACH ROW
    WHEN (NEW."Method" IN ('card', 'cash') AND NEW.amount BETWEEN 0 AND 10 AND NEW.amount <> 5)
    EXECUTE FUNCTION "Billing".touch();
CREATE VIEW "Billing"."Card payments" AS SELECT id FROM "Billing"."Payment" WHERE "Method" IN ('card', 'cash');
CREATE RULE "Payment audit" AS ON UPDATE TO "Billing"."Payment" WHERE NEW."Method" IN ('card', 'cash')
    DO ALSO INSERT INTO "Billing".audit VALUES (NEW.id, NEW."Method");

-- unchanged SQL-standard bodies, statistics object and partition key, as inspect writes them
CREATE OR REPLACE FUNCTION "Billing"."In Range"(a integer)
 RETURNS boolean
 LANGUAGE sql
BEGIN ATOMIC
 SELECT (((a >= 0) AND (a <= 10)) AND ((a >= '-5'::integer) AND (a <= 5)));
END;
CREATE OR REPLACE FUNCTION "Billing".is_held(s character varying)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN ((s)::text = ANY ((ARRAY['held'::character varying, 'late'::character varying])::text[]));
CREATE OR REPLACE PROCEDURE "Billing".note_state(IN s character varying)
 LANGUAGE sql
BEGIN ATOMIC
 SELECT (((s)::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[])) AND (((s)::text >= 'a'::text) AND ((s)::text <= 'z'::text)) AND ((s)::text <> 'x'::text));
END;
CREATE STATISTICS "Billing"."Invoice stats" ON ("State"::text = ANY (ARRAY['open'::character varying, 'held'::character varying]::text[])), (amount >= 0 AND amount <= 10 AND id > 0) FROM "Billing"."Invoice";
CREATE TABLE "Billing"."Ledger" (kind varchar(8), amount int)
    PARTITION BY LIST ((((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))));
CREATE TABLE "Billing"."Ledger ab" PARTITION OF "Billing"."Ledger" FOR VALUES IN (true);

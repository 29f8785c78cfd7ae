-- Columns retyped or dropped under triggers that name them (UPDATE OF, WHEN on OLD and NEW): each trigger is
-- dropped before the column's change and created again after it; legacy_watch goes with its column, code_changed
-- stays on other terms, whole_row (OLD.* names no column) is left alone.
CREATE SCHEMA "Sales Data";
CREATE FUNCTION "Sales Data".watch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE "Sales Data"."Order Lines" (
    id integer PRIMARY KEY,
    "Unit Price" numeric(14,2),
    qty bigint,
    note text
);
CREATE TRIGGER "Price Watch" AFTER UPDATE OF "Unit Price" ON "Sales Data"."Order Lines"
    FOR EACH ROW EXECUTE FUNCTION "Sales Data".watch();
CREATE TRIGGER qty_changed BEFORE UPDATE ON "Sales Data"."Order Lines"
    FOR EACH ROW WHEN (OLD.qty IS DISTINCT FROM NEW.qty) EXECUTE FUNCTION "Sales Data".watch();
CREATE TRIGGER note_given BEFORE INSERT ON "Sales Data"."Order Lines"
    FOR EACH ROW WHEN (NEW.note IS NOT NULL) EXECUTE FUNCTION "Sales Data".watch();
CREATE TRIGGER code_changed BEFORE UPDATE ON "Sales Data"."Order Lines"
    FOR EACH ROW WHEN (OLD.qty <> NEW.qty) EXECUTE FUNCTION "Sales Data".watch();
COMMENT ON TRIGGER qty_changed ON "Sales Data"."Order Lines" IS 'quantity watch';
CREATE TRIGGER whole_row BEFORE UPDATE ON "Sales Data"."Order Lines"
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "Sales Data".watch();

CREATE TABLE "Sales Data".base (id integer, v bigint);
CREATE TABLE "Sales Data".child (extra text) INHERITS ("Sales Data".base);
CREATE TRIGGER child_v BEFORE INSERT ON "Sales Data".child
    FOR EACH ROW WHEN (NEW.v > 0) EXECUTE FUNCTION "Sales Data".watch();

CREATE TABLE "Sales Data".parts (k integer, v bigint) PARTITION BY RANGE (k);
CREATE TABLE "Sales Data".parts_1 PARTITION OF "Sales Data".parts FOR VALUES FROM (0) TO (10);
CREATE TRIGGER parts_v AFTER UPDATE ON "Sales Data".parts
    FOR EACH ROW WHEN (OLD.v IS DISTINCT FROM NEW.v) EXECUTE FUNCTION "Sales Data".watch();
CREATE TRIGGER parts_1_v AFTER UPDATE OF v ON "Sales Data".parts_1
    FOR EACH ROW EXECUTE FUNCTION "Sales Data".watch();

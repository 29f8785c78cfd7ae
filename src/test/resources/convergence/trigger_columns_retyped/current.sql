CREATE SCHEMA "Sales Data";
CREATE FUNCTION "Sales Data".watch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE "Sales Data"."Order Lines" (
    id integer PRIMARY KEY,
    "Unit Price" numeric(10,2),
    qty integer,
    note varchar(20),
    legacy text,
    old_code integer
);
CREATE TRIGGER "Price Watch" AFTER UPDATE OF "Unit Price" ON "Sales Data"."Order Lines"
    FOR EACH ROW EXECUTE FUNCTION "Sales Data".watch();
CREATE TRIGGER qty_changed BEFORE UPDATE ON "Sales Data"."Order Lines"
    FOR EACH ROW WHEN (OLD.qty IS DISTINCT FROM NEW.qty) EXECUTE FUNCTION "Sales Data".watch();
CREATE TRIGGER note_given BEFORE INSERT ON "Sales Data"."Order Lines"
    FOR EACH ROW WHEN (NEW.note IS NOT NULL) EXECUTE FUNCTION "Sales Data".watch();
CREATE TRIGGER legacy_watch AFTER UPDATE OF legacy ON "Sales Data"."Order Lines"
    FOR EACH ROW EXECUTE FUNCTION "Sales Data".watch();
CREATE TRIGGER code_changed BEFORE UPDATE ON "Sales Data"."Order Lines"
    FOR EACH ROW WHEN (OLD.old_code <> NEW.old_code) EXECUTE FUNCTION "Sales Data".watch();
COMMENT ON TRIGGER qty_changed ON "Sales Data"."Order Lines" IS 'quantity watch';
CREATE TRIGGER whole_row BEFORE UPDATE ON "Sales Data"."Order Lines"
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "Sales Data".watch();
INSERT INTO "Sales Data"."Order Lines" VALUES (1, 9.50, 2, 'first', 'x', 7), (2, 12.25, 5, NULL, NULL, NULL);

-- a child's own trigger on a column it inherits: retyping the parent's column retypes it too
CREATE TABLE "Sales Data".base (id integer, v integer);
CREATE TABLE "Sales Data".child (extra text) INHERITS ("Sales Data".base);
CREATE TRIGGER child_v BEFORE INSERT ON "Sales Data".child
    FOR EACH ROW WHEN (NEW.v > 0) EXECUTE FUNCTION "Sales Data".watch();
INSERT INTO "Sales Data".child VALUES (1, 3, 'c');

-- a partitioned table's trigger (cloned on its partitions) and a partition's own trigger on the retyped column
CREATE TABLE "Sales Data".parts (k integer, v integer) PARTITION BY RANGE (k);
CREATE TABLE "Sales Data".parts_1 PARTITION OF "Sales Data".parts FOR VALUES FROM (0) TO (10);
CREATE TRIGGER parts_v AFTER UPDATE ON "Sales Data".parts
    FOR EACH ROW WHEN (OLD.v IS DISTINCT FROM NEW.v) EXECUTE FUNCTION "Sales Data".watch();
CREATE TRIGGER parts_1_v AFTER UPDATE OF v ON "Sales Data".parts_1
    FOR EACH ROW EXECUTE FUNCTION "Sales Data".watch();
INSERT INTO "Sales Data".parts VALUES (1, 10), (2, 20);

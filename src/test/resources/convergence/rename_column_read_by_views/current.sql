CREATE SCHEMA "Shop";
CREATE SCHEMA report;
CREATE TABLE "Shop".items (
    id int PRIMARY KEY,
    qty int,
    "Unit Price" numeric NOT NULL,
    note text
);
CREATE VIEW "Shop".stock AS SELECT id, qty FROM "Shop".items;
CREATE VIEW "Shop".positive AS
    SELECT i.id, i.qty, i.qty + 1 AS next, 'qty' AS label FROM "Shop".items i WHERE i.qty > 0;
CREATE VIEW report.totals AS
    SELECT sum(i.qty) AS total, i."Unit Price" FROM "Shop".items i GROUP BY i."Unit Price";
CREATE MATERIALIZED VIEW "Shop".prices AS SELECT id, "Unit Price" * 2 AS double_price FROM "Shop".items;
CREATE UNIQUE INDEX prices_id ON "Shop".prices (id);
-- the desired state names its column after the new name: a real change
CREATE VIEW "Shop".stock_now AS SELECT id, qty FROM "Shop".items;
-- reads a column renamed and retyped in the same plan: dropped and created again around the type change
CREATE VIEW report.notes AS SELECT n.id, n.note FROM "Shop".items n WHERE n.note <> '';
-- reads the view, not the renamed columns: stays as it is
CREATE VIEW report.stock_ids AS SELECT s.id, s.qty FROM "Shop".stock s;
INSERT INTO "Shop".items VALUES (1, 3, 2.5, 'a');
REFRESH MATERIALIZED VIEW "Shop".prices;
-- after the refresh: the materialized view does not have this row unless the plan builds it again
INSERT INTO "Shop".items VALUES (2, 4, 1.5, 'b');

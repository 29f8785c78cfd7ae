-- Renamed columns read by views: PostgreSQL keeps the views (they read attribute numbers) and prints them with the
-- new names, a column of the view that had the old name keeping it (quantity AS qty). Views written the way
-- PostgreSQL prints them after the rename do not change: no view is dropped, replaced or refreshed.
CREATE SCHEMA "Shop";
CREATE SCHEMA report;
CREATE TABLE "Shop".items (
    id int PRIMARY KEY,
    quantity int, -- converge:renamed-from qty
    "Price Each" numeric NOT NULL, -- converge:renamed-from "Unit Price"
    remark varchar(20) -- converge:renamed-from note
);
CREATE VIEW "Shop".stock AS SELECT id, quantity AS qty FROM "Shop".items;
CREATE VIEW "Shop".positive AS
    SELECT i.id, i.quantity AS qty, i.quantity + 1 AS next, 'qty' AS label FROM "Shop".items i WHERE i.quantity > 0;
CREATE VIEW report.totals AS
    SELECT sum(i.quantity) AS total, i."Price Each" AS "Unit Price" FROM "Shop".items i GROUP BY i."Price Each";
CREATE MATERIALIZED VIEW "Shop".prices AS SELECT id, "Price Each" * 2 AS double_price FROM "Shop".items;
CREATE UNIQUE INDEX prices_id ON "Shop".prices (id);
CREATE VIEW "Shop".stock_now AS SELECT id, quantity FROM "Shop".items;
CREATE VIEW report.notes AS SELECT n.id, n.remark FROM "Shop".items n WHERE n.remark <> '';
CREATE VIEW report.stock_ids AS SELECT s.id, s.qty FROM "Shop".stock s;

-- A renamed table (and a renamed column of it) read by views: PostgreSQL prints the views with the new names (the
-- relation, and the qualifier of its columns where it has no alias); written so, no view changes.
CREATE SCHEMA "Shop";
CREATE SCHEMA report;
CREATE TABLE "Shop"."Stock Items" ( -- converge:renamed-from items
    id int PRIMARY KEY,
    quantity int, -- converge:renamed-from qty
    note text
);
CREATE VIEW "Shop".stock AS SELECT id, quantity AS qty FROM "Shop"."Stock Items";
CREATE VIEW report.noted AS SELECT i.id, i.note FROM "Shop"."Stock Items" i WHERE i.quantity > 0;
CREATE MATERIALIZED VIEW "Shop".counts AS SELECT count(*) AS n, sum(quantity) AS total FROM "Shop"."Stock Items";

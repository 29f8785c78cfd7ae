CREATE SCHEMA "Shop";
CREATE TABLE "Shop".orders (id int NOT NULL, region text NOT NULL, qty int DEFAULT 1, status text DEFAULT 'new')
    PARTITION BY LIST (region);
CREATE TABLE "Shop".orders_eu PARTITION OF "Shop".orders FOR VALUES IN ('eu');
CREATE TABLE "Shop".orders_us PARTITION OF "Shop".orders FOR VALUES IN ('us');
CREATE VIEW "Shop".eu_qty AS SELECT id, qty FROM "Shop".orders_eu;
CREATE TABLE "Shop".base (id int, qty int DEFAULT 1);
CREATE TABLE "Shop".kid (note text) INHERITS ("Shop".base);
CREATE TABLE "Shop".kid2 () INHERITS ("Shop".base);
INSERT INTO "Shop".orders VALUES (1, 'eu', 3, 'paid'), (2, 'us', 4, 'new');
INSERT INTO "Shop".kid VALUES (1, 1, 'x');

CREATE SCHEMA shop;

CREATE TABLE shop.orders (
    id integer CONSTRAINT orders_pkey PRIMARY KEY,
    customer text NOT NULL,
    placed date
);
CREATE INDEX orders_customer ON shop.orders (lower(customer), placed);
CREATE INDEX orders_placed ON shop.orders (placed);
ALTER TABLE shop.orders CLUSTER ON orders_placed;
ALTER INDEX shop.orders_customer ALTER COLUMN 1 SET STATISTICS 400;

CREATE TABLE shop."Line Items" (
    order_id integer,
    n integer,
    sku text
);
CREATE INDEX "Line Items by sku" ON shop."Line Items" (upper(sku));
ALTER TABLE shop."Line Items" CLUSTER ON "Line Items by sku";

CREATE TABLE shop.notes (id integer PRIMARY KEY, body text);
ALTER TABLE shop.notes CLUSTER ON notes_pkey;

INSERT INTO shop.orders VALUES (1, 'Ann', '2025-01-01'), (2, 'Bob', NULL);
INSERT INTO shop."Line Items" VALUES (1, 1, 'a');

CREATE MATERIALIZED VIEW shop.customer_names AS SELECT DISTINCT customer FROM shop.orders;
CREATE INDEX customer_names_lower ON shop.customer_names (lower(customer));
ALTER INDEX shop.customer_names_lower ALTER COLUMN 1 SET STATISTICS 50;
CREATE MATERIALIZED VIEW shop.order_days AS SELECT id, placed FROM shop.orders;
CREATE INDEX order_days_year ON shop.order_days ((extract(year FROM placed)));
ALTER INDEX shop.order_days_year ALTER COLUMN 1 SET STATISTICS 70;

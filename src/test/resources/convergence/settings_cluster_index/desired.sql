CREATE SCHEMA shop;

-- orders: cluster moves to the primary key; the expression index's statistics change and one is added
CREATE TABLE shop.orders (
    id integer CONSTRAINT orders_pkey PRIMARY KEY,
    customer text NOT NULL,
    placed date
);
CREATE INDEX orders_customer ON shop.orders (lower(customer), (placed - 1));
CREATE INDEX orders_placed ON shop.orders (placed);
ALTER TABLE shop.orders CLUSTER ON orders_pkey;
ALTER INDEX shop.orders_customer ALTER COLUMN 2 SET STATISTICS 100;

-- the cluster index is built again (its definition changes): the mark must follow it
CREATE TABLE shop."Line Items" (
    order_id integer,
    n integer,
    sku text
);
CREATE INDEX "Line Items by sku" ON shop."Line Items" (upper(sku), n);
ALTER TABLE shop."Line Items" CLUSTER ON "Line Items by sku";

-- no cluster any more
CREATE TABLE shop.notes (id integer PRIMARY KEY, body text);

-- a new table clustered on a new index, with statistics on its expression
CREATE TABLE shop.tags (id integer, name text);
CREATE INDEX tags_name ON shop.tags (lower(name));
ALTER INDEX shop.tags_name ALTER COLUMN 1 SET STATISTICS 250;
ALTER TABLE shop.tags CLUSTER ON tags_name;

-- a materialized view's index statistics change; another view is re-created (its definition changes) and its
-- index keeps its statistics
CREATE MATERIALIZED VIEW shop.customer_names AS SELECT DISTINCT customer FROM shop.orders;
CREATE INDEX customer_names_lower ON shop.customer_names (lower(customer));
ALTER INDEX shop.customer_names_lower ALTER COLUMN 1 SET STATISTICS 60;
CREATE MATERIALIZED VIEW shop.order_days AS SELECT id, placed, customer FROM shop.orders;
CREATE INDEX order_days_year ON shop.order_days ((extract(year FROM placed)));
ALTER INDEX shop.order_days_year ALTER COLUMN 1 SET STATISTICS 70;

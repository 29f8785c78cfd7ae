-- Extended statistics: created, dropped, re-created when their definition changes, commented, with a
-- statistics target, on a quoted table name, and kept when a column they cover changes type.
CREATE SCHEMA app;
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer bigint, region text, city text, total numeric);
CREATE STATISTICS app.orders_region_city (dependencies) ON region, city FROM app.orders;
COMMENT ON STATISTICS app.orders_region_city IS 'region decides the city';
CREATE STATISTICS app.changes_kind (ndistinct, mcv) ON customer, total FROM app.orders;
ALTER STATISTICS app.changes_kind SET STATISTICS 500;
CREATE TABLE app."Line Items" (id bigint PRIMARY KEY, sku text, qty integer);
CREATE STATISTICS app."Line Stats" ON sku, qty FROM app."Line Items";
CREATE STATISTICS app.expr_stats ON (lower(region)), city FROM app.orders;

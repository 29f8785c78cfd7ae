CREATE SCHEMA app;
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer integer, region text, city text, total numeric);
CREATE STATISTICS app.orders_region_city (dependencies) ON region, city FROM app.orders;
CREATE STATISTICS app.orders_old ON customer, region FROM app.orders;
CREATE STATISTICS app.changes_kind (ndistinct) ON customer, total FROM app.orders;
COMMENT ON STATISTICS app.orders_region_city IS 'old comment';
CREATE TABLE app."Line Items" (id bigint PRIMARY KEY, sku text, qty integer);
INSERT INTO app.orders VALUES (1, 1, 'north', 'oslo', 10);

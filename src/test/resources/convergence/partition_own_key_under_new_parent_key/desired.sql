-- orders gets a primary key: "EU key" (made before it) is its partition's copy under its own name, us_pk goes (the
-- copy gets PostgreSQL's name), rest_unique and rest_uidx (made after it) stay their partition's own. items gets a
-- unique constraint that takes "Item 0 pk"; items_1_id stays items_1's own beside the copy.
CREATE SCHEMA shop;
CREATE TABLE shop.orders (id integer NOT NULL, region integer NOT NULL, note text) PARTITION BY LIST (region);
CREATE TABLE shop.orders_eu PARTITION OF shop.orders FOR VALUES IN (1);
CREATE TABLE shop.orders_us PARTITION OF shop.orders FOR VALUES IN (2);
CREATE TABLE shop."Orders Rest" PARTITION OF shop.orders DEFAULT;
ALTER TABLE shop.orders_eu ADD CONSTRAINT "EU key" UNIQUE (id, region);
ALTER TABLE shop.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, region);
ALTER TABLE shop."Orders Rest" ADD CONSTRAINT rest_unique UNIQUE (id, region);
CREATE UNIQUE INDEX rest_uidx ON shop."Orders Rest" (id, region);
CREATE TABLE shop.items (id integer NOT NULL, name text) PARTITION BY HASH (id);
CREATE TABLE shop.items_0 PARTITION OF shop.items FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE shop.items_1 PARTITION OF shop.items FOR VALUES WITH (MODULUS 2, REMAINDER 1);
ALTER TABLE shop.items_0 ADD CONSTRAINT "Item 0 pk" PRIMARY KEY (id);
ALTER TABLE shop.items ADD CONSTRAINT "Items id" UNIQUE (id);
ALTER TABLE shop.items_1 ADD CONSTRAINT items_1_id UNIQUE (id);

-- Partitions with primary keys and unique constraints of their own; the desired state gives their parents equal
-- keys. ADD CONSTRAINT on the parent takes each partition's equal key (a unique constraint for a primary key too)
-- in place of a copy; a plain unique index it leaves alone.
CREATE SCHEMA shop;
CREATE TABLE shop.orders (id integer NOT NULL, region integer NOT NULL, note text) PARTITION BY LIST (region);
CREATE TABLE shop.orders_eu PARTITION OF shop.orders FOR VALUES IN (1);
ALTER TABLE shop.orders_eu ADD CONSTRAINT "EU key" UNIQUE (id, region);
CREATE TABLE shop.orders_us PARTITION OF shop.orders FOR VALUES IN (2);
ALTER TABLE shop.orders_us ADD CONSTRAINT us_pk PRIMARY KEY (id, region);
CREATE TABLE shop."Orders Rest" PARTITION OF shop.orders DEFAULT;
ALTER TABLE shop."Orders Rest" ADD CONSTRAINT rest_unique UNIQUE (id, region);
CREATE UNIQUE INDEX rest_uidx ON shop."Orders Rest" (id, region);
CREATE TABLE shop.items (id integer NOT NULL, name text) PARTITION BY HASH (id);
CREATE TABLE shop.items_0 PARTITION OF shop.items FOR VALUES WITH (MODULUS 2, REMAINDER 0);
ALTER TABLE shop.items_0 ADD CONSTRAINT "Item 0 pk" PRIMARY KEY (id);
CREATE TABLE shop.items_1 PARTITION OF shop.items FOR VALUES WITH (MODULUS 2, REMAINDER 1);
ALTER TABLE shop.items_1 ADD CONSTRAINT items_1_id UNIQUE (id);
INSERT INTO shop.orders VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 3, 'c');
INSERT INTO shop.items VALUES (1, 'x'), (2, 'y'), (3, 'z');

-- The parent's qty default changes. Without ONLY PostgreSQL passes it on to every partition and child: the plan sets
-- it on the parent ONLY and on each partition and child that wants it (orders_eu, kid2), not on those that keep
-- their own (orders_us, kid). A column the parent gains with a default set ONLY (as pg_dump writes it) leaves the
-- existing partitions without it; a new partition that is itself partitioned, and its partition, follow the parent.
CREATE SCHEMA "Shop";
CREATE TABLE "Shop".orders (id int NOT NULL, region text NOT NULL, qty int DEFAULT 2, status text DEFAULT 'new')
    PARTITION BY LIST (region);
CREATE TABLE "Shop".orders_eu PARTITION OF "Shop".orders FOR VALUES IN ('eu');
CREATE TABLE "Shop".orders_us PARTITION OF "Shop".orders (qty DEFAULT 1) FOR VALUES IN ('us');
CREATE TABLE "Shop".orders_asia PARTITION OF "Shop".orders FOR VALUES IN ('asia') PARTITION BY LIST (id);
CREATE TABLE "Shop".orders_asia_1 PARTITION OF "Shop".orders_asia FOR VALUES IN (1);
ALTER TABLE "Shop".orders ADD COLUMN placed_at date;
ALTER TABLE ONLY "Shop".orders ALTER COLUMN placed_at SET DEFAULT CURRENT_DATE;
CREATE VIEW "Shop".eu_qty AS SELECT id, qty FROM "Shop".orders_eu;
CREATE TABLE "Shop".base (id int, qty int DEFAULT 2);
CREATE TABLE "Shop".kid (note text) INHERITS ("Shop".base);
ALTER TABLE ONLY "Shop".kid ALTER COLUMN qty SET DEFAULT 1;
CREATE TABLE "Shop".kid2 () INHERITS ("Shop".base);

-- Keys added pg_dump's way: on ONLY the parent, the partitions' own keys (with their own names) attached to it.
CREATE TABLE orders (id int NOT NULL, region text NOT NULL, code text) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
ALTER TABLE ONLY orders ADD CONSTRAINT orders_pk PRIMARY KEY (id, region);
ALTER TABLE ONLY orders_eu ADD CONSTRAINT "eu key" PRIMARY KEY (id, region);
ALTER INDEX orders_pk ATTACH PARTITION "eu key";
ALTER TABLE ONLY orders_us ADD CONSTRAINT us_pk PRIMARY KEY (id, region);
ALTER INDEX orders_pk ATTACH PARTITION us_pk;
ALTER TABLE ONLY orders ADD CONSTRAINT orders_code UNIQUE (code, region);
ALTER TABLE ONLY orders_eu ADD CONSTRAINT eu_code UNIQUE (code, region);
ALTER INDEX orders_code ATTACH PARTITION eu_code;
ALTER TABLE ONLY orders_us ADD CONSTRAINT us_code UNIQUE (code, region);
ALTER INDEX orders_code ATTACH PARTITION us_code;

CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE "Orders" (id int NOT NULL, customer int, day date NOT NULL, PRIMARY KEY (id, day)) PARTITION BY RANGE (day);
CREATE TABLE orders_2024 PARTITION OF "Orders" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE lines (order_id int, order_day date, n int);
INSERT INTO customers VALUES (1);
INSERT INTO "Orders" VALUES (10, 1, '2024-02-02');
INSERT INTO lines VALUES (10, '2024-02-02', 1);

-- A foreign key on a partitioned table (PostgreSQL refuses NOT VALID there) and one referencing it.
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE "Orders" (id int NOT NULL, customer int REFERENCES customers, day date NOT NULL, PRIMARY KEY (id, day))
    PARTITION BY RANGE (day);
CREATE TABLE orders_2024 PARTITION OF "Orders" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE lines (order_id int, order_day date, n int, FOREIGN KEY (order_id, order_day) REFERENCES "Orders");

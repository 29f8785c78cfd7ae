-- Changed options, a column list and row filter, a table of another schema added, a comment changed, a publication
-- dropped, and new ones: of a schema, of a partitioned table through its root, of no table, of all tables.
CREATE SCHEMA "Sales";
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text, "Flag" boolean);
CREATE TABLE "Sales".invoices (id bigint PRIMARY KEY, order_id bigint);
CREATE TABLE public.events (id bigint, at date) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE PUBLICATION ledger_pub WITH (publish = 'insert, update, delete');
ALTER PUBLICATION ledger_pub ADD TABLE ONLY public.orders (id, total, "Flag") WHERE (total > 0);
ALTER PUBLICATION ledger_pub ADD TABLE ONLY "Sales".invoices;
CREATE PUBLICATION "Empty Pub" WITH (publish = 'insert, update, delete, truncate');
COMMENT ON PUBLICATION "Empty Pub" IS 'after';
CREATE PUBLICATION kept_pub FOR TABLE "Sales".invoices;
CREATE PUBLICATION schema_pub FOR TABLES IN SCHEMA "Sales" WITH (publish = 'insert');
CREATE PUBLICATION part_pub FOR TABLE public.events WITH (publish_via_partition_root = true);
CREATE PUBLICATION "All Tables" FOR ALL TABLES;

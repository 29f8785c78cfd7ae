-- Publications as pg_dump writes them into a structure.sql: CREATE PUBLICATION, then ALTER PUBLICATION ... ADD.
CREATE SCHEMA "Sales";
CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text, "Flag" boolean);
CREATE TABLE "Sales".invoices (id bigint PRIMARY KEY, order_id bigint);
CREATE TABLE public.events (id bigint, at date) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE PUBLICATION ledger_pub WITH (publish = 'insert, update');
ALTER PUBLICATION ledger_pub ADD TABLE ONLY public.orders (id, total);
CREATE PUBLICATION old_pub FOR TABLE public.orders;
CREATE PUBLICATION "Empty Pub" WITH (publish = 'insert, update, delete, truncate');
COMMENT ON PUBLICATION "Empty Pub" IS 'before';
CREATE PUBLICATION kept_pub FOR TABLE "Sales".invoices;

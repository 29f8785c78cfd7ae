-- Everything in this file depends on b_defines.sql, which is loaded after it:
-- the loader must find the order by itself.

-- A view over a table created later (in this file).
CREATE VIEW open_orders AS
    SELECT id, customer_id FROM orders WHERE status = 'open';

-- A foreign key to a table, a column of an enum type and a default calling a function, all defined later.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    status order_status NOT NULL DEFAULT 'open',
    code text NOT NULL DEFAULT next_code()
);

-- A table in a schema created later.
CREATE TABLE audit.events (
    id bigint PRIMARY KEY,
    order_id bigint REFERENCES orders (id)
);

-- Orders reference customers and products, which are defined in other files:
-- Converge loads the desired state in whatever order the references need.
CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE RESTRICT,
    status      order_status NOT NULL DEFAULT 'pending',
    total       numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    shipped_at  timestamptz
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_pending_idx ON orders (created_at) WHERE status = 'pending';
COMMENT ON TABLE orders IS 'A customer''s order, from checkout to delivery';

CREATE TABLE order_lines (
    order_id    bigint  NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id  integer NOT NULL REFERENCES products (id),
    quantity    integer NOT NULL CONSTRAINT order_lines_quantity_check CHECK (quantity > 0 AND quantity <= 1000),
    unit_price  numeric(12,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

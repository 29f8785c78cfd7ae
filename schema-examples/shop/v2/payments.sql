CREATE TABLE payments (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    amount   numeric(12,2) NOT NULL CHECK (amount > 0),
    method   text NOT NULL DEFAULT 'card',
    paid_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payments_order_idx ON payments (order_id);
COMMENT ON TABLE payments IS 'Money received for an order';

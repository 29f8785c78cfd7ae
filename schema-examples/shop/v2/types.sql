CREATE TYPE order_status AS ENUM ('pending', 'paid', 'processing', 'shipped', 'refunded', 'cancelled');

CREATE SEQUENCE invoice_number_seq START WITH 1000 INCREMENT BY 10;

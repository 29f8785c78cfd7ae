CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

CREATE SEQUENCE invoice_number_seq START WITH 1000 INCREMENT BY 1;

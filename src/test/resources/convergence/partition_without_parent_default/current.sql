CREATE SCHEMA "Rental";
CREATE SEQUENCE "Rental".payment_payment_id_seq;
CREATE TABLE "Rental".payment (
    payment_id integer DEFAULT nextval('"Rental".payment_payment_id_seq'::regclass) NOT NULL,
    amount numeric(5,2) DEFAULT 0 NOT NULL,
    note text DEFAULT 'none',
    payment_date timestamp with time zone NOT NULL
) PARTITION BY RANGE (payment_date);
-- these partitions took the parent's defaults (PARTITION OF copies them)
CREATE TABLE "Rental".payment_p2022_01 PARTITION OF "Rental".payment
    FOR VALUES FROM ('2022-01-01') TO ('2022-02-01');
CREATE TABLE "Rental".payment_p2022_02 PARTITION OF "Rental".payment
    FOR VALUES FROM ('2022-02-01') TO ('2022-03-01');
CREATE TABLE "Rental".payment_p2022_03 PARTITION OF "Rental".payment (note DEFAULT 'march')
    FOR VALUES FROM ('2022-03-01') TO ('2022-04-01');
CREATE VIEW "Rental".march AS SELECT payment_id, amount FROM "Rental".payment_p2022_03;
INSERT INTO "Rental".payment (amount, payment_date) VALUES (1.5, '2022-01-10'), (2.5, '2022-02-10'),
    (3.5, '2022-03-10');

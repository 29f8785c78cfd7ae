-- As pg_dump writes a partitioned table: the partitions are created on their own and attached, and the parent's
-- defaults are set with ONLY afterwards, so the partitions have none (rows inserted through the parent get them
-- anyway). One partition keeps a default of its own; the parent's note default changes (ONLY: it must not leak into
-- the partitions); a new partition is created without the parent's defaults.
CREATE SCHEMA "Rental";
CREATE TABLE "Rental".payment (
    payment_id integer NOT NULL,
    amount numeric(5,2) NOT NULL,
    note text,
    payment_date timestamp with time zone NOT NULL
) PARTITION BY RANGE (payment_date);
CREATE SEQUENCE "Rental".payment_payment_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE "Rental".payment_payment_id_seq OWNED BY "Rental".payment.payment_id;
CREATE TABLE "Rental".payment_p2022_01 (
    payment_id integer NOT NULL,
    amount numeric(5,2) NOT NULL,
    note text,
    payment_date timestamp with time zone NOT NULL
);
CREATE TABLE "Rental".payment_p2022_02 (
    payment_id integer NOT NULL,
    amount numeric(5,2) NOT NULL,
    note text,
    payment_date timestamp with time zone NOT NULL
);
CREATE TABLE "Rental".payment_p2022_03 (
    payment_id integer NOT NULL,
    amount numeric(5,2) NOT NULL,
    note text DEFAULT 'march',
    payment_date timestamp with time zone NOT NULL
);
CREATE TABLE "Rental".payment_p2022_04 (
    payment_id integer NOT NULL,
    amount numeric(5,2) NOT NULL,
    note text,
    payment_date timestamp with time zone NOT NULL
);
ALTER TABLE ONLY "Rental".payment ATTACH PARTITION "Rental".payment_p2022_01 FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00');
ALTER TABLE ONLY "Rental".payment ATTACH PARTITION "Rental".payment_p2022_02 FOR VALUES FROM ('2022-02-01 00:00:00+00') TO ('2022-03-01 00:00:00+00');
ALTER TABLE ONLY "Rental".payment ATTACH PARTITION "Rental".payment_p2022_03 FOR VALUES FROM ('2022-03-01 00:00:00+00') TO ('2022-04-01 00:00:00+00');
ALTER TABLE ONLY "Rental".payment ATTACH PARTITION "Rental".payment_p2022_04 FOR VALUES FROM ('2022-04-01 00:00:00+00') TO ('2022-05-01 00:00:00+00');
ALTER TABLE ONLY "Rental".payment ALTER COLUMN payment_id SET DEFAULT nextval('"Rental".payment_payment_id_seq'::regclass);
ALTER TABLE ONLY "Rental".payment ALTER COLUMN amount SET DEFAULT 0;
ALTER TABLE ONLY "Rental".payment ALTER COLUMN note SET DEFAULT 'unpaid';
CREATE VIEW "Rental".march AS SELECT payment_id, amount FROM "Rental".payment_p2022_03;

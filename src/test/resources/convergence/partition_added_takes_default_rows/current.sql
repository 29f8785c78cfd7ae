-- Monthly partitions with a DEFAULT partition that already holds rows of the months added next, and a
-- list-partitioned table in another schema with quoted names.
CREATE TABLE public.payment (
    id bigint GENERATED ALWAYS AS IDENTITY,
    paid_at timestamptz NOT NULL,
    amount numeric(8,2) NOT NULL CHECK (amount >= 0),
    cents bigint GENERATED ALWAYS AS ((amount * 100)::bigint) STORED,
    PRIMARY KEY (paid_at, id)
) PARTITION BY RANGE (paid_at);
CREATE TABLE public.payment_2026_01 PARTITION OF public.payment FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE public.payment_default PARTITION OF public.payment DEFAULT;
CREATE INDEX payment_amount ON public.payment (amount);
INSERT INTO public.payment (paid_at, amount) VALUES
    ('2026-01-10', 1), ('2026-02-03', 2), ('2026-02-28', 3), ('2026-03-15', 4), ('2027-01-01', 5);

CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Orders" (id int NOT NULL, "Region" text NOT NULL) PARTITION BY LIST ("Region");
CREATE TABLE "Sales"."Orders EU" PARTITION OF "Sales"."Orders" FOR VALUES IN ('eu');
CREATE TABLE "Sales"."Orders Other" PARTITION OF "Sales"."Orders" DEFAULT;
INSERT INTO "Sales"."Orders" VALUES (1, 'eu'), (2, 'us'), (3, 'ca'), (4, 'jp');

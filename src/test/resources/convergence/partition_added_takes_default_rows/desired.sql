CREATE TABLE public.payment (
    id bigint GENERATED ALWAYS AS IDENTITY,
    paid_at timestamptz NOT NULL,
    amount numeric(8,2) NOT NULL CHECK (amount >= 0),
    cents bigint GENERATED ALWAYS AS ((amount * 100)::bigint) STORED,
    PRIMARY KEY (paid_at, id)
) PARTITION BY RANGE (paid_at);
CREATE TABLE public.payment_2026_01 PARTITION OF public.payment FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE public.payment_2026_02 PARTITION OF public.payment FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE TABLE public.payment_2026_03 PARTITION OF public.payment FOR VALUES FROM ('2026-03-01') TO ('2026-04-01');
CREATE TABLE public.payment_default PARTITION OF public.payment DEFAULT;
CREATE INDEX payment_amount ON public.payment (amount);

CREATE SCHEMA "Sales";
CREATE TABLE "Sales"."Orders" (id int NOT NULL, "Region" text NOT NULL) PARTITION BY LIST ("Region");
CREATE TABLE "Sales"."Orders EU" PARTITION OF "Sales"."Orders" FOR VALUES IN ('eu');
CREATE TABLE "Sales"."Orders NA" PARTITION OF "Sales"."Orders" FOR VALUES IN ('us', 'ca');
CREATE TABLE "Sales"."Orders Other" PARTITION OF "Sales"."Orders" DEFAULT;

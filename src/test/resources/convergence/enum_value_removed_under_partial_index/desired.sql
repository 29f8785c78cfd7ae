-- An enum loses a value while an index (and a check) on an existing table compares it: the index is dropped before the type is
-- rebuilt (inside the transaction, not concurrently after it) and built again after.
CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'cancelled');
CREATE TABLE public.orders (id integer PRIMARY KEY, status public.order_status NOT NULL,
    CONSTRAINT known CHECK (status IN ('new', 'paid', 'cancelled')));
CREATE INDEX orders_by_rank ON public.orders ((status > 'new'::public.order_status));
CREATE INDEX orders_open ON public.orders (id) WHERE status <> 'cancelled'::public.order_status;

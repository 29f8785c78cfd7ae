CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'cancelled', 'refunded');
CREATE TABLE public.orders (id integer PRIMARY KEY, status public.order_status NOT NULL,
    CONSTRAINT known CHECK (status IN ('new', 'paid', 'cancelled')));
CREATE INDEX orders_by_rank ON public.orders ((status > 'new'::public.order_status));
CREATE INDEX orders_open ON public.orders (id) WHERE status <> 'cancelled'::public.order_status;
INSERT INTO public.orders VALUES (1, 'new'), (2, 'paid');

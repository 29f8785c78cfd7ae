SELECT count(*) = 2 FROM public.orders

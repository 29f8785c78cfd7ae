SELECT (SELECT count(*) FROM public.payment) = 2 AND (SELECT sum(amount) FROM public.payment) = 3.98
    AND (SELECT rating FROM public.film WHERE film_id = 1) = 'G' AND (SELECT count(*) FROM public.customer) = 1

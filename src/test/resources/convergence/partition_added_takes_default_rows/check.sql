SELECT (SELECT count(*) FROM public.payment) = 5
   AND (SELECT count(*) FROM public.payment_2026_02) = 2
   AND (SELECT count(*) FROM public.payment_2026_03) = 1
   AND (SELECT count(*) FROM ONLY public.payment_default) = 1
   AND (SELECT sum(cents) FROM public.payment) = 1500
   AND (SELECT count(*) FROM "Sales"."Orders NA") = 2
   AND (SELECT count(*) FROM "Sales"."Orders Other") = 1
   AND (SELECT count(*) FROM "Sales"."Orders") = 4

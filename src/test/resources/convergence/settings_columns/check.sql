SELECT (SELECT count(*) FROM "Stats".events) = 2
   AND (SELECT length(payload) FROM "Stats".events WHERE id = 2) = 5000
   AND (SELECT code FROM "Stats".events WHERE id = 1) = 7
   AND (SELECT count(*) FROM public.measures) = 1

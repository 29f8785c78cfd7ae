SELECT (SELECT count(*) FROM "Ops Data"."Items" WHERE flag IN ('1', '2', '3')) = 3
   AND (SELECT body FROM public.notes WHERE id = 1) = '7'

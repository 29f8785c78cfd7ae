SELECT (SELECT count(*) FROM public.tags) = 3 AND nextval('public.tags_id_seq') = 4
   AND nextval('"Ops"."Job Runs_Run_seq"') = 102
   AND nextval('"Ops".empty_one_id_seq') = 1

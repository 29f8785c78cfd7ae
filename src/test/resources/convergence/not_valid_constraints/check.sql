SELECT count(*) = 2 FROM public.accounts

SELECT count(*) = 1 FROM public.docs

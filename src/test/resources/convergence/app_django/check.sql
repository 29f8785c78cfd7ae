SELECT (SELECT count(*) FROM public.library_book) = 2 AND (SELECT count(*) FROM public.library_author WHERE age > 60) = 2
    AND (SELECT count(*) FROM public.auth_user) = 1

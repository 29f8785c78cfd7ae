SELECT (SELECT count(*) FROM public.users) = 2 AND (SELECT count(*) FROM public.posts WHERE status = 'draft') = 2
    AND (SELECT count(*) FROM public.schema_migrations) = 2

CREATE TABLE public.base (id integer, amount numeric);
-- Names sort outermost first: the plan must still create them innermost first.
CREATE VIEW public.c_bottom AS SELECT id, amount FROM public.base;
CREATE VIEW public.b_middle AS SELECT sum(amount) AS total FROM public.c_bottom;
CREATE VIEW public.a_top AS SELECT total FROM public.b_middle WHERE total > 10;
CREATE SCHEMA reports;
CREATE VIEW reports.summary AS SELECT t.total, (SELECT count(*) FROM public.c_bottom) AS n FROM public.a_top t;

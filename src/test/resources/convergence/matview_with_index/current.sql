CREATE TABLE public.sales (id integer, region text, amount numeric);
CREATE MATERIALIZED VIEW public.by_region AS SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;
CREATE UNIQUE INDEX by_region_region ON public.by_region (region);
CREATE INDEX by_region_total ON public.by_region (total);
CREATE MATERIALIZED VIEW public.stale AS SELECT id FROM public.sales;

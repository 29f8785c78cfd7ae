CREATE TABLE public.sales (id integer, region text, amount numeric);
CREATE MATERIALIZED VIEW public.by_region AS SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;
CREATE UNIQUE INDEX by_region_region ON public.by_region (region);
CREATE INDEX by_region_total_desc ON public.by_region (total DESC);
COMMENT ON MATERIALIZED VIEW public.by_region IS 'per region';
-- Changed query: dropped and created again, with its index.
CREATE MATERIALIZED VIEW public.stale AS SELECT id, amount FROM public.sales WHERE amount > 0;
CREATE INDEX stale_id ON public.stale (id);
-- A view on a materialized view whose query changes.
CREATE VIEW public.top_regions AS SELECT region FROM public.by_region WHERE total > 100;

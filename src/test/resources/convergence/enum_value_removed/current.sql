CREATE TYPE public.status AS ENUM ('new', 'legacy', 'active', 'closed');
COMMENT ON TYPE public.status IS 'ticket status';
CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    status public.status NOT NULL DEFAULT 'new',
    history public.status[],
    dropped public.status
);
CREATE INDEX tickets_status ON public.tickets (status);
INSERT INTO public.tickets VALUES (1, 'active', '{new,active}', 'legacy'), (2, 'closed', NULL, NULL);

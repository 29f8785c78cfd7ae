CREATE TYPE public.status AS ENUM ('new', 'active', 'closed', 'archived');
COMMENT ON TYPE public.status IS 'ticket status';
CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    status public.status NOT NULL DEFAULT 'active',
    history public.status[]
);
CREATE INDEX tickets_status ON public.tickets (status);
CREATE TABLE public.audit (status public.status);

CREATE SCHEMA "Ops Data";
CREATE TABLE "Ops Data"."Items" (
    id bigint PRIMARY KEY,
    flag text NOT NULL,
    qty text,
    code text
);

CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    body text
);
-- redefined over the retyped column: the old one goes before the retype, the new one is built after it
CREATE INDEX notes_body_expr ON public.notes ((body || 'x')) WHERE body IS NOT NULL;
CREATE VIEW public.note_ids AS SELECT id FROM public.notes;

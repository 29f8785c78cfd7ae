-- Indexes the desired state drops or redefines, which name a column it retypes outside their key columns: an
-- expression, a predicate. Each must be dropped inside the transaction before the retype (which would rebuild it
-- and fail: text + integer), not CONCURRENTLY after it.
CREATE SCHEMA "Ops Data";
CREATE TABLE "Ops Data"."Items" (
    id bigint PRIMARY KEY,
    flag integer NOT NULL,
    qty integer,
    code integer
);
CREATE INDEX items_flag_expr ON "Ops Data"."Items" ((flag + 1));
CREATE INDEX items_qty_partial ON "Ops Data"."Items" (id) WHERE qty > 0;
CREATE INDEX "Items code" ON "Ops Data"."Items" (code);
INSERT INTO "Ops Data"."Items" VALUES (1, 1, 5, 10), (2, 2, -1, 20), (3, 3, NULL, NULL);

CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    body integer
);
CREATE INDEX notes_body_expr ON public.notes ((body * 2)) WHERE body IS NOT NULL;
CREATE VIEW public.note_ids AS SELECT id FROM public.notes;
INSERT INTO public.notes VALUES (1, 7), (2, NULL);

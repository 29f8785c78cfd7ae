CREATE SCHEMA "Ev";
CREATE TABLE "Ev".events (
    id integer NOT NULL,
    kind text NOT NULL,
    note text
) PARTITION BY LIST (kind);
CREATE TABLE "Ev".events_click PARTITION OF "Ev".events FOR VALUES IN ('click');
-- becomes a partition: lacks the NOT NULL of id and of note, which the parent gains
CREATE TABLE "Ev"."Events View" (
    id integer,
    kind text NOT NULL,
    note text
);
INSERT INTO "Ev".events VALUES (1, 'click', 'a');
INSERT INTO "Ev"."Events View" VALUES (2, 'view', 'b');

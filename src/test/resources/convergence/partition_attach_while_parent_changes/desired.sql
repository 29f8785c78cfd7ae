CREATE SCHEMA "Ev";
CREATE TABLE "Ev".events (
    id integer NOT NULL,
    kind text NOT NULL,
    note text NOT NULL
) PARTITION BY LIST (kind);
CREATE TABLE "Ev".events_click PARTITION OF "Ev".events FOR VALUES IN ('click');
CREATE TABLE "Ev"."Events View" PARTITION OF "Ev".events FOR VALUES IN ('view');

CREATE SCHEMA "Inv";
CREATE TABLE "Inv".base (
    id integer NOT NULL,
    created date DEFAULT CURRENT_DATE,
    CONSTRAINT base_id_check CHECK (id > 0)
);
CREATE TABLE "Inv".other_base (
    tag text
);
-- a table that becomes a child: it lacks the parents' columns and checks until the plan adds them
CREATE TABLE "Inv".orders (
    id integer NOT NULL,
    total numeric
);
CREATE TABLE "Inv".kept (
    note text
) INHERITS ("Inv".base, "Inv".other_base);
INSERT INTO "Inv".orders (id, total) VALUES (7, 12.5);
INSERT INTO "Inv".kept (id, tag, note) VALUES (8, 'a', 'b');

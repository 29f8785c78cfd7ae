CREATE SCHEMA "Inv";
CREATE TABLE "Inv".base (
    id integer NOT NULL,
    created date DEFAULT CURRENT_DATE,
    CONSTRAINT base_id_check CHECK (id > 0)
);
CREATE TABLE "Inv".other_base (
    tag text
);
CREATE TABLE "Inv".orders (
    total numeric
) INHERITS ("Inv".base);
-- loses one of its two parents
CREATE TABLE "Inv".kept (
    note text
) INHERITS ("Inv".base);

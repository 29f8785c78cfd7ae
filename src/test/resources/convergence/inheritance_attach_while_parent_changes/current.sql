CREATE SCHEMA app;
CREATE SCHEMA "Side Shop";
CREATE TABLE app.base (
    id integer NOT NULL,
    name text
);
-- becomes a child: id lacks the parent's NOT NULL, name the one the parent gains, price and the check are new
CREATE TABLE app.joiner (
    id integer,
    name text,
    extra integer
);
-- in another schema, quoted: name has another type until the plan retypes it
CREATE TABLE "Side Shop"."Joiner ""Two""" (
    id integer NOT NULL,
    name character varying(20),
    price numeric
);
INSERT INTO app.joiner (id, name, extra) VALUES (1, 'one', 10);
INSERT INTO "Side Shop"."Joiner ""Two""" (id, name, price) VALUES (2, 'two', 5);

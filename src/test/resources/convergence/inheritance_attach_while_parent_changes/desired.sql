CREATE SCHEMA app;
CREATE SCHEMA "Side Shop";
CREATE TABLE app.base (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric DEFAULT 0,
    CONSTRAINT base_price_check CHECK (price >= 0)
);
CREATE TABLE app.joiner (
    extra integer
) INHERITS (app.base);
CREATE TABLE "Side Shop"."Joiner ""Two""" (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric
) INHERITS (app.base);

CREATE SCHEMA app;
CREATE SCHEMA "Side Shop";
CREATE TABLE app.base (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric DEFAULT 0,
    CONSTRAINT base_price_check CHECK (price >= 0)
);
-- a table that joins keeps its columns as its own, in its order, and the check it was given first
CREATE TABLE app.joiner (
    id integer NOT NULL,
    name text NOT NULL,
    extra integer,
    price numeric DEFAULT 0,
    CONSTRAINT base_price_check CHECK (price >= 0)
) INHERITS (app.base);
CREATE TABLE "Side Shop"."Joiner ""Two""" (
    id integer NOT NULL,
    name text NOT NULL,
    price numeric,
    CONSTRAINT base_price_check CHECK (price >= 0)
) INHERITS (app.base);

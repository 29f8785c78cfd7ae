CREATE SCHEMA app;
CREATE SCHEMA "Side Shop";
CREATE TABLE app.base (
    id integer NOT NULL,
    qty integer DEFAULT 2,
    amount bigint,
    CONSTRAINT base_id_check CHECK (id > 0)
);
-- leaves: keeps note, the old type, default and NOT NULL of its columns; without the parent's checks
CREATE TABLE app.kid_plain (
    id integer NOT NULL,
    qty integer DEFAULT 1 NOT NULL,
    note text,
    amount integer,
    extra integer
);
-- leaves: keeps one check as it is, another with a new definition; drops amount itself
CREATE TABLE app.kid_keeps (
    id integer NOT NULL,
    qty integer DEFAULT 1 NOT NULL,
    note text,
    flag boolean,
    CONSTRAINT base_id_check CHECK (id > 0),
    CONSTRAINT base_qty_check CHECK (qty >= 0)
);
-- leaves: drops note itself (the parent drops it too) and its own check; keeps qty nullable like the parent
CREATE TABLE "Side Shop"."Kid ""Quoted""" (
    id integer NOT NULL,
    qty integer,
    amount bigint,
    tag text
);
CREATE TABLE app.kid_stays (size integer) INHERITS (app.base);
CREATE TABLE "Side Shop"."Base Table" (
    "Id" integer NOT NULL
);
CREATE TABLE app."kid of quoted" (
    "Id" integer NOT NULL,
    "Old Note" text,
    x integer,
    CONSTRAINT "Id > 0" CHECK ("Id" > 0)
);
CREATE TABLE app.top (id integer NOT NULL);
CREATE TABLE app.mid (id integer NOT NULL, gone text, m integer);
CREATE TABLE app.leaf (l integer) INHERITS (app.mid);
CREATE TABLE app.top2 (id integer NOT NULL);
CREATE TABLE app.mid2 (m integer) INHERITS (app.top2);
CREATE TABLE app.leaf2 (id integer NOT NULL, gone2 text, m integer, l integer, CONSTRAINT top2_check CHECK (id < 1000));
CREATE VIEW app.plain_notes AS SELECT p.id, p.note FROM app.kid_plain p;

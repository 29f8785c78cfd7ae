CREATE SCHEMA app;
CREATE SCHEMA "Side Shop";
-- the parent drops a check, a column, a NOT NULL and changes a default and a type while children leave it
CREATE TABLE app.base (
    id integer NOT NULL,
    qty integer DEFAULT 1 NOT NULL,
    note text,
    amount integer,
    CONSTRAINT base_qty_check CHECK (qty > 0),
    CONSTRAINT base_id_check CHECK (id > 0)
);
CREATE TABLE app.kid_plain (extra integer) INHERITS (app.base);
CREATE TABLE app.kid_keeps (flag boolean) INHERITS (app.base);
-- declares base_id_check itself as well (merged with the inherited one)
CREATE TABLE "Side Shop"."Kid ""Quoted""" (
    tag text,
    CONSTRAINT base_id_check CHECK (id > 0)
) INHERITS (app.base);
CREATE TABLE app.kid_stays (size integer) INHERITS (app.base);
-- quoted parent in another schema
CREATE TABLE "Side Shop"."Base Table" (
    "Id" integer NOT NULL,
    "Old Note" text,
    CONSTRAINT "Id > 0" CHECK ("Id" > 0)
);
CREATE TABLE app."kid of quoted" (x integer) INHERITS ("Side Shop"."Base Table");
-- two levels: mid leaves top, leaf stays under mid; leaf2 leaves mid2 while top2 changes
CREATE TABLE app.top (id integer NOT NULL, gone text, CONSTRAINT top_check CHECK (id < 1000));
CREATE TABLE app.mid (m integer) INHERITS (app.top);
CREATE TABLE app.leaf (l integer) INHERITS (app.mid);
CREATE TABLE app.top2 (id integer NOT NULL, gone2 text, CONSTRAINT top2_check CHECK (id < 1000));
CREATE TABLE app.mid2 (m integer) INHERITS (app.top2);
CREATE TABLE app.leaf2 (l integer) INHERITS (app.mid2);
INSERT INTO app.kid_plain (id, qty, note, amount, extra) VALUES (1, 5, 'plain note', 10, 7);
INSERT INTO app.kid_keeps (id, qty, note, amount, flag) VALUES (2, 6, 'keeps note', 20, true);
INSERT INTO "Side Shop"."Kid ""Quoted""" (id, qty, note, amount, tag) VALUES (3, 7, 'quoted note', 30, 't');
INSERT INTO app.kid_stays (id, qty, note, amount, size) VALUES (4, 8, 'stays note', 40, 1);
INSERT INTO app."kid of quoted" ("Id", "Old Note", x) VALUES (5, 'old note', 1);
INSERT INTO app.mid (id, gone, m) VALUES (6, 'mid gone', 1);
INSERT INTO app.leaf (id, gone, m, l) VALUES (7, 'leaf gone', 1, 2);
INSERT INTO app.leaf2 (id, gone2, m, l) VALUES (8, 'leaf2 gone', 1, 2);
CREATE VIEW app.plain_notes AS SELECT p.id, p.note FROM app.kid_plain p;

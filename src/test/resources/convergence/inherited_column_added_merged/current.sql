-- A parent of table inheritance and its child, which already has a column of the name the parent is about to
-- gain (with a default of its own) and rows.
CREATE SCHEMA "Merge Cols";
CREATE TABLE "Merge Cols".parent (id int);
CREATE TABLE "Merge Cols".kid (id int, "Own" text DEFAULT 'mine', owned int NOT NULL DEFAULT 0)
    INHERITS ("Merge Cols".parent);
INSERT INTO "Merge Cols".kid VALUES (1);

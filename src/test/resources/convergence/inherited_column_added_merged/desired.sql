-- The parent gains the kid's columns with other defaults and no NOT NULL: PostgreSQL merges them into the kid's own
-- (with a NOTICE), which keeps its default and NOT NULL. The kid also declares a column of its own that the parent
-- gains at the same time (it must be added to the kid first). A child created in the same plan holds its own
-- default and NOT NULL on the parent's new columns. A generated column reaches the children.
CREATE SCHEMA "Merge Cols";
CREATE TABLE "Merge Cols".parent (id int, "Own" text DEFAULT 'parent''s', owned int, late text DEFAULT 'p',
    twice int GENERATED ALWAYS AS (id * 2) STORED);
CREATE TABLE "Merge Cols".kid (id int, "Own" text DEFAULT 'mine', owned int NOT NULL DEFAULT 0,
    late text DEFAULT 'kid''s') INHERITS ("Merge Cols".parent);
CREATE TABLE "Merge Cols"."New Kid" () INHERITS ("Merge Cols".parent);
ALTER TABLE ONLY "Merge Cols"."New Kid" ALTER COLUMN late SET DEFAULT NULL;
ALTER TABLE "Merge Cols"."New Kid" ALTER COLUMN owned SET NOT NULL;

-- A parent of table inheritance before it gains columns; its child (quoted name) and grandchild (another schema)
-- hold rows.
CREATE SCHEMA "Inh Cols";
CREATE SCHEMA other;
CREATE TABLE "Inh Cols".parent (id int);
CREATE TABLE "Inh Cols"."Child A" () INHERITS ("Inh Cols".parent);
CREATE TABLE other.grand () INHERITS ("Inh Cols"."Child A");
INSERT INTO "Inh Cols".parent VALUES (0);
INSERT INTO "Inh Cols"."Child A" VALUES (1);
INSERT INTO other.grand VALUES (2);

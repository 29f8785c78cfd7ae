CREATE SCHEMA "Ref Data";
CREATE TABLE "Ref Data".kept (id integer PRIMARY KEY, code text);
INSERT INTO "Ref Data".kept VALUES (1, 'a'), (2, 'b');

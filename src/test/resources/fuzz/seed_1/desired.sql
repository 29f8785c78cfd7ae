
CREATE SCHEMA "Audit";
CREATE TABLE "Audit"."Events 11" (
    id integer NOT NULL,
    "note-13" text,
    CONSTRAINT "Events 11_pkey" PRIMARY KEY (id)
) PARTITION BY RANGE (id);
CREATE TABLE "Audit".vents_p16 PARTITION OF "Audit"."Events 11" FOR VALUES FROM (MINVALUE) TO (100);
CREATE TABLE "Audit".vents_p18 PARTITION OF "Audit"."Events 11" DEFAULT;
CREATE INDEX "local_idx-17" ON "Audit".vents_p16 ("note-13");
CREATE INDEX "Events_idx20" ON "Audit"."Events 11" ("note-13");
GRANT SELECT, INSERT ON TABLE "Audit"."Events 11" TO "${role1}";
ALTER TABLE "Audit"."Events 11" ADD COLUMN extra integer;

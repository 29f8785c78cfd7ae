
CREATE SCHEMA "ref-data";
CREATE TABLE "ref-data".items18 (
    id bigint NOT NULL,
    "qty-21" character varying(40),
    CONSTRAINT items18_pkey PRIMARY KEY (id)
);
GRANT UPDATE ("qty-21") ON TABLE "ref-data".items18 TO ${role0};
ALTER TABLE "ref-data".items18 ALTER COLUMN "qty-21" SET STORAGE MAIN;

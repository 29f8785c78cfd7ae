
CREATE SCHEMA "ref-data";
CREATE TABLE "ref-data".items6 (
    id bigint NOT NULL,
    amount9 integer,
    CONSTRAINT items6_pkey PRIMARY KEY (id)
);
ALTER TABLE "ref-data".items6 ADD CONSTRAINT items_con25 UNIQUE (amount9);
ALTER TABLE "ref-data".items6 ADD CONSTRAINT items_con26 UNIQUE (amount9);
ALTER TABLE "ref-data".items6 ADD COLUMN note text;

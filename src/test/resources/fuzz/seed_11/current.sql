-- Found by seeds 11 and 18: a check with an IN list on a varchar column.
CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data".items18 (
    id integer NOT NULL,
    label20 character varying(40) NOT NULL,
    CONSTRAINT items18_pkey PRIMARY KEY (id)
);
ALTER TABLE "Sales Data".items18 ADD CONSTRAINT items_con32 CHECK (label20 IN ('v1', 'v2', 'v3', 'd0') OR label20 LIKE '%');

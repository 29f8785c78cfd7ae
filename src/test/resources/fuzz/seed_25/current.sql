-- Found by seeds 25 and 27: a column's STORAGE set by the desired state.
CREATE SCHEMA "ref-data";
CREATE TABLE "ref-data".items18 (
    id bigint NOT NULL,
    "qty-21" character varying(40),
    CONSTRAINT items18_pkey PRIMARY KEY (id)
);
GRANT UPDATE ("qty-21") ON TABLE "ref-data".items18 TO ${role0};

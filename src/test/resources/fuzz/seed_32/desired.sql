CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data".items7 (
    id bigint NOT NULL,
    flag9 text NOT NULL,
    CONSTRAINT items7_pkey PRIMARY KEY (id)
);

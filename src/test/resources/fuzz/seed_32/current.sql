-- Found by seed 32: an expression index dropped by the desired state blocks a retype of its column.
CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data".items7 (
    id bigint NOT NULL,
    flag9 integer NOT NULL,
    CONSTRAINT items7_pkey PRIMARY KEY (id)
);
CREATE INDEX items_idx35 ON "Sales Data".items7 ((flag9 + 1));


CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data".items7 (
    id integer NOT NULL,
    at8 integer NOT NULL,
    CONSTRAINT items7_pkey PRIMARY KEY (id)
);
ALTER TABLE "Sales Data".items7 ADD CONSTRAINT items_con31 CHECK (at8 BETWEEN 0 AND 100000 AND at8 <> 13);
COMMENT ON TABLE "Sales Data".items7 IS 'it''s kept';

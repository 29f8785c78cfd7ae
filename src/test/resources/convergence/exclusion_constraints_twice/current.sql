-- Two equal exclusion constraints on one table: CREATE TABLE would merge them into the first, so the second is added
-- by its own ALTER TABLE (as PRIMARY KEY and UNIQUE equal to one before them are). Seed 1022 of the fuzzer.
CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."items-1" (id integer PRIMARY KEY, note text);

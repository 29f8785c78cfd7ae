-- identity back to serial: the new sequence continues after the identity's value
CREATE TABLE public.tags (
    id serial PRIMARY KEY,
    name text
);
CREATE SCHEMA "Ops";
CREATE TABLE "Ops"."Job Runs" (
    "Run" bigserial PRIMARY KEY,
    job text
);
-- never used: the new sequence starts at its start
CREATE TABLE "Ops".empty_one (id serial, x int);

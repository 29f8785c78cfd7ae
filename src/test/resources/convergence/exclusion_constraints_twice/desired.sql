CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."items-1" (id integer PRIMARY KEY, note text);
CREATE TABLE "Sales Data".fresh (id integer PRIMARY KEY, during int4range);
ALTER TABLE "Sales Data"."items-1" ADD CONSTRAINT excl_a EXCLUDE USING btree (id WITH =) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "Sales Data"."items-1" ADD CONSTRAINT "Excl B" EXCLUDE USING btree (id WITH =) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "Sales Data".fresh ADD CONSTRAINT fresh_a EXCLUDE USING gist (during WITH &&) WHERE (id > 0);
ALTER TABLE "Sales Data".fresh ADD CONSTRAINT fresh_b EXCLUDE USING gist (during WITH &&) WHERE (id > 0);

-- The same end state built the ordinary way: tables first, then each key with the name PostgreSQL gives an
-- unnamed inline key (<table>_<columns>_fkey).
CREATE TABLE kept (id int PRIMARY KEY);
CREATE TABLE author (id int PRIMARY KEY, best_book int, mentor int);
CREATE TABLE book (id int PRIMARY KEY, author_id int NOT NULL, kept_id int DEFAULT 1 NOT NULL);
CREATE TABLE node_a (id int PRIMARY KEY, c_id int, c_tag text);
CREATE TABLE node_b (id int PRIMARY KEY, a_id int);
CREATE TABLE node_c (id int, tag text, b_id int, PRIMARY KEY (id, tag));
CREATE SCHEMA "Sales";
CREATE SCHEMA crm;
CREATE TABLE "Sales"."Order" ("Order Id" bigint PRIMARY KEY, "Customer Id" bigint);
CREATE TABLE crm.customer (id bigint PRIMARY KEY, last_order bigint);
ALTER TABLE author ADD CONSTRAINT author_best_book_fkey FOREIGN KEY (best_book) REFERENCES book (id);
ALTER TABLE author ADD CONSTRAINT author_mentor_fkey FOREIGN KEY (mentor) REFERENCES author (id) ON DELETE SET NULL;
ALTER TABLE book ADD CONSTRAINT book_author_id_fkey FOREIGN KEY (author_id) REFERENCES author (id)
    ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE book ADD CONSTRAINT book_kept_id_fkey FOREIGN KEY (kept_id) REFERENCES kept (id);
ALTER TABLE node_a ADD CONSTRAINT a_to_c FOREIGN KEY (c_id, c_tag) REFERENCES node_c (id, tag) MATCH FULL
    ON UPDATE CASCADE;
ALTER TABLE node_b ADD CONSTRAINT node_b_a_id_fkey FOREIGN KEY (a_id) REFERENCES node_a (id);
ALTER TABLE node_c ADD CONSTRAINT c_to_b FOREIGN KEY (b_id) REFERENCES node_b (id);
ALTER TABLE "Sales"."Order" ADD CONSTRAINT "Order_Customer Id_fkey" FOREIGN KEY ("Customer Id")
    REFERENCES crm.customer (id) ON DELETE RESTRICT;
ALTER TABLE crm.customer ADD CONSTRAINT customer_last_order_fkey FOREIGN KEY (last_order)
    REFERENCES "Sales"."Order" ("Order Id") ON DELETE SET NULL (last_order);

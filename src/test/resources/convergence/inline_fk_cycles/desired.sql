-- Tables that reference each other with inline foreign keys: no order of these CREATE TABLE statements loads as
-- written, so the loader takes the keys of each cycle out of their CREATE TABLE.
CREATE TABLE kept (id int PRIMARY KEY);

-- a 2-cycle of unnamed column-level keys, one table also referencing itself
CREATE TABLE author (
    id int PRIMARY KEY,
    best_book int REFERENCES book,
    mentor int REFERENCES author (id) ON DELETE SET NULL
);
CREATE TABLE book (
    id int PRIMARY KEY,
    author_id int NOT NULL REFERENCES author (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    kept_id int DEFAULT 1 REFERENCES kept NOT NULL
);

-- a 3-cycle of named and unnamed table-level keys, with MATCH FULL and a multi-column key
CREATE TABLE node_a (
    id int PRIMARY KEY,
    c_id int,
    c_tag text,
    CONSTRAINT a_to_c FOREIGN KEY (c_id, c_tag) REFERENCES node_c (id, tag) MATCH FULL ON UPDATE CASCADE
);
CREATE TABLE node_b (FOREIGN KEY (a_id) REFERENCES node_a, id int PRIMARY KEY, a_id int);
CREATE TABLE node_c (
    id int,
    tag text,
    b_id int CONSTRAINT c_to_b REFERENCES node_b NOT DEFERRABLE,
    PRIMARY KEY (id, tag)
);

-- across schemas, with names that need quoting
CREATE SCHEMA "Sales";
CREATE SCHEMA crm;
CREATE TABLE "Sales"."Order" (
    "Order Id" bigint PRIMARY KEY,
    "Customer Id" bigint REFERENCES crm.customer ON DELETE RESTRICT
);
CREATE TABLE crm.customer (
    id bigint PRIMARY KEY,
    last_order bigint,
    FOREIGN KEY (last_order) REFERENCES "Sales"."Order" ("Order Id") ON DELETE SET NULL (last_order)
);

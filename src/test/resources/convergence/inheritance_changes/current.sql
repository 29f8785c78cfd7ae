CREATE SCHEMA shop;
CREATE TABLE shop.items (
    id integer NOT NULL,
    name text,
    CONSTRAINT items_id_positive CHECK (id > 0)
);
CREATE TABLE shop."Books" (
    isbn text
) INHERITS (shop.items);
CREATE TABLE shop.dvds (
    minutes integer
) INHERITS (shop.items);
CREATE TABLE shop.old_parent (
    legacy text
);
CREATE TABLE shop.legacy_child (
    extra integer
) INHERITS (shop.old_parent);
CREATE VIEW shop.book_titles AS SELECT b.name, b.isbn FROM shop."Books" b;
INSERT INTO shop."Books" (id, name, isbn) VALUES (1, 'Dune', '978-0441013593');
INSERT INTO shop.dvds (id, name, minutes) VALUES (2, 'Alien', 117);

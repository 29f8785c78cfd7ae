CREATE SCHEMA shop;
-- a column added to the parent reaches every child; the name becomes NOT NULL and
-- changes type there too (the view on the child is re-created around it)
CREATE TABLE shop.items (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    price numeric DEFAULT 0,
    CONSTRAINT items_id_positive CHECK (id > 0)
);
COMMENT ON TABLE shop.items IS 'everything sold';
CREATE TABLE shop."Books" (
    isbn text
) INHERITS (shop.items);
-- leaves the parent: keeps its rows and its columns, without the parent's check
CREATE TABLE shop.dvds (
    id integer NOT NULL,
    name text,
    minutes integer
);
-- a new child of an existing parent: created with INHERITS
CREATE TABLE shop.music (
    artist text
) INHERITS (shop.items);
-- the parent and its child go
CREATE VIEW shop.book_titles AS SELECT b.name, b.isbn FROM shop."Books" b;

CREATE TABLE products (
    id     serial PRIMARY KEY,
    sku    varchar(32) NOT NULL UNIQUE,
    name   text NOT NULL,
    price  numeric(10,2) NOT NULL CHECK (price > 0),
    stock  integer NOT NULL DEFAULT 0
);
CREATE INDEX products_name_idx ON products (lower(name));

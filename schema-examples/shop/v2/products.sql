CREATE TABLE products (
    id     serial PRIMARY KEY,
    sku    varchar(64) NOT NULL UNIQUE,
    name   text NOT NULL,
    price  numeric(12,2) NOT NULL CHECK (price > 0),
    stock  integer NOT NULL DEFAULT 0,
    active boolean NOT NULL DEFAULT true
);
CREATE INDEX products_name_idx ON products (lower(name));
COMMENT ON COLUMN products.active IS 'Hidden from the catalogue when false';

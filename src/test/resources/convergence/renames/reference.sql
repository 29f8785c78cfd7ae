CREATE TYPE order_status AS ENUM ('waiting', 'shipped', 'minor');
CREATE TABLE users (
  id int CONSTRAINT users_pkey PRIMARY KEY,
  user_name text NOT NULL,
  email text,
  state order_status DEFAULT 'waiting',
  CONSTRAINT unique_email UNIQUE (email)
);
CREATE INDEX username_idx ON users (user_name);
CREATE TABLE orders (id int PRIMARY KEY, account_id int CONSTRAINT orders_account_id_fkey REFERENCES users (id));

CREATE TYPE order_status /* @renamed from=order_state */ AS ENUM (
  'waiting', -- @renamed from=pending
  'shipped',
  'minor' -- converge:renamed-from low
);
CREATE TABLE users ( -- converge:renamed-from user_accounts
  id int PRIMARY KEY,
  user_name text NOT NULL, -- @renamed from=username
  email text,
  state order_status DEFAULT 'waiting',
  CONSTRAINT unique_email UNIQUE (email) -- @renamed from=old_unique_email
);
CREATE INDEX username_idx /* @renamed from=idx_username */ ON users (user_name);
CREATE TABLE orders (id int PRIMARY KEY, account_id int REFERENCES users (id));

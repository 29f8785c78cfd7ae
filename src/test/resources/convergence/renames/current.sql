CREATE TYPE order_state AS ENUM ('pending', 'shipped', 'low');
CREATE TABLE user_accounts (
  id int PRIMARY KEY,
  username text NOT NULL,
  email text,
  state order_state DEFAULT 'pending',
  CONSTRAINT old_unique_email UNIQUE (email)
);
CREATE INDEX idx_username ON user_accounts (username);
CREATE TABLE orders (id int PRIMARY KEY, account_id int REFERENCES user_accounts (id));
INSERT INTO user_accounts VALUES (1, 'ann', 'ann@example.org', 'pending');
INSERT INTO orders VALUES (10, 1);

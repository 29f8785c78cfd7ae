CREATE TABLE keep (id int PRIMARY KEY);
CREATE UNLOGGED TABLE events (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 5) PRIMARY KEY,
  name varchar(40) COLLATE "C" NOT NULL DEFAULT 'x',
  amount numeric(10,2) CHECK (amount > 0),
  doubled numeric GENERATED ALWAYS AS (amount * 2) STORED,
  tags text[] NOT NULL DEFAULT '{}',
  at timestamptz DEFAULT now()
);
CREATE INDEX events_name_idx ON events (lower(name)) INCLUDE (at) WHERE amount IS NOT NULL;

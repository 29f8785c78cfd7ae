CREATE TABLE accounts ( -- @renamed from=accounts_old
  id int PRIMARY KEY,
  user_name varchar(100) NOT NULL -- converge:renamed-from username
);

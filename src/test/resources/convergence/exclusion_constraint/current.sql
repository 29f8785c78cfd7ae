CREATE TABLE rooms (id int PRIMARY KEY, area circle);

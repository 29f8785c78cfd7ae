CREATE TABLE rooms (id int PRIMARY KEY, area circle, CONSTRAINT rooms_no_overlap EXCLUDE USING gist (area WITH &&));

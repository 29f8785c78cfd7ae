CREATE TABLE other (id int PRIMARY KEY);
CREATE TABLE a (id int PRIMARY KEY, b_id int);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));
ALTER TABLE a ADD CONSTRAINT a_b_fk FOREIGN KEY (b_id) REFERENCES b (id);
CREATE TABLE selfref (id int PRIMARY KEY, parent int REFERENCES selfref (id));

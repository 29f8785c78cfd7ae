CREATE TABLE keep (id int PRIMARY KEY);
CREATE TABLE gone (id int PRIMARY KEY, keep_id int REFERENCES keep (id));
CREATE INDEX gone_keep_idx ON gone (keep_id);

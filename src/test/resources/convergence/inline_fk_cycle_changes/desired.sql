-- The cycle written inline, with SET search_path and unqualified names; one key changes its ON DELETE action.
SET search_path = app;
CREATE SCHEMA app;
CREATE TABLE team (id int PRIMARY KEY, lead_id int REFERENCES member ON DELETE SET NULL);
CREATE TABLE member (id int PRIMARY KEY, team_id int REFERENCES team);

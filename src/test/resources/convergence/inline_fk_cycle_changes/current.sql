CREATE SCHEMA app;
CREATE TABLE app.team (id int PRIMARY KEY, lead_id int);
CREATE TABLE app.member (id int PRIMARY KEY, team_id int);
ALTER TABLE app.team ADD CONSTRAINT team_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES app.member (id);
ALTER TABLE app.member ADD CONSTRAINT member_team_id_fkey FOREIGN KEY (team_id) REFERENCES app.team (id);
INSERT INTO app.team VALUES (1, NULL);
INSERT INTO app.member VALUES (10, 1);
UPDATE app.team SET lead_id = 10;

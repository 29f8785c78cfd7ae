-- A renamed table keeps its policy, trigger, row-level security, storage parameters and replica identity.
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TABLE issues ( -- converge:renamed-from tickets
    id int PRIMARY KEY,
    owner text
) WITH (fillfactor = 80);
ALTER TABLE issues ENABLE ROW LEVEL SECURITY;
ALTER TABLE issues REPLICA IDENTITY FULL;
CREATE POLICY own ON issues USING (owner = current_user);
CREATE TRIGGER touch BEFORE UPDATE ON issues FOR EACH ROW EXECUTE FUNCTION touch();

CREATE TABLE ticket (
    id int PRIMARY KEY,
    priority smallint NOT NULL DEFAULT 5,
    state text NOT NULL,
    CONSTRAINT ticket_priority_check CHECK ((priority BETWEEN 0 AND 10) AND priority IS NOT NULL),
    CONSTRAINT ticket_state_check CHECK (state IN ('open', 'closed') OR (state = 'held' AND priority NOT BETWEEN 4 AND 6))
);

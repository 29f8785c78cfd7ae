-- desired.sql as the target holds it after the plan: PostgreSQL flattens the AND chain once its printed text is
-- parsed again, which a database built straight from desired.sql does not show.
CREATE TABLE ticket (
    id int PRIMARY KEY,
    priority smallint NOT NULL DEFAULT 5,
    state text NOT NULL,
    CONSTRAINT ticket_priority_check CHECK (priority >= 0 AND priority <= 10 AND priority IS NOT NULL),
    CONSTRAINT ticket_state_check CHECK (state IN ('open', 'closed') OR (state = 'held' AND priority NOT BETWEEN 4 AND 6))
);

-- desired.sql as the target holds it after the plan: what the plan created from PostgreSQL's print is printed
-- as that print parses (flat AND chains, an array of casts), which a database built from desired.sql does not show.
CREATE TABLE ticket (
    id int PRIMARY KEY,
    priority smallint NOT NULL DEFAULT 5,
    state text NOT NULL,
    CONSTRAINT ticket_priority_check CHECK (priority >= 0 AND priority <= 10 AND priority IS NOT NULL),
    CONSTRAINT ticket_state_check CHECK (state IN ('open', 'closed') OR (state = 'held' AND priority NOT BETWEEN 4 AND 6))
);
CREATE TABLE audit (
    id int PRIMARY KEY,
    op varchar(8) NOT NULL CONSTRAINT audit_op_check CHECK (op IN ('INSERT', 'UPDATE', 'DELETE')),
    CONSTRAINT audit_id_check CHECK (id BETWEEN 1 AND 1000 AND id <> 13)
);
CREATE TABLE event (
    id int PRIMARY KEY,
    kind varchar(8) NOT NULL
        CONSTRAINT event_kind_check CHECK ((kind)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])),
    CONSTRAINT event_id_check CHECK (id >= 1 AND id <= 1000 AND id <> 13)
);

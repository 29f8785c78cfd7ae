-- unchanged, as inspect writes them (pg_get_constraintdef of current.sql's checks)
CREATE TABLE account (
    id int PRIMARY KEY,
    level int NOT NULL,
    kind varchar(10) NOT NULL,
    code char(2),
    score int,
    note text,
    CONSTRAINT account_level_check CHECK ((((level >= 0) AND (level <= 100)) AND (level <> 13))),
    CONSTRAINT account_kind_check CHECK ((((kind)::text = ANY ((ARRAY['user'::character varying, 'admin'::character varying])::text[])) OR ((kind)::text ~~ 'x%'::text))),
    CONSTRAINT account_code_check CHECK ((((code >= 'aa'::bpchar) AND (code <= 'zz'::bpchar)) AND (code <> ALL (ARRAY['zz'::bpchar, 'yy'::bpchar])))),
    -- changed: 10 -> 20
    CONSTRAINT account_score_check CHECK (score BETWEEN 0 AND 20 AND score <> 5)
);

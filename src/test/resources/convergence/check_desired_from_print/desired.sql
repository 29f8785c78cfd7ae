-- unchanged, as inspect writes them (pg_get_constraintdef of current.sql's checks)
CREATE TYPE mood AS ENUM ('a', 'b', 'c');
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TABLE account (
    id int PRIMARY KEY,
    level int NOT NULL,
    kind varchar(10) NOT NULL,
    code char(2),
    score int,
    rank posint,
    mood mood,
    note text,
    CONSTRAINT account_level_check CHECK ((((level >= 0) AND (level <= 100)) AND (level <> 13))),
    CONSTRAINT account_kind_check CHECK ((((kind)::text = ANY ((ARRAY['user'::character varying, 'admin'::character varying])::text[])) OR ((kind)::text ~~ 'x%'::text))),
    CONSTRAINT account_code_check CHECK ((((code >= 'aa'::bpchar) AND (code <= 'zz'::bpchar)) AND (code <> ALL (ARRAY['zz'::bpchar, 'yy'::bpchar])))),
    CONSTRAINT account_rank_check CHECK (((((rank)::integer >= 1) AND ((rank)::integer <= 9)) AND ((rank)::integer <> 5))),
    CONSTRAINT account_mood_check CHECK ((((mood >= 'a'::public.mood) AND (mood <= 'b'::public.mood)) AND (mood <> 'c'::public.mood))),
    -- changed: 10 -> 20
    CONSTRAINT account_score_check CHECK (score BETWEEN 0 AND 20 AND score <> 5)
);

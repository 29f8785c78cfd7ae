-- Checks built from the user's SQL, which PostgreSQL prints in a form it prints differently once that form is parsed
-- again (a BETWEEN inside an AND chain, an IN or NOT IN list on varchar and char columns; on enum and domain columns,
-- which the scratch database where the current checks are parsed again must know). desired.sql holds their prints,
-- as inspect writes them: a database built from it prints the second form. Both are the same checks, so the plan must
-- leave them alone and change only what did change.
CREATE TYPE mood AS ENUM ('a', 'b', 'c');
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TABLE account (
    id int PRIMARY KEY,
    rank posint CONSTRAINT account_rank_check CHECK (rank BETWEEN 1 AND 9 AND rank <> 5),
    mood mood CONSTRAINT account_mood_check CHECK (mood BETWEEN 'a' AND 'b' AND mood <> 'c'),
    level int NOT NULL CONSTRAINT account_level_check CHECK (level BETWEEN 0 AND 100 AND level <> 13),
    kind varchar(10) NOT NULL CONSTRAINT account_kind_check CHECK (kind IN ('user', 'admin') OR kind LIKE 'x%'),
    code char(2) CONSTRAINT account_code_check CHECK (code BETWEEN 'aa' AND 'zz' AND code NOT IN ('zz', 'yy')),
    score int CONSTRAINT account_score_check CHECK (score BETWEEN 0 AND 10 AND score <> 5)
);
INSERT INTO account (id, rank, mood, level, kind, code, score) VALUES (1, 2, 'a', 3, 'user', 'ab', 1);

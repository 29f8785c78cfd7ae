-- desired.sql as the target holds it after the plan: the unchanged checks keep the print of the user's SQL, which
-- a database built from their prints cannot show; the changed one was created by the plan from its print.
CREATE TYPE mood AS ENUM ('a', 'b', 'c');
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TABLE account (
    id int PRIMARY KEY,
    rank posint CONSTRAINT account_rank_check CHECK (rank BETWEEN 1 AND 9 AND rank <> 5),
    mood mood CONSTRAINT account_mood_check CHECK (mood BETWEEN 'a' AND 'b' AND mood <> 'c'),
    level int NOT NULL CONSTRAINT account_level_check CHECK (level BETWEEN 0 AND 100 AND level <> 13),
    kind varchar(10) NOT NULL CONSTRAINT account_kind_check CHECK (kind IN ('user', 'admin') OR kind LIKE 'x%'),
    code char(2) CONSTRAINT account_code_check CHECK (code BETWEEN 'aa' AND 'zz' AND code NOT IN ('zz', 'yy')),
    score int CONSTRAINT account_score_check CHECK ((((score >= 0) AND (score <= 20)) AND (score <> 5))),
    note text
);

-- Checks built from the user's SQL, which PostgreSQL prints in a form it prints differently once that form is parsed
-- again (a BETWEEN inside an AND chain, an IN or NOT IN list on varchar and char columns). desired.sql holds their
-- prints, as inspect writes them: a database built from it prints the second form. Both are the same checks, so the
-- plan must leave them alone and change only what did change.
CREATE TABLE account (
    id int PRIMARY KEY,
    level int NOT NULL CONSTRAINT account_level_check CHECK (level BETWEEN 0 AND 100 AND level <> 13),
    kind varchar(10) NOT NULL CONSTRAINT account_kind_check CHECK (kind IN ('user', 'admin') OR kind LIKE 'x%'),
    code char(2) CONSTRAINT account_code_check CHECK (code BETWEEN 'aa' AND 'zz' AND code NOT IN ('zz', 'yy')),
    score int CONSTRAINT account_score_check CHECK (score BETWEEN 0 AND 10 AND score <> 5)
);
INSERT INTO account VALUES (1, 3, 'user', 'ab', 1);

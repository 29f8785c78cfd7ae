CREATE TYPE public.color AS ENUM ('red', 'green');
CREATE DOMAIN public.primary_color AS public.color NOT NULL DEFAULT 'red';
CREATE DOMAIN public.score AS integer CONSTRAINT score_range CHECK (VALUE BETWEEN 0 AND 100) CHECK (VALUE <> 13);
CREATE TABLE public.keep (id integer PRIMARY KEY, score public.score);
CREATE SCHEMA app;
CREATE DOMAIN app.code AS text COLLATE "C" CHECK (VALUE ~ '^[A-Z]+$');
COMMENT ON DOMAIN app.code IS 'upper-case code';
CREATE TABLE app.things (code app.code, colors public.primary_color, scores public.score[]);

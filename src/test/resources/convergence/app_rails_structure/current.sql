-- The same application two migrations earlier, with rows: no comments table yet, posts without published_at.
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
CREATE TABLE public.schema_migrations (version character varying NOT NULL PRIMARY KEY);
CREATE TABLE public.ar_internal_metadata (key character varying NOT NULL PRIMARY KEY, value character varying,
    created_at timestamp(6) without time zone NOT NULL, updated_at timestamp(6) without time zone NOT NULL);
CREATE TABLE public.users (
    id bigserial PRIMARY KEY,
    email character varying DEFAULT ''::character varying NOT NULL,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL);
CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);
CREATE TABLE public.posts (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES public.users (id),
    title character varying NOT NULL,
    body text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL);
CREATE INDEX index_posts_on_user_id ON public.posts USING btree (user_id);
INSERT INTO public.schema_migrations VALUES ('20230101000000'), ('20230215093000');
INSERT INTO public.ar_internal_metadata VALUES ('environment', 'production', now(), now());
INSERT INTO public.users (email, created_at, updated_at) VALUES ('a@example.com', now(), now()),
    ('b@example.com', now(), now());
INSERT INTO public.posts (user_id, title, created_at, updated_at) VALUES (1, 'hello', now(), now()),
    (2, 'again', now(), now());

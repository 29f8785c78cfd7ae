-- A Django project before its latest migrations, with rows: no books.isbn, no reviews.
CREATE TABLE public.django_migrations (id serial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL,
    applied timestamp with time zone NOT NULL);
CREATE TABLE public.auth_user (id serial PRIMARY KEY, username varchar(150) NOT NULL UNIQUE,
    email varchar(254) NOT NULL, is_staff boolean NOT NULL, date_joined timestamp with time zone NOT NULL);
CREATE INDEX auth_user_username_6821ab7c_like ON public.auth_user USING btree (username varchar_pattern_ops);
CREATE TABLE public.library_author (id bigserial PRIMARY KEY, name varchar(200) NOT NULL,
    age integer CHECK (age >= 0));
CREATE TABLE public.library_book (id bigserial PRIMARY KEY, title varchar(300) NOT NULL,
    author_id bigint NOT NULL REFERENCES public.library_author (id) DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX library_book_author_id_5e2b3b0c ON public.library_book USING btree (author_id);
INSERT INTO public.auth_user (username, email, is_staff, date_joined) VALUES ('ann', 'ann@example.com', true, now());
INSERT INTO public.library_author (name, age) VALUES ('Ursula', 88), ('Italo', 61);
INSERT INTO public.library_book (title, author_id) VALUES ('The Dispossessed', 1), ('Invisible Cities', 2);

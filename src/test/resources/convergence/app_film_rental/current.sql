-- A film-rental database one release earlier, with rows: no rating column, the payments partitioned by month
-- the way Converge or a hand-written script makes them (PARTITION OF: the partitions copied the parent's defaults).
CREATE DOMAIN public.year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
CREATE TABLE public.film (
    film_id serial PRIMARY KEY,
    title text NOT NULL,
    description text,
    release_year public.year,
    rental_rate numeric(4,2) DEFAULT 4.99 NOT NULL,
    last_update timestamp with time zone DEFAULT now() NOT NULL,
    fulltext tsvector NOT NULL);
CREATE FUNCTION public.film_fulltext() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.fulltext := to_tsvector('pg_catalog.english', coalesce(NEW.title, '') || ' ' || coalesce(NEW.description, ''));
    RETURN NEW;
END $$;
CREATE TRIGGER film_fulltext_trigger BEFORE INSERT OR UPDATE ON public.film FOR EACH ROW
    EXECUTE FUNCTION public.film_fulltext();
CREATE TABLE public.customer (customer_id serial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
    active boolean DEFAULT true NOT NULL);
CREATE TABLE public.payment (
    payment_id serial NOT NULL,
    customer_id integer NOT NULL,
    amount numeric(5,2) NOT NULL,
    payment_date timestamp with time zone NOT NULL,
    PRIMARY KEY (payment_date, payment_id)) PARTITION BY RANGE (payment_date);
CREATE TABLE public.payment_p2022_01 PARTITION OF public.payment FOR VALUES FROM ('2022-01-01') TO ('2022-02-01');
CREATE TABLE public.payment_p2022_02 PARTITION OF public.payment FOR VALUES FROM ('2022-02-01') TO ('2022-03-01');
ALTER TABLE public.payment ADD FOREIGN KEY (customer_id) REFERENCES public.customer (customer_id);
INSERT INTO public.film (title, description, release_year, fulltext) VALUES ('Academy Dinosaur', 'A drama', 2006, '');
INSERT INTO public.customer (first_name, last_name) VALUES ('Mary', 'Smith');
INSERT INTO public.payment (customer_id, amount, payment_date) VALUES (1, 2.99, '2022-01-24'), (1, 0.99, '2022-02-15');

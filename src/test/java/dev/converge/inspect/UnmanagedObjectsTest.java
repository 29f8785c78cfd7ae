package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.testing.TestDatabase;

/** Objects Converge does not manage yet are reported by name so that the user can be warned. */
class UnmanagedObjectsTest {

    @Test
    void listsEveryUnmanagedKindSortedAndSkipsExtensionMembers() throws SQLException {
        String sql = """
                CREATE EXTENSION pg_trgm;
                CREATE SCHEMA other;
                CREATE TABLE other.hidden (x int);
                CREATE VIEW other.hidden_view AS SELECT 1 AS one;
                CREATE TABLE public.t (x int);
                CREATE VIEW public.v AS SELECT x FROM public.t;
                CREATE MATERIALIZED VIEW public.mv AS SELECT 1 AS one;
                CREATE FUNCTION public.f(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1';
                CREATE PROCEDURE public.pr() LANGUAGE sql AS 'SELECT 1';
                CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
                CREATE TRIGGER trg BEFORE INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch();
                CREATE TABLE public.p (x int) PARTITION BY RANGE (x);
                CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES FROM (1) TO (10);
                CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
                CREATE TYPE public.pair AS (a int, b int);
                CREATE TYPE public.span AS RANGE (subtype = int8);
                CREATE POLICY pol ON public.t USING (true);
                ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;
                CREATE RULE ru AS ON UPDATE TO public.t DO INSTEAD NOTHING;
                CREATE TABLE public.child (y int) INHERITS (public.t);
                CREATE CONVERSION public.myconv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
                """;
        try (TestDatabase db = TestDatabase.withSql(sql); Connection c = db.connect()) {
            List<String> unmanaged = new CatalogInspector(c).unmanagedObjects(Set.of("public"));
            // rules, table inheritance and range types are managed now; conversions are not
            assertThat(unmanaged).containsExactly("conversion public.myconv");
        }
    }

    @Test
    void nothingUnmanagedInAPlainSchema() throws SQLException {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE TYPE public.e AS ENUM ('a');
                CREATE TABLE public.t (id serial PRIMARY KEY, e public.e, r int REFERENCES public.t);
                CREATE INDEX t_e ON public.t (e);
                """); Connection c = db.connect()) {
            assertThat(new CatalogInspector(c).unmanagedObjects(Set.of("public"))).isEmpty();
        }
    }
}

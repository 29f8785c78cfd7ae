package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.diff.Differ;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.testing.TestDatabase;

/**
 * Expressions that differ between current and desired: only those PostgreSQL prints the same once both prints are
 * parsed again take the desired print; a real change, or one PostgreSQL refuses in the scratch database, stays one.
 */
class CurrentExpressionReprintTest {

    private static final String SMALL = "CREATE FUNCTION public.small(integer) RETURNS boolean IMMUTABLE "
            + "LANGUAGE sql AS 'SELECT $1 < 10';";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        // the same expression, first print on one side, written as its print on the other: the same
        "CREATE INDEX i ON t (id) WHERE v BETWEEN 0 AND 9 AND v <> 5"
                + " | CREATE INDEX i ON t (id) WHERE (((v >= 0) AND (v <= 9)) AND (v <> 5)) | true",
        "CREATE POLICY p ON t USING (k IN ('a', 'b'))"
                + " | CREATE POLICY p ON t USING (((k)::text = ANY ((ARRAY['a'::character varying,"
                + " 'b'::character varying])::text[]))) | true",
        // SQL-standard function bodies, statistics objects, partition keys
        "CREATE FUNCTION f(x varchar) RETURNS boolean LANGUAGE sql RETURN x IN ('a', 'b')"
                + " | CREATE FUNCTION f(x varchar) RETURNS boolean LANGUAGE sql RETURN ((x)::text = ANY"
                + " ((ARRAY['a'::character varying, 'b'::character varying])::text[])) | true",
        "CREATE FUNCTION g(x int) RETURNS boolean LANGUAGE sql RETURN x BETWEEN 0 AND 9 AND x <> 5"
                + " | CREATE FUNCTION g(x int) RETURNS boolean LANGUAGE sql RETURN (((x >= 0) AND (x <= 9))"
                + " AND (x <> 5)) | true",
        "CREATE STATISTICS s ON (k IN ('a', 'b')), (v BETWEEN 0 AND 9 AND v <> 5) FROM t"
                + " | CREATE STATISTICS s ON (k::text = ANY (ARRAY['a'::character varying, 'b'::character"
                + " varying]::text[])), (v >= 0 AND v <= 9 AND v <> 5) FROM t | true",
        "CREATE TABLE pk (k varchar(4)) PARTITION BY LIST ((k IN ('a', 'b')))"
                + " | CREATE TABLE pk (k varchar(4)) PARTITION BY LIST ((((k)::text = ANY ((ARRAY['a'::character"
                + " varying, 'b'::character varying])::text[])))) | true",
        // a real change stays one
        "CREATE FUNCTION f(x varchar) RETURNS boolean LANGUAGE sql RETURN x IN ('a', 'b')"
                + " | CREATE FUNCTION f(x varchar) RETURNS boolean LANGUAGE sql RETURN x IN ('a', 'c') | false",
        "CREATE STATISTICS s ON (k IN ('a', 'b')), (v + 1) FROM t"
                + " | CREATE STATISTICS s ON (k IN ('a', 'c')), (v + 1) FROM t | false",
        "CREATE TABLE pk (k varchar(4)) PARTITION BY LIST ((k IN ('a', 'b')))"
                + " | CREATE TABLE pk (k varchar(4)) PARTITION BY LIST ((k IN ('a', 'c'))) | false",
        "CREATE INDEX i ON t (id) WHERE v BETWEEN 0 AND 9 AND v <> 5"
                + " | CREATE INDEX i ON t (id) WHERE v BETWEEN 0 AND 10 AND v <> 5 | false",
        "CREATE POLICY p ON t USING (k IN ('a', 'b')) | CREATE POLICY p ON t USING (k IN ('a', 'c')) | false",
        "CREATE UNIQUE INDEX i ON t (id) WHERE v BETWEEN 0 AND 9 AND v <> 5"
                + " | CREATE INDEX i ON t (id) WHERE (((v >= 0) AND (v <= 9)) AND (v <> 5)) | false",
        // PostgreSQL refuses the current one in the scratch database (a function only the target has): different
        "CREATE INDEX i ON t (id) WHERE v BETWEEN 0 AND 9 AND public.small(v)"
                + " | CREATE INDEX i ON t (id) WHERE (((v >= 0) AND (v <= 9)) AND public.small(v)) | false",
    })
    void onlyTheSameExpressionTakesTheDesiredPrint(String currentSql, String desiredSql, boolean same)
            throws Exception {
        String table = SMALL + "CREATE TABLE t (id integer, v integer, k varchar(4));";
        try (TestDatabase target = TestDatabase.withSql(table + currentSql + ";");
             TestDatabase dev = TestDatabase.withSql(table + desiredSql + ";");
             TestDatabase scratch = TestDatabase.create(); Connection connection = scratch.connect()) {
            Catalog current = inspect(target);
            Catalog desired = inspect(dev);
            assertThat(Differ.diff(current, desired).isEmpty()).as("without second prints").isFalse();
            assertThat(CurrentExpressionReprint.needed(current, desired)).isTrue();

            Catalog compared = CurrentExpressionReprint.of(connection, current, desired);

            assertThat(Differ.diff(compared, desired).isEmpty()).isEqualTo(same);
        }
    }

    @Test
    void noScratchDatabaseForEqualOrPlainExpressions() throws Exception {
        String table = "CREATE TABLE t (id integer, v integer);";
        try (TestDatabase one = TestDatabase.withSql(table + "CREATE INDEX i ON t (id) WHERE v BETWEEN 0 AND 9;");
             TestDatabase two = TestDatabase.withSql(table + "CREATE INDEX i ON t (id) WHERE v BETWEEN 0 AND 9;");
             TestDatabase plain = TestDatabase.withSql(table + "CREATE INDEX i ON t (id) WHERE v > 3;")) {
            assertThat(CurrentExpressionReprint.needed(inspect(one), inspect(two))).as("equal").isFalse();
            assertThat(CurrentExpressionReprint.needed(inspect(plain), inspect(two))).as("plain").isFalse();
        }
    }

    private static Catalog inspect(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            return new CatalogInspector(connection).inspect(Set.of("public"));
        }
    }
}

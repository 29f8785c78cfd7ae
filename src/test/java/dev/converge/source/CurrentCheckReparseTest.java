package dev.converge.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.diff.Differ;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.QualifiedName;
import dev.converge.testing.TestDatabase;

/**
 * A current check built from the user's SQL against a desired one loaded from its print, as inspect writes it: the
 * two prints differ, the current check's second print (parsed again in a scratch database) is the desired print.
 */
class CurrentCheckReparseTest {

    @ParameterizedTest(name = "{0} CHECK ({1})")
    @CsvSource(delimiter = '|', value = {
        "integer | v BETWEEN 0 AND 100000 AND v <> 13",
        "integer | (v BETWEEN 0 AND 10 AND v <> 5) OR v = 99",
        "character varying(40) | v IN ('v1', 'v2') OR v LIKE '%'",
        "character varying(40) | v NOT IN ('a', 'b') AND v IN ('c', 'd')",
        "character(3) | v BETWEEN 'a' AND 'z' AND v <> 'q' AND v IN ('x', 'y')",
    })
    void aCheckBuiltFromItsPrintMatchesTheCheckItCameFrom(String type, String check) throws Exception {
        String table = "CREATE TABLE t (id integer, v " + type + ", CONSTRAINT c CHECK (" + check + "));";
        try (TestDatabase user = TestDatabase.withSql(table)) {
            Catalog current = inspect(user);
            String print = constraint(current).definition();
            try (TestDatabase printed = TestDatabase.withSql(
                    "CREATE TABLE t (id integer, v " + type + ", CONSTRAINT c " + print + ");");
                 TestDatabase scratch = TestDatabase.create(); Connection connection = scratch.connect()) {
                Catalog desired = inspect(printed);
                assertThat(constraint(desired).definition()).as("PostgreSQL prints its print differently")
                        .isNotEqualTo(print);
                assertThat(Differ.diff(current, desired).isEmpty()).as("without second prints").isFalse();

                Catalog reparsed = CurrentCheckReparse.of(connection, current, desired);

                assertThat(constraint(reparsed).reparsedDefinition()).isEqualTo(constraint(desired).definition());
                assertThat(constraint(reparsed).definition()).as("the print is kept for rendering").isEqualTo(print);
                assertThat(Differ.diff(reparsed, desired).isEmpty()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a real change stays one
        "v BETWEEN 0 AND 100 AND v <> 13 | v BETWEEN 0 AND 100000 AND v <> 13",
        // PostgreSQL refuses the current check on the scratch table (a function only the target has): unchanged
        "public.small(v) AND v BETWEEN 0 AND 9 | v BETWEEN 0 AND 100000 AND v <> 13",
    })
    void otherChecksStayDifferent(String currentCheck, String desiredCheck) throws Exception {
        String function = "CREATE FUNCTION public.small(integer) RETURNS boolean IMMUTABLE LANGUAGE sql "
                + "AS 'SELECT $1 < 10';";
        try (TestDatabase target = TestDatabase.withSql(function
                + "CREATE TABLE t (id integer, v integer, CONSTRAINT c CHECK (" + currentCheck + "));");
             TestDatabase dev = TestDatabase.withSql(
                     "CREATE TABLE t (id integer, v integer, CONSTRAINT c CHECK (" + desiredCheck + "));");
             TestDatabase scratch = TestDatabase.create(); Connection connection = scratch.connect()) {
            Catalog current = inspect(target);
            Catalog desired = inspect(dev);

            Catalog reparsed = CurrentCheckReparse.of(connection, current, desired);

            assertThat(constraint(reparsed).sameDefinition(constraint(desired))).isFalse();
            assertThat(CurrentCheckReparse.needed(current, desired)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"v BETWEEN 0 AND 100000 AND v <> 13"})
    void noScratchDatabaseForEqualChecks(String check) throws Exception {
        String sql = "CREATE TABLE t (id integer, v integer, CONSTRAINT c CHECK (" + check + "));";
        try (TestDatabase one = TestDatabase.withSql(sql); TestDatabase two = TestDatabase.withSql(sql)) {
            assertThat(CurrentCheckReparse.needed(inspect(one), inspect(two))).isFalse();
        }
    }

    private static Catalog inspect(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            return new CatalogInspector(connection).inspect(Set.of("public"));
        }
    }

    private static Constraint constraint(Catalog catalog) {
        return catalog.table(QualifiedName.of("public", "t")).orElseThrow().constraint("c").orElseThrow();
    }
}

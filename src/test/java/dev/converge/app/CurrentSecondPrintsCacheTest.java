package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.diff.Differ;
import dev.converge.inspect.CatalogInspector;
import dev.converge.model.Catalog;
import dev.converge.plan.Planner;
import dev.converge.plan.Statement;
import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/**
 * A check and an index predicate built from the user's SQL against their prints, as inspect writes them: the first
 * comparison asks the dev server in a scratch database, the second finds every answer in {@link ScratchPrints} and
 * creates no scratch database, with the same result; without a cache, every comparison asks.
 */
class CurrentSecondPrintsCacheTest {

    private static final String USER_SQL = """
            CREATE TABLE t (id integer, v integer, CONSTRAINT c CHECK (v BETWEEN 0 AND 100000 AND v <> 13));
            CREATE INDEX ti ON t (id) WHERE v BETWEEN 1 AND 5 AND id <> 3;
            """;

    @TempDir
    Path cacheDir;

    private static Catalog inspect(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            return new CatalogInspector(connection).inspect(Set.of("public"));
        }
    }

    /** The desired state as inspect prints the current one, loaded again: PostgreSQL's second prints. */
    private static String printed(Catalog current) {
        return String.join(";\n", Planner.plan(Differ.diff(Catalog.empty(), current)).statements()
                .stream().map(Statement::sql)
                .filter(sql -> sql.startsWith("CREATE TABLE") || sql.startsWith("CREATE INDEX")).toList()) + ";";
    }

    @Test
    void theSecondComparisonFindsEveryAnswerCachedAndCreatesNoScratchDatabase() throws Exception {
        try (TestDatabase target = TestDatabase.withSql(USER_SQL)) {
            Catalog current = inspect(target);
            try (TestDatabase dev = TestDatabase.withSql(printed(current))) {
                Catalog desired = inspect(dev);
                assertThat(Differ.diff(current, desired).isEmpty()).as("without second prints").isFalse();
                DesiredStateCache cache = new DesiredStateCache(cacheDir);
                NormalisingServer server = new NormalisingServer.Fixed(TestServer.admin());

                List<String> firstSteps = new ArrayList<>();
                Catalog first = CurrentSecondPrints.of(current, desired, server, cache,
                        Progress.of(firstSteps::add, n -> { }));
                List<String> secondSteps = new ArrayList<>();
                Catalog second = CurrentSecondPrints.of(current, desired, new NormalisingServer.Fixed(
                        TestServer.admin()), cache, Progress.of(secondSteps::add, n -> { }));
                List<String> uncachedSteps = new ArrayList<>();
                Catalog uncached = CurrentSecondPrints.of(current, desired, server, null,
                        Progress.of(uncachedSteps::add, n -> { }));

                assertThat(Differ.diff(first, desired).isEmpty()).isTrue();
                assertThat(second).isEqualTo(first);
                assertThat(uncached).isEqualTo(first);
                assertThat(firstSteps).anyMatch(s -> s.startsWith("re-reading the current expressions"));
                assertThat(secondSteps).as("no scratch database").isEmpty();
                assertThat(uncachedSteps).anyMatch(s -> s.startsWith("re-reading the current expressions"));
                try (Stream<Path> files = Files.list(cacheDir)) {
                    assertThat(files.filter(p -> p.toString().endsWith(".prints")).count()).isEqualTo(1);
                }
            }
        }
    }
}

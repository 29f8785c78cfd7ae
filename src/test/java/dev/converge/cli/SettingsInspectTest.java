package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.converge.testing.TestDatabase;

/**
 * {@code inspect} writes the settings (issue 13 item 6) in both formats, and what it writes plans clean against the
 * database it came from: before, they were left out, and the drift of a hand-made setting was invisible.
 */
class SettingsInspectTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"settings_columns,sql", "settings_columns,yaml", "settings_cluster_index,sql",
            "settings_cluster_index,yaml"})
    void inspectWritesTheSettingsAndPlansClean(String scenario, String format) throws IOException,
            URISyntaxException {
        Path desired = Path.of(getClass().getResource("/convergence/" + scenario + "/desired.sql").toURI());
        try (TestDatabase db = TestDatabase.withSql(Files.readString(desired))) {
            Path out = dir.resolve(format);
            CliRun inspect = CliRun.of("inspect", "--db", db.url(), "--format", format, "--out", out.toString());
            assertThat(inspect.exitCode()).as(inspect.all()).isZero();
            String written;
            try (var files = Files.walk(out)) {
                written = files.filter(Files::isRegularFile).map(SettingsInspectTest::read)
                        .reduce("", String::concat);
            }
            if (scenario.equals("settings_columns")) {
                assertThat(written).contains(format.equals("sql") ? "SET STATISTICS 1000" : "statistics: 1000");
                assertThat(written).contains(format.equals("sql") ? "n_distinct_inherited=-1" : "n_distinct");
            } else {
                assertThat(written).contains(format.equals("sql") ? "CLUSTER ON orders_pkey" : "cluster_on: orders_pkey");
                assertThat(written).contains(format.equals("sql") ? "ALTER COLUMN 2 SET STATISTICS 100" : "2: 100");
            }
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", out.toString());
            assertThat(plan.exitCode()).as(plan.all()).isZero();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

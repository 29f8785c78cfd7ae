package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.converge.testing.TestDatabase;

/**
 * Progress on standard error is for a person at a terminal: it shows with the text plan, and is silent with
 * {@code --quiet} and when standard output carries a machine format. The runs pretend to be on a terminal, which
 * is the only place progress ever shows.
 */
class ProgressOutputTest {

    private static final String DESIRED = "schema-examples/shop/v1";

    private BooleanSupplier realTerminal;

    @BeforeEach
    void pretendToBeOnATerminal() {
        realTerminal = OutputOptions.terminal;
        OutputOptions.terminal = () -> true;
    }

    @AfterEach
    void restoreTheTerminal() {
        OutputOptions.terminal = realTerminal;
    }

    @Test
    void textPlanShowsProgressAndQuietSilencesIt() {
        try (TestDatabase db = TestDatabase.create()) {
            CliRun text = CliRun.of("plan", "--db", db.url(), "--desired", DESIRED);
            assertThat(text.exitCode()).isEqualTo(2);
            assertThat(text.err()).contains("converge: ");

            CliRun quiet = CliRun.of("plan", "--db", db.url(), "--desired", DESIRED, "--quiet");
            assertThat(quiet.exitCode()).isEqualTo(2);
            assertThat(quiet.err()).doesNotContain("converge: ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "junit", "sarif", "sql", "markdown"})
    void machineFormatsOnStandardOutputAreSilent(String format) {
        try (TestDatabase db = TestDatabase.create()) {
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", DESIRED, "--format", format);
            assertThat(plan.exitCode()).isEqualTo(2);
            assertThat(plan.err()).as("plan --format %s", format).isEmpty();

            CliRun drift = CliRun.of("drift", "--db", db.url(), "--desired", DESIRED, "--format", format);
            assertThat(drift.exitCode()).isEqualTo(2);
            assertThat(drift.err()).as("drift --format %s", format).isEmpty();
        }
    }

    @Test
    void aMachineFormatWrittenToAFileKeepsTheProgress(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.create()) {
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", DESIRED,
                    "--format", "json", "--out", dir.resolve("plan.json").toString());
            assertThat(plan.exitCode()).isEqualTo(2);
            assertThat(plan.err()).contains("converge: ");
        }
    }

    @Test
    void inspectToStandardOutputIsSilentAndToADirectoryIsNot(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int);")) {
            CliRun toStdout = CliRun.of("inspect", "--db", db.url());
            assertThat(toStdout.exitCode()).isZero();
            assertThat(toStdout.out()).contains("CREATE TABLE public.t");
            assertThat(toStdout.err()).isEmpty();

            CliRun toDirectory = CliRun.of("inspect", "--db", db.url(), "--out", dir.toString());
            assertThat(toDirectory.exitCode()).isZero();
            assertThat(toDirectory.err()).contains("converge: inspecting");
        }
    }
}

package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.converge.apply.ApplyListener;
import dev.converge.convergence.ConvergenceScenarios;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * Teams start from a {@code pg_dump -s} or a framework's structure file (issue 13). For each hand-written reduction
 * of a real application's schema (convergence scenarios whose desired state is such a file): (a) it builds an empty
 * database that then plans clean, (b) a database built from it plans clean against its own {@code pg_dump -s}, and
 * (c) {@code inspect} of that database, as SQL and as YAML, plans clean against it and builds the same schema from
 * empty. (d), an apply of a changed version that keeps the rows, is the scenario's own ConvergenceTest run.
 */
class ApplicationDumpsTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"partition_without_parent_default", "partition_defaults_follow_parent",
        "app_rails_structure", "app_django", "app_film_rental", "app_map_database"})
    void reductionBuildsFromEmptyAndRoundTrips(String scenario) throws Exception {
        String reference = ConvergenceScenarios.reference(scenario);
        Path file = work.resolve(scenario).resolve("structure.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, reference);
        try (TestDatabase built = TestDatabase.withSql(reference)) {
            List<String> expected = SchemaDump.of(built.spec());
            // (a) from empty
            try (TestDatabase empty = TestDatabase.create()) {
                assertThat(buildAndReplan(empty, List.of(file), scenario + " from empty")).isEmpty();
                assertThat(SchemaDump.of(empty.spec())).as("%s built from empty", scenario)
                        .containsExactlyElementsOf(expected);
            }
            // (b) against its own pg_dump -s
            Path dump = work.resolve(scenario).resolve("dump").resolve("dump.sql");
            Files.createDirectories(dump.getParent());
            Files.writeString(dump, SchemaDump.plain(built.spec()));
            assertThat(plan(built, List.of(dump))).as("plan of %s against its own pg_dump -s", scenario).isEmpty();
            // (c) inspect output, in each format
            for (String format : List.of("sql", "yaml")) {
                Path inspected = work.resolve(scenario).resolve("inspect-" + format);
                assertThat(RoundTrip.planAfterInspect(built.spec(), inspected, format))
                        .as("plan after inspecting %s as %s", scenario, format).isEmpty();
                try (TestDatabase empty = TestDatabase.create()) {
                    assertThat(buildAndReplan(empty, List.of(inspected), scenario + " from its " + format
                            + " inspect output")).isEmpty();
                    assertThat(SchemaDump.of(empty.spec())).as("%s built from its %s inspect output", scenario,
                            format).containsExactlyElementsOf(expected);
                }
            }
        }
    }

    /** Applies {@code desired} to {@code database} and returns the statements of the plan that follows. */
    private static List<String> buildAndReplan(TestDatabase database, List<Path> desired, String what)
            throws Exception {
        Target target = new Target(database.spec(), desired, Set.of(), null);
        new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT).apply(target, ApplyPolicy.allowAll(),
                ApplyConfirmations.YES);
        return plan(database, desired);
    }

    private static List<String> plan(TestDatabase database, List<Path> desired) throws Exception {
        return new PlanWorkflow(Progress.SILENT).plan(new Target(database.spec(), desired, Set.of(), null)).plan()
                .statements().stream().map(s -> s.summary() + ": " + s.sql()).toList();
    }
}

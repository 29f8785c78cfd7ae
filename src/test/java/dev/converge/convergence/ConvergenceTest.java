package dev.converge.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.app.ApplyPolicy;
import dev.converge.app.ApplyWorkflow;
import dev.converge.app.ApplyWorkflow.Outcome;
import dev.converge.app.PlanResult;
import dev.converge.app.PlanWorkflow;
import dev.converge.app.Progress;
import dev.converge.app.Target;
import dev.converge.apply.ApplyListener;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * The acceptance test of pg-schema-diff, on a real PostgreSQL: for each scenario under
 * {@code src/test/resources/convergence/NAME/}, load {@code current.sql}, plan and apply towards
 * {@code desired.sql}, compare the result with a database built straight from {@code desired.sql} (or from
 * {@code reference.sql} where desired alone is not the whole end state; normalised pg_dump), run the optional
 * {@code check.sql} (one boolean query, e.g. that rows survived a rename), and plan again expecting nothing.
 * Ordering bugs show up here.
 */
class ConvergenceTest {

    static Stream<String> scenarios() throws IOException, URISyntaxException {
        Path root = Path.of(ConvergenceTest.class.getResource("/convergence").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            // -Dconvergence.only=a,b runs only the named scenarios (while working on one kind; CI runs all).
            Set<String> only = Set.of(System.getProperty("convergence.only", "").split(","));
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> only.equals(Set.of("")) || only.contains(name)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void convergesAndIsIdempotent(String scenario) throws Exception {
        Path dir = Path.of(ConvergenceTest.class.getResource("/convergence/" + scenario).toURI());
        String current = Files.readString(dir.resolve("current.sql"));
        Path desired = dir.resolve("desired.sql");
        String reference = Files.exists(dir.resolve("reference.sql"))
                ? Files.readString(dir.resolve("reference.sql")) : Files.readString(desired);

        try (TestDatabase target = TestDatabase.withSql(current);
             TestDatabase expected = TestDatabase.withSql(reference)) {
            // Scenario empty_desired empties the database on purpose.
            Target request = new Target(target.spec(), List.of(desired), Set.of(), null).allowingEmptyDesiredState();

            PlanResult first = new PlanWorkflow(Progress.SILENT).plan(request);
            assertThat(first.plan().isEmpty()).as("plan of %s should have changes", scenario).isFalse();

            var result = new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT)
                    .apply(request, ApplyPolicy.allowAll(), autoApprove());
            assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);

            assertThat(SchemaDump.of(target.spec()))
                    .as("schema of %s after apply vs. a database built from desired", scenario)
                    .containsExactlyElementsOf(SchemaDump.of(expected.spec()));

            if (Files.exists(dir.resolve("check.sql"))) {
                assertThat(target.queryBoolean(Files.readString(dir.resolve("check.sql"))))
                        .as("data check of %s (check.sql) after apply", scenario).isTrue();
            }

            PlanResult second = new PlanWorkflow(Progress.SILENT).plan(request);
            assertThat(second.plan().statements()).as("second plan of %s", scenario).isEmpty();
        }
    }

    static ApplyWorkflow.Confirmation autoApprove() {
        return new ApplyWorkflow.Confirmation() {
            @Override
            public void show(PlanResult plan) {
            }

            @Override
            public boolean confirm(PlanResult plan) {
                return true;
            }
        };
    }
}

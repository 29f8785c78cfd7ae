package dev.converge.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.app.ApplyPolicy;
import dev.converge.app.ApplyWorkflow;
import dev.converge.app.PlanWorkflow;
import dev.converge.app.Progress;
import dev.converge.app.Target;
import dev.converge.apply.ApplyListener;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * A schema dump is a desired state (issue 13): for the end state of convergence scenarios, build it, take a plain
 * {@code pg_dump --schema-only} as a user would, and use that file as the desired state of an empty database: the
 * apply builds what restoring the dump builds (normalised pg_dump; restoring, not the dumped database, because
 * PostgreSQL prints some checks differently once it has parsed its own print), and a second plan is empty. A
 * normal run takes the first {@value #DEFAULT_COUNT} scenarios; {@code -Dpgdump.all=true} takes all of them
 * ({@code -Dconvergence.only=a,b} picks scenarios, as for ConvergenceTest).
 */
class PgDumpRoundTripTest {

    static final int DEFAULT_COUNT = 8;

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> schemaDumpsBuildTheirSchemaFromEmpty() throws Exception {
        List<String> names = ConvergenceScenarios.names();
        boolean all = Boolean.getBoolean("pgdump.all");
        return names.stream().limit(all ? names.size() : DEFAULT_COUNT)
                .map(name -> DynamicTest.dynamicTest(name, () -> roundTrip(name)));
    }

    private void roundTrip(String scenario) throws Exception {
        String dumped;
        try (TestDatabase source = TestDatabase.withSql(ConvergenceScenarios.reference(scenario))) {
            dumped = SchemaDump.plain(source.spec());
        }
        // The restore runs the dump's SQL; its psql meta-commands (restrict and unrestrict KEY) are psql's.
        try (TestDatabase restored = TestDatabase.withSql(dumped.replaceAll("(?m)^\\\\.*$", ""));
             TestDatabase empty = TestDatabase.create()) {
            Path dump = work.resolve(scenario).resolve("dump.sql");
            Files.createDirectories(dump.getParent());
            Files.writeString(dump, dumped);
            Target request = new Target(empty.spec(), List.of(dump), Set.of(), null);

            new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT)
                    .apply(request, ApplyPolicy.allowAll(), ConvergenceTest.autoApprove());

            assertThat(SchemaDump.of(empty.spec()))
                    .as("schema built from the pg_dump of %s vs. the dump restored", scenario)
                    .containsExactlyElementsOf(SchemaDump.of(restored.spec()));
            assertThat(new PlanWorkflow(Progress.SILENT).plan(request).plan().statements())
                    .as("second plan of the pg_dump of %s", scenario).isEmpty();
        }
    }
}

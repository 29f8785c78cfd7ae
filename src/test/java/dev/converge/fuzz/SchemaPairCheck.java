package dev.converge.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.converge.app.ApplyPolicy;
import dev.converge.app.ApplyWorkflow;
import dev.converge.app.InspectWorkflow;
import dev.converge.app.PlanResult;
import dev.converge.app.PlanWorkflow;
import dev.converge.app.Progress;
import dev.converge.app.Target;
import dev.converge.apply.ApplyListener;
import dev.converge.connect.ConnectionSpec;
import dev.converge.source.write.DesiredStateDirectory;
import dev.converge.source.write.DesiredStateFormats;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * The convergence checks for one generated pair, on the test server: load the current version with seeded rows;
 * inspect it (the output plans clean against it and rebuilds it from empty); apply the desired version; compare
 * pg_dump with a database built from the desired SQL; plan again expecting nothing; count the rows of every table
 * both versions have; inspect the result the same way. A failure names the seed and the step and carries both
 * schemas, also written to {@code target/fuzz-failures/seed-N/} as {@code current.sql} and {@code desired.sql}.
 */
final class SchemaPairCheck {

    /** One step of the check, for the failure message. */
    private interface Step {
        void run() throws Exception;
    }

    private final SchemaPairGenerator.Pair pair;
    private final Path work;

    SchemaPairCheck(SchemaPairGenerator.Pair pair, Path work) {
        this.pair = pair;
        this.work = work;
    }

    void run() throws Exception {
        String current = pair.current().render();
        String desired = pair.desired().render();
        Path desiredFile = work.resolve("desired").resolve("schema.sql");
        Files.createDirectories(desiredFile.getParent());
        Files.writeString(desiredFile, desired);
        TestDatabase[] holder = new TestDatabase[2];
        // Both versions load as written before Converge sees them: a failure here is the generator's, not Converge's.
        step("load current", () -> holder[0] = TestDatabase.withSql(current));
        try {
            step("load desired", () -> holder[1] = TestDatabase.withSql(desired));
        } catch (AssertionError e) {
            holder[0].close();
            throw e;
        }
        try (TestDatabase target = holder[0]; TestDatabase expected = holder[1]) {
            step("seed rows", () -> target.execute(Seeder.inserts(pair.current())));
            Map<String, String> rowsBefore = counts(target.spec(), pair.current());
            step("inspect current", () -> inspectRoundTrip(target.spec(), work.resolve("inspect-current")));
            Target request = new Target(target.spec(), List.of(desiredFile), Set.of(), null);
            step("apply desired", () -> {
                var result = new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT)
                        .apply(request, ApplyPolicy.allowAll(), YES);
                if (result.outcome() == ApplyWorkflow.Outcome.DECLINED) {
                    throw new AssertionError("apply declined");
                }
            });
            step("compare with a database built from desired",
                    () -> sameSchema(SchemaDump.of(target.spec()), SchemaDump.of(expected.spec())));
            step("plan again", () -> {
                PlanResult second = new PlanWorkflow(Progress.SILENT).plan(request);
                if (!second.plan().statements().isEmpty()) {
                    throw new AssertionError("second plan is not empty:\n" + statements(second));
                }
            });
            step("rows survive", () -> {
                Map<String, String> rowsAfter = counts(target.spec(), pair.desired());
                rowsAfter.keySet().retainAll(rowsBefore.keySet());
                Map<String, String> kept = new TreeMap<>(rowsBefore);
                kept.keySet().retainAll(rowsAfter.keySet());
                if (!rowsAfter.equals(kept)) {
                    throw new AssertionError("rows per table before " + kept + ", after " + rowsAfter);
                }
            });
            step("inspect desired", () -> inspectRoundTrip(target.spec(), work.resolve("inspect-desired")));
        }
    }

    private void step(String name, Step step) throws Exception {
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            Path saved = Path.of("target", "fuzz-failures", "seed-" + pair.seed());
            Files.createDirectories(saved);
            Files.writeString(saved.resolve("current.sql"), pair.current().render());
            Files.writeString(saved.resolve("desired.sql"), pair.desired().render());
            throw new AssertionError("schema-pair fuzz seed " + pair.seed() + " failed at step '" + name + "': "
                    + e.getMessage() + "\n(both schemas are in " + saved.toAbsolutePath()
                    + "; rerun with -Dtest=SchemaPairFuzzTest -Dfuzz.seeds=" + pair.seed() + ")\n"
                    + "-- current.sql\n" + pair.current().render() + "\n-- desired.sql\n" + pair.desired().render(), e);
        }
    }

    /** inspect (SQL format), then plan against the same database (empty), then build it from empty (identical). */
    static void inspectRoundTrip(ConnectionSpec database, Path directory) throws Exception {
        InspectWorkflow.Result inspected = new InspectWorkflow(Progress.SILENT)
                .inspect(database, Set.of(), DesiredStateFormats.named("sql").orElseThrow());
        Files.createDirectories(directory);
        DesiredStateDirectory.write(directory, inspected.files());
        PlanResult plan = new PlanWorkflow(Progress.SILENT)
                .plan(new Target(database, List.of(directory), Set.of(), null));
        if (!plan.plan().statements().isEmpty()) {
            throw new AssertionError("plan of inspect output against its own database is not empty:\n"
                    + statements(plan));
        }
        try (TestDatabase empty = TestDatabase.create()) {
            new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT)
                    .apply(new Target(empty.spec(), List.of(directory), Set.of(), null), ApplyPolicy.allowAll(), YES);
            sameSchema(SchemaDump.of(empty.spec()), SchemaDump.of(database));
        }
    }

    static void sameSchema(List<String> actual, List<String> expected) {
        if (!actual.equals(expected)) {
            List<String> missing = expected.stream().filter(s -> !actual.contains(s)).toList();
            List<String> extra = actual.stream().filter(s -> !expected.contains(s)).toList();
            throw new AssertionError("pg_dump differs; missing:\n" + String.join("\n", missing) + "\nunexpected:\n"
                    + String.join("\n", extra));
        }
    }

    private static String statements(PlanResult plan) {
        return String.join("\n", plan.plan().statements().stream().map(s -> s.summary() + ": " + s.sql()).toList());
    }

    private static Map<String, String> counts(ConnectionSpec database, FuzzSchema schema) throws SQLException {
        Map<String, String> counts = new TreeMap<>();
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            for (String query : Seeder.countQueries(schema)) {
                try (ResultSet row = s.executeQuery(query)) {
                    row.next();
                    String[] parts = row.getString(1).split("\\|");
                    counts.put(parts[0], parts[1]);
                }
            }
        }
        return counts;
    }

    static final ApplyWorkflow.Confirmation YES = new ApplyWorkflow.Confirmation() {
        @Override
        public void show(PlanResult plan) {
        }

        @Override
        public boolean confirm(PlanResult plan) {
            return true;
        }
    };
}

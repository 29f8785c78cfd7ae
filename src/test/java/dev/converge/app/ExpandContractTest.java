package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.apply.ApplyListener;
import dev.converge.error.PolicyRefusedException;
import dev.converge.plan.Phase;
import dev.converge.plan.Statement;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/** {@code apply --phase expand|contract} on a real server: expand keeps the old code working, contract finishes. */
class ExpandContractTest {

    private static final String CURRENT = """
            CREATE TABLE orders (id int PRIMARY KEY, legacy text, note text, qty int);
            CREATE TABLE old_audit (id int PRIMARY KEY);
            INSERT INTO orders VALUES (1, 'x', 'first', 2);
            """;

    private static final String DESIRED = """
            CREATE TABLE orders (id int PRIMARY KEY, note text NOT NULL, qty bigint, status text DEFAULT 'new',
                                 placed_at timestamptz);
            CREATE INDEX orders_status ON orders (status);
            CREATE TABLE shipments (id int PRIMARY KEY, order_id int REFERENCES orders (id));
            """;

    @TempDir
    Path dir;

    @Test
    void everyStatementHasAPhaseDecidedFromItsChange() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            Map<String, Phase> phases = new PlanWorkflow(Progress.SILENT).plan(target(db)).plan().statements()
                    .stream().collect(Collectors.toMap(Statement::summary, Statement::phase, (a, b) -> a));
            assertThat(phase(phases, "create table public.shipments")).isEqualTo(Phase.EXPAND);
            assertThat(phase(phases, "add column public.orders.status")).isEqualTo(Phase.EXPAND);
            assertThat(phase(phases, "public.orders.qty")).isEqualTo(Phase.EXPAND);
            assertThat(phase(phases, "orders_status")).isEqualTo(Phase.EXPAND);
            assertThat(phase(phases, "drop column public.orders.legacy")).isEqualTo(Phase.CONTRACT);
            assertThat(phase(phases, "drop table public.old_audit")).isEqualTo(Phase.CONTRACT);
            assertThat(phase(phases, "public.orders.note: set not null")).isEqualTo(Phase.CONTRACT);
        }
    }

    @Test
    void expandThenContractConverges() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            Target target = target(db);
            assertThat(apply(target, Phase.EXPAND)).isEqualTo(ApplyWorkflow.Outcome.APPLIED);
            // The old code still works: its column and table exist, and it may still insert NULL notes.
            db.execute("INSERT INTO orders (id, legacy, note, qty) VALUES (2, 'y', NULL, 3)");
            db.execute("INSERT INTO old_audit VALUES (1)");
            assertThat(db.queryBoolean("SELECT count(*) = 1 FROM information_schema.columns "
                    + "WHERE table_name = 'orders' AND column_name = 'status'")).isTrue();
            assertThat(db.queryBoolean("SELECT to_regclass('public.shipments') IS NOT NULL")).isTrue();
            List<Statement> left = new PlanWorkflow(Progress.SILENT).plan(target).plan().statements();
            assertThat(left).isNotEmpty().allSatisfy(s -> assertThat(s.phase()).isEqualTo(Phase.CONTRACT));

            db.execute("UPDATE orders SET note = 'second' WHERE id = 2");
            assertThat(apply(target, Phase.CONTRACT)).isEqualTo(ApplyWorkflow.Outcome.APPLIED);
            assertThat(new PlanWorkflow(Progress.SILENT).plan(target).plan().isEmpty()).isTrue();
            assertThat(apply(target, Phase.EXPAND)).isEqualTo(ApplyWorkflow.Outcome.NOTHING_TO_DO);
        }
    }

    @Test
    void contractBeforeExpandIsRefusedAndChangesNothing() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            List<String> before = SchemaDump.of(db.spec());
            assertThatThrownBy(() -> apply(target(db), Phase.CONTRACT))
                    .isInstanceOf(PolicyRefusedException.class)
                    .hasMessageContaining("apply --phase expand")
                    .hasMessageContaining("create table public.shipments");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    @Test
    void whatMustFollowAContractStatementIsPostponedToTheContractPhase() throws IOException {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE items (id int PRIMARY KEY, code text);")) {
            // The column is dropped and added again with another type: the add must wait for the drop.
            Target target = target(db, "CREATE TABLE items (id int PRIMARY KEY, code int GENERATED ALWAYS AS (id) "
                    + "STORED, label text);");
            List<Statement> plan = new PlanWorkflow(Progress.SILENT).plan(target).plan().statements();
            assertThat(plan).anySatisfy(s -> assertThat(s.summary()).contains("label"));
            plan.stream().filter(s -> s.summary().contains("code"))
                    .forEach(s -> assertThat(s.phase()).as(s.summary()).isEqualTo(Phase.CONTRACT));
            assertThat(apply(target, Phase.EXPAND)).isEqualTo(ApplyWorkflow.Outcome.APPLIED);
            assertThat(apply(target, null)).isEqualTo(ApplyWorkflow.Outcome.APPLIED);
            assertThat(new PlanWorkflow(Progress.SILENT).plan(target).plan().isEmpty()).isTrue();
        }
    }

    private static Phase phase(Map<String, Phase> phases, String summaryPart) {
        return phases.entrySet().stream().filter(e -> e.getKey().contains(summaryPart)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no statement '" + summaryPart + "' in "
                        + phases.keySet()));
    }

    private static ApplyWorkflow.Outcome apply(Target target, Phase phase) {
        return new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT, new ApplyOptions(true, null, true, phase,
                false)).apply(target, new ApplyPolicy(true, Set.copyOf(List.of(dev.converge.plan.Hazard.values())),
                false), new ApplyWorkflow.Confirmation() {
                    @Override
                    public void show(PlanResult plan) {
                    }

                    @Override
                    public boolean confirm(PlanResult plan) {
                        return true;
                    }
                }).outcome();
    }

    private Target target(TestDatabase db) throws IOException {
        return target(db, DESIRED);
    }

    private Target target(TestDatabase db, String desired) throws IOException {
        Path file = Files.writeString(dir.resolve("desired-" + db.name() + ".sql"), desired);
        return new Target(db.spec(), List.of(file), Set.of(), null);
    }
}

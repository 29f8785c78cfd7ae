package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.converge.apply.ApplyListener;
import dev.converge.error.ConvergeException;
import dev.converge.plan.Plan;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/** {@code apply --rehearse} on a real server: a converging plan goes through; one that does not stops first. */
class RehearsalTest {

    private static final Path SHOP = Path.of("schema-examples/shop");

    @Test
    void aPlanThatConvergesOnTheCopyIsApplied() {
        try (TestDatabase db = TestDatabase.create()) {
            Target v1 = new Target(db.spec(), List.of(SHOP.resolve("v1")), Set.of(), null);
            Target v2 = new Target(db.spec(), List.of(SHOP.resolve("v2")), Set.of(), null);
            ApplyWorkflow rehearsing = new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT,
                    new ApplyOptions(true, null, true));
            assertThat(rehearsing.apply(v1, ApplyPolicy.allowAll(), approve()).outcome())
                    .isEqualTo(ApplyWorkflow.Outcome.APPLIED);
            assertThat(rehearsing.apply(v2, ApplyPolicy.allowAll(), approve()).outcome())
                    .isEqualTo(ApplyWorkflow.Outcome.APPLIED);
            assertThat(new PlanWorkflow(Progress.SILENT).plan(v2).plan().isEmpty()).isTrue();
        }
    }

    @Test
    void aPlanThatDoesNotReachTheDesiredStateIsAnErrorBeforeTheTarget() {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int PRIMARY KEY);")) {
            Target target = new Target(db.spec(), List.of(SHOP.resolve("v1")), Set.of(), null);
            List<String> before = SchemaDump.of(db.spec());
            PlanWorkflow.Computed computed;
            try (var connection = db.connect()) {
                computed = new PlanWorkflow(Progress.SILENT).compute(target, connection);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            // What a planner bug would look like: a plan that leaves out what the desired state needs.
            PlanResult wrong = new PlanResult(Plan.empty(), computed.result().schemas(), List.of(),
                    computed.current(), computed.desired().catalog(), List.of());
            var broken = new PlanWorkflow.Computed(wrong, computed.current(), computed.desired(),
                    computed.devServer());

            try (var connection = db.connect()) {
                assertThatThrownBy(() -> new Rehearsal(Progress.SILENT).run(broken.devServer(), connection, broken))
                        .isInstanceOf(ConvergeException.class)
                        .hasMessageContaining("does not converge")
                        .hasMessageContaining("create table public.orders")
                        .hasMessageContaining("nothing was changed on the target");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    private static ApplyWorkflow.Confirmation approve() {
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
